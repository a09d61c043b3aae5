/** What Algeria does: offers mediation, and decides whether to close its airspace to an operation. */
export type AlgeriaAction =
  | { readonly type: 'algeria/offer-mediation' }
  | { readonly type: 'algeria/decide-airspace'; readonly closed: boolean };
