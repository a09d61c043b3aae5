import {
  type AnyScenario,
  dayToDate,
  describeSummary,
  horizonOf,
  isAssumption,
  type ParameterValue,
  type Source,
  type Summary,
} from '@crisis-sim/engine';
import { formatRanges, traceReplayCommand } from '@crisis-sim/engine/internal';
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml } from './escape-html.js';
import { explorerData } from './explorer-data.js';
import { firstRunByOutcome } from './first-run-by-outcome.js';
import { formatPercent } from './format-percent.js';
import { htmlTable } from './html-table.js';
import { jsonForScript } from './json-for-script.js';
import { narrativeHtml } from './narrative-html.js';
import { PALETTE } from './palette.js';
import { renderChart } from './render-chart.js';
import type { ExplorerScripts } from './report-page.js';
import { reportPage } from './report-page.js';
import { chartLabels, cumulativeRows, cumulativeSpec, outcomeRows, outcomeSpec } from './run-charts.js';

/** What {@link renderRunReport} needs: a batch's summary and the scenario it ran. */
export interface RunReportInput {
  readonly scenario: AnyScenario;
  readonly summary: Summary;
  /** The command that reproduces the summary (as `crisis-sim run` prints it). */
  readonly replay: string;
  /** `--scenario-module` as given, for the narratives' replay commands; absent for built-ins. */
  readonly scenarioModule?: string;
  /** The explorer's scripts (see {@link bundleExplorer}); without them the report has no explorer. */
  readonly explorer?: ExplorerScripts;
  /** The footer line: what made the report. */
  readonly generator: string;
  /** Runs replayed at most to find each outcome's first run (default {@link NARRATIVE_SEARCH_LIMIT}). */
  readonly narrativeSearchLimit?: number;
}

/**
 * The HTML report of a Monte Carlo batch: the manifest and replay command; outcome
 * probabilities with 95% intervals; for each indicator the cumulative probability by date
 * and its 10%, median and 90% dates; the parameters with their sources; one narrative per
 * outcome (the first run that ended in it); and, when scripts are given, the explorer.
 * A function of its input: the same summary gives the same page.
 */
