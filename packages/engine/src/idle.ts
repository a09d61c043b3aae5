/** The mark of an {@link idle} result: a registered symbol, the same in every copy of the engine. */
const IDLE_MARK: unique symbol = Symbol.for('crisis-sim.idle-rule');

/**
 * What a rule returns for "nothing today, and nothing until the state changes": no decision
 * today, and the promise that it would return no decision and draw nothing on every later day
 * until a reducer has changed the state (a rule's decision or a scheduled event was applied).
 * Batch runs then skip the rule until that happens, instead of calling it every day to hear
 * the same answer.
 *
 * ```ts
 * const voter: Rule<State, Params, Act> = (state, { rng }) => {
 *   // A closed summit only opens by a reducer: until then, nothing to do and nothing to draw.
 *   if (!state.summitOpen) return idle;
 *   return rng.bernoulli(0.6) ? decide({ type: 'member/vote-yes' }, 'in favour') : undefined;
 * };
 * ```
 *
 * Return it only on a path that drew nothing and depends only on state that reducers write
 * (not on what `dynamics` moves), on the parameters and derived values, and not on the day:
 * then the rule's answer cannot change before a reducer runs, and skipping it changes no draw
 * and no result. Such a path is typical of actors waiting for an event (a summit to open, a
 * decision already taken for good).
 *
 * Trace mode, and the generic loop of hosts that forbid generating code, call every rule
 * every day and read `idle` as no decision: a rule that returns it where its answer could
 * change makes batch and trace runs differ, which `assertBatchMatchesTrace`
 * (`@crisis-sim/engine/testing`) catches.
 *
 * A scenario module built against another copy of the engine returns that copy's `idle`: it
 * is still read as no decision, though such a rule is called every day.
 */
export const idle: Idle = Object.freeze({ [IDLE_MARK]: true as const });

/** The type of {@link idle}: an object, so that `'action' in result` still narrows a rule's result to a decision. */
export interface Idle {
  readonly [IDLE_MARK]: true;
}

/**
 * Whether a rule's non-undefined result is some engine copy's {@link idle}. The step loops
 * compare with this copy's `idle` first; this test runs only for a result without an action.
 */
export function isIdle(result: unknown): boolean {
  return result === idle || (typeof result === 'object' && result !== null && (result as Partial<Idle>)[IDLE_MARK] === true);
}
