import { fitReferenceClass } from './fit-reference-class.js';
import type { NumberParameter } from './parameter.js';
import type { Prior } from './prior.js';
import type { ProportionClass, ReferenceClass, WaitingTimeClass } from './reference-class.js';

interface DerivedDocs {
  /** What the parameter means in the model, in a sentence. */
  readonly description: string;
  readonly unit: string;
  /** How the class was assembled (inclusion rule, what was left out and why). */
  readonly note?: string;
  /** Significant digits of the default (3 unless given); whole numbers for `integer`. */
  readonly significantDigits?: number;
}

/** How a waiting-time class becomes a parameter: as the daily hazard itself or as the median wait. */
export interface WaitingTimeParameterOptions extends DerivedDocs {
  /**
   * `rate`: the parameter is the daily hazard λ; prior `gamma`. `median-days`: the parameter
   * is the median waiting time ln 2 / λ in days; prior `gammaMedianDays`.
   */
  readonly scale: 'rate' | 'median-days';
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/** A proportion class becomes a probability on [0, 1] with a `beta` prior. */
export interface ProportionParameterOptions extends DerivedDocs {
  readonly scale: 'probability';
}

/**
 * A number parameter whose default and prior are derived together from a reference class:
 * the prior is the class's conjugate posterior (see {@link fitReferenceClass}) and the default
 * is that prior's median, rounded to the displayed precision, so the two agree by construction.
 * The parameter's source summarises the class; the class itself travels with the parameter,
 * so `defineScenario` can refuse evidence dated after the start date and `describe` can show it.
 */
export function parameterFromReferenceClass(referenceClass: WaitingTimeClass, options: WaitingTimeParameterOptions): NumberParameter;
export function parameterFromReferenceClass(referenceClass: ProportionClass, options: ProportionParameterOptions): NumberParameter;
export function parameterFromReferenceClass(
  referenceClass: ReferenceClass,
  options: WaitingTimeParameterOptions | ProportionParameterOptions,
): NumberParameter {
  const fit = fitReferenceClass(referenceClass);
  const digits = options.significantDigits ?? 3;
  let median: number;
  let prior: Prior;
  let min = 0;
  let max = 1;
  let integer = false;
  if (fit.method === 'waiting-time' && options.scale !== 'probability') {
    ({ min, max } = options);
    integer = options.integer ?? false;
    median = options.scale === 'rate' ? fit.medianRate : Math.LN2 / fit.medianRate;
    prior = { kind: options.scale === 'rate' ? 'gamma' : 'gammaMedianDays', ...fit.posterior };
  } else if (fit.method === 'proportion' && options.scale === 'probability') {
    median = fit.medianProbability;
    prior = { kind: 'beta', ...fit.posterior };
  } else {
    throw new RangeError(`reference class "${referenceClass.name}" (${referenceClass.method}) cannot give a ${options.scale} parameter`);
  }
  const value = integer ? Math.round(median) : roundSignificant(median, digits);
  const dates = referenceClass.observations.map((observation) => observation.source.date).sort();
  const counts =
    fit.method === 'waiting-time'
      ? `${fit.cases} cases, ${fit.events} ${fit.events === 1 ? 'event' : 'events'}, ${fit.censored} censored, ${fit.exposureDays} days observed`
      : `${fit.cases} cases, ${fit.successes} of ${fit.trials}`;
  return {
    kind: 'number',
    description: options.description,
    unit: options.unit,
    default: value,
    min,
    max,
    integer,
    prior,
    referenceClass,
    source: {
      citation: `Reference class: ${referenceClass.name} (${counts})`,
      ...(dates.length > 0 ? { date: dates[dates.length - 1] as string } : {}),
      note:
        options.note ??
        (fit.method === 'waiting-time'
          ? 'Default is the median of the Gamma posterior of the daily hazard, right-censored cases counted as exposure.'
          : 'Default is the median of the Beta posterior of the proportion.'),
    },
  };
}

/**
 * Rounds to `digits` significant digits, but never past the units: 1364.2 becomes 1364, not
 * 1360, because a printed 1360 claims its last zero and would no longer show the prior's median.
 */
function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return Number(value.toFixed(Math.min(decimals, 100)));
}