export async function renderRunReport(input: RunReportInput): Promise<string> {
  const { scenario, summary } = input;
  const m = summary.manifest;
  const report = describeSummary(summary);
  const labels = chartLabels(scenario);
  const horizon = horizonOf(scenario, m.parameters);
  const definitions = scenario.parameters as Record<string, { default: ParameterValue; unit: string; description: string; source: Source }>;
  const changed = Object.entries(m.parameters).filter(([key, value]) => definitions[key]?.default !== value);
  const date = (day: number | null) => (day === null ? 'never' : `${dayToDate(scenario.startDate, day)} (day ${day})`);

  const manifest = [
    ['Scenario', `${scenario.title} (${m.scenarioId})`],
    ['Model version', m.scenarioVersion],
    ['Engine version', m.engineVersion],
    ['Seed', m.seed],
    [
      'Runs',
      `${summary.runs.toLocaleString('en-US')} of ${m.runs.toLocaleString('en-US')} planned${report.missing.length > 0 ? `; missing run indices ${formatRanges(report.missing)}` : ''}`,
    ],
    [
      'Uncertainty',
      m.uncertainty === 'priors' ? `priors (drawn per run: ${m.drawnParameters.join(', ')})` : 'none: parameters held at their values',
    ],
    ['Parameter hash', m.parametersHash],
    ['Changed from defaults', changed.length === 0 ? 'none' : changed.map(([key, value]) => `${key}=${String(value)}`).join(', ')],
    ['Day 0', `${scenario.startDate}; horizon ${horizon} days`],
  ];
  const manifestHtml = `<section id="manifest"><h2>Manifest</h2><dl class="manifest">${manifest
    .map(([term, text]) => `<dt>${escapeHtml(term as string)}</dt><dd>${escapeHtml(text as string)}</dd>`)
    .join('')}<dt>Replay</dt><dd><code>${escapeHtml(input.replay)}</code></dd></dl></section>`;

  const outcomeData = outcomeRows(labels, report);
  const outcomeChart = await renderChart({
    id: 'outcomes',
    title: 'Outcome probabilities',
    description: `Share of ${summary.runs.toLocaleString('en-US')} runs ending in each outcome; the line across each bar is its 95% Wilson interval.`,
    spec: outcomeSpec(
      { values: outcomeData as never },
      outcomeData.map((row) => row.outcome),
    ),
    table: {
      columns: ['Outcome', 'Runs', 'Probability', '95% interval'],
      rows: outcomeData.map((row) => [
        row.outcome,
        String(row.count),
        formatPercent(row.probability),
        `${formatPercent(row.low)} to ${formatPercent(row.high)}`,
      ]),
      numeric: [1, 2, 3],
    },
  });

  const indicatorNames = labels.indicators.map((indicator) => indicator.label);
  const indicatorTable = report.indicators.map((estimate) => [
    labels.indicators.find((indicator) => indicator.id === estimate.id)?.label ?? estimate.id,
    formatPercent(estimate.probability),
    `${formatPercent(estimate.interval.low)} to ${formatPercent(estimate.interval.high)}`,
    date(estimate.firstDay.p10),
    date(estimate.firstDay.median),
    date(estimate.firstDay.p90),
  ]);
  let indicatorsHtml = '';
  if (report.indicators.length > 0) {
    const cumulative = cumulativeRows(labels, report, horizon);
    const cumulativeChart = await renderChart({
      id: 'cumulative',
      title: 'Indicators: probability of having happened, by date',
      description: `For each indicator, the share of runs in which it has happened by each date, from ${scenario.startDate} to the horizon.`,
      spec: cumulativeSpec({ values: cumulative as never }, indicatorNames),
      table: {
        columns: ['Indicator', 'Date', 'Probability it has happened'],
        rows: cumulative.map((row) => [row.indicator, row.date, formatPercent(row.probability)]),
        numeric: [2],
      },
    });
    const timing = report.indicators.flatMap((estimate, i) =>
      estimate.firstDay.median === null
        ? []
        : [
            {
              indicator: indicatorTable[i]?.[0] ?? estimate.id,
              p10: dayToDate(scenario.startDate, estimate.firstDay.p10 ?? estimate.firstDay.median),
              median: dayToDate(scenario.startDate, estimate.firstDay.median),
              p90: dayToDate(scenario.startDate, estimate.firstDay.p90 ?? estimate.firstDay.median),
            },
          ],
    );
    const timingChart =
      timing.length === 0
        ? '<p>No indicator happened in any run, so there are no dates to show.</p>'
        : await renderChart({
            id: 'timing',
            title: 'Indicators: when they first happened',
            description:
              'Among the runs in which each indicator happened: the median date it first happened (dot) and the 10th to 90th percentile dates (line).',
            spec: timingSpec(timing, indicatorNames),
            table: {
              columns: ['Indicator', '10th percentile', 'Median', '90th percentile'],
              rows: timing.map((row) => [row.indicator, row.p10, row.median, row.p90]),
            },
          });
    indicatorsHtml = `<section id="indicators"><h2>Indicators</h2>${cumulativeChart}\n${timingChart}\n${htmlTable(
      {
        columns: ['Indicator', 'By the horizon', '95% interval', '10% date', 'Median date', '90% date'],
        rows: indicatorTable,
        numeric: [1, 2],
      },
      'Each indicator: probability it happens by the horizon, and its first-day quantiles among the runs in which it happened',
    )}</section>`;
  }

  const narratives = firstRunByOutcome(scenario, summary, input.narrativeSearchLimit);
  const narrativeSections = labels.outcomes.map((outcome) => {
    const result = narratives.get(outcome.id);
    if (result === undefined) {
      const why =
        (summary.outcomes[outcome.id] ?? 0) === 0
          ? 'No run in this batch ended in it.'
          : 'Its first run was not found among the runs searched.';
      return `<h3>${escapeHtml(outcome.label)}</h3><p>${why}</p>`;
    }
    return `<h3>${escapeHtml(outcome.label)}: run ${result.runIndex}</h3>\n${narrativeHtml(scenario, result, traceCommand(summary, result.runIndex, input.scenarioModule))}`;
  });
  const narrativesHtml = `<section id="narratives"><h2>Narratives</h2><p>For each outcome, the first run of the batch that ended in it, event by event.</p>${narrativeSections.join('\n')}</section>`;

  const parameterRows = Object.entries(definitions).map(([key, definition]) => [
    key,
    String(m.parameters[key] ?? definition.default),
    String(definition.default),
    definition.unit,
    definition.description,
    sourceText(definition.source),
  ]);
  const parametersHtml = `<section id="parameters"><h2>Parameters</h2>${htmlTable(
    { columns: ['Key', 'Value', 'Default', 'Unit', 'Meaning', 'Source'], rows: parameterRows },
    'Every parameter of the scenario: the value in this batch, its default and where the default comes from',
  )}</section>`;

  const explorerHtml =
    input.explorer === undefined
      ? ''
      : `<section id="explorer-section" class="no-print"><h2>Explorer</h2><p>Change the parameters, seed or number of runs and run the scenario in this browser; for the same settings it gives the same counts as <code>crisis-sim run</code>. It needs JavaScript; the rest of this report does not.</p><button type="button" id="explorer-open" hidden>Open the explorer</button><div id="explorer" hidden></div><script type="application/json" id="explorer-data">${jsonForScript(
          explorerData(scenario, summary),
        )}</script></section>`;

  return reportPage({
    title: scenario.title,
    lede: `Run report: ${summary.runs.toLocaleString('en-US')} runs of ${m.scenarioId} ${m.scenarioVersion}, seed ${m.seed}`,
    kind: 'run',
    sections: [
      manifestHtml,
      `<section id="outcomes"><h2>Outcomes</h2>${outcomeChart}</section>`,
      indicatorsHtml,
      narrativesHtml,
      parametersHtml,
      explorerHtml,
    ],
    ...(input.explorer === undefined ? {} : { explorer: input.explorer }),
    generator: input.generator,
  });
}

