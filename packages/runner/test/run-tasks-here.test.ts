import { describe, expect, it } from 'vitest';
import { runTasksHere } from '../src/run-tasks-here.js';

describe('runTasksHere', () => {
  it('accepts answers in task order and stops when accept says the work is done', async () => {
    const accepted: number[] = [];
    await runTasksHere(
      [1, 2, 3, 4, 5],
      (task) => task * 10,
      (task, answer) => {
        accepted.push(answer);
        return task < 3;
      },
      undefined,
    );
    expect(accepted).toEqual([10, 20, 30]);
  });

  it('stops with the reason of an aborted signal, between tasks', async () => {
    const controller = new AbortController();
    const ran: number[] = [];
    const work = runTasksHere(
      [1, 2, 3],
      (task) => {
        ran.push(task);
        if (task === 1) controller.abort(new Error('stop'));
        return task;
      },
      () => true,
      controller.signal,
    );
    await expect(work).rejects.toThrow('stop');
    expect(ran).toEqual([1]);
  });
});
