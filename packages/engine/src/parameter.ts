import type { Prior } from './prior.js';
import type { ReferenceClass } from './reference-class.js';
import type { Source } from './source.js';

interface ParameterDocs {
  /** What the parameter means in the model, in a sentence. */
  readonly description: string;
  /** Unit of the value: `probability`, `days`, `troops`, `per day`, `share`, ... */
  readonly unit: string;
  /** Where the default comes from, or why it is an assumption. */
  readonly source: Source;
}

/** A real or whole number within [min, max]. */
export interface NumberParameter extends ParameterDocs {
  readonly kind: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (days, troops, months). */
  readonly integer: boolean;
  /** Distribution drawn from under `uncertainty: 'priors'`; absent means held at its value. */
  readonly prior?: Prior;
  /**
   * The precedents the default and prior were derived from, when they were (see
   * {@link parameterFromReferenceClass}); `defineScenario` checks them against the start date.
   */
  readonly referenceClass?: ReferenceClass;
}

/** A yes/no switch. */
export interface BooleanParameter extends ParameterDocs {
  readonly kind: 'boolean';
  readonly default: boolean;
  /** Under `uncertainty: 'priors'`, true with probability `p`. */
  readonly prior?: { readonly kind: 'fixed' } | { readonly kind: 'bernoulli'; readonly p: number };
}

/** One of a fixed set of names (a voting rule, a doctrine). */
export interface ChoiceParameter<V extends string = string> extends ParameterDocs {
  readonly kind: 'choice';
  readonly default: V;
  readonly values: readonly V[];
  /** Under `uncertainty: 'priors'`, each value with the given relative weight. */
  readonly prior?: { readonly kind: 'fixed' } | { readonly kind: 'categorical'; readonly weights: Readonly<Record<V, number>> };
}

/** Any parameter definition. */
export type ParameterDefinition = NumberParameter | BooleanParameter | ChoiceParameter;

/** A scenario's parameters, keyed by dotted names such as `ecowas.forceThreshold`. */
export type ParameterSpec = Readonly<Record<string, ParameterDefinition>>;

/** The value type a definition admits. */
export type ParameterValueOf<D> = D extends NumberParameter
  ? number
  : D extends BooleanParameter
    ? boolean
    : D extends ChoiceParameter<infer V>
      ? V
      : never;

/** A complete, validated set of values for a spec: what rules read as `params`. */
export type ParameterValues<S extends ParameterSpec> = { readonly [K in keyof S]: ParameterValueOf<S[K]> };

/** Any parameter value. */
export type ParameterValue = number | boolean | string;

type Optional<T, K extends keyof T> = Omit<T, K | 'kind'> & Partial<Pick<T, K>>;

/**
 * Builders that fill in `kind` (and `integer`) so that scenario files read as data:
 * `param.number({ default: 0.3, min: 0, max: 1, unit: 'probability', ... })`.
 */
export const param = {
  /** A real number within [min, max]. */
  number(definition: Optional<NumberParameter, 'integer'>): NumberParameter {
    return { ...definition, kind: 'number', integer: false };
  },
  /** A whole number within [min, max]. */
  integer(definition: Optional<NumberParameter, 'integer'>): NumberParameter {
    return { ...definition, kind: 'number', integer: true };
  },
  /** A yes/no switch. */
  boolean(definition: Omit<BooleanParameter, 'kind'>): BooleanParameter {
    return { ...definition, kind: 'boolean' };
  },
  /** One of a fixed set of names. */
  choice<const V extends string>(definition: Omit<ChoiceParameter<V>, 'kind'>): ChoiceParameter<V> {
    return { ...definition, kind: 'choice' };
  },
} as const;

/** Human-readable statement of what a definition allows, used in error messages and docs. */
export function describeAllowed(definition: ParameterDefinition): string {
  switch (definition.kind) {
    case 'number':
      return `${definition.integer ? 'a whole number' : 'a number'} from ${definition.min} to ${definition.max}`;
    case 'boolean':
      return 'true or false';
    case 'choice':
      return `one of ${definition.values.join(', ')}`;
  }
}
