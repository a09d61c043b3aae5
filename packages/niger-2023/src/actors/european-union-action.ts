/** What the EU does: resumes its aid under an elected government; backs ECOWAS with sanctions of its own. */
export type EuropeanUnionAction =
  | { readonly type: 'eu/resume-aid' }
  | { readonly type: 'eu/adopt-sanctions-framework'; readonly leakCut: number };
