/**
 * A dated, citable document that records an observation. Unlike a parameter's
 * {@link Source}, evidence must be dated: a reference class is only as good as the check
 * that none of it comes from after the forecast's start date.
 */
export interface EvidenceSource {
  /** Author or body, title, outlet: enough to find the document. */
  readonly citation: string;
  /** Publication date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly url?: string;
  /** How the observation was read off the document. */
  readonly note?: string;
}

/**
 * One precedent of a waiting time: from `from` (the coup, the ultimatum) to `to`, the day
 * the event happened or, when `censored`, the last day it was known not to have happened
 * (the end of observation). Dropping censored cases, or counting them as events, biases a
 * hazard upwards; keeping them as exposure without an event is what makes the estimate honest.
 */
export interface WaitingTimeObservation {
  /** The precedent, e.g. `Mali, coup of 2021-05-24`. */
  readonly case: string;
  readonly from: string;
  readonly to: string;
  readonly censored: boolean;
  readonly source: EvidenceSource;
}

/** One precedent of a proportion: `successes` out of `trials` (e.g. threats carried out). */
export interface CountObservation {
  readonly case: string;
  readonly successes: number;
  readonly trials: number;
  /** The day the count was last observed. */
  readonly date: string;
  readonly source: EvidenceSource;
}

/**
 * Precedents from which a waiting-time parameter is derived: the daily hazard λ of the event
 * has the conjugate posterior Gamma(prior events + events, prior exposure + exposure days),
 * where exposure counts every observed day, censored cases included.
 */
export interface WaitingTimeClass {
  readonly method: 'waiting-time';
  /** What the class is, in a phrase: `US section 7008 coup determinations after coups`. */
  readonly name: string;
  /** The event whose waiting time is observed. */
  readonly event: string;
  readonly observations: readonly WaitingTimeObservation[];
  /**
   * The weak prior the evidence is shrunk toward, stated as pseudo-observations: `events`
   * events in `exposureDays` days (both > 0). Its weight is that of `events` cases, so a small
   * class moves toward it and a large one barely does.
   */
  readonly weakPrior: { readonly events: number; readonly exposureDays: number; readonly reason: string };
}

/**
 * Precedents from which a probability is derived: Beta(prior successes + successes,
 * prior failures + failures).
 */
export interface ProportionClass {
  readonly method: 'proportion';
  readonly name: string;
  /** What counts as a success. */
  readonly event: string;
  readonly observations: readonly CountObservation[];
  /** Pseudo-counts (both > 0) the evidence is shrunk toward, with the reason for them. */
  readonly weakPrior: { readonly successes: number; readonly failures: number; readonly reason: string };
}

/** A reference class: the precedents a parameter's default and prior are derived from. */
export type ReferenceClass = WaitingTimeClass | ProportionClass;
