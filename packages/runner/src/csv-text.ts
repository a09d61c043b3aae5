import { csvCell } from './csv-cell.js';

/**
 * A CSV document: `#` comment lines as given (the seed, the manifest, the replay command),
 * then one line of {@link csvCell} fields per row, every line ended by CRLF as RFC 4180 asks.
 */
export function csvText(comments: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [...comments, ...rows.map((row) => row.map(csvCell).join(','))].map((line) => `${line}\r\n`).join('');
}
