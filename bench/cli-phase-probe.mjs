/**
 * Phase probe for bench/cli-run.ts: preloaded with `node --import` into the crisis-sim process,
 * and so (worker threads inherit the parent's execArgv) into every worker thread too. Each
 * thread writes lines `crisis-sim-phase <threadId> <epoch ms> <thread CPU ms> <event>` straight
 * to file descriptor 2 (a worker's process.stderr goes through the main thread, which may exit
 * before passing it on). Thread CPU comes from /proc/thread-self/stat: Linux only; elsewhere
 * it reads -1. It observes and changes nothing the CLI computes: plain JavaScript, so that no
 * TypeScript loader slows the process it times.
 */
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { isMainThread, parentPort, threadId } from 'node:worker_threads';

/** CPU ms (user + system) of a thread's stat line, or -1 when it cannot be read. */
function statCpu(path) {
  try {
    const fields = (readFileSync(path, 'utf8').split(') ')[1] ?? '').split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name; in ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return -1;
  }
}

const log = (event) =>
  writeSync(
    2,
    `crisis-sim-phase ${threadId} ${(performance.timeOrigin + performance.now()).toFixed(1)} ${statCpu('/proc/thread-self/stat')} ${event}\n`,
  );

if (isMainThread) {
  log(`main-start origin=${performance.timeOrigin.toFixed(1)}`);
  // The moment the CLI starts its workers: wrap the Worker class before any module imports it.
  const threads = createRequire(import.meta.url)('node:worker_threads');
  const Original = threads.Worker;
  let started = 0;
  let posted = 0;
  threads.Worker = class extends Original {
    constructor(...args) {
      if (started++ === 0) log('main-starts-workers');
      super(...args);
    }
    postMessage(...args) {
      // The first message to a prestarted worker is its work: the batch is loaded and planned.
      if (posted++ === 0) log('main-posts-work');
      return super.postMessage(...args);
    }
  };
  syncBuiltinESMExports();
  const write = process.stdout.write.bind(process.stdout);
  let written = false;
  process.stdout.write = (...args) => {
    if (!written) {
      written = true;
      log('main-writes-output');
    }
    return write(...args);
  };
  process.on('exit', () => {
    // Every thread's CPU: the main thread, workers still alive, and V8's platform threads (compilers, GC).
    let tasks = '';
    try {
      for (const task of readdirSync('/proc/self/task')) tasks += ` ${statCpu(`/proc/self/task/${task}/stat`)}`;
    } catch {}
    log(`main-exit tasks=${tasks.trim().replaceAll(' ', ',')}`);
  });
} else {
  // No 'message' listener here: one would start the port before the worker's own listener is
  // attached, and the work message would go to this one alone.
  log('worker-start');
  const post = parentPort?.postMessage.bind(parentPort);
  if (parentPort !== null && post !== undefined) {
    parentPort.postMessage = (message, ...rest) => {
      const block = message?.result?.summary;
      log(message?.type === 'block' && block !== undefined ? `worker-block runs=${block.runs}` : `worker-${message?.type}`);
      return post(message, ...rest);
    };
  }
}
