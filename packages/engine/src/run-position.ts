import type { AnyScenario } from './scenario.js';

/**
 * Where a run is, as the step loop writes it into a probe (a `Float64Array` of
 * {@link RUN_POSITION_SLOTS} numbers, typically on a `SharedArrayBuffer`) so that another
 * thread can tell where a run that never returns is stuck: slot 0 the run index, 1 the day,
 * 2 the stage, 3 the stage's item (rule or check position), 4 a count of runs started (it
 * changes even when a run index repeats).
 */
export const RUN_POSITION_SLOTS = 5;

/** Stage codes in slot 2 of a position probe; a rule's stage is its position (>= 0) among the actors that have rules. */
export const RUN_STAGE = {
  setup: -1,
  reducer: -2,
  dynamics: -3,
  invariant: -4,
  indicator: -5,
  outcome: -6,
  derive: -7,
} as const;

/** A decoded run position: see {@link describeRunPosition}. */
export interface RunPosition {
  readonly runIndex: number;
  readonly day: number;
  /** The actor whose rule or action was running, when there is one. */
  readonly actor?: string;
  /** What was running, in words: `actor junta's rule`, `the dynamics`, `invariant x`. */
  readonly where: string;
}

/** Reads a probe written by the step loop (see {@link RUN_POSITION_SLOTS}) into words, with the scenario's names. */
export function describeRunPosition(scenario: AnyScenario, probe: ArrayLike<number>): RunPosition {
  const runIndex = probe[0] ?? 0;
  const day = probe[1] ?? 0;
  const stage = probe[2] ?? RUN_STAGE.setup;
  const item = probe[3] ?? 0;
  if (stage >= 0) {
    const actor = (scenario.actors as AnyScenario['actors']).filter((candidate) => candidate.rule !== undefined)[stage]?.id;
    return { runIndex, day, ...(actor === undefined ? {} : { actor }), where: `actor ${actor ?? stage}'s rule` };
  }
  switch (stage) {
    case RUN_STAGE.reducer: {
      const actor = scenario.actors[item]?.id;
      return {
        runIndex,
        day,
        ...(actor === undefined ? {} : { actor }),
        where: `a reducer of an action by ${actor ?? 'a scheduled event'}`,
      };
    }
    case RUN_STAGE.dynamics:
      return { runIndex, day, where: 'the dynamics' };
    case RUN_STAGE.invariant:
      return { runIndex, day, where: `invariant ${scenario.invariants?.[item]?.id ?? item}` };
    case RUN_STAGE.indicator:
      return { runIndex, day, where: `indicator ${scenario.indicators?.[item]?.id ?? item}` };
    case RUN_STAGE.outcome:
      return { runIndex, day, where: 'the outcome classifier' };
    case RUN_STAGE.derive:
      return { runIndex, day, where: 'derive' };
    default:
      return { runIndex, day, where: 'the initial state' };
  }
}
