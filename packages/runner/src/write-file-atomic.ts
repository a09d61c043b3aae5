import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old content or the new, never a part: the
 * data goes to a temporary file in the same directory (same file system, so the rename is
 * atomic), which is then renamed over the target. On failure the temporary file is removed.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, data, { flush: true });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A fresh temporary name next to `path`, hidden and unique to this process. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
}
