/** The junta enforces the notice it gave France's troops on 2023-08-04. */
export type FrenchNoticeAction = { readonly type: 'junta/order-french-troops-out' };
