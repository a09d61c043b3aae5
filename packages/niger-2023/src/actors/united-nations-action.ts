/** The UN (the Secretary-General, OCHA and the agencies) secures humanitarian exemptions. */
export type UnitedNationsAction = { readonly type: 'un/humanitarian-exemptions'; readonly leak: number };
