import type { RunRecord } from '@crisis-sim/engine';
import { csvCell } from './csv-cell.js';

/** File formats for per-run records. */
export type RecordFormat = 'ndjson' | 'csv';

/** What a record file needs to know to lay out its columns; from the batch's plan. */
export interface RecordLayout {
  readonly format: RecordFormat;
  /** Drawn parameter keys, in order (CSV columns). */
  readonly parameters: readonly string[];
  /** Indicator ids, in order (CSV columns `day.<id>`). */
  readonly indicators: readonly string[];
}

/** The format a path asks for by its extension (`.csv` or `.ndjson`/`.jsonl`), or undefined. */
export function recordFormatOf(path: string): RecordFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  return undefined;
}

/**
 * The text that starts a record file: the CSV header row, or nothing for NDJSON. CSV
 * follows RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line
 * break), so pandas' `read_csv` and R's `read.csv` load it as is; empty fields are missing
 * values (an indicator that did not happen).
 */
export function recordHeader(layout: RecordLayout): string {
  if (layout.format === 'ndjson') return '';
  const columns = ['run_index', 'run_seed', 'outcome', ...layout.parameters, ...layout.indicators.map((id) => `day.${id}`)];
  return `${columns.map(csvCell).join(',')}\r\n`;
}

/** One record as a line of the layout's format, line end included. */
export function formatRecord(record: RunRecord, layout: RecordLayout): string {
  if (layout.format === 'ndjson') return `${JSON.stringify(record)}\n`;
  const fields: string[] = [String(record.runIndex), String(record.runSeed), csvCell(record.outcome)];
  for (const key of layout.parameters) fields.push(csvCell(record.parameters[key]));
  for (const id of layout.indicators) fields.push(csvCell(record.indicators[id]));
  return `${fields.join(',')}\r\n`;
}

/** Gathers a block's records as text in a layout; `onRecord` is undefined when records are not wanted. */
export function collectRecords(layout: RecordLayout | undefined): { readonly onRecord?: (record: RunRecord) => void; text(): string } {
  if (layout === undefined) return { text: () => '' };
  let text = '';
  return {
    onRecord: (record) => {
      text += formatRecord(record, layout);
    },
    text: () => text,
  };
}
