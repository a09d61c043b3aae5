import { enablePatches, freeze, Immer, type Immutable, type Patch } from 'immer';
import type { Action, Decision } from './action.js';
import { CrisisSimError } from './crisis-sim-error.js';
import type { ParameterSpec, ParameterValues } from './parameter.js';
import { createRng } from './rng.js';
import type { LoggedEvent, RunResult } from './run-result.js';
import type { Scenario } from './scenario.js';
import { deriveRunSeed, deriveStreamSeed, type Seed, seedText } from './seed.js';

enablePatches();
// A private instance: trace mode must freeze whatever the host application set globally.
const immer = new Immer({ autoFreeze: true });

/** How a run executes: `batch` mutates a run-owned copy (fast); `trace` keeps frozen daily snapshots and patches. */
export type SimulationMode = 'batch' | 'trace';

/** Options of {@link runScenario}; every value is trusted (already validated). */
export interface RunScenarioOptions {
  readonly seed: Seed;
  readonly runIndex: number;
  readonly mode: SimulationMode;
  readonly checkInvariants: boolean;
}

interface MutableContext<P> {
  day: number;
  horizon: number;
  params: P;
  rng: ReturnType<typeof createRng>;
  actor: string;
}

/**
 * The step loop, on parameter values that are already resolved. {@link simulate} validates
 * its input and calls this; Monte Carlo drivers call it directly to skip re-validation.
 *
 * Each day: (1) scheduled events are applied; (2) every actor's rule observes the state, in
 * actor order; (3) their decisions are applied in actor order, then in the order each rule
 * returned them; (4) end-of-day dynamics run; (5) invariants are checked and state-based
 * indicators tested.
 */
