import { Worker } from 'node:worker_threads';
import type { AnyScenario } from '@crisis-sim/engine';
import type { SerializedError } from './block-result.js';
import { deserialize } from './deserialize.js';
import type { PrestartedWorkers } from './prestart-workers.js';
import { createRunWatchdog } from './run-watchdog.js';
import type { WorkerInput } from './worker.js';
import { WORKER_RESOURCE_LIMITS } from './worker-resource-limits.js';
import { workerScript } from './worker-script.js';

/** How {@link runOnWorkerPool} spreads tasks over worker threads and hands their answers back. */
export interface WorkerPoolOptions<Task, Answer> {
  /** Worker threads to start (the caller caps it by the number of tasks). */
  readonly count: number;
  /** What each worker is started with, given the position probe the watchdog reads. */
  readonly workerData: (probe: Float64Array) => WorkerInput;
  /** The tasks, in the order their answers are accepted; pulled as workers have room. */
  readonly tasks: Iterator<Task>;
  /** The message that sends a task to a worker. */
  readonly message: (task: Task) => unknown;
  /** Takes a task's answer (the worker's `block` message), in task order; false stops the pool (the work is done). */
  readonly accept: (task: Task, answer: Answer) => Promise<boolean> | boolean;
  /** The scenario and seed a stuck run is named by, and the per-run time limit. */
  readonly scenario: AnyScenario;
  readonly seed: string;
  readonly runTimeoutMs: number;
  /** The error for a worker that exits unasked (out of memory, `process.exit` in a rule). */
  readonly exitError: (code: number) => Error;
  /** Aborting terminates the workers and rejects with the signal's reason. */
  readonly signal: AbortSignal | undefined;
  /** Workers already started for this work: taken first, the rest stopped. */
  readonly prestarted?: PrestartedWorkers | undefined;
}

/** Tasks each worker may hold at once: one running, one queued, so a worker never waits for the main thread. */
const TASKS_PER_WORKER = 2;

interface Member<Task> {
  readonly worker: Worker;
  readonly watched: ReturnType<ReturnType<typeof createRunWatchdog>['watch']>;
  /** Tasks sent and not answered, oldest first: a worker answers in the order it was sent them. */
  readonly inFlight: Task[];
  ready: boolean;
}

/**
 * Runs tasks (blocks of runs) on a pool of worker threads and accepts their answers strictly
 * in task order, one at a time, whichever worker finishes first. A failed task is reported
 * when it comes up in that order, as on one thread: the error is that of the first failing
 * task, never of whichever worker failed first, so it is the same for any number of workers.
 * A run that outlives `runTimeoutMs` stops the pool with the watchdog's `run_timeout` error.
 */
export function runOnWorkerPool<Task, Answer>(options: WorkerPoolOptions<Task, Answer>): Promise<void> {
  const { signal, tasks } = options;
  const script = workerScript();
  return new Promise<void>((resolve, reject) => {
    let finished = false;
    const watchdog = createRunWatchdog(options.scenario, options.seed, options.runTimeoutMs, (error) => finish(error));
    const pool: Member<Task>[] = Array.from({ length: options.count }, () => {
      const watched = watchdog.watch();
      const input = options.workerData(watched.probe);
      return {
        worker: options.prestarted?.take(input) ?? new Worker(script, { workerData: input, resourceLimits: WORKER_RESOURCE_LIMITS }),
        watched,
        inFlight: [],
        ready: false,
      };
    });
    // The pool has what it needs: prestarted workers beyond it would only load and wait.
    void options.prestarted?.release();
    const done = new Map<Task, Answer>();
    const failed = new Map<Task, Error>();
    const order: Task[] = []; // tasks in dispatch order (= acceptance order)
    let accepting = false;
    let exhausted = false;

    function finish(error?: unknown) {
      if (finished) return;
      finished = true;
      watchdog.stop();
      signal?.removeEventListener('abort', onAbort);
      // terminate() stops a worker even inside a rule that never returns.
      const settle = () => (error === undefined ? resolve() : reject(error));
      Promise.all(pool.map((member) => member.worker.terminate())).then(settle, settle);
    }
    const onAbort = () => finish(signal?.reason ?? new Error('aborted'));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted === true) return onAbort();

    const feed = () => {
      for (const member of pool) {
        while (!finished && !exhausted && member.ready && member.inFlight.length < TASKS_PER_WORKER) {
          const item = tasks.next();
          if (item.done === true) {
            exhausted = true;
            break;
          }
          order.push(item.value);
          member.inFlight.push(item.value);
          member.watched.busy();
          member.worker.postMessage(options.message(item.value));
        }
      }
      if (exhausted && order.length === 0 && !accepting) finish();
    };

    const drain = async () => {
      if (accepting || finished) return;
      accepting = true;
      try {
        for (;;) {
          const head = order[0];
          if (head === undefined) break;
          const failure = failed.get(head);
          if (failure !== undefined) return finish(failure);
          if (!done.has(head)) break;
          const answer = done.get(head) as Answer;
          done.delete(head);
          order.shift();
          if (!(await options.accept(head, answer))) return finish();
          if (finished) return;
        }
      } catch (error) {
        return finish(error);
      } finally {
        accepting = false;
      }
      feed();
    };

    for (const member of pool) {
      member.worker.on('message', (message: { type: string; error?: SerializedError; start?: number }) => {
        if (message.type === 'ready') {
          member.ready = true;
          feed();
        } else if (message.type === 'block' || (message.type === 'error' && message.start !== undefined)) {
          const task = member.inFlight.shift() as Task;
          if (member.inFlight.length === 0) member.watched.idle();
          if (message.type === 'block') done.set(task, message as Answer);
          else failed.set(task, deserialize(message.error as SerializedError));
          void drain();
          feed();
        } else if (message.type === 'error' && message.error !== undefined) {
          // The worker could not start (its scenario module failed to load): nothing runs.
          finish(deserialize(message.error));
        }
      });
      member.worker.on('error', (error) => finish(error));
      member.worker.on('exit', (code) => {
        if (!finished && code !== 0) finish(options.exitError(code));
      });
    }
  });
}
