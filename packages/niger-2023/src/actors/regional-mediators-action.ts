/** A head of state the junta receives as a go-between: Chad's (not in ECOWAS) and Togo's. */
export type Mediator = 'chad' | 'togo';
/**
 * A mediator's mission to Niamey: before the junta has accepted a mediation track it may
 * accept one (`broker-mediation`); once talks are under way the mission adds a day's worth
 * of progress (`mission`, with the gain drawn up by the rule).
 */
export type MediatorAction =
  | { readonly type: 'mediators/broker-mediation'; readonly mediator: Mediator }
  | { readonly type: 'mediators/mission'; readonly mediator: Mediator; readonly talksGain: number };
