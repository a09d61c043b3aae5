import type { Immutable, Patch } from 'immer';
import type { Action } from './action.js';
import type { ParameterValue } from './parameter.js';

/** One entry of a run's event log. */
export interface LoggedEvent<A extends Action = Action> {
  readonly day: number;
  readonly actor: string;
  readonly action: A;
  readonly reason: string;
}

/** Per-day history of a trace-mode run. */
export interface RunTrace<S> {
  /** `snapshots[0]` is the initial state; `snapshots[d + 1]` the state at the end of day d. Frozen, structurally shared. */
  readonly snapshots: readonly Immutable<S>[];
  /** `patches[d]`: the immer patches that turned `snapshots[d]` into `snapshots[d + 1]`. */
  readonly patches: readonly (readonly Patch[])[];
}

/** Everything one run produced. Identical for identical (scenario, parameters, seed, run index). */
export interface RunResult<S = unknown, A extends Action = Action, O extends string = string> {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** The master seed, as text. */
  readonly seed: string;
  readonly runIndex: number;
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  /** Number of simulated days; days run from 0 to horizon - 1. */
  readonly horizon: number;
  readonly outcome: O;
  /** First day each indicator happened, or null if it did not happen by the horizon. */
  readonly indicators: Readonly<Record<string, number | null>>;
  readonly events: readonly LoggedEvent<A>[];
  readonly finalState: Immutable<S>;
  /** Present in trace mode only. */
  readonly trace?: RunTrace<S>;
}
