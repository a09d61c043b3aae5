import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CrisisSimError } from '@crisis-sim/engine';
import { type RecordLayout, recordHeader } from './record-format.js';
import { unwritable } from './unwritable.js';
import { temporaryPathFor } from './write-file-atomic.js';

/** A record file being written: to a partial file, renamed into place when the batch is complete. */
export interface RecordFile {
  /** The file written to until the batch is complete. */
  readonly partial: string;
  /** Bytes written so far (header included). */
  readonly bytes: number;
  write(text: string): void;
  /** Flushes to disk: the records a checkpoint counts must be on disk before the checkpoint. */
  sync(): void;
  /** Closes the partial file and renames it to the records path. */
  finish(): void;
  /** Closes it; removes it unless `keep` (a checkpoint counts it). */
  abandon(keep: boolean): void;
}

/**
 * The partial records file of a batch with a checkpoint: a fixed, hidden name next to the
 * records (`.<name>.partial`), so that a rerun finds and continues it. Owned by the
 * checkpoint's lock. Without a checkpoint, a temporary name unique to the process is used.
 */
export function partialRecordsPath(records: string): string {
  return join(dirname(records), `.${basename(records)}.partial`);
}

/**
 * Opens the partial file of `path`: new (header written) when `resumeBytes` is undefined, or
 * continued after a checkpoint that counts `resumeBytes` bytes of it (whatever follows them,
 * written after the checkpoint, is cut: those runs are run again). Write errors (disk full,
 * read-only file system...) become one-line `unwritable_file` errors naming the file.
 */
export function openRecordFile(
  path: string,
  layout: RecordLayout,
  checkpoint: string | undefined,
  resumeBytes: number | undefined,
): RecordFile {
  const partial = checkpoint !== undefined ? partialRecordsPath(path) : temporaryPathFor(path);
  let fd: number;
  try {
    fd = openSync(partial, resumeBytes === undefined ? 'w' : 'r+');
  } catch (error) {
    throw unwritable(partial, error);
  }
  let written = 0;
  try {
    if (resumeBytes !== undefined) {
      // Shorter than the checkpoint says means lost records: truncating would pad with zero bytes.
      if (fstatSync(fd).size < resumeBytes) {
        throw new CrisisSimError([
          {
            code: 'incompatible',
            path: ['records'],
            message: `${partial} holds fewer records than checkpoint ${checkpoint} counts; delete the checkpoint to start over`,
            value: path,
          },
        ]);
      }
      ftruncateSync(fd, resumeBytes);
      written = resumeBytes;
    } else {
      written += writeSync(fd, recordHeader(layout));
    }
  } catch (error) {
    closeSync(fd);
    throw unwritable(partial, error);
  }
  let open = true;
  return {
    partial,
    get bytes() {
      return written;
    },
    write(text: string) {
      if (text.length === 0) return;
      try {
        written += writeSync(fd, text, written);
      } catch (error) {
        throw unwritable(partial, error);
      }
    },
    sync() {
      if (!open) return;
      try {
        fsyncSync(fd);
      } catch (error) {
        throw unwritable(partial, error);
      }
    },
    finish() {
      if (open) closeSync(fd);
      open = false;
      try {
        renameSync(partial, path);
      } catch (error) {
        throw unwritable(path, error);
      }
    },
    abandon(keep: boolean) {
      if (open) closeSync(fd);
      open = false;
      if (!keep) rmSync(partial, { force: true });
    },
  };
}

/**
 * Where the records of a batch whose checkpoint says it is complete are: still in the
 * partial file (`partial`: rename pending) or already renamed (`done`). Throws when neither
 * holds exactly the bytes the checkpoint counts.
 */
export function completedRecords(path: string, bytes: number, checkpoint: string): 'partial' | 'done' {
  const partial = partialRecordsPath(path);
  if (existsSync(partial) && statSync(partial).size === bytes) return 'partial';
  if (!existsSync(partial) && existsSync(path) && statSync(path).size === bytes) return 'done';
  throw new CrisisSimError([
    {
      code: 'incompatible',
      path: ['records'],
      message: `checkpoint ${checkpoint} says the batch is complete, but neither ${partial} nor ${path} holds its ${bytes} bytes of records; delete the checkpoint to start over`,
      value: path,
    },
  ]);
}
