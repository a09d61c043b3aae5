import type { Immutable } from 'immer';
import type { Action, Decision } from './action.js';
import type { DerivedContext } from './derived-context.js';
import type { Idle } from './idle.js';
import type { Rng } from './rng.js';

/**
 * What a rule sees besides the state. One context object per actor is reused across the
 * days of a run (the hot path allocates nothing), so read it during the call; do not keep it.
 */
export interface RuleContext<P> {
  /** Day of the step, 0 = the scenario's start date. */
  readonly day: number;
  /** Last day of the run is `horizon - 1`. */
  readonly horizon: number;
  readonly params: P;
  /** The actor's own stream, derived from (master seed, run index, `actor:<id>`). */
  readonly rng: Rng;
  /** Id of the actor whose rule this is. */
  readonly actor: string;
}

/**
 * What a rule returns: nothing, one decision or several (applied in the order given), or
 * {@link idle}: nothing, and nothing until a reducer changes the state.
 */
export type RuleResult<A extends Action> = Decision<A> | readonly Decision<A>[] | undefined | Idle;

/**
 * An actor's decision rule. `D` is what the scenario's `derive` returns, read as `context.derived`. It observes the state at the start of the day, read-only (frozen
 * in trace mode, so a mutation throws), and returns decisions; it never changes state itself.
 */
export type Rule<S, P, A extends Action, D = unknown> = (state: Immutable<S>, context: RuleContext<P> & DerivedContext<D>) => RuleResult<A>;
