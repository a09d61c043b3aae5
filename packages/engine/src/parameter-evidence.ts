import { displayedPrecision } from './displayed-precision.js';
import { fitReferenceClass, type ReferenceClassFit } from './fit-reference-class.js';
import type { ParameterDefinition } from './parameter.js';
import type { Prior } from './prior.js';
import { priorQuantile } from './prior-quantile.js';
import type { ReferenceClass } from './reference-class.js';

/**
 * Where a parameter's value comes from: `reference-class` (derived from precedents),
 * `dated-citation` (a dated document states it), `citation` (an undated one does), or
 * `assumption` (no document states the level, including citations with an `assumedLevel`).
 */
export type EvidenceKind = 'reference-class' | 'dated-citation' | 'citation' | 'assumption';

/** A parameter's evidence as `describe` shows it. */
export interface ParameterEvidence {
  readonly kind: EvidenceKind;
  /** True when the value can be traced to dated evidence: a reference class or a dated citation stating it. */
  readonly traced: boolean;
  /**
   * For a number parameter with a prior: its median, its 90% interval, and whether it is
   * centred on the default. A declared `fixed` prior is a point mass at the default.
   */
  readonly prior?: {
    readonly kind: Prior['kind'];
    readonly median: number;
    readonly interval: readonly [number, number];
    /** The prior's median equals the default to the default's displayed precision. */
    readonly centred: boolean;
  };
  /** For a derived parameter: the class, its counts and its posterior. */
  readonly referenceClass?: ReferenceClassFit & {
    readonly name: string;
    readonly event: string;
    readonly weakPrior: ReferenceClass['weakPrior'];
    readonly observations: ReferenceClass['observations'];
  };
}

/** Classifies a parameter's evidence and summarises its prior and reference class. */
export function parameterEvidence(definition: ParameterDefinition): ParameterEvidence {
  const source = definition.source;
  const referenceClass = definition.kind === 'number' ? definition.referenceClass : undefined;
  const kind: EvidenceKind =
    referenceClass !== undefined
      ? 'reference-class'
      : 'assumption' in source || source.assumedLevel !== undefined
        ? 'assumption'
        : source.date !== undefined
          ? 'dated-citation'
          : 'citation';
  const evidence: { -readonly [K in keyof ParameterEvidence]: ParameterEvidence[K] } = {
    kind,
    traced: kind === 'reference-class' || kind === 'dated-citation',
  };
  if (definition.kind === 'number' && definition.prior?.kind === 'fixed') {
    // A declared point prior: the value is held, on purpose (a date, a count in a document).
    evidence.prior = { kind: 'fixed', median: definition.default, interval: [definition.default, definition.default], centred: true };
  } else if (definition.kind === 'number' && definition.prior !== undefined) {
    const quantile = (p: number) => priorQuantile(definition.prior as Prior, definition.min, definition.max, p, definition.default);
    const median = quantile(0.5);
    evidence.prior = {
      kind: definition.prior.kind,
      median,
      interval: [quantile(0.05), quantile(0.95)],
      centred: isCentred(median, definition.default, definition.integer),
    };
  }
  if (referenceClass !== undefined) {
    evidence.referenceClass = {
      ...fitReferenceClass(referenceClass),
      name: referenceClass.name,
      event: referenceClass.event,
      weakPrior: referenceClass.weakPrior,
      observations: referenceClass.observations,
    };
  }
  return evidence;
}

/**
 * True when a prior's median shows as the default: within half a unit of the default's last
 * printed digit (a whole number's prior median may be off by up to half a day, since draws round).
 */
export function isCentred(median: number, value: number, integer: boolean): boolean {
  const tolerance = integer ? 0.5 : displayedPrecision(value);
  // A hair of slack absorbs the quantile search's own rounding.
  return Math.abs(median - value) <= tolerance * (1 + 1e-6);
}
