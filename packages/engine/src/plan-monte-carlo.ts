import { CrisisSimError } from './crisis-sim-error.js';
import { drawnParameterKeys } from './draw-parameters.js';
import { engineVersion } from './engine-version.js';
import { hashParameters } from './hash-parameters.js';
import { horizonOf } from './horizon-of.js';
import type { Issue } from './issue.js';
import type { ParameterValue } from './parameter.js';
import { resolveParameters } from './resolve-parameters.js';
import type { RunRange } from './run-range.js';
import type { RunRecord } from './run-record.js';
import type { AnyScenario } from './scenario.js';
import { scenarioFingerprint } from './scenario-fingerprint.js';
import { type Seed, validateSeed } from './seed.js';
import { parseShard, type Shard, shardProblem, shardRange } from './shard.js';
import type { StopRule, Summary, SummaryManifest, Uncertainty } from './summary.js';

/** Default spacing of stopping-rule checks and size of the blocks workers run. */
const DEFAULT_BLOCK_SIZE = 1000;

/** Largest batch accepted: run indices stay exact integers in doubles, with room to spare. */
const MAX_RUNS = 1e12;

/** Progress of a batch, as reported to `onProgress`. */
export interface MonteCarloProgress {
  /** Runs counted so far in this batch (including runs resumed from a checkpoint). */
  readonly done: number;
  /** Runs planned for this batch (the shard's or range's size; with a stopping rule, its maximum). */
  readonly total: number;
  /** Of `done`, the runs counted by an earlier invocation and resumed from a checkpoint (0 when not resuming): not part of this invocation's speed. */
  readonly resumed?: number;
}

/** Options of {@link runMonteCarlo} and {@link planMonteCarlo}. */
export interface MonteCarloOptions {
  /** Number of runs of the whole batch (run indices 0 to runs - 1). Omit when `stop` is given. */
  readonly runs?: number;
  readonly seed: Seed;
  /** Overrides of parameter defaults, by key; validated. Under `priors` they are held fixed. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** `none` (default) holds parameters at their values; `priors` draws them per run. */
  readonly uncertainty?: Uncertainty;
  /** Run only the k-th of n slices of the batch: `{ index: 3, count: 16 }` or `'3/16'`. */
  readonly shard?: Shard | string;
  /** Run only run indices `[start, end)` of the batch. */
  readonly runRange?: RunRange;
  /** Keep going until every outcome's interval half-width is below `ciHalfWidth` (see {@link StopRule}). */
  readonly stop?: { readonly ciHalfWidth: number; readonly maxRuns: number; readonly minRuns?: number; readonly every?: number };
  /** Check the scenario's invariants after every step of every run (default true). */
  readonly checkInvariants?: boolean;
  /** A summary of a first part of this batch (a checkpoint) to continue from. */
  readonly resume?: Summary;
  /** Called after each block of runs. */
  readonly onProgress?: (progress: MonteCarloProgress) => void;
  /** Called with every run's record, in run-index order. */
  readonly onRecord?: (record: RunRecord) => void;
  /** Receives each run's position as it goes (see `RunScenarioOptions.probe`), for a watchdog on another thread. */
  readonly probe?: Float64Array;
}

/**
 * A validated batch: everything a worker needs besides the scenario itself. Plain data, so
 * it can be posted to a worker thread or written down.
 */
export interface MonteCarloPlan {
  /** Manifest of the summaries this plan produces (with no ranges yet). */
  readonly manifest: SummaryManifest;
  readonly outcomeIds: readonly string[];
  readonly indicatorIds: readonly string[];
  /** Resolved values of every parameter (drawn keys hold their defaults). */
  readonly values: Readonly<Record<string, ParameterValue>>;
  /** Run indices this invocation covers: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** Runs between stopping-rule checks; blocks handed to workers never cross a multiple of it. */
  readonly blockSize: number;
  readonly checkInvariants: boolean;
}

/**
 * Validates Monte Carlo options against a scenario and returns the plan. Throws one
 * {@link CrisisSimError} listing every problem (bad runs, seed, uncertainty, shard, range,
 * stopping rule or parameters).
 */
