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
