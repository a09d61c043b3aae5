import fc from 'fast-check';
import { type Draft, produce } from 'immer';
import type { Action } from '../action.js';
import { CrisisSimError } from '../crisis-sim-error.js';
import { derivedValues } from '../derived-values.js';
import type { ParameterSpec, ParameterValues } from '../parameter.js';
import { createRng } from '../rng.js';
import type { LoggedEvent, RunResult } from '../run-result.js';
import type { Reducer, Scenario } from '../scenario.js';
import { deriveRunSeed, deriveStreamSeed } from '../seed.js';
import { simulate } from '../simulate.js';
import { checkParameters, type PropertyOptions } from './property-options.js';
import { describeRunCase, runCaseArbitrary } from './run-case-arbitrary.js';

/**
 * Property: the scenario's invariants hold whatever the order in which the actors' decisions
 * of one day are applied. Rules decide simultaneously, on the start-of-day state; reducers
 * apply their decisions one after another, in actor order. A reducer that trusts what its
 * rule saw (the president is in office) breaks when an earlier decision of the same day
 * changed it (he was restored, or removed). Declaration order is an arbitrary tie-break, so
 * the model must be sound in any order: this replays every day on which two or more actors'
 * decisions were applied, from that day's start, with the actors in reverse order (which
 * swaps every pair), runs the end-of-day dynamics (on a stream of their own: any draw is a
 * possible draw) and checks every invariant. The declared order is checked by the run itself.
 */
export function assertActorOrderIndependent<S, P extends ParameterSpec, A extends Action, O extends string, D>(
  scenario: Scenario<S, P, A, O, D>,
  options: PropertyOptions<ParameterValues<P>> = {},
): void {
  const invariants = scenario.invariants ?? [];
  const scheduledPerDay = new Map<number, number>();
  for (const event of scenario.schedule ?? []) scheduledPerDay.set(event.day, (scheduledPerDay.get(event.day) ?? 0) + 1);
  fc.assert(
    fc.property(runCaseArbitrary(scenario, { fixed: options.fixed }), (runCase) => {
      let result: RunResult<S, A, O>;
      try {
        result = simulate(scenario, { ...runCase, mode: 'trace', checkInvariants: true });
      } catch (error) {
        const message = error instanceof CrisisSimError ? error.message : String(error);
        throw new Error(`${message}; ${describeRunCase(scenario, runCase)}`);
      }
      const snapshots = result.trace?.snapshots ?? [];
      const params = result.parameters as ParameterValues<P>;
      const derived = derivedValues(scenario, params);
      for (const [day, events] of eventsByDay(result.events)) {
        const scheduled = events.slice(0, scheduledPerDay.get(day) ?? 0);
        const groups = actorGroups(events.slice(scheduled.length));
        if (groups.length < 2) continue;
        const reversed = groups.slice().reverse();
        const world = createRng(deriveStreamSeed(deriveRunSeed(runCase.seed, runCase.runIndex), 'order-check:world'));
        const state = produce(snapshots[day] as S, (draft: Draft<S>) => {
          const target = draft as S;
          for (const event of scheduled) applyEvent(scenario, target, event, day, derived);
          for (const group of reversed) for (const event of group) applyEvent(scenario, target, event, day, derived);
          scenario.dynamics?.(target, { day, horizon: result.horizon, params, rng: world, derived } as never);
        });
        for (const invariant of invariants) {
          const problem = invariant.check(state as Parameters<typeof invariant.check>[0], { day, params, derived } as never);
          if (problem === undefined) continue;
          const order = reversed.map((group) => (group[0] as LoggedEvent<A>).actor).join(', ');
          throw new Error(
            `invariant ${invariant.id} broken on day ${day} when that day's decisions are applied in the order ${order}: ${problem}. ` +
              'Rules decide on the start-of-day state; a reducer must re-check what its rule assumed, as an earlier decision of ' +
              `the same day may have changed it; ${describeRunCase(scenario, runCase)}`,
          );
        }
      }
    }),
    checkParameters(options),
  );
}

function eventsByDay<A extends Action>(events: readonly LoggedEvent<A>[]): Map<number, LoggedEvent<A>[]> {
  const days = new Map<number, LoggedEvent<A>[]>();
  for (const event of events) {
    const list = days.get(event.day);
    if (list === undefined) days.set(event.day, [event]);
    else list.push(event);
  }
  return days;
}

/** Decisions of one day, split into runs of the same actor (the engine applies them in actor order). */
function actorGroups<A extends Action>(events: readonly LoggedEvent<A>[]): LoggedEvent<A>[][] {
  const groups: LoggedEvent<A>[][] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last !== undefined && (last[0] as LoggedEvent<A>).actor === event.actor) last.push(event);
    else groups.push([event]);
  }
  return groups;
}

function applyEvent<S, P extends ParameterSpec, A extends Action, O extends string, D>(
  scenario: Scenario<S, P, A, O, D>,
  target: S,
  event: LoggedEvent<A>,
  day: number,
  derived: unknown,
): void {
  const reducer = (scenario.reducers as unknown as Record<string, Reducer<S, A>>)[event.action.type];
  reducer?.(target, event.action, { day, actor: event.actor, derived });
}
