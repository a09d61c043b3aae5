import { basename } from 'node:path';
import { CrisisSimError } from '@crisis-sim/engine';
import type { SavedCheckpoint } from './read-checkpoint.js';
import { partialRecordsPath } from './record-file.js';

/** Refuses to resume a checkpoint with a different records file than it was saved with (or with none, or one where it had none). */
export function checkRecordsMatch(saved: SavedCheckpoint, records: string | undefined, checkpoint: string): void {
  const fail = (message: string) => {
    throw new CrisisSimError([{ code: 'incompatible', path: ['records'], message, value: records }]);
  };
  if (saved.records === undefined && records !== undefined) {
    fail(`checkpoint ${checkpoint} was saved without the records for ${records}; delete the checkpoint to start over`);
  }
  if (saved.records !== undefined && records === undefined) {
    fail(
      `checkpoint ${checkpoint} was saved with records (in ${saved.records.name}); rerun the same command, with its records file, to resume, or delete the checkpoint and ${saved.records.name} to start over`,
    );
  }
  if (saved.records !== undefined && records !== undefined && saved.records.name !== basename(partialRecordsPath(records))) {
    fail(
      `checkpoint ${checkpoint} was saved with records in ${saved.records.name}, not ${basename(partialRecordsPath(records))}; give the same records file to resume`,
    );
  }
}
