import type { EnsembleResult } from '@crisis-sim/engine';
import { csvText } from '@crisis-sim/runner';
import { csvHeaderComments } from './csv-header-comments.js';

/**
 * An ensemble as one RFC 4180 table (CRLF line ends): a row per design point, the varied
 * parameters first, then the point's seed and runs, then each outcome's and indicator's
 * probability with its 95% interval (indicators also their median first day). Like
 * `run --format csv`, `#` comment lines come first: scenario, master seed and size, the
 * first point's manifest as one line of JSON (the others differ only in their values and
 * seed), and the command that reproduces the table. `sweep` prints its result with it too
 * (`command` 'sweep'): a sweep is the one-parameter ensemble on common random numbers.
 */
export function formatEnsembleCsv(result: EnsembleResult, design: string, replay: string, command = 'ensemble'): string {
  const first = result.points[0];
  const m = first?.summary.manifest;
  const comments = csvHeaderComments(
    `${command}: ${m?.scenarioId} ${m?.scenarioVersion}, engine ${m?.engineVersion}, seed ${result.seed}, design ${design}, ${result.points.length} points x ${result.runs} runs, streams ${result.streams}, uncertainty ${m?.uncertainty}`,
    [['', m]],
    replay,
  );
  const outcomes = first?.report.outcomes.map((entry) => entry.id) ?? [];
  const indicators = first?.report.indicators.map((entry) => entry.id) ?? [];
  const header = [
    ...result.keys,
    'seed',
    'runs',
    ...outcomes.flatMap((id) => [`outcome:${id}`, `outcome:${id}:ci_low`, `outcome:${id}:ci_high`]),
    ...indicators.flatMap((id) => [`indicator:${id}`, `indicator:${id}:ci_low`, `indicator:${id}:ci_high`, `indicator:${id}:median_day`]),
  ];
  const rows = result.points.map((point) => [
    ...result.keys.map((key) => point.values[key] ?? null),
    point.seed,
    point.report.runs,
    ...outcomes.flatMap((id) => {
      const entry = point.report.outcomes.find((outcome) => outcome.id === id);
      return [entry?.probability ?? null, entry?.interval.low ?? null, entry?.interval.high ?? null];
    }),
    ...indicators.flatMap((id) => {
      const entry = point.report.indicators.find((indicator) => indicator.id === id);
      return [entry?.probability ?? null, entry?.interval.low ?? null, entry?.interval.high ?? null, entry?.firstDay.median ?? null];
    }),
  ]);
  return csvText(comments, [header, ...rows]);
}
