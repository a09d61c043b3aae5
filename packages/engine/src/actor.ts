import type { Action } from './action.js';
import type { Rule } from './rule.js';
import type { Source } from './source.js';

/** A participant in a scenario: who it is, how it decides, and where that comes from. */
export interface ActorDefinition<S, P, A extends Action, D = unknown> {
  /** Stable id; it names the actor's RNG stream (`actor:<id>`), so renaming it changes its draws. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Decides each day; absent for actors that only appear in scheduled events. */
  readonly rule?: Rule<S, P, A, D>;
  /** Sources for the actor's stance and rule (the model card cites them). */
  readonly sources?: readonly Source[];
}
