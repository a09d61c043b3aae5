import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { removeOrphanedTemporaries, writeFileAtomic } from '@crisis-sim/runner';
import type { CliIo } from './cli-io.js';
import { usageError } from './usage-error.js';

/**
 * Refuses an output path that cannot be written (its directory missing or read-only, or the
 * path itself a directory) with a one-line usage error: called before a long computation.
 * The directory is tested by creating (and at once removing) a file in it, because
 * permission bits say nothing to root, nor about file systems like /proc.
 */
export async function assertWritableOutput(flag: string, path: string, cwd: string): Promise<void> {
  const target = resolve(cwd, path);
  const refuse = () =>
    usageError(`cannot write ${flag} ${path}: directory ${dirname(path)} does not exist or is not writable`, path, 'unreadable_file');
  try {
    await access(dirname(target), constants.W_OK);
  } catch {
    throw refuse();
  }
  const probe = resolve(dirname(target), `.crisis-sim-probe.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await (await open(probe, 'wx')).close();
  } catch {
    throw refuse();
  }
  await rm(probe, { force: true });
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory() === true) throw usageError(`cannot write ${flag} ${path}: it is a directory`, path, 'unreadable_file');
}

/**
 * Checks a command's output files before its computation: each writable (see
 * {@link assertWritableOutput}) and no two naming the same file. `outputs` maps each flag to
 * its path, or to undefined when the flag was not given.
 */
export async function assertWritableOutputs(outputs: Readonly<Record<string, string | undefined>>, cwd: string): Promise<void> {
  const given = Object.entries(outputs).filter((entry): entry is [string, string] => entry[1] !== undefined);
  for (const [flag, path] of given) await assertWritableOutput(flag, path, cwd);
  for (const [i, [flag, path]] of given.entries()) {
    const clash = given.slice(i + 1).find(([, other]) => resolve(cwd, other) === resolve(cwd, path));
    if (clash !== undefined) throw usageError(`${flag} and ${clash[0]} name the same file ${path}: give each its own`, path);
  }
}

/**
 * Writes an output file atomically; a file-system refusal is a one-line usage error, not a
 * crash. Temporary files that an earlier write of the same file left when its process was
 * killed (kill -9, power cut) are removed first, each with a note on stderr.
 */
export async function writeOutputFile(flag: string, path: string, text: string, io: Pick<CliIo, 'cwd' | 'stderr'>): Promise<void> {
  const target = resolve(io.cwd, path);
  removeOrphanedTemporaries(target, (message) => io.stderr.write(`crisis-sim: ${message}\n`));
  try {
    await writeFileAtomic(target, text);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string') throw error;
    const why =
      code === 'ENOENT'
        ? `directory ${dirname(path)} does not exist`
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (error as Error).message.split('\n')[0];
    throw usageError(`cannot write ${flag} ${path}: ${why}`, path, 'unwritable_file');
  }
}