export function planMonteCarlo(scenario: AnyScenario, options: MonteCarloOptions): MonteCarloPlan {
  const issues: Issue[] = [...validateSeed(options.seed)];
  const fail = (path: string[], message: string, value: unknown) => issues.push({ code: 'invalid_option', path, message, value });
  const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

  const uncertainty = options.uncertainty ?? 'none';
  if (uncertainty !== 'none' && uncertainty !== 'priors') {
    fail(['uncertainty'], `uncertainty must be none or priors, got ${String(uncertainty)}`, uncertainty);
  }

  let runs = options.runs ?? Number.NaN;
  let stop: StopRule | undefined;
  if (options.stop !== undefined) {
    const { ciHalfWidth, maxRuns } = options.stop;
    const every = options.stop.every ?? DEFAULT_BLOCK_SIZE;
    const minRuns = options.stop.minRuns ?? every;
    if (options.runs !== undefined) {
      fail(['runs'], 'give runs or a stopping rule, not both: with a stopping rule the batch size is stop.maxRuns', options.runs);
    }
    if (!(typeof ciHalfWidth === 'number' && ciHalfWidth > 0 && ciHalfWidth < 0.5)) {
      fail(
        ['stop', 'ciHalfWidth'],
        `interval half-width target must be a number between 0 and 0.5, like 0.01, got ${String(ciHalfWidth)}`,
        ciHalfWidth,
      );
    }
    if (!(isCount(maxRuns) && maxRuns <= MAX_RUNS))
      fail(['stop', 'maxRuns'], `max runs must be a whole number from 1 to 1e12, got ${String(maxRuns)}`, maxRuns);
    if (!isCount(every)) fail(['stop', 'every'], `check interval must be a whole number >= 1, got ${String(every)}`, every);
    if (!isCount(minRuns)) fail(['stop', 'minRuns'], `minimum runs must be a whole number >= 1, got ${String(minRuns)}`, minRuns);
    else if (isCount(maxRuns) && minRuns > maxRuns)
      fail(['stop', 'minRuns'], `minimum runs (${minRuns}) must not exceed max runs (${maxRuns})`, minRuns);
    if (options.shard !== undefined || options.runRange !== undefined) {
      fail(['stop'], 'a stopping rule needs the whole batch in order; it cannot be combined with a shard or run range', options.stop);
    }
    runs = maxRuns;
    stop = { ciHalfWidth, maxRuns, minRuns, every };
  } else if (!(isCount(runs) && runs <= MAX_RUNS)) {
    fail(['runs'], `runs must be a whole number from 1 to 1e12, got ${String(options.runs)}`, options.runs);
  }

  let range: RunRange = [0, Number.isFinite(runs) ? runs : 0];
  if (options.shard !== undefined && options.runRange !== undefined) {
    fail(['shard'], 'give a shard or a run range, not both', options.shard);
  } else if (options.shard !== undefined) {
    let shard: Shard | undefined;
    if (typeof options.shard === 'string') {
      try {
        shard = parseShard(options.shard);
      } catch (error) {
        if (!(error instanceof CrisisSimError)) throw error;
        issues.push(...error.issues);
      }
    } else {
      const problem = shardProblem(options.shard);
      if (problem === undefined) shard = options.shard;
      else fail(['shard'], `shard must be k/n with 1 <= k <= n, like 3/16; ${problem}`, options.shard);
    }
    if (shard !== undefined && isCount(runs)) {
      if (shard.count > runs)
        fail(['shard'], `cannot split ${runs} runs into ${shard.count} shards: use at most ${runs} shards`, options.shard);
      else range = shardRange(runs, shard);
    }
  } else if (options.runRange !== undefined) {
    const [start, end] = options.runRange;
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end > start && (!isCount(runs) || end <= runs))) {
      fail(['runRange'], `run range must be [start, end) with 0 <= start < end <= runs, got [${start}, ${end})`, options.runRange);
    } else {
      range = [start, end];
    }
  }

  const overrides = options.parameters ?? {};
  const drawnParameters = uncertainty === 'priors' ? drawnParameterKeys(scenario.parameters, Object.keys(overrides)) : [];
  const resolved = resolveParameters(scenario.parameters, overrides, { constraints: scenario.constraints, drawn: drawnParameters });
  if (!resolved.ok) issues.push(...resolved.issues);
  if (issues.length > 0 || !resolved.ok) throw new CrisisSimError(issues);

  const values = resolved.values as Readonly<Record<string, ParameterValue>>;
  const manifest: SummaryManifest = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    scenarioFingerprint: scenarioFingerprint(scenario),
    engineVersion,
    seed: String(options.seed),
    uncertainty,
    parameters: values,
    drawnParameters,
    parametersHash: hashParameters(values, drawnParameters),
    horizonDays: horizonOf(scenario, values),
    runs,
    ...(stop === undefined ? {} : { stop }),
    ranges: [],
  };
  return {
    manifest,
    outcomeIds: scenario.outcomes.map((outcome) => outcome.id),
    indicatorIds: (scenario.indicators ?? []).map((indicator) => indicator.id),
    values,
    start: range[0],
    end: range[1],
    blockSize: stop?.every ?? DEFAULT_BLOCK_SIZE,
    checkInvariants: options.checkInvariants ?? true,
  };
}
