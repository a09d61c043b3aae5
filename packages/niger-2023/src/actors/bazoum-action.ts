/** Bazoum's own choices: he refuses to resign; once released he stays or leaves. */
export type BazoumAction = { readonly type: 'bazoum/go-into-exile' } | { readonly type: 'bazoum/stay-in-niger' };
