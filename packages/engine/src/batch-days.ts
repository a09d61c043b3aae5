import type { Action, Decision } from './action.js';
import { RUN_STAGE } from './run-position.js';
import type { LoggedEvent } from './run-result.js';
import type { AnyScenario } from './scenario.js';

/** Where a run is, for the error message if scenario code throws (see `runScenario`). */
export interface FaultPosition {
  day: number;
  /** A {@link RUN_STAGE} code, or the position of the rule running (>= 0). */
  stage: number;
  item: number;
  /**
   * The actor whose scheduled action a reducer was applying; undefined when the reducer
   * applies a rule's decision, whose actor is that of the rule at position `item`.
   */
  actor: string | undefined;
}

/** How an action type is applied: its reducer and the indicators it marks. */
export interface ActionHandling {
  readonly reducer: unknown;
  /** Position of the type among the scenario's reducers: which of the batch loop's reducer call sites applies it. */
  readonly index: number;
  readonly marks: readonly number[];
}

/** What the batch loop reads of a compiled scenario: the lookups that do not depend on the run. */
interface BatchPlan {
  readonly ruleActors: readonly string[];
  readonly rulePositions: readonly number[];
  readonly actionTypes: ReadonlyMap<string, ActionHandling>;
  /** Per rule, the last action type it returned and that type's handling: `lastTypes[r]`, `lastHandlings[r]`. */
  readonly lastTypes: (string | undefined)[];
  readonly lastHandlings: (ActionHandling | undefined)[];
  readonly scheduleByDay: readonly (readonly unknown[] | undefined)[];
}

/**
 * One run's mutable frame, made once per run: what the day loop and the functions applying
 * actions read, gathered in one object so that the hot loop allocates nothing.
 */
export interface RunFrame<A extends Action = Action> {
  readonly plan: BatchPlan;
  readonly at: FaultPosition;
  readonly probe: Float64Array | undefined;
  /** The one event object every reducer call of the run gets (its type tells callers not to keep it). */
  readonly event: { day: number; actor: string; derived: unknown };
  readonly recordEvents: boolean;
  /** Whether anything that outlives the day may hold an action: the event log or the trace. */
  readonly keeps: boolean;
  /** Trace mode: reducers get copies of reusable decisions' actions, as immer may keep and freeze them. */
  readonly tracing: boolean;
  readonly events: LoggedEvent<A>[];
  readonly indicatorDays: (number | null)[];
  /** What each rule (by position) returned today, in the generic loop: written for every rule each day, so never cleared. */
  readonly results: unknown[];
  /** Each rule's context (by position), reused across days: its `day` is set before each call. */
  readonly contexts: readonly { day: number }[];
  /** The end-of-day dynamics' context (its `day` is set before each call). */
  readonly world: { day: number };
  /** The invariants' context (its `day` is set before each check). */
  readonly invariantContext: { day: number };
  /** The run, named in the error of a broken invariant. */
  readonly scenario: AnyScenario;
  readonly seed: string;
  readonly runIndex: number;
  readonly params: unknown;
}

/** The engine's functions the generated loop calls on its rare paths (scheduled events, errors), and the `idle` sentinel rules may return. */
export interface BatchSupport {
  readonly idle: unknown;
  /** Whether a result without an action is another engine copy's `idle` (no decision). */
  readonly isIdle: (result: unknown) => boolean;
  readonly applyScheduled: (frame: RunFrame, target: unknown, scheduled: readonly unknown[], day: number) => void;
  readonly noReducer: (actor: string, action: Action, day: number) => Error;
  readonly isReusable: (decision: Decision) => boolean;
  /** The error of invariant `position` (among those checked) broken on `day`. */
  readonly invariantBroken: (frame: RunFrame, position: number, day: number, problem: string) => Error;
}

/** What the scenario's code the batch loop calls, each list in the engine's order. */
export interface BatchCode {
  /** Rules of the actors that have one, in actor order. */
  readonly rules: readonly unknown[];
  /** Reducers by {@link ActionHandling.index}. */
  readonly reducers: readonly unknown[];
  readonly dynamics: unknown;
  /**
   * The invariants checked, in order (each called as `invariant.check(state, context)`; one
   * declaring `checkedOn: 'action-days'` only on day 0 and on days a reducer may have run).
   */
  readonly invariants: readonly unknown[];
  /** The state-tested indicators' positions among the scenario's indicators, in order. */
  readonly stateIndicators: readonly number[];
  /** Their definitions, in the same order (each called as `indicator.when(state)`). */
  readonly whens: readonly unknown[];
}

