import { basename } from 'node:path';
import type { Summary } from '@crisis-sim/engine';
import { faultPoint } from './fault-point.js';
import type { RecordLayout } from './record-format.js';
import { unwritable } from './unwritable.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Identifies a records manifest file and its version. */
export const RECORDS_MANIFEST_FORMAT = 'crisis-sim-records-manifest/1';

/** Where the manifest of a record file goes: `<records>.manifest.json`, beside it. */
export function recordsManifestPath(records: string): string {
  return `${records}.manifest.json`;
}

/**
 * Writes the sidecar that says what a record file holds: the batch's manifest (scenario,
 * version, code fingerprint, seed, parameters, uncertainty, runs), the record format and
 * columns. A sidecar rather than a comment line in the CSV, so that the CSV loads in any
 * reader as it is. Written atomically, before the records are renamed into place.
 */
export async function writeRecordsManifest(records: string, layout: RecordLayout, summary: Summary): Promise<void> {
  const path = recordsManifestPath(records);
  const document = {
    format: RECORDS_MANIFEST_FORMAT,
    records: basename(records),
    recordFormat: layout.format,
    runs: summary.runs,
    drawnParameters: layout.parameters,
    indicators: layout.indicators,
    manifest: summary.manifest,
  };
  try {
    await writeFileAtomic(path, `${JSON.stringify(document, null, 2)}\n`);
  } catch (error) {
    throw unwritable(path, error);
  }
  faultPoint('records-manifest-written');
}
