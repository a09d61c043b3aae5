import { dateToDay, type ForecastScoreReport, type SummaryManifest, scoreForecast } from '@crisis-sim/engine';
import {
  eventScoreCells,
  isIsoDate,
  planMonteCarlo,
  type ReplayParts,
  replayCommand,
  replayWords,
  scoreComparisonCells,
  scoreText,
} from '@crisis-sim/engine/internal';
import { readJsonFile, runPlans } from '@crisis-sim/runner';
import { analysisOptions, checkpointOptions, readAnalysisArgs } from './analysis-options.js';
import type { CommandSpec } from './command-spec.js';
import { formatBacktestCsv } from './format-backtest-csv.js';
import { loadObservedRecord } from './load-observed-record.js';
import { parseCount } from './parse-count.js';
import { resolveScenario } from './resolve-scenario.js';
import { scenarioPositional } from './scenario-positional.js';
import { textTable } from './text-table.js';
import { usageError } from './usage-error.js';
import { withProgress } from './with-progress.js';
import { writeAnalysisOutput } from './write-analysis-output.js';
import { writeAnalysisShard } from './write-analysis-shard.js';

/** Runs per forecast when --runs is not given. */
const DEFAULT_BACKTEST_RUNS = 10_000;

const UNCERTAINTIES = { defaults: ['none'], priors: ['priors'], both: ['none', 'priors'] } as const;

/** `crisis-sim backtest <scenario>`: scores the scenario's forecasts against the observed record its package ships. */
export const backtestCommand: CommandSpec = {
  command: 'backtest [scenario]',
  summary: "Score the scenario's forecasts against the record of what happened",
  description:
    "Runs the scenario from its start date (under its defaults, its priors, or both) and scores the forecasts against the observed record its package ships (niger-2023: nigerObservedRecord; a --scenario-module exports it as observedRecord): per event, the Brier score and log loss of 'happened by the horizon' and 'by day d', the median forecast day against the observed day, and the forecast probability that it would have happened by the day it did; over all events, the same scores for a no-skill 0.5 forecast and a base-rate forecast, and a reliability table. Prints the rule that chose the events first: a backtest of hand-picked events proves little. --format csv has a row per event and forecast (defaults, priors, base rate, 0.5) after # lines giving the seed, the manifests, that rule and the replay command. Evaluation only: the record must never set a default.",
  positionals: { scenario: scenarioPositional },
  options: {
    uncertainty: {
      type: 'string',
      choices: ['defaults', 'priors', 'both'],
      default: 'both',
      describe: 'Which forecasts to score: default parameters, parameters drawn from their priors, or both',
      requiresArg: true,
    },
    checkpoints: {
      type: 'string',
      describe: "Comma-separated days at which 'happened by day d' is scored",
      defaultDescription: '30, 60, 90, ... up to the record',
      requiresArg: true,
    },
    'base-rates': {
      type: 'string',
      describe:
        'JSON file {"indicator": probability} of base rates for the base-rate forecast (say, from reference classes); others take the share of the record\'s events that happened',
      requiresArg: true,
    },
    ...analysisOptions(DEFAULT_BACKTEST_RUNS, ['table', 'json', 'csv']),
  },
  examples: [['crisis-sim backtest niger-2023 --runs 2000', 'Score defaults and priors against what happened after 2023-08-08']],
  async handler(args, { io, signal }) {
    const modulePath = args['scenario-module'] as string | undefined;
    const { scenario, source } = await resolveScenario(args.scenario as string | undefined, modulePath, io.cwd);
    const record = await loadObservedRecord(scenario, source, modulePath);
    const checkpointText = args.checkpoints as string | undefined;
    // Checked here, not after the runs: a checkpoint past the record cannot be scored.
    const asOfDay = isIsoDate(record.asOf) && isIsoDate(record.startDate) ? dateToDay(record.startDate, record.asOf) : 1_000_000;
    const checkpoints = checkpointText
      ?.split(',')
      .map((word) => parseCount('--checkpoints', word, 1, asOfDay, ` (day ${asOfDay} is the record's last, ${record.asOf})`));
    const baseRates = await readBaseRates(args['base-rates'] as string | undefined, io.cwd);
    const common = await readAnalysisArgs(args, scenario, io, DEFAULT_BACKTEST_RUNS);
    const which = args.uncertainty as keyof typeof UNCERTAINTIES;
    const plans = UNCERTAINTIES[which].map((uncertainty) =>
      planMonteCarlo(scenario, { runs: common.runs, seed: common.seed, parameters: common.held, uncertainty }),
    );
    const replayParts: ReplayParts = {
      command: 'backtest',
      scenarioId: scenario.id,
      modulePath,
      options: [
        ...(which === 'both' ? [] : ['--uncertainty', which]),
        ...(checkpointText === undefined ? [] : ['--checkpoints', checkpointText]),
        ...(args['base-rates'] === undefined ? [] : ['--base-rates', args['base-rates'] as string]),
      ],
      runs: common.runs,
      seed: common.seed,
      sets: common.sets,
      params: args.params as string | undefined,
    };
    const replay = replayCommand(replayParts);
    const options = { ...(checkpoints === undefined ? {} : { checkpoints }), ...(baseRates === undefined ? {} : { baseRates }) };
    const how = { scenario, source, workers: common.workers, runTimeoutMs: common.runTimeoutMs, signal, ...checkpointOptions(common, io) };
    if (common.shard !== undefined) return writeAnalysisShard(plans, common.shard, common, replayWords(replayParts), how, io);
    const summaries = await withProgress(io, !common.quiet, (onProgress) => runPlans(plans, { ...how, onProgress }));
    const scored = summaries.map((summary, i) => ({
      forecast: UNCERTAINTIES[which][i] === 'none' ? 'defaults' : 'priors',
      seed: summary.manifest.seed,
      runs: summary.runs,
      report: scoreForecast(summary, record, options),
    }));
    const document = { replay, scenarioId: scenario.id, scenarioVersion: scenario.version, record, forecasts: scored };
    const baseRateSource =
      baseRates === undefined
        ? "the share of the record's events that happened, for every event (in-sample: it flatters the reference)"
        : `from ${String(args['base-rates'])} where given, else the share of the record's events that happened`;
    let text: string;
    if (common.format === 'json') text = `${JSON.stringify(document, null, 2)}\n`;
    else if (common.format === 'csv') {
      const forecasts = scored.map((entry, i) => ({
        forecast: entry.forecast,
        manifest: summaries[i]?.manifest as SummaryManifest,
        report: entry.report,
      }));
      text = formatBacktestCsv(scenario, record, forecasts, baseRates, baseRateSource, replay);
    } else {
      const lines = [
        `${scenario.title} (${scenario.id} ${scenario.version}): backtest against the record of ${record.startDate} to ${record.asOf}`,
        `Events: ${record.selection}`,
        `Base-rate forecast: ${baseRateSource}`,
      ];
      for (const entry of scored) lines.push('', ...formatReport(entry.forecast, entry.seed, entry.runs, entry.report));
      if (record.outcome !== undefined) lines.push('', `Outcome as of ${record.asOf}: ${record.outcome.id} (${record.outcome.source})`);
      lines.push('', `Replay: ${replay}`, '');
      text = lines.join('\n');
    }
    await writeAnalysisOutput(io, common, text, `replay: ${replay}`, { document, request: { scenario, source, replay, modulePath } });
  },
};

