/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break
 * (quotes doubled), empty for a missing value (null or undefined), so that pandas' `read_csv`
 * and R's `read.csv` read back the text and the gaps as they were.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
