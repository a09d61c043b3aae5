import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { type FaultStep, faultPoint } from './fault-point.js';

/**
 * Writes a file so that readers see either the old content or the new, never a part: the
 * data goes to a temporary file in the same directory (same file system, so the rename is
 * atomic), flushed to disk, which is then renamed over the target. On failure the temporary
 * file is removed; after a crash (kill -9) it is left under a name that
 * {@link removeOrphanedTemporaries} recognises and removes on the next run.
 */
export async function writeFileAtomic(path: string, data: string, fault?: FaultStep): Promise<void> {
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, data, { flush: true });
    if (fault !== undefined) faultPoint(fault);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * A fresh temporary name next to `path`, hidden and unique to this process:
 * `.<name>.<host>.<pid>.<random>.tmp`. Host and pid say who owns it, so that a later run can
 * tell a leftover of a dead process from a file another live process is writing.
 */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${safeHost()}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
}

/** This machine's name, as it appears in temporary and lock file names (no path separators). */
export function safeHost(): string {
  return hostname().replaceAll(/[^\w.-]/g, '_') || 'localhost';
}