/** A scenario's batch-mode day loop: runs days 0 to horizon - 1 on `state`, mutating it. */
export type BatchDays = (frame: RunFrame, state: unknown, horizon: number, checkInvariants: boolean) => void;

/**
 * Beyond this many calls written out (rules + reducers + invariants + state indicators) the
 * generated function would grow past what V8 optimises well; such a scenario keeps the
 * generic loop.
 */
const MAX_CALL_SITES = 400;

/** Distinguishes the source of each generated loop, so that V8 never shares one's type feedback with another's. */
let generation = 0;

/** Whether {@link compileBatchDays} generates loops; tests turn it off to exercise the generic loop. */
let enabled = true;

/**
 * Turns generated batch loops on or off for scenarios compiled from now on, and returns the
 * previous setting. The generic loop gives the same results; tests compare the two.
 */
export function useGeneratedBatchLoops(on: boolean): boolean {
  const previous = enabled;
  enabled = on;
  return previous;
}

/**
 * Writes a scenario's batch-mode day loop as its own function, with one call site per rule,
 * reducer, invariant and state indicator, or returns undefined (the caller then uses the
 * generic loop) when the scenario is too large or the host refuses code generation
 * (`--disallow-code-generation-from-strings`, a content security policy).
 *
 * Why: in a shared loop, the call `rules[i](state, context)` sees every rule of every scenario
 * (and the reducer call every reducer), so V8 treats it as megamorphic: each call goes through
 * the generic call path and none is inlined. Written out per scenario, each call site sees one
 * function, which V8 calls directly and inlines when small: on bench/engine.ts's dense model the
 * step loop's overhead over a hand-written loop falls by more than half.
 *
 * The generated text holds only numbers and fixed names: no scenario string (id, actor, type)
 * is ever written into it; the scenario's functions are passed in as values. It does what the
 * generic loop does, in the same order, with the same fault positions and probe writes, so
 * results are identical (test/batch-days.test.ts compares the two). One difference, which by
 * its contract changes no result: a rule that returned `idle` is not called again until a
 * reducer has run, where the generic loop calls every rule every day.
 */
