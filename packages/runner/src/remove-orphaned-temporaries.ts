import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processIsAlive } from './process-is-alive.js';
import { safeHost } from './write-file-atomic.js';

/**
 * Removes the temporary files that processes killed mid-write (kill -9, power cut) left next
 * to `path` (see `temporaryPathFor`): those of this host whose process is gone. Temporaries of
 * live processes and of other hosts are left alone. `warn` gets one line per file removed.
 * Returns the paths removed.
 */
export function removeOrphanedTemporaries(path: string, warn: (message: string) => void): string[] {
  const directory = dirname(path);
  const prefix = `.${basename(path)}.${safeHost()}.`;
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!(name.startsWith(prefix) && name.endsWith('.tmp'))) continue;
    const match = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (match === null) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || processIsAlive(pid)) continue;
    const orphan = join(directory, name);
    try {
      rmSync(orphan, { force: true });
      removed.push(orphan);
      warn(`removed ${orphan}, a temporary file left by process ${pid}, which was killed before it finished`);
    } catch {
      warn(`could not remove ${orphan}, a temporary file left by process ${pid}; delete it by hand`);
    }
  }
  return removed;
}
