/** Nigeria's Senate on sending troops abroad. */
export type NigeriaAction = { readonly type: 'nigeria/senate-decides'; readonly approved: boolean };
