import { enablePatches, freeze, Immer, type Immutable, type Patch } from 'immer';
import { type Action, type Decision, isReusable } from './action.js';
import {
  type ActionHandling,
  type BatchDays,
  type BatchSupport,
  compileBatchDays,
  type FaultPosition,
  type RunFrame,
} from './batch-days.js';
import { CrisisSimError } from './crisis-sim-error.js';
import { derivedValues } from './derived-values.js';
import { hashString, mixHash } from './hash.js';
import { horizonOf } from './horizon-of.js';
import { type Idle, idle, isIdle } from './idle.js';
import type { ParameterSpec, ParameterValue, ParameterValues } from './parameter.js';
import { createRng } from './rng.js';
import type { Rule, RuleResult } from './rule.js';
import { RUN_STAGE, type RunPosition } from './run-position.js';
import type { LoggedEvent, RunResult } from './run-result.js';
import type { AnyScenario, Reducer, Scenario, ScheduledEvent } from './scenario.js';
import { type CheckedSeed, checkSeed, runSeedOf, type Seed } from './seed.js';

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
 * indicators tested. Batch mode skips a rule that returned {@link idle} until a reducer has
 * run, and an invariant checked on action days only (`checkedOn`) on days no reducer ran:
 * by their contracts neither skip changes anything but the time taken.
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
  return runScenarioSeeded(scenario, params, options, checkSeed(options.seed));
}

/**
 * {@link runScenario} with its master seed checked and hashed by the caller (`master` is
 * `checkSeed(options.seed)`): a batch driver checks the seed once for all its runs, not once a run.
 */
