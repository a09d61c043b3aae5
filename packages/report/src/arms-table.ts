import { formatPercent } from './format-percent.js';
import type { TableData } from './html-table.js';

/** One outcome's estimate in one arm of a comparison, as the outcome bars draw it. */
export interface ArmRow {
  readonly outcome: string;
  readonly arm: string;
  readonly count: number;
  readonly probability: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The table under a comparison's outcome bars (the chart's data, row for row),
 * so that a reader without the chart, or a screen reader, gets the same numbers. Used by the
 * two-arm and the several-arm comparison reports.
 */
export function armsTable(rows: readonly ArmRow[]): TableData {
  return {
    columns: ['Outcome', 'Arm', 'Runs', 'Probability', '95% interval'],
    rows: rows.map((row) => [
      row.outcome,
      row.arm,
      String(row.count),
      formatPercent(row.probability),
      `${formatPercent(row.low)} to ${formatPercent(row.high)}`,
    ]),
    numeric: [2, 3, 4],
  };
}
