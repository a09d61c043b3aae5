import { CrisisSimError } from '@crisis-sim/engine';

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device (disk full)',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'its directory does not exist',
  EISDIR: 'it is a directory',
  EIO: 'input/output error',
  EFBIG: 'the file is too large',
};

/**
 * The one-line typed error (`unwritable_file`) for a file that could not be written, named by
 * its path, with the reason in words: what a full disk, a quota, a read-only file system or a
 * permission problem becomes, instead of an "unexpected error". Other errors pass through.
 */
export function unwritable(path: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || REASONS[code] === undefined) return error;
  return new CrisisSimError([{ code: 'unwritable_file', path: [path], message: `cannot write ${path}: ${REASONS[code]}`, value: path }]);
}