export function runScenarioSeeded<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  scenario: Scenario<S, P, A, O, D>,
  params: ParameterValues<P>,
  options: RunScenarioOptions,
  master: CheckedSeed,
): RunResult<S, A, O> {
  const { runIndex, mode, checkInvariants } = options;
  const recordEvents = options.recordEvents ?? true;
  const seed = master.text;
  const horizon = horizonOf(scenario as unknown as AnyScenario, params as Readonly<Record<string, ParameterValue>>);
  const runSeed = runSeedOf(master, runIndex);
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
  const results: Exclude<RuleResult<A>, Idle>[] = new Array(ruleCount).fill(undefined);
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
  // Where the run is, for the error message if scenario code throws: written as it goes, read
  // only when something throws.
  const at: FaultPosition = { day: 0, stage: RUN_STAGE.setup, item: 0, actor: undefined };
  const apply: ApplyFrame<S, A> = {
    plan,
    at,
    probe,
    event: actionEvent,
    recordEvents,
    keeps: tracing || recordEvents,
    tracing,
    events,
    indicatorDays,
    results,
    contexts,
    world,
    invariantContext,
    scenario: scenario as unknown as AnyScenario,
    seed,
    runIndex,
    params,
    dynamics,
  };
  try {
    if (scenario.derive !== undefined) {
      at.stage = RUN_STAGE.derive;
      if (probe !== undefined) probe[2] = RUN_STAGE.derive;
      const derived = derivedValues(scenario, params);
      for (let i = 0; i < ruleCount; i++) (contexts[i] as MutableContext<ParameterValues<P>>).derived = derived;
      world.derived = derived;
      invariantContext.derived = derived;
      actionEvent.derived = derived;
      at.stage = RUN_STAGE.setup;
      if (probe !== undefined) probe[2] = RUN_STAGE.setup;
    }
    let state = scenario.initialState(params);
    if (tracing) {
      state = freeze(state, true);
      snapshots.push(state as Immutable<S>);
    }

    const batchDays = tracing ? undefined : plan.batchDays;
    // The scenario's own batch loop when it has one (see compileBatchDays); the generic loop below does the same.
    if (batchDays !== undefined) {
      batchDays(apply as unknown as RunFrame, state, horizon, checkInvariants);
    } else {
      for (let day = 0; day < horizon; day++) {
        at.day = day;
        if (probe !== undefined) probe[1] = day;
        let dayPatches: Patch[] | undefined;
        // Whether a reducer may have run today: invariants checked on action days only are skipped otherwise.
        let changed = day === 0;
        const scheduled = plan.scheduleByDay[day] as readonly ScheduledEvent<A>[] | undefined;
        if (scheduled !== undefined) {
          changed = true;
          if (tracing) {
            const [next, patches] = produceScheduled(apply, state, scheduled, day);
            state = next;
            dayPatches = patches;
          } else {
            applyScheduled(apply, state, scheduled, day);
          }
        }

        let acting = 0;
        for (let i = 0; i < ruleCount; i++) {
          const context = contexts[i] as MutableContext<ParameterValues<P>>;
          context.day = day;
          at.stage = i;
          if (probe !== undefined) probe[2] = i;
          const returned = (rules[i] as Rule<S, ParameterValues<P>, A>)(state as Immutable<S>, context);
          // This loop calls every rule every day (trace mode must see them all): idle is no decision.
          const result = returned === idle ? undefined : (returned as Exclude<RuleResult<A>, Idle>);
          results[i] = result;
          if (result !== undefined) acting++;
        }
        if (acting > 0) changed = true;

        if (tracing) {
          const [next, patches] = produceDay(apply, state, day);
          state = next;
          dayPatches = dayPatches === undefined ? patches : dayPatches.concat(patches);
          snapshots.push(state as Immutable<S>);
          patchesByDay.push(dayPatches);
        } else {
          if (acting > 0) applyPending(apply, state, day);
          if (dynamics !== undefined) runDynamics(apply, state, day);
        }

        for (let k = 0; k < invariants.length; k++) {
          if (!changed && plan.actionDayInvariants[k] === true) continue;
          const invariant = invariants[k] as NonNullable<Scenario<S, P, A, O, D>['invariants']>[number];
          invariantContext.day = day;
          at.stage = RUN_STAGE.invariant;
          at.item = k;
          if (probe !== undefined) {
            probe[2] = RUN_STAGE.invariant;
            probe[3] = k;
          }
          const problem = invariant.check(state as Immutable<S>, invariantContext as never);
          if (problem !== undefined) throw invariantBroken(apply as unknown as RunFrame, k, day, problem);
        }
        for (let s = 0; s < stateIndicators.length; s++) {
          const position = stateIndicators[s] as number;
          at.stage = RUN_STAGE.indicator;
          at.item = position;
          if (probe !== undefined) {
            probe[2] = RUN_STAGE.indicator;
            probe[3] = position;
          }
          if (indicatorDays[position] === null && (indicatorDefinitions[position]?.when?.(state as Immutable<S>) ?? false)) {
            indicatorDays[position] = day;
          }
        }
      }
    }

    at.stage = RUN_STAGE.outcome;
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
    // A copy of the template has every key in place, in order, set to null: filling it changes
    // no object shape, and only the indicators that fired need a write (a keyed store each).
    const indicators: Record<string, number | null> = { ...plan.indicatorTemplate };
    for (let position = 0; position < indicatorDefinitions.length; position++) {
      const day = indicatorDays[position];
      if (day !== null && day !== undefined) indicators[(indicatorDefinitions[position] as { readonly id: string }).id] = day;
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
    throw scenarioFault(scenario, seed, runIndex, error, at, plan);
  }
}

/** Trace mode's scheduled events of a day, under immer: the next state and its patches. */
function produceScheduled<S, A extends Action>(
  frame: ApplyFrame<S, A>,
  state: S,
  scheduled: readonly ScheduledEvent<A>[],
  day: number,
): [S, Patch[]] {
  const [next, patches] = immer.produceWithPatches(state, ((draft: S) => applyScheduled(frame, draft, scheduled, day)) as (
    draft: unknown,
  ) => void);
  return [next as S, patches];
}

/** Trace mode's decisions and dynamics of a day, under immer: the next state and its patches. */
function produceDay<S, A extends Action>(frame: ApplyFrame<S, A>, state: S, day: number): [S, Patch[]] {
  const [next, patches] = immer.produceWithPatches(state, ((draft: S) => {
    applyPending(frame, draft, day);
    if (frame.dynamics !== undefined) runDynamics(frame, draft, day);
  }) as (draft: unknown) => void);
  return [next as S, patches];
}

function runDynamics<S, A extends Action>(frame: ApplyFrame<S, A>, target: S, day: number): void {
  const world = frame.world;
  world.day = day;
  frame.at.stage = RUN_STAGE.dynamics;
  if (frame.probe !== undefined) frame.probe[2] = RUN_STAGE.dynamics;
  (frame.dynamics as (draft: S, context: unknown) => void)(target, world as never);
}

/**
 * What applying the day's actions needs, gathered in one object made once per run (see
 * {@link RunFrame}), with the generic loop's typed view of the dynamics: the functions that
 * apply actions are module functions taking it, not closures over the run's variables, so that
 * the hot loop reads fields of one object and allocates nothing.
 */
interface ApplyFrame<S, A extends Action> extends RunFrame<A> {
  readonly plan: CompiledScenario;
  /** The end-of-day dynamics (their context is `world`, whose `day` is set before each call). */
  readonly dynamics: ((draft: S, context: never) => void) | undefined;
}

/** One applied scheduled event: its reducer, its log entry, the indicators it marks. */
function applyAction<S, A extends Action>(
  frame: ApplyFrame<S, A>,
  target: S,
  decision: Decision<A>,
  handling: ActionHandling | undefined,
  actor: string,
  position: number,
  day: number,
): void {
  if (handling === undefined) throw noReducer(actor, decision.action, day);
  const event = frame.event;
  event.day = day;
  event.actor = actor;
  const at = frame.at;
  at.stage = RUN_STAGE.reducer;
  at.actor = actor;
  const probe = frame.probe;
  if (probe !== undefined) {
    probe[2] = RUN_STAGE.reducer;
    probe[3] = position;
  }
  (handling.reducer as Reducer<S, A>)(target, decision.action, event as never);
  if (frame.recordEvents) frame.events.push({ day, actor, action: decision.action, reason: decision.reason });
  const marks = handling.marks;
  const indicatorDays = frame.indicatorDays;
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m] as number;
    if (indicatorDays[mark] === null) indicatorDays[mark] = day;
  }
}

