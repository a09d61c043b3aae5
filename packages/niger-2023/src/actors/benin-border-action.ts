/** Benin reopens its border with Niger against the ECOWAS sanctions; `share` is the corridor's part of the bite. */
export type BeninBorderAction = { readonly type: 'benin/reopen-border'; readonly share: number };
