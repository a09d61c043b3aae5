import { type AnyScenario, CrisisSimError } from '@crisis-sim/engine';
import { renderAlternativesReport } from './alternatives-report.js';
import { renderBacktestReport } from './backtest-report.js';
import { renderCompareReport } from './compare-report.js';
import { renderDiscoverReport } from './discover-report.js';
import { renderEnsembleReport } from './ensemble-report.js';
import { replayCommandOf } from './replay-command-of.js';
import type { ExplorerScripts } from './report-page.js';
import { renderRunReport } from './run-report.js';
import { type SavedOutput, savedScenario } from './saved-output.js';
import { renderSensitivityReport } from './sensitivity-report.js';
import { renderSweepReport } from './sweep-report.js';
import { renderTraceReport } from './trace-report.js';

/** What {@link renderReport} needs besides the saved output. */
export interface ReportContext {
  /** The scenario the output was made with (same id and version). */
  readonly scenario: AnyScenario;
  /** The footer line: what made the report. */
  readonly generator: string;
  /** `--scenario-module` as given, for replay commands; absent for built-ins. */
  readonly scenarioModule?: string;
  /** The replay command, when the caller knows a fuller one than {@link replayCommandOf}. */
  readonly replay?: string;
  /** The explorer's scripts, for the kinds that have an explorer (run). */
  readonly explorer?: ExplorerScripts;
}

/**
 * The HTML report of any saved output, by its kind. Throws a {@link CrisisSimError}
 * (`incompatible`) when the scenario is not the one the output was made with, since labels,
 * narratives and the explorer would then describe another model.
 */
export async function renderReport(saved: SavedOutput, context: ReportContext): Promise<string> {
  const { scenario } = context;
  const made = savedScenario(saved);
  if (made.id !== scenario.id || made.version !== scenario.version) {
    throw new CrisisSimError([
      {
        code: 'incompatible',
        path: ['scenario'],
        message: `the output was made with ${made.id} ${made.version} but the scenario loaded is ${scenario.id} ${scenario.version}; load the scenario it was made with (--scenario-module)`,
        value: `${scenario.id} ${scenario.version}`,
      },
    ]);
  }
  const replay = context.replay ?? replayCommandOf(saved, scenario, context.scenarioModule);
  const common = { scenario, generator: context.generator, replay };
  switch (saved.kind) {
    case 'run':
      return renderRunReport({
        ...common,
        summary: saved.summary,
        ...(context.scenarioModule === undefined ? {} : { scenarioModule: context.scenarioModule }),
        ...(context.explorer === undefined ? {} : { explorer: context.explorer }),
      });
    case 'compare':
      return renderCompareReport({ ...common, comparison: saved.comparison });
    case 'compare-arms':
      return renderAlternativesReport({ ...common, comparison: saved.comparison });
    case 'sweep':
      return renderSweepReport({ ...common, sweep: saved.sweep });
    case 'ensemble':
      return renderEnsembleReport({ ...common, ensemble: saved.ensemble });
    case 'sensitivity':
      return renderSensitivityReport({ scenario, generator: context.generator, sensitivity: { ...saved.sensitivity, replay } });
    case 'discover':
      return renderDiscoverReport({ scenario, generator: context.generator, discovery: { ...saved.discovery, replay } });
    case 'backtest':
      return renderBacktestReport({ scenario, generator: context.generator, backtest: { ...saved.backtest, replay } });
    case 'trace':
      return renderTraceReport({ ...common, trace: saved.trace });
  }
}