export function runScenario<S, P extends ParameterSpec, A extends Action, O extends string>(
  scenario: Scenario<S, P, A, O>,
  params: ParameterValues<P>,
  options: RunScenarioOptions,
): RunResult<S, A, O> {
  const { runIndex, mode, checkInvariants } = options;
  const seed = seedText(options.seed);
  const horizon = typeof scenario.horizonDays === 'number' ? scenario.horizonDays : scenario.horizonDays(params);
  if (!(Number.isInteger(horizon) && horizon >= 1)) {
    throw new CrisisSimError([
      {
        code: 'invalid_scenario',
        path: ['horizonDays'],
        message: `horizon must be a whole number of days >= 1, got ${horizon}`,
        value: horizon,
      },
    ]);
  }
  const runSeed = deriveRunSeed(seed, runIndex);
  const actors = scenario.actors;
  const contexts: MutableContext<ParameterValues<P>>[] = actors.map((actor) => ({
    day: 0,
    horizon,
    params,
    rng: createRng(deriveStreamSeed(runSeed, `actor:${actor.id}`)),
    actor: actor.id,
  }));
  const world = { day: 0, horizon, params, rng: createRng(deriveStreamSeed(runSeed, 'world')) };
  const reducers = scenario.reducers as unknown as Record<
    string,
    ((draft: S, action: A, event: { day: number; actor: string }) => void) | undefined
  >;
  const indicatorDefinitions = scenario.indicators ?? [];
  const indicatorDays: (number | null)[] = indicatorDefinitions.map(() => null);
  const stateIndicators = indicatorDefinitions.flatMap((indicator, position) => (indicator.when === undefined ? [] : [position]));
  const invariants = checkInvariants ? (scenario.invariants ?? []) : [];
  const events: LoggedEvent<A>[] = [];
  const pendingDecisions: Decision<A>[] = [];
  const pendingActors: string[] = [];
  const tracing = mode === 'trace';
  const snapshots: Immutable<S>[] = [];
  const patchesByDay: Patch[][] = [];

  let state = scenario.initialState(params);
  if (tracing) {
    state = freeze(state, true);
    snapshots.push(state as Immutable<S>);
  }

  const apply = (target: S, decision: Decision<A>, actor: string, day: number) => {
    const type = decision.action.type;
    const reducer = reducers[type];
    if (reducer === undefined) {
      throw new CrisisSimError([
        {
          code: 'invalid_scenario',
          path: ['reducers', type],
          message: `actor ${actor} returned action type ${type} on day ${day}, which has no reducer`,
          value: decision.action,
        },
      ]);
    }
    reducer(target, decision.action, { day, actor });
    events.push({ day, actor, action: decision.action, reason: decision.reason });
    const marks = scenario.indicatorsByActionType.get(type);
    if (marks !== undefined) {
      for (const position of marks) if (indicatorDays[position] === null) indicatorDays[position] = day;
    }
  };

  const applyPending = (target: S, day: number) => {
    for (let i = 0; i < pendingDecisions.length; i++) apply(target, pendingDecisions[i] as Decision<A>, pendingActors[i] as string, day);
    if (scenario.dynamics !== undefined) {
      world.day = day;
      scenario.dynamics(target, world);
    }
  };

  for (let day = 0; day < horizon; day++) {
    let dayPatches: Patch[] | undefined;
    const scheduled = scenario.scheduleByDay.get(day);
    if (scheduled !== undefined) {
      const applyScheduled = (target: S) => {
        for (const event of scheduled) apply(target, event, event.actor, day);
      };
      if (tracing) {
        const [next, patches] = immer.produceWithPatches(state, applyScheduled as (draft: unknown) => void);
        state = next as S;
        dayPatches = patches;
      } else {
        applyScheduled(state);
      }
    }

    pendingDecisions.length = 0;
    pendingActors.length = 0;
    for (let i = 0; i < actors.length; i++) {
      const rule = (actors[i] as (typeof actors)[number]).rule;
      if (rule === undefined) continue;
      const context = contexts[i] as MutableContext<ParameterValues<P>>;
      context.day = day;
      const result = rule(state as Immutable<S>, context);
      if (result === undefined) continue;
      if (isDecisionList(result)) {
        for (const decision of result) {
          pendingDecisions.push(decision);
          pendingActors.push(context.actor);
        }
      } else {
        pendingDecisions.push(result);
        pendingActors.push(context.actor);
      }
    }

    if (tracing) {
      const [next, patches] = immer.produceWithPatches(state, ((draft: S) => applyPending(draft, day)) as (draft: unknown) => void);
      state = next as S;
      dayPatches = dayPatches === undefined ? patches : dayPatches.concat(patches);
      snapshots.push(state as Immutable<S>);
      patchesByDay.push(dayPatches);
    } else {
      applyPending(state, day);
    }

    for (const invariant of invariants) {
      const problem = invariant.check(state as Immutable<S>, { day, params });
      if (problem !== undefined) {
        throw new CrisisSimError([
          {
            code: 'invariant_violated',
            path: ['invariants', invariant.id],
            message: `invariant ${invariant.id} broken on day ${day} (scenario ${scenario.id}, seed ${seed}, run ${runIndex}): ${problem}`,
            value: { day, seed, runIndex, parameters: params },
          },
        ]);
      }
    }
    for (const position of stateIndicators) {
      if (indicatorDays[position] === null && (indicatorDefinitions[position]?.when?.(state as Immutable<S>) ?? false)) {
        indicatorDays[position] = day;
      }
    }
  }

  const outcome = scenario.outcome(state as Immutable<S>, params);
  if (!scenario.outcomeIndex.has(outcome)) {
    throw new CrisisSimError([
      {
        code: 'invalid_outcome',
        path: ['outcome'],
        message: `scenario ${scenario.id} classified run ${runIndex} (seed ${seed}) as ${String(outcome)}, which is not one of ${[...scenario.outcomeIndex.keys()].join(', ')}`,
        value: outcome,
      },
    ]);
  }
  const indicators: Record<string, number | null> = {};
  indicatorDefinitions.forEach((indicator, position) => {
    indicators[indicator.id] = indicatorDays[position] ?? null;
  });

  const result: RunResult<S, A, O> = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed,
    runIndex,
    parameters: params as RunResult['parameters'],
    horizon,
    outcome,
    indicators,
    events,
    finalState: state as Immutable<S>,
  };
  return tracing ? { ...result, trace: { snapshots, patches: patchesByDay } } : result;
}

function isDecisionList<A extends Action>(result: Decision<A> | readonly Decision<A>[]): result is readonly Decision<A>[] {
  return Array.isArray(result);
}
