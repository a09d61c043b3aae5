/** What France does with its garrison (about 1,500 troops) and ambassador. Its aid is suspended from the start. */
export type FranceAction = { readonly type: 'france/announce-withdrawal' } | { readonly type: 'france/complete-withdrawal' };
