import { escapeHtml } from './escape-html.js';

/** A table of text cells; every cell is escaped. */
export interface TableData {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns (0-based) holding numbers: right-aligned. */
  readonly numeric?: readonly number[];
}

/** The HTML of a table, with an optional caption; cells are escaped text. */
export function htmlTable(table: TableData, caption?: string): string {
  const numeric = new Set(table.numeric ?? []);
  const cell = (tag: 'td' | 'th', text: string, column: number) =>
    `<${tag}${numeric.has(column) ? ' class="num"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${escapeHtml(text)}</${tag}>`;
  const head = `<thead><tr>${table.columns.map((column, i) => cell('th', column, i)).join('')}</tr></thead>`;
  const body = table.rows.map((row) => `<tr>${row.map((text, i) => cell('td', text, i)).join('')}</tr>`).join('\n');
  const captionHtml = caption === undefined ? '' : `<caption>${escapeHtml(caption)}</caption>`;
  return `<table>${captionHtml}${head}<tbody>\n${body}\n</tbody></table>`;
}
