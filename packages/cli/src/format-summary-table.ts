import { type AnyScenario, dayToDate, describeSummary, horizonOf, type Summary } from '@crisis-sim/engine';
import { formatRanges } from '@crisis-sim/engine/internal';
import { percent } from './percent.js';
import { textTable } from './text-table.js';

/**
 * The human-readable report of a summary: outcome probabilities with 95% intervals,
 * indicator probabilities with median days and dates, the seed and the replay command.
 */
export function formatSummaryTable(scenario: AnyScenario, summary: Summary, replay: string): string {
  const report = describeSummary(summary);
  const m = summary.manifest;
  const horizon = horizonOf(scenario, m.parameters);
  const drawn = m.drawnParameters.length > 0 ? `, ${m.drawnParameters.length} drawn from priors per run` : '';
  const lines: string[] = [
    `${scenario.title} (${m.scenarioId} ${m.scenarioVersion})`,
    `${report.runs.toLocaleString('en-US')} runs, seed ${m.seed}, uncertainty ${m.uncertainty}${drawn}, parameters hash ${m.parametersHash}`,
    `Day 0 is ${scenario.startDate}; horizon ${horizon} days (to ${dayToDate(scenario.startDate, horizon - 1)})`,
  ];
  if (m.stop !== undefined) {
    const stopped = report.runs < m.stop.maxRuns;
    lines.push(
      stopped
        ? `Stopped at ${report.runs.toLocaleString('en-US')} runs: every outcome's 95% interval half-width < ${m.stop.ciHalfWidth}`
        : `Reached --max-runs ${m.stop.maxRuns.toLocaleString('en-US')} before every half-width fell below ${m.stop.ciHalfWidth}`,
    );
  }
  if (report.missing.length > 0)
    lines.push(`Partial: this summary lacks ${formatRanges(report.missing)} of ${m.runs.toLocaleString('en-US')}`);
  const labelOf = (id: string, list: readonly { id: string; label: string }[]) => list.find((entry) => entry.id === id)?.label ?? id;

  lines.push('');
  lines.push(
    textTable(
      [
        ['Outcome', 'Probability', '95% interval', 'Runs'],
        ...report.outcomes.map((outcome) => [
          labelOf(outcome.id, scenario.outcomes),
          percent(outcome.probability),
          `${percent(outcome.interval.low)} - ${percent(outcome.interval.high)}`,
          outcome.count.toLocaleString('en-US'),
        ]),
      ],
      [1, 3],
    ),
  );
  if (report.indicators.length > 0) {
    lines.push('');
    lines.push(
      textTable(
        [
          ['Indicator', 'By the horizon', '95% interval', 'Median day', 'Median date', '10%-90% days'],
          ...report.indicators.map((indicator) => {
            const { p10, median, p90 } = indicator.firstDay;
            return [
              labelOf(indicator.id, scenario.indicators ?? []),
              percent(indicator.probability),
              `${percent(indicator.interval.low)} - ${percent(indicator.interval.high)}`,
              median === null ? '-' : String(median),
              median === null ? '-' : dayToDate(scenario.startDate, median),
              p10 === null || p90 === null ? '-' : `${p10}-${p90}`,
            ];
          }),
        ],
        [1, 3],
      ),
    );
    lines.push('Median day and dates: among the runs in which the indicator happened.');
  }
  lines.push('');
  lines.push(`Replay: ${replay}`);
  return `${lines.join('\n')}\n`;
}