export function compileBatchDays(code: BatchCode, support: BatchSupport): BatchDays | undefined {
  const { rules, reducers, invariants, whens } = code;
  if (!enabled || rules.length + reducers.length + invariants.length + whens.length > MAX_CALL_SITES) return undefined;
  try {
    const factory = new Function('rules', 'reducers', 'dynamics', 'invariants', 'whens', 'support', batchSource(code));
    return factory(rules, reducers, code.dynamics, invariants, whens, support) as BatchDays;
  } catch (error) {
    // An EvalError means the host forbids code generation: the generic loop serves.
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}

/** The source of the factory that returns a scenario's day loop (see {@link compileBatchDays}). */
function batchSource(code: BatchCode): string {
  const lines: string[] = [`'use strict';`, `// crisis-sim batch loop ${generation++}`];
  const names = (prefix: string, list: readonly unknown[]) => list.map((_, k) => `${prefix}${k}`);
  const ruleNames = names('rule', code.rules);
  const reducerNames = names('reducer', code.reducers);
  const checkNames = names('invariant', code.invariants);
  const whenNames = names('indicator', code.whens);
  for (const [list, all] of [
    ['rules', ruleNames],
    ['reducers', reducerNames],
    ['invariants', checkNames],
    ['whens', whenNames],
  ] as const) {
    all.forEach((name, k) => {
      lines.push(`const ${name} = ${list}[${k}];`);
    });
  }
  const reducerCases = reducerNames.map((name, k) => `    case ${k}: ${name}(target, action, event); break;`);
  // The twin of runScenario's applyDecision, with the reducer called at its own call site.
  lines.push(`const IDLE = support.idle;`);
  lines.push(`
function applyDecision(frame, target, decision, rule, day) {
  const plan = frame.plan;
  const actor = plan.ruleActors[rule];
  let action = decision.action;
  if (action === undefined && support.isIdle(decision)) return;
  const type = action.type;
  let handling;
  if (type === plan.lastTypes[rule]) {
    handling = plan.lastHandlings[rule];
  } else {
    handling = plan.actionTypes.get(type);
    plan.lastTypes[rule] = type;
    plan.lastHandlings[rule] = handling;
  }
  if (handling === undefined) throw support.noReducer(actor, action, day);
  const event = frame.event;
  event.actor = actor;
  const at = frame.at;
  at.stage = ${RUN_STAGE.reducer};
  at.item = rule;
  at.actor = undefined;
  const probe = frame.probe;
  if (probe !== undefined) {
    probe[2] = ${RUN_STAGE.reducer};
    probe[3] = plan.rulePositions[rule];
  }
  let copy = false;
  if (frame.keeps) {
    copy = support.isReusable(decision);
    if (copy && frame.tracing) action = { ...action };
  }
  switch (handling.index) {
${reducerCases.join('\n')}
  }
  if (frame.recordEvents) frame.events.push({ day, actor, action: copy ? { ...decision.action } : action, reason: decision.reason });
  const marks = handling.marks;
  const indicatorDays = frame.indicatorDays;
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m];
    if (indicatorDays[mark] === null) indicatorDays[mark] = day;
  }
}

function applyResult(frame, target, pending, rule, day) {
  if (Array.isArray(pending)) {
    for (const decision of pending) applyDecision(frame, target, decision, rule, day);
  } else {
    applyDecision(frame, target, pending, rule, day);
  }
}`);
  // Each rule's result is a local of the loop, and so is the state version at which it last
  // returned idle: a rule idle since the last reducer ran is not called (see idle.ts).
  const ruleCalls = ruleNames.map(
    (name, i) => `    result${i} = undefined;
    if (idleAt${i} !== version) {
      context${i}.day = day;
      at.stage = ${i};
      if (probe !== undefined) probe[2] = ${i};
      result${i} = ${name}(state, context${i});
      if (result${i} !== undefined) {
        if (result${i} === IDLE) {
          idleAt${i} = version;
          result${i} = undefined;
        } else acting++;
      }
    }`,
  );
  const applyCalls = ruleNames.map((_, i) => `      if (result${i} !== undefined) applyResult(frame, state, result${i}, ${i}, day);`);
  const checkCalls = checkNames.map((name, k) => {
    const call = `      at.stage = ${RUN_STAGE.invariant};
      at.item = ${k};
      if (probe !== undefined) {
        probe[2] = ${RUN_STAGE.invariant};
        probe[3] = ${k};
      }
      problem = ${name}.check(state, invariantContext);
      if (problem !== undefined) throw support.invariantBroken(frame, ${k}, day, problem);`;
    const actionDays = (code.invariants[k] as { readonly checkedOn?: unknown }).checkedOn === 'action-days';
    return actionDays ? `      if (changed) {\n${call}\n      }` : call;
  });
  const whenCalls = whenNames.map((name, s) => {
    const position = code.stateIndicators[s] as number;
    return `    at.stage = ${RUN_STAGE.indicator};
    at.item = ${position};
    if (probe !== undefined) {
      probe[2] = ${RUN_STAGE.indicator};
      probe[3] = ${position};
    }
    if (indicatorDays[${position}] === null && (${name}.when(state) ?? false)) indicatorDays[${position}] = day;`;
  });
  const dynamicsCall =
    code.dynamics === undefined
      ? ''
      : `    world.day = day;
    at.stage = ${RUN_STAGE.dynamics};
    if (probe !== undefined) probe[2] = ${RUN_STAGE.dynamics};
    dynamics(state, world);`;
  // The invariant checks of a day, in a function of their own: small checks inlined into the
  // day loop would spend the inlining budget that the rules' call sites need.
  lines.push(`
function checkDay(frame, state, day, changed) {
  const at = frame.at;
  const probe = frame.probe;
  const invariantContext = frame.invariantContext;
  let problem;
  invariantContext.day = day;
${checkCalls.join('\n')}
}`);
  lines.push(`
return function batchDays(frame, state, horizon, checkInvariants) {
  const at = frame.at;
  const probe = frame.probe;
  const contexts = frame.contexts;
  const world = frame.world;
  const indicatorDays = frame.indicatorDays;
  const scheduleByDay = frame.plan.scheduleByDay;
  // Counts the days on which a reducer may have run: a rule idle at the current version is skipped.
  let version = 0;
${ruleNames.map((_, i) => `  const context${i} = contexts[${i}];\n  let result${i};\n  let idleAt${i} = -1;`).join('\n')}
  for (let day = 0; day < horizon; day++) {
    at.day = day;
    if (probe !== undefined) probe[1] = day;
    // Whether a reducer may have run today (invariants checked on action days only need it).
    let changed = day === 0;
    const scheduled = scheduleByDay[day];
    if (scheduled !== undefined) {
      support.applyScheduled(frame, state, scheduled, day);
      changed = true;
      version++;
    }
    let acting = 0;
${ruleCalls.join('\n')}
    if (acting > 0) {
      changed = true;
      version++;
      frame.event.day = day;
${applyCalls.join('\n')}
    }
${dynamicsCall}
    if (checkInvariants) checkDay(frame, state, day, changed);
${whenCalls.join('\n')}
  }
};`);
  return lines.join('\n');
}