/** The `crisis-sim trace` command that replays run `runIndex` of the summary's batch. */
function traceCommand(summary: Summary, runIndex: number, scenarioModule: string | undefined): string {
  const m = summary.manifest;
  const drawn = new Set(m.drawnParameters);
  return traceReplayCommand({
    scenarioId: m.scenarioId,
    modulePath: scenarioModule,
    seed: m.seed,
    runIndex,
    parameters: Object.fromEntries(Object.entries(m.parameters).filter(([key]) => !drawn.has(key))),
    uncertainty: m.uncertainty,
  });
}

function sourceText(source: Source): string {
  if (isAssumption(source)) return `Assumption: ${source.assumption}`;
  return [source.citation, source.date, source.url, source.note].filter((part) => part !== undefined).join('; ');
}

function timingSpec(
  rows: readonly { indicator: string; p10: string; median: string; p90: string }[],
  order: readonly string[],
): TopLevelSpec {
  const y = { field: 'indicator', type: 'nominal', title: 'Indicator', sort: [...order] } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    data: { values: rows as never },
    encoding: { y },
    layer: [
      {
        name: 'ranges',
        mark: { type: 'rule', color: PALETTE[0], strokeWidth: 3 },
        encoding: {
          x: {
            field: 'p10',
            type: 'temporal',
            scale: { type: 'utc' },
            title: 'Date it first happened (10th percentile, median, 90th percentile)',
            axis: { format: '%d %b %Y', labelAngle: -30 },
          },
          x2: { field: 'p90' },
        },
      },
      {
        name: 'medians',
        mark: { type: 'point', filled: true, size: 70, color: PALETTE[3] },
        encoding: { x: { field: 'median', type: 'temporal', scale: { type: 'utc' } } },
      },
    ],
  } as TopLevelSpec;
}
