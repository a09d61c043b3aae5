import { enablePatches, freeze, Immer, type Immutable, type Patch } from 'immer';
import type { Action, Decision } from './action.js';
import { CrisisSimError } from './crisis-sim-error.js';
import { derivedValues } from './derived-values.js';
import { hashString, mixHash } from './hash.js';
import type { ParameterSpec, ParameterValues } from './parameter.js';
import { createRng } from './rng.js';
import type { Rule } from './rule.js';
import { RUN_STAGE, type RunPosition } from './run-position.js';
import type { LoggedEvent, RunResult } from './run-result.js';
import type { AnyScenario, Reducer, Scenario, ScheduledEvent } from './scenario.js';
import { deriveRunSeed, type Seed, seedText } from './seed.js';

// A private instance: trace mode must freeze whatever the host application set globally.
const immer = new Immer({ autoFreeze: true });
// immer's patches plugin is global: turned on the first time a run is traced, not on import,
// so that importing the engine changes nothing (the package declares `"sideEffects": false`).
let patchesEnabled = false;

/** How a run executes: `batch` mutates a run-owned copy (fast); `trace` keeps frozen daily snapshots and patches. */
export type SimulationMode = 'batch' | 'trace';

/** Options of {@link runScenario}; every value is trusted (already validated). */
export interface RunScenarioOptions {
  readonly seed: Seed;
  readonly runIndex: number;
  readonly mode: SimulationMode;
  readonly checkInvariants: boolean;
  /**
   * Keep the event log (default true). Monte Carlo batches turn it off: they need only the
   * outcome and indicator days, and a log of about a hundred objects per run is most of a
   * batch's garbage.
   */
  readonly recordEvents?: boolean;
  /**
   * Where the run is, written as it goes (slots as in {@link RunPosition}'s probe): lets another thread
   * name the run, day and actor of a run that never returns. Omit it and nothing is written.
   */
  readonly probe?: Float64Array;
}

interface MutableContext<P> {
  day: number;
  horizon: number;
  params: P;
  rng: ReturnType<typeof createRng>;
  actor: string;
  derived: unknown;
}

/**
 * The step loop, on parameter values that are already resolved. {@link simulate} validates
 * its input and calls this; Monte Carlo drivers call it directly to skip re-validation.
 *
 * Each day: (1) scheduled events are applied; (2) every actor's rule observes the state, in
 * actor order; (3) their decisions are applied in actor order, then in the order each rule
 * returned them; (4) end-of-day dynamics run; (5) invariants are checked and state-based
 * indicators tested.
 *
 * An error thrown by the scenario's own code (a rule, reducer, dynamics, invariant check,
 * indicator, initial state or outcome, or a draw refused by its {@link Rng}) is rethrown as a
 * {@link CrisisSimError} with code `scenario_fault` naming the scenario, seed, run, day and
 * actor, and the original error as its `cause`.
 */
