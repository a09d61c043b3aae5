/**
 * Entry point of a worker thread: loads the scenario named in `workerData` (or, when it was
 * prestarted, in its first message), then either runs
 * the blocks of run indices it is sent and posts back their summaries (and records as text),
 * or the blocks of several batches (`plans`, the points of a design),
 * or (`trace`) runs one run in trace mode and posts its result. The step loop writes its
 * position into the shared probe, so the main thread can name a run that never returns.
 * Runs only as built JavaScript (dist/worker.js): worker threads cannot load TypeScript.
 */
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import {
  CrisisSimError,
  oneAtATimeSensitivity,
  type ParameterValue,
  type RunRecord,
  runScenario,
  type SensitivityOptions,
} from '@crisis-sim/engine';
import { type ComparisonPlan, type MonteCarloPlan, runBatchRange } from '@crisis-sim/engine/internal';
import type { BlockResult, SerializedError } from './block-result.js';
import { pairBlock } from './pair-block.js';
import { collectRecords, type RecordLayout } from './record-format.js';
import { loadScenario, type ScenarioSource } from './scenario-source.js';

/** A single job a worker runs and answers once: one traced run, or a one-at-a-time sensitivity. */
export type WorkerJob =
  | {
      readonly kind: 'trace';
      readonly values: Readonly<Record<string, ParameterValue>>;
      readonly seed: string;
      readonly runIndex: number;
    }
  | { readonly kind: 'oat'; readonly options: SensitivityOptions };

/** What a worker is started with: a batch's blocks, or a single job; with the scenario's source and the position probe. */
export type WorkerInput = (
  | { readonly kind: 'batch'; readonly plan: MonteCarloPlan; readonly layout?: RecordLayout }
  | { readonly kind: 'plans'; readonly records?: boolean; readonly comparison?: ComparisonPlan }
  | WorkerJob
) & {
  readonly source: ScenarioSource;
  readonly probe: Float64Array;
};

/**
 * What a worker started before its work is known gets (see prestartWorkers): the scenario
 * module to import meanwhile. Its {@link WorkerInput} comes as its first message.
 */
export interface PrestartInput {
  readonly kind: 'prestart';
  readonly source: ScenarioSource;
}

const port = parentPort;
if (port === null) throw new Error('worker.js must run in a worker thread');
const started = workerData as WorkerInput | PrestartInput;
const input = started.kind === 'prestart' ? await workWhenItComes(port, started.source) : started;

try {
  const scenario = await loadScenario(input.source);
  if (input.kind === 'trace') {
    const values = Object.freeze({ ...input.values });
    const result = runScenario(scenario, values as never, {
      seed: input.seed,
      runIndex: input.runIndex,
      mode: 'trace',
      checkInvariants: true,
      probe: input.probe,
    });
    port.postMessage({ type: 'result', result });
  } else if (input.kind === 'oat') {
    port.postMessage({ type: 'result', result: oneAtATimeSensitivity(scenario, input.options) });
  } else if (input.kind === 'plans') {
    // Blocks of several batches (the points of a design): each message carries its plan, so
    // that a design of thousands of points is not copied whole into every worker.
    const { probe } = input;
    port.on('message', (block: { plan: MonteCarloPlan; start: number; end: number }) => {
      try {
        // A comparison's block: every arm on the block's run indices, paired here; counts go back.
        if (input.comparison !== undefined) {
          const paired = pairBlock(scenario, input.comparison, block.start, block.end, probe);
          port.postMessage({ type: 'block', ...paired });
          return;
        }
        const records: RunRecord[] = [];
        const onRecord = input.records === true ? (record: RunRecord) => records.push(record) : undefined;
        const summary = runBatchRange(scenario, block.plan, block.start, block.end, onRecord, probe);
        port.postMessage({ type: 'block', summary, ...(onRecord === undefined ? {} : { records }) });
      } catch (error) {
        // With its block's start: a failed block, not a worker that could not start.
        port.postMessage({ type: 'error', error: serialize(error), start: block.start });
      }
    });
    port.postMessage({ type: 'ready' });
  } else {
    const { plan, layout, probe } = input;
    port.on('message', (block: { start: number; end: number }) => {
      try {
        const records = collectRecords(layout);
        const summary = runBatchRange(scenario, plan, block.start, block.end, records.onRecord, probe);
        const result: BlockResult = { start: block.start, summary, records: records.text() };
        port.postMessage({ type: 'block', result });
      } catch (error) {
        // With its block's start: a failed block, reported when its turn comes (the lowest failing run).
        port.postMessage({ type: 'error', error: serialize(error), start: block.start });
      }
    });
    port.postMessage({ type: 'ready' });
  }
} catch (error) {
  port.postMessage({ type: 'error', error: serialize(error) });
}

/**
 * Imports the scenario's module while the main thread plans the work, then waits for the work.
 * A failure to load is not reported here: loading again below meets it (or the cached module)
 * once someone listens for the answer.
 */
async function workWhenItComes(parent: NonNullable<typeof parentPort>, source: ScenarioSource): Promise<WorkerInput> {
  const loading = loadScenario(source).catch(() => undefined);
  const [work] = (await once(parent, 'message')) as [WorkerInput];
  await loading;
  return work;
}

function serialize(error: unknown): SerializedError {
  if (error instanceof CrisisSimError)
    return { name: error.name, message: error.message, issues: structuredClone(error.issues.map(plain)) };
  if (error instanceof Error)
    return { name: error.name, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) };
  return { name: 'Error', message: String(error) };
}

function plain(issue: CrisisSimError['issues'][number]) {
  // Issue values may hold functions or frozen scenario data; keep what clones safely.
  let value: unknown;
  try {
    value = structuredClone(issue.value);
  } catch {
    value = String(issue.value);
  }
  return { ...issue, value };
}