async function readBaseRates(path: string | undefined, cwd: string): Promise<Record<string, number> | undefined> {
  if (path === undefined) return undefined;
  const json = await readJsonFile(path, [], () => `--base-rates ${path} is not valid JSON`, {
    cwd,
    shown: `--base-rates ${path}`,
    code: 'invalid_argument',
  });
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw usageError(`--base-rates ${path} must hold an object {"indicator": probability}`, path);
  for (const [key, value] of Object.entries(json)) {
    if (!(typeof value === 'number' && value >= 0 && value <= 1))
      throw usageError(`--base-rates ${path}: ${key} must be a probability from 0 to 1, got ${JSON.stringify(value)}`, path);
  }
  return json as Record<string, number>;
}

function formatReport(forecast: string, seed: string, runs: number, report: ForecastScoreReport): string[] {
  const events = report.events.map((event) => [event.indicator, ...eventScoreCells(event)]);
  return [
    `Forecast under ${forecast} (${runs.toLocaleString('en-US')} runs, seed ${seed}), scored as of day ${report.asOfDay}:`,
    textTable(
      [['event', 'p(by horizon)', 'happened', 'median day', 'p(by then)', 'Brier', 'log loss', 'Brier by day'], ...events],
      [1, 3, 4, 5, 6, 7],
    ),
    '',
    `Mean scores (lower is better; skill = 1 - model Brier / reference Brier), checkpoints ${report.checkpoints.join(', ')}:`,
    textTable(
      [
        ['checks', 'n', 'Brier', 'no-skill', 'base rate', 'log loss', 'no-skill', 'base rate', 'skill vs 0.5', 'skill vs base'],
        scoreComparisonCells('by the horizon', report.horizon),
        scoreComparisonCells('by day d', report.byDay),
      ],
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    ),
    ...(report.outcomeBrier === null ? [] : [`Outcome Brier score (sum over outcomes): ${scoreText(report.outcomeBrier)}`]),
    '',
    'Reliability (every check): forecasts in each bin, their mean, and how often the event had happened',
    textTable(
      [
        ['forecast', 'checks', 'mean forecast', 'observed'],
        ...report.reliability.map((bin) => [
          `${bin.low.toFixed(1)}-${bin.high.toFixed(1)}`,
          String(bin.count),
          scoreText(bin.meanForecast),
          scoreText(bin.observedRate),
        ]),
      ],
      [1, 2, 3],
    ),
  ];
}
