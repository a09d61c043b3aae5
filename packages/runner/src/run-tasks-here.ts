/**
 * Runs tasks (blocks of runs) one after another on this thread and accepts each answer in
 * task order: the executor of a batch without a scenario source, with the same contract as
 * {@link runOnWorkerPool}. `accept` returning false stops (the work is done).
 */
export async function runTasksHere<Task, Answer>(
  tasks: Iterable<Task>,
  run: (task: Task) => Answer,
  accept: (task: Task, answer: Answer) => Promise<boolean> | boolean,
  signal: AbortSignal | undefined,
): Promise<void> {
  for (const task of tasks) {
    // Yield between blocks so that timers (a progress bar) and signals get their turn.
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    if (!(await accept(task, run(task)))) return;
  }
}
