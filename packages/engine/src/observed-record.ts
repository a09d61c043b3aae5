/** One event of an observed record: whether and when an indicator's event first happened, and where that is documented. */
export interface ObservedEvent {
  /** The scenario indicator the event is. */
  readonly indicator: string;
  /** Date (YYYY-MM-DD) it first happened, after the start date; null if it had not by `asOf`. */
  readonly happened: string | null;
  /** The public record that shows it (or, for null, that it had not happened), with its date. */
  readonly source: string;
}

/**
 * What happened after a scenario's start date, for scoring its forecasts: evaluation only,
 * never used to set a default. A scenario package may ship one beside its scenario.
 */
export interface ObservedRecord {
  /** The scenario's start date: the forecast was made with what was known then. */
  readonly startDate: string;
  /** Last date observed: later events are unknown, not absent. */
  readonly asOf: string;
  /**
   * How the events were chosen, in a sentence, so that a reader can tell whether they were
   * picked for fitting the forecast (e.g. "every indicator of the scenario, scored as of ...").
   */
  readonly selection: string;
  readonly events: readonly ObservedEvent[];
  /** The outcome label that applies as of `asOf`, when known, with its source. */
  readonly outcome?: { readonly id: string; readonly source: string };
}
