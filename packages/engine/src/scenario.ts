import type { Immutable } from 'immer';
import type { Action } from './action.js';
import type { ActorDefinition } from './actor.js';
import type { DerivedContext } from './derived-context.js';
import type { ParameterSpec, ParameterValues } from './parameter.js';
import type { ParameterConstraint } from './parameter-constraint.js';
import type { Rng } from './rng.js';

/** When and by whom a reducer is applied. Reused between calls: read it, do not keep it. */
export interface ActionEvent {
  readonly day: number;
  readonly actor: string;
}

/**
 * Applies one action to the state. Written as an immer recipe: it mutates `draft` and
 * returns nothing. Batch mode runs it on a run-owned working copy; trace mode under
 * `produceWithPatches`. It must be deterministic: randomness belongs to rules, which put
 * the drawn result in the action.
 *
 * Ordering rule: rules decide simultaneously on the start-of-day state, and their decisions
 * are applied in actor order, so `draft` is the state as the day's earlier decisions left it,
 * not the state the rule saw. A reducer must re-check every precondition of its rule that
 * another actor's action can change, and do nothing when it no longer holds. The testing
 * kit's `assertActorOrderIndependent` checks this.
 */
export type Reducer<S, A extends Action, D = unknown> = (draft: S, action: A, event: ActionEvent & DerivedContext<D>) => void;

/** One reducer per action type. */
export type Reducers<S, A extends Action, D = unknown> = { readonly [T in A['type']]: Reducer<S, Extract<A, { readonly type: T }>, D> };

/** What end-of-day dynamics see besides the draft. */
export interface DynamicsContext<P> {
  readonly day: number;
  readonly horizon: number;
  readonly params: P;
  /** The `world` stream of the run. */
  readonly rng: Rng;
}

/** An action fixed in the calendar (an announced summit, a deadline), applied before rules decide. */
export interface ScheduledEvent<A extends Action> {
  readonly day: number;
  readonly actor: string;
  readonly action: A;
  readonly reason: string;
}

/** One of a scenario's mutually exclusive, exhaustive end states. */
export interface OutcomeDefinition<O extends string = string> {
  readonly id: O;
  readonly label: string;
  readonly description: string;
}

/**
 * Something that may happen during a run, recorded with the first day it happened:
 * the first day an action of one of the `on` types is applied, or the first day whose
 * end-of-day state satisfies `when`.
 */
export interface IndicatorDefinition<S, A extends Action> {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly on?: readonly A['type'][];
  readonly when?: (state: Immutable<S>) => boolean;
}

/** What an invariant check sees besides the state. */
export interface InvariantContext<P> {
  readonly day: number;
  readonly params: P;
}

/** A statement that must hold after every step; `check` returns a message when it does not. */
export interface InvariantDefinition<S, P, D = unknown> {
  readonly id: string;
  readonly description: string;
  readonly check: (state: Immutable<S>, context: InvariantContext<P> & DerivedContext<D>) => string | undefined;
  /**
   * Which days the engine checks it on. `'every-day'` (the default): after every day.
   * `'action-days'`: after day 0 and after every day on which a scheduled event was applied or
   * a rule returned a decision, and on no other day. Declare it for an invariant whose check
   * cannot start failing on a day when only the end-of-day dynamics moved: one that reads only
   * state that reducers write (not what `dynamics` changes), the parameters and derived values,
   * and the day only as a bound that a state passing yesterday still passes today (an event
   * day is not in the future). Such an invariant fails on the same day, with the same message,
   * as when checked daily; it is only spared the days on which its result cannot change, which
   * in a model whose actors act on a few days of a run are most of its checks.
   */
  readonly checkedOn?: 'every-day' | 'action-days';
}

/** What a scenario author writes: data plus pure functions. See {@link defineScenario}. */
export interface ScenarioDefinition<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown> {
  /** Stable id, lower-case with dashes: `niger-2023`. */
  readonly id: string;
  readonly title: string;
  /** Version of the model; part of every manifest, so summaries of different models never merge. */
  readonly version: string;
  readonly description: string;
  /** Calendar date of day 0, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** Number of simulated days, or a function of the parameters when the horizon is a parameter. */
  readonly horizonDays: number | ((params: ParameterValues<P>) => number);
  readonly parameters: P;
  /**
   * Relations between parameters that their ranges cannot express (`min <= mode <= max`):
   * overrides that break one are refused, prior draws and the testing kit keep them.
   */
  readonly constraints?: readonly ParameterConstraint<keyof P & string>[];
  /** Must return a fresh object on every call: batch mode mutates it in place. */
  readonly initialState: (params: ParameterValues<P>) => S;
  /** Decide in this order; their decisions are applied in this order. */
  readonly actors: readonly ActorDefinition<S, ParameterValues<P>, A, D>[];
  readonly reducers: Reducers<S, A, D>;
  /** End-of-day update of slow variables, after the day's actions; an immer recipe. */
  readonly dynamics?: (draft: S, context: DynamicsContext<ParameterValues<P>> & DerivedContext<D>) => void;
  readonly schedule?: readonly ScheduledEvent<A>[];
  readonly outcomes: readonly OutcomeDefinition<O>[];
  /** Classifies the final state; must return one of `outcomes`' ids. */
  readonly outcome: (state: Immutable<S>, params: ParameterValues<P>) => O;
  readonly indicators?: readonly IndicatorDefinition<S, A>[];
  readonly invariants?: readonly InvariantDefinition<S, ParameterValues<P>, D>[];
  /**
   * Values computed from the parameters alone (rates converted to daily hazards, lookup tables,
   * constants of the model), computed once per parameter set and handed to rules, reducers,
   * dynamics and invariants as `context.derived`. The engine caches the result per parameter
   * set on each thread (see `derivedValues`), so a Monte Carlo batch on fixed parameters derives
   * once, not once per run. It must be a pure function of `params` and must not be mutated:
   * runs share it.
   */
  readonly derive?: (params: ParameterValues<P>) => D;
}

/**
 * A checked scenario, as returned by {@link defineScenario}. The step loop compiles its own
 * lookup tables from it once per scenario; the outcome index serves validation and summaries.
 */
export interface Scenario<
  S = unknown,
  P extends ParameterSpec = ParameterSpec,
  A extends Action = Action,
  O extends string = string,
  D = unknown,
> extends ScenarioDefinition<S, P, A, O, D> {
  /** Position of each outcome id in `outcomes`. */
  readonly outcomeIndex: ReadonlyMap<string, number>;
}

/** Any scenario, whatever its types: for registries and tools that handle scenarios generically. */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds scenarios of unrelated state and action types.
export type AnyScenario = Scenario<any, any, any, any, any>;