export function runScenario<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  scenario: Scenario<S, P, A, O, D>,
  params: ParameterValues<P>,
  options: RunScenarioOptions,
): RunResult<S, A, O> {
  const { runIndex, mode, checkInvariants } = options;
  const recordEvents = options.recordEvents ?? true;
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
  const plan = compile(scenario);
  const ruleCount = plan.rules.length;
  const rules = plan.rules as readonly Rule<S, ParameterValues<P>, A>[];
  const contexts: MutableContext<ParameterValues<P>>[] = new Array(ruleCount);
  for (let i = 0; i < ruleCount; i++) {
    contexts[i] = {
      day: 0,
      horizon,
      params,
      rng: createRng(mixHash(runSeed, plan.streamHashes[i] as number)),
      actor: plan.ruleActors[i] as string,
      derived: undefined,
    };
  }
  const world = { day: 0, horizon, params, rng: createRng(mixHash(runSeed, plan.worldHash)), derived: undefined as unknown };
  const indicatorDefinitions = scenario.indicators ?? [];
  const indicatorDays: (number | null)[] = indicatorDefinitions.map(() => null);
  const stateIndicators = plan.stateIndicators;
  const invariants = checkInvariants ? (scenario.invariants ?? []) : [];
  // One context for every invariant check and one event for every reducer call of the run:
  // both run many times a day and must not allocate (their types tell callers not to keep them).
  const invariantContext = { day: 0, params, derived: undefined as unknown };
  const actionEvent = { day: 0, actor: '', derived: undefined as unknown };
  const events: LoggedEvent<A>[] = [];
  // Today's decisions, in slots [0, pendingCount): the arrays are reused, never shrunk, as
  // resetting an array's length costs a runtime call on every simulated day.
  const pendingDecisions: Decision<A>[] = [];
  /** The position of the rule (in `plan.rules`) that returned each pending decision. */
  const pendingRules: number[] = [];
  let pendingCount = 0;
  const { ruleActors, rulePositions, lastTypes, lastHandlings } = plan;
  const dynamics = scenario.dynamics;
  const tracing = mode === 'trace';
  if (tracing && !patchesEnabled) {
    enablePatches();
    patchesEnabled = true;
  }
  const snapshots: Immutable<S>[] = [];
  const patchesByDay: Patch[][] = [];

  const probe = options.probe;
  if (probe !== undefined) {
    probe[0] = runIndex;
    probe[1] = 0;
    probe[2] = RUN_STAGE.setup;
    probe[4] = (probe[4] ?? 0) + 1;
  }
  // Where the run is, for the error message if scenario code throws: plain locals, as cheap as it gets.
  let faultDay = 0;
  let faultStage: number = RUN_STAGE.setup;
  let faultItem = 0;
  let faultActor: string | undefined;
  try {
    if (scenario.derive !== undefined) {
      faultStage = RUN_STAGE.derive;
      if (probe !== undefined) probe[2] = RUN_STAGE.derive;
      const derived = derivedValues(scenario, params);
      for (let i = 0; i < ruleCount; i++) (contexts[i] as MutableContext<ParameterValues<P>>).derived = derived;
      world.derived = derived;
      invariantContext.derived = derived;
      actionEvent.derived = derived;
      faultStage = RUN_STAGE.setup;
      if (probe !== undefined) probe[2] = RUN_STAGE.setup;
    }
    let state = scenario.initialState(params);
    if (tracing) {
      state = freeze(state, true);
      snapshots.push(state as Immutable<S>);
    }

    // One applied action: its reducer, its log entry, the indicators it marks. `handling` is
    // looked up by the caller (through the per-rule cache for rules' decisions).
    const apply = (
      target: S,
      decision: Decision<A>,
      handling: ActionHandling | undefined,
      actor: string,
      position: number,
      day: number,
    ) => {
      if (handling === undefined) {
        throw new CrisisSimError([
          {
            code: 'invalid_scenario',
            path: ['reducers', decision.action.type],
            message: `actor ${actor} returned action type ${decision.action.type} on day ${day}, which has no reducer`,
            value: decision.action,
          },
        ]);
      }
      actionEvent.day = day;
      actionEvent.actor = actor;
      faultStage = RUN_STAGE.reducer;
      faultActor = actor;
      if (probe !== undefined) {
        probe[2] = RUN_STAGE.reducer;
        probe[3] = position;
      }
      (handling.reducer as Reducer<S, A>)(target, decision.action, actionEvent);
      if (recordEvents) events.push({ day, actor, action: decision.action, reason: decision.reason });
      const marks = handling.marks;
      for (let m = 0; m < marks.length; m++) {
        const position = marks[m] as number;
        if (indicatorDays[position] === null) indicatorDays[position] = day;
      }
    };

    const applyScheduled = (target: S, scheduled: readonly ScheduledEvent<A>[], day: number) => {
      for (const event of scheduled) {
        apply(target, event, plan.actionTypes.get(event.action.type), event.actor, plan.actorPositions.get(event.actor) ?? -1, day);
      }
    };

    const applyPending = (target: S, day: number) => {
      for (let i = 0; i < pendingCount; i++) {
        const decision = pendingDecisions[i] as Decision<A>;
        const rule = pendingRules[i] as number;
        // A rule mostly returns the same action type day after day: compare with the type it
        // returned last (a pointer comparison for literal types) before the map lookup.
        const type = decision.action.type;
        let handling: ActionHandling | undefined;
        if (type === lastTypes[rule]) {
          handling = lastHandlings[rule];
        } else {
          handling = plan.actionTypes.get(type);
          lastTypes[rule] = type;
          lastHandlings[rule] = handling;
        }
        apply(target, decision, handling, ruleActors[rule] as string, rulePositions[rule] as number, day);
      }
      if (dynamics !== undefined) {
        world.day = day;
        faultStage = RUN_STAGE.dynamics;
        if (probe !== undefined) probe[2] = RUN_STAGE.dynamics;
        dynamics(target, world as never);
      }
    };

    for (let day = 0; day < horizon; day++) {
      faultDay = day;
      if (probe !== undefined) probe[1] = day;
      let dayPatches: Patch[] | undefined;
      const scheduled = plan.scheduleByDay[day] as readonly ScheduledEvent<A>[] | undefined;
      if (scheduled !== undefined) {
        if (tracing) {
          const [next, patches] = immer.produceWithPatches(state, ((draft: S) => applyScheduled(draft, scheduled, day)) as (
            draft: unknown,
          ) => void);
          state = next as S;
          dayPatches = patches;
        } else {
          applyScheduled(state, scheduled, day);
        }
      }

      pendingCount = 0;
      for (let i = 0; i < ruleCount; i++) {
        const context = contexts[i] as MutableContext<ParameterValues<P>>;
        context.day = day;
        faultStage = i;
        if (probe !== undefined) probe[2] = i;
        const result = (rules[i] as Rule<S, ParameterValues<P>, A>)(state as Immutable<S>, context);
        if (result === undefined) continue;
        if (Array.isArray(result)) {
          for (const decision of result as readonly Decision<A>[]) {
            pendingDecisions[pendingCount] = decision;
            pendingRules[pendingCount++] = i;
          }
        } else {
          pendingDecisions[pendingCount] = result as Decision<A>;
          pendingRules[pendingCount++] = i;
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

      for (let k = 0; k < invariants.length; k++) {
        const invariant = invariants[k] as NonNullable<Scenario<S, P, A, O, D>['invariants']>[number];
        invariantContext.day = day;
        faultStage = RUN_STAGE.invariant;
        faultItem = k;
        if (probe !== undefined) {
          probe[2] = RUN_STAGE.invariant;
          probe[3] = k;
        }
        const problem = invariant.check(state as Immutable<S>, invariantContext as never);
        if (problem !== undefined) {
          throw new CrisisSimError([
            {
              code: 'invariant_violated',
              path: ['invariants', invariant.id],
              message: `invariant ${invariant.id} broken on day ${day} (scenario ${scenario.id}, seed ${seed}, run ${runIndex}): ${problem}`,
              value: { scenarioId: scenario.id, day, seed, runIndex, parameters: params },
            },
          ]);
        }
      }
      for (const position of stateIndicators) {
        faultStage = RUN_STAGE.indicator;
        faultItem = position;
        if (probe !== undefined) {
          probe[2] = RUN_STAGE.indicator;
          probe[3] = position;
        }
        if (indicatorDays[position] === null && (indicatorDefinitions[position]?.when?.(state as Immutable<S>) ?? false)) {
          indicatorDays[position] = day;
        }
      }
    }

    faultStage = RUN_STAGE.outcome;
    if (probe !== undefined) probe[2] = RUN_STAGE.outcome;
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
    // A copy of the template has every key in place, in order: filling it changes no object shape.
    const indicators: Record<string, number | null> = { ...plan.indicatorTemplate };
    for (let position = 0; position < indicatorDefinitions.length; position++) {
      indicators[(indicatorDefinitions[position] as { readonly id: string }).id] = indicatorDays[position] ?? null;
    }

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
  } catch (error) {
    throw scenarioFault(scenario, seed, runIndex, error, { day: faultDay, stage: faultStage, item: faultItem, actor: faultActor }, plan);
  }
}

/** Errors that already name their run: passed through as they are. */
const OWN_CODES = new Set(['scenario_fault', 'invariant_violated', 'invalid_outcome', 'run_timeout']);

function scenarioFault(
  scenario: AnyScenario,
  seed: string,
  runIndex: number,
  error: unknown,
  at: { day: number; stage: number; item: number; actor: string | undefined },
  plan: CompiledScenario,
): unknown {
  if (error instanceof CrisisSimError && OWN_CODES.has(error.code)) return error;
  let where: string;
  let path: (string | number)[];
  let actor: string | undefined;
  if (at.stage >= 0) {
    actor = plan.ruleActors[at.stage];
    where = `actor ${actor}'s rule`;
    path = ['actors', actor ?? at.stage, 'rule'];
  } else if (at.stage === RUN_STAGE.reducer) {
    actor = at.actor;
    where = `a reducer applying an action of ${actor}`;
    path = ['reducers'];
  } else if (at.stage === RUN_STAGE.dynamics) {
    where = 'the dynamics';
    path = ['dynamics'];
  } else if (at.stage === RUN_STAGE.invariant) {
    const id = scenario.invariants?.[at.item]?.id;
    where = `invariant ${id}`;
    path = ['invariants', id ?? at.item];
  } else if (at.stage === RUN_STAGE.indicator) {
    const id = scenario.indicators?.[at.item]?.id;
    where = `indicator ${id}`;
    path = ['indicators', id ?? at.item];
  } else if (at.stage === RUN_STAGE.derive) {
    where = 'derive';
    path = ['derive'];
  } else if (at.stage === RUN_STAGE.outcome) {
    where = 'the outcome classifier';
    path = ['outcome'];
  } else {
    where = 'the initial state';
    path = ['initialState'];
  }
  const cause =
    error instanceof CrisisSimError
      ? (error.issues[0]?.message ?? error.message)
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error);
  const day = at.stage === RUN_STAGE.setup || at.stage === RUN_STAGE.derive ? undefined : at.day;
  const fault = new CrisisSimError([
    {
      code: 'scenario_fault',
      path,
      message: `scenario ${scenario.id} failed in ${where}${day === undefined ? '' : ` on day ${day}`} (seed ${seed}, run ${runIndex}): ${cause.split('\n')[0]}`,
      value: {
        scenarioId: scenario.id,
        seed,
        runIndex,
        ...(day === undefined ? {} : { day }),
        ...(actor === undefined ? {} : { actor }),
        where,
      },
    },
  ]);
  (fault as { cause?: unknown }).cause = error;
  return fault;
}

/** How an action type is applied: its reducer and the indicators it marks. */
interface ActionHandling {
  readonly reducer: unknown;
  readonly marks: readonly number[];
}

/** What every run of a scenario needs that does not depend on the run: computed once per scenario. */
interface CompiledScenario {
  /** Rules of the actors that have one, in actor order. */
  readonly rules: readonly unknown[];
  readonly ruleActors: readonly string[];
  /** hashString(`actor:<id>`) of each rule's actor: its stream name, hashed once, not per run. */
  readonly streamHashes: readonly number[];
  readonly worldHash: number;
  /** Every indicator id, in order, mapped to null: the shape of a run's `indicators`. */
  readonly indicatorTemplate: Readonly<Record<string, null>>;
  /** Positions of the indicators tested on the state (`when`). */
  readonly stateIndicators: readonly number[];
  /** Each action type's reducer and the indicators it marks: one lookup per applied action. */
  readonly actionTypes: ReadonlyMap<string, ActionHandling>;
  /**
   * A cache per rule of the last action type it returned and that type's handling (a lookup
   * that depends only on the scenario, so runs share it): `lastTypes[r]`, `lastHandlings[r]`.
   */
  readonly lastTypes: (string | undefined)[];
  readonly lastHandlings: (ActionHandling | undefined)[];
  /** Position in `scenario.actors` of each rule's actor, for the position probe. */
  readonly rulePositions: readonly number[];
  /** `scheduleByDay[d]`: the events scheduled for day d (an array lookup, not a map's). */
  readonly scheduleByDay: readonly (readonly ScheduledEvent<Action>[] | undefined)[];
  /** Position of each actor in `scenario.actors`, for the position probe. */
  readonly actorPositions: ReadonlyMap<string, number>;
}

const compiledScenarios = new WeakMap<object, CompiledScenario>();

function compile(scenario: AnyScenario): CompiledScenario {
  const cached = compiledScenarios.get(scenario);
  if (cached !== undefined) return cached;
  const withRules = (scenario.actors as AnyScenario['actors']).filter((actor) => actor.rule !== undefined);
  const compiled: CompiledScenario = {
    rules: withRules.map((actor) => actor.rule),
    ruleActors: withRules.map((actor) => actor.id),
    rulePositions: withRules.map((actor) => (scenario.actors as AnyScenario['actors']).indexOf(actor)),
    lastTypes: withRules.map(() => undefined),
    lastHandlings: withRules.map(() => undefined),
    // Same derivation as deriveStreamSeed(runSeed, `actor:<id>`), with the name's hash cached.
    streamHashes: withRules.map((actor) => hashString(`actor:${actor.id}`)),
    worldHash: hashString('world'),
    indicatorTemplate: Object.fromEntries(
      ((scenario.indicators ?? []) as NonNullable<AnyScenario['indicators']>).map((indicator) => [indicator.id, null]),
    ),
    stateIndicators: ((scenario.indicators ?? []) as NonNullable<AnyScenario['indicators']>).flatMap((indicator, position) =>
      indicator.when === undefined ? [] : [position],
    ),
    actionTypes: new Map(
      Object.entries(scenario.reducers as Record<string, unknown>).map(([type, reducer]) => [
        type,
        { reducer, marks: indicatorPositions(scenario, type) },
      ]),
    ),
    scheduleByDay: scheduleArray(scenario.schedule ?? []),
    actorPositions: new Map((scenario.actors as AnyScenario['actors']).map((actor, position) => [actor.id, position])),
  };
  compiledScenarios.set(scenario, compiled);
  return compiled;
}

function indicatorPositions(scenario: AnyScenario, type: string): number[] {
  const indicators = (scenario.indicators ?? []) as NonNullable<AnyScenario['indicators']>;
  return indicators.flatMap((indicator, position) => ((indicator.on ?? []).includes(type) ? [position] : []));
}

function scheduleArray(schedule: readonly ScheduledEvent<Action>[]): (ScheduledEvent<Action>[] | undefined)[] {
  const byDay: (ScheduledEvent<Action>[] | undefined)[] = [];
  for (const event of schedule) {
    const day = byDay[event.day] ?? [];
    day.push(event);
    byDay[event.day] = day;
  }
  return byDay;
}
