import type { ActorDefinition, Reducers, Rule } from '@crisis-sim/engine';
import type { NigerAction } from './niger-action.js';
import type { NigerParameters } from './parameters.js';
import type { NigerState } from './state.js';

/** A decision rule of one actor of the Niger scenario. */
export type NigerRule = Rule<NigerState, NigerParameters, NigerAction>;

/** The reducers of one actor's actions. */
export type NigerReducers<A extends NigerAction> = Reducers<NigerState, A>;

/** An actor of the Niger scenario. */
export type NigerActor = ActorDefinition<NigerState, NigerParameters, NigerAction>;

/** The read-only view of the state that rules, indicators, invariants and the outcome see. */
export type NigerStateView = Parameters<NigerRule>[0];
