/** Something an actor does. `type` names the reducer that applies it, e.g. `ecowas/activate-standby-force`. */
export interface Action {
  readonly type: string;
}

/** An action with the actor's reason for it, as the event log and narratives show it. */
export interface Decision<A extends Action = Action> {
  readonly action: A;
  readonly reason: string;
}

/** Pairs an action with its reason: `return decide({ type: 'junta/close-airspace' }, 'threat is high')`. */
export function decide<const A extends Action>(action: A, reason: string): Decision<A> {
  return { action, reason };
}

/** `A` with its fields writable: the action of a {@link ReusableDecision}, which its rule refills. */
export type WritableAction<A extends Action> = { -readonly [K in keyof A]: A[K] };

/**
 * A decision a rule creates once and refills each day it returns it, instead of allocating a
 * new one per actor-day: see {@link reusableDecision}. Its action and reason may be rewritten
 * by the rule between days; within a day the engine reads them as they were when returned.
 */
export interface ReusableDecision<A extends Action = Action> extends Decision<WritableAction<A>> {
  reason: string;
}

/**
 * Marks a reusable decision. A registered symbol, so that a scenario module built against
 * another copy of the engine is still recognised.
 */
const REUSABLE = Symbol.for('crisis-sim.reusable-decision');

/**
 * A decision for a rule to keep and return again and again, its fields refilled each time:
 * the allocation-free alternative to {@link decide} for a rule that acts on most days, where
 * a new decision and action object per actor-day are most of a run's cost. Results are the
 * same as returning a fresh `decide(...)` with the same values.
 *
 * ```ts
 * function driftRule(index: number): Rule<State, Params, Act> {
 *   const drift = reusableDecision({ type: 'drift', actor: index, delta: 0 }, 'daily drift');
 *   return (state, { rng }) => {
 *     drift.action.delta = rng.uniform(-0.01, 0.01);
 *     return drift;
 *   };
 * }
 * ```
 *
 * The contract, which {@link decide} does not need:
 * - Create one per rule (a rule factory's closure, as above), never share one between rules,
 *   and fill every field the reducer reads each time the rule returns it: the object outlives
 *   the day and the run. Return it at most once per day.
 * - The action's fields are plain values (numbers, strings, booleans), not objects the rule
 *   also mutates.
 * - In batch mode a reducer receives the rule's own object, valid only during the call: a
 *   reducer must not keep it (store its fields instead). The event log and trace mode get a
 *   copy, so a logged event or a trace snapshot never changes afterwards.
 *
 * Worker threads each load their own copy of the scenario module, so a run never sees
 * another thread's decision objects.
 */
export function reusableDecision<T extends string, A extends { readonly type: T }>(action: A, reason: string): ReusableDecision<A> {
  // The caller's own object, not a copy: a copy made by spreading gets a map whose number
  // fields take no in-place writes, so each refill would allocate a heap number.
  const decision = { action, reason };
  Object.defineProperty(decision, REUSABLE, { value: true });
  return decision as ReusableDecision<A>;
}

/** Whether a rule returned a {@link reusableDecision}: its action must be copied before anything keeps it. */
export function isReusable(decision: Decision): boolean {
  return (decision as { readonly [REUSABLE]?: boolean })[REUSABLE] === true;
}
