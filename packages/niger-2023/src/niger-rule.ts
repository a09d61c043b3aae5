import type { ActorDefinition, Reducers, Rule } from '@crisis-sim/engine';
import type { NigerAction } from './niger-action.js';
import type { NigerDerived } from './niger-derived.js';
import type { NigerParameters } from './parameters.js';
import type { NigerState } from './state.js';

/** A decision rule of one actor of the Niger scenario; it reads the scenario's derived values as `context.derived`. */
export type NigerRule = Rule<NigerState, NigerParameters, NigerAction, NigerDerived>;

/** The reducers of one actor's actions. */
export type NigerReducers<A extends NigerAction> = Reducers<NigerState, A, NigerDerived>;

/** An actor of the Niger scenario. */
export type NigerActor = ActorDefinition<NigerState, NigerParameters, NigerAction, NigerDerived>;

/** The read-only view of the state that rules, indicators, invariants and the outcome see. */
export type NigerStateView = Parameters<NigerRule>[0];

/**
 * The parameters and the values derived from them, as a rule's context carries them: what the
 * model's helpers outside a rule (ballot chances, the US hazard) need to compute the same numbers.
 */
export interface NigerValues {
  readonly params: NigerParameters;
  readonly derived: NigerDerived;
  /** The day being decided: recent events (a jihadist attack) weigh on decisions for a while. */
  readonly day: number;
}