function applyScheduled<S, A extends Action>(
  frame: ApplyFrame<S, A>,
  target: S,
  scheduled: readonly ScheduledEvent<A>[],
  day: number,
): void {
  const plan = frame.plan;
  for (const event of scheduled) {
    applyAction(
      frame,
      target,
      event,
      plan.actionTypes.get(event.action.type),
      event.actor,
      plan.actorPositions.get(event.actor) ?? -1,
      day,
    );
  }
}

/**
 * The day's decisions, in the order the rules returned them: each one's reducer, log entry
 * and the indicators it marks. This loop runs once per actor-day on dense models.
 */
function applyPending<S, A extends Action>(frame: ApplyFrame<S, A>, target: S, day: number): void {
  const results = frame.results;
  frame.event.day = day;
  for (let rule = 0; rule < results.length; rule++) {
    const result = results[rule];
    if (result === undefined) continue;
    if (Array.isArray(result)) {
      for (const decision of result as readonly Decision<A>[]) applyDecision(frame, target, decision, rule, day);
    } else {
      applyDecision(frame, target, result as Decision<A>, rule, day);
    }
  }
}

/** One of a rule's decisions: its reducer, its log entry and the indicators it marks. */
function applyDecision<S, A extends Action>(frame: ApplyFrame<S, A>, target: S, decision: Decision<A>, rule: number, day: number): void {
  const plan = frame.plan;
  const actor = plan.ruleActors[rule] as string;
  let action = decision.action;
  // Another copy of the engine's idle (this copy's never gets here): no decision.
  if (action === undefined && isIdle(decision)) return;
  // A rule mostly returns the same action type day after day: compare with the type it
  // returned last (a pointer comparison for literal types) before the map lookup.
  const type = action.type;
  let handling: ActionHandling | undefined;
  if (type === plan.lastTypes[rule]) {
    handling = plan.lastHandlings[rule];
  } else {
    handling = plan.actionTypes.get(type);
    plan.lastTypes[rule] = type;
    plan.lastHandlings[rule] = handling;
  }
  if (handling === undefined) throw noReducer(actor, action, day);
  frame.event.actor = actor;
  // The failing reducer's actor is found from the rule's position, `at.item`.
  const at = frame.at;
  at.stage = RUN_STAGE.reducer;
  at.item = rule;
  at.actor = undefined;
  const probe = frame.probe;
  if (probe !== undefined) {
    probe[2] = RUN_STAGE.reducer;
    probe[3] = plan.rulePositions[rule] as number;
  }
  if (frame.keeps) {
    // A reusable decision's action is refilled by its rule tomorrow: whatever outlives the
    // day (an immer draft that may keep it, the event log) gets a copy. Batch mode without
    // a log, the hot path, never asks.
    const copy = isReusable(decision);
    if (copy && frame.tracing) action = { ...action };
    (handling.reducer as Reducer<S, A>)(target, action, frame.event as never);
    if (frame.recordEvents) frame.events.push({ day, actor, action: copy ? { ...decision.action } : action, reason: decision.reason });
  } else {
    (handling.reducer as Reducer<S, A>)(target, action, frame.event as never);
  }
  const marks = handling.marks;
  const indicatorDays = frame.indicatorDays;
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m] as number;
    if (indicatorDays[mark] === null) indicatorDays[mark] = day;
  }
}

/** The error of invariant `position` (of the scenario's invariants) broken on `day`. */
function invariantBroken(frame: RunFrame, position: number, day: number, problem: string): CrisisSimError {
  const { scenario, seed, runIndex } = frame;
  const id = (scenario.invariants ?? [])[position]?.id;
  return new CrisisSimError([
    {
      code: 'invariant_violated',
      path: ['invariants', id as string],
      message: `invariant ${id} broken on day ${day} (scenario ${scenario.id}, seed ${seed}, run ${runIndex}): ${problem}`,
      value: { scenarioId: scenario.id, day, seed, runIndex, parameters: frame.params },
    },
  ]);
}

