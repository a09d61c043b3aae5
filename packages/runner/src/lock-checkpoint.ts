import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { CrisisSimError } from '@crisis-sim/engine';
import { processIsAlive } from './process-is-alive.js';
import type { RunnerIssueCode } from './runner-issue-code.js';
import { unwritable } from './unwritable.js';
import { safeHost } from './write-file-atomic.js';

/** Ownership of a checkpoint (and the partial records it counts) by this process: see {@link lockCheckpoint}. */
export interface CheckpointLock {
  /** The lock file: `<checkpoint>.lock`. */
  readonly path: string;
  /** Throws `checkpoint_in_use` if another process has taken the lock since: checked before every checkpoint write. */
  assertHeld(): void;
  /** Deletes the lock file if it is still this process's. */
  release(): void;
}

interface Owner {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
}

/**
 * Makes this process the only one working on `checkpoint`: creates `<checkpoint>.lock`
 * exclusively (`O_EXCL`), holding this process's pid, host and a random token. A second
 * process gets a one-line {@link CrisisSimError} (`checkpoint_in_use`) naming the owner. A lock
 * left by a process of this host that is gone (kill -9) is taken over, with one line to `warn`.
 */
export function lockCheckpoint(checkpoint: string, warn: (message: string) => void): CheckpointLock {
  const path = `${checkpoint}.lock`;
  const mine: Owner = { pid: process.pid, host: safeHost(), token: randomUUID() };
  for (let attempt = 0; attempt < 5; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw unwritable(path, error);
      const owner = readOwner(path);
      if (owner === 'gone') continue;
      if (owner !== undefined && owner.host === mine.host && !processIsAlive(owner.pid)) {
        if (takeOver(path, owner)) warn(`took over checkpoint ${checkpoint} from process ${owner.pid} on ${owner.host}, which is gone`);
        continue;
      }
      throw inUse(checkpoint, path, owner);
    }
    try {
      writeSync(fd, `${JSON.stringify(mine)}\n`);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      rmSync(path, { force: true });
      throw unwritable(path, error);
    }
    closeSync(fd);
    return {
      path,
      assertHeld() {
        const owner = readOwner(path);
        if (owner === 'gone' || owner === undefined || owner.token !== mine.token) {
          throw new CrisisSimError([
            {
              code: 'checkpoint_in_use',
              path: ['checkpoint'],
              message: `lost checkpoint ${checkpoint} to ${owner === 'gone' || owner === undefined ? 'another process' : `process ${owner.pid} on ${owner.host}`} (its lock ${path} was replaced); stopped without writing to it`,
              value: checkpoint,
            },
          ]);
        }
      },
      release() {
        const owner = readOwner(path);
        if (owner !== 'gone' && owner?.token === mine.token) rmSync(path, { force: true });
      },
    };
  }
  throw inUse(checkpoint, path, undefined);
}

function inUse(checkpoint: string, path: string, owner: Owner | undefined): CrisisSimError<RunnerIssueCode> {
  const who = owner === undefined ? 'another process' : `process ${owner.pid} on ${owner.host}`;
  return new CrisisSimError([
    {
      code: 'checkpoint_in_use',
      path: ['checkpoint'],
      message: `checkpoint ${checkpoint} is in use by ${who}; wait for it to finish, or if that process is gone, delete ${path}`,
      value: checkpoint,
    },
  ]);
}

/** The lock's owner; `gone` if the file vanished; undefined if unreadable (taken to be live). */
function readOwner(path: string): Owner | 'gone' | undefined {
  // A lock being created is empty for an instant: look again before calling it unreadable.
  for (let look = 0; look < 20; look++) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      return (error as { code?: string }).code === 'ENOENT' ? 'gone' : undefined;
    }
    try {
      const owner = JSON.parse(text) as Owner;
      if (Number.isSafeInteger(owner.pid) && typeof owner.host === 'string' && typeof owner.token === 'string') return owner;
    } catch {
      // partly written: wait and look again
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  return undefined;
}

/**
 * Removes a stale lock without removing a fresh one another process made meanwhile: the lock
 * is renamed aside (atomic), and put back if what was moved is not the stale owner's.
 */
function takeOver(path: string, stale: Owner): boolean {
  const aside = `${path}.${process.pid}.${randomUUID().slice(0, 8)}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return false;
  }
  const moved = readOwner(aside);
  if (moved !== 'gone' && moved?.token === stale.token) {
    rmSync(aside, { force: true });
    return true;
  }
  try {
    linkSync(aside, path);
  } catch {
    // Someone else holds the lock now; theirs stands.
  }
  rmSync(aside, { force: true });
  return false;
}
