import { type AnyScenario, dayToDate, describeSummary, type Summary } from '@crisis-sim/engine';
import { csvText } from '@crisis-sim/runner';
import { csvHeaderComments } from './csv-header-comments.js';

/**
 * The summary as one RFC 4180 table (CRLF line ends, quoted where needed): a row per outcome
 * and per indicator with count, probability, 95% interval and (indicators) day quantiles.
 * Like every output it names its seed: `#` comment lines come first, with the scenario, seed
 * and size, the whole manifest as one line of JSON, and (when `replay` is given) the command
 * that reproduces it. Readers skip them with `comment='#'` (pandas) or `comment.char = "#"` (R).
 */
export function formatSummaryCsv(scenario: AnyScenario | undefined, summary: Summary, replay?: string): string {
  const m = summary.manifest;
  const comments = csvHeaderComments(
    `summary: ${m.scenarioId} ${m.scenarioVersion}, engine ${m.engineVersion}, seed ${m.seed}, ${summary.runs} runs, uncertainty ${m.uncertainty}`,
    [['', m]],
    replay,
  );
  const report = describeSummary(summary);
  const label = (id: string, list: readonly { id: string; label: string }[] | undefined) =>
    list?.find((entry) => entry.id === id)?.label ?? id;
  const date = (day: number | null) => (day === null || scenario === undefined ? '' : dayToDate(scenario.startDate, day));
  const rows: (string | number | null)[][] = [
    ['kind', 'id', 'label', 'count', 'runs', 'probability', 'ci_low', 'ci_high', 'p10_day', 'median_day', 'p90_day', 'median_date'],
  ];
  for (const outcome of report.outcomes) {
    rows.push([
      'outcome',
      outcome.id,
      label(outcome.id, scenario?.outcomes),
      outcome.count,
      report.runs,
      outcome.probability,
      outcome.interval.low,
      outcome.interval.high,
      null,
      null,
      null,
      null,
    ]);
  }
  for (const indicator of report.indicators) {
    const { p10, median, p90 } = indicator.firstDay;
    rows.push([
      'indicator',
      indicator.id,
      label(indicator.id, scenario?.indicators),
      indicator.count,
      report.runs,
      indicator.probability,
      indicator.interval.low,
      indicator.interval.high,
      p10,
      median,
      p90,
      date(median),
    ]);
  }
  return csvText(comments, rows);
}