/** The step loop's functions a generated batch loop calls on its rare paths. */
const BATCH_SUPPORT: BatchSupport = {
  idle,
  isIdle,
  applyScheduled: (frame, target, scheduled, day) =>
    applyScheduled(frame as ApplyFrame<unknown, Action>, target, scheduled as readonly ScheduledEvent<Action>[], day),
  noReducer,
  isReusable,
  invariantBroken,
};

/** The error of an action type without a reducer. */
function noReducer(actor: string, action: Action, day: number): CrisisSimError {
  return new CrisisSimError([
    {
      code: 'invalid_scenario',
      path: ['reducers', action.type],
      message: `actor ${actor} returned action type ${action.type} on day ${day}, which has no reducer`,
      value: action,
    },
  ]);
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
    actor = at.actor ?? plan.ruleActors[at.item];
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
  /** The scenario's own batch-mode day loop, or undefined where the generic loop runs (see {@link compileBatchDays}). */
  readonly batchDays: BatchDays | undefined;
  /** Position of each actor in `scenario.actors`, for the position probe. */
  readonly actorPositions: ReadonlyMap<string, number>;
  /** Per invariant (by position), whether it is checked on action days only (`checkedOn: 'action-days'`). */
  readonly actionDayInvariants: readonly boolean[];
}

const compiledScenarios = new WeakMap<object, CompiledScenario>();
/** The scenario compiled last and its plan: a batch runs one scenario, and a comparison beats a WeakMap lookup per run. */
let lastScenario: object | undefined;
let lastCompiled: CompiledScenario | undefined;

function compile(scenario: AnyScenario): CompiledScenario {
  if (scenario === lastScenario) return lastCompiled as CompiledScenario;
  const cached = compiledScenarios.get(scenario) ?? compileNew(scenario);
  lastScenario = scenario;
  lastCompiled = cached;
  return cached;
}

function compileNew(scenario: AnyScenario): CompiledScenario {
  const withRules = (scenario.actors as AnyScenario['actors']).filter((actor) => actor.rule !== undefined);
  const indicators = (scenario.indicators ?? []) as NonNullable<AnyScenario['indicators']>;
  const rules = withRules.map((actor) => actor.rule);
  const stateIndicators = indicators.flatMap((indicator, position) => (indicator.when === undefined ? [] : [position]));
  const actionTypes = new Map(
    Object.entries(scenario.reducers as Record<string, unknown>).map(([type, reducer], index): [string, ActionHandling] => [
      type,
      { reducer, index, marks: indicatorPositions(scenario, type) },
    ]),
  );
  const compiled: CompiledScenario = {
    rules,
    ruleActors: withRules.map((actor) => actor.id),
    rulePositions: withRules.map((actor) => (scenario.actors as AnyScenario['actors']).indexOf(actor)),
    lastTypes: withRules.map(() => undefined),
    lastHandlings: withRules.map(() => undefined),
    // Same derivation as deriveStreamSeed(runSeed, `actor:<id>`), with the name's hash cached.
    streamHashes: withRules.map((actor) => hashString(`actor:${actor.id}`)),
    worldHash: hashString('world'),
    indicatorTemplate: indicatorTemplate(indicators),
    stateIndicators,
    actionTypes,
    scheduleByDay: scheduleArray(scenario.schedule ?? []),
    actorPositions: new Map((scenario.actors as AnyScenario['actors']).map((actor, position) => [actor.id, position])),
    actionDayInvariants: (scenario.invariants ?? []).map((invariant) => invariant.checkedOn === 'action-days'),
    batchDays: compileBatchDays(
      {
        rules,
        reducers: [...actionTypes.values()].map((handling) => handling.reducer),
        dynamics: scenario.dynamics,
        invariants: scenario.invariants ?? [],
        stateIndicators,
        whens: stateIndicators.map((position) => indicators[position]),
      },
      BATCH_SUPPORT,
    ),
  };
  compiledScenarios.set(scenario, compiled);
  return compiled;
}

/**
 * Every indicator id mapped to null, in order: the shape of a run's `indicators`. Each field is
 * given a number and then null again here, so that V8 stores it as "any value" from the start:
 * otherwise the first run to fill an indicator with a day changes the field's representation,
 * the copies' shape with it, and throws away the step loop's optimised code, once per indicator.
 */
function indicatorTemplate(indicators: readonly { readonly id: string }[]): Readonly<Record<string, null>> {
  const template: Record<string, number | null> = Object.fromEntries(indicators.map((indicator) => [indicator.id, null]));
  for (const indicator of indicators) {
    template[indicator.id] = 0;
    template[indicator.id] = null;
  }
  return template as Readonly<Record<string, null>>;
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
