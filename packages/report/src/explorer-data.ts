import type { AnyScenario, ParameterValue, Summary, Uncertainty } from '@crisis-sim/engine';
import { compileChart } from './render-chart.js';
import { type ChartLabels, chartLabels, cumulativeSpec, outcomeSpec } from './run-charts.js';

/** One parameter as the explorer's form shows it. */
export interface ExplorerParameter {
  readonly key: string;
  readonly kind: 'number' | 'boolean' | 'choice';
  readonly description: string;
  readonly unit: string;
  readonly default: ParameterValue;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly values?: readonly string[];
}

/** What the explorer's page script reads from the report: JSON placed in the page. */
export interface ExplorerData {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly labels: ChartLabels;
  readonly parameters: readonly ExplorerParameter[];
  /** The values the form starts from: those of the report's batch. */
  readonly values: Readonly<Record<string, ParameterValue>>;
  /** Keys drawn from their priors in the report's batch (under `priors`). */
  readonly drawnParameters: readonly string[];
  readonly seed: string;
  readonly runs: number;
  readonly uncertainty: Uncertainty;
  /** Vega specs (compiled from Vega-Lite here) whose dataset `rows` the page fills with its results. */
  readonly specs: { readonly outcomes: Record<string, unknown>; readonly cumulative: Record<string, unknown> };
}

/** Largest batch the explorer starts with: the browser runs it on one thread. */
export const EXPLORER_DEFAULT_RUNS_CAP = 10_000;

/** The explorer's data for a run report: the scenario's parameters and the batch's settings. */
export function explorerData(scenario: AnyScenario, summary: Summary): ExplorerData {
  const labels = chartLabels(scenario);
  const parameters = Object.entries(scenario.parameters as Record<string, Record<string, unknown>>).map(([key, definition]) => {
    const base = {
      key,
      kind: definition.kind as ExplorerParameter['kind'],
      description: String(definition.description),
      unit: String(definition.unit),
      default: definition.default as ParameterValue,
    };
    if (definition.kind === 'number')
      return { ...base, min: definition.min as number, max: definition.max as number, integer: definition.integer === true };
    if (definition.kind === 'choice') return { ...base, values: definition.values as string[] };
    return base;
  });
  const m = summary.manifest;
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    labels,
    parameters,
    values: m.parameters,
    drawnParameters: m.drawnParameters,
    seed: m.seed,
    runs: Math.min(summary.runs, EXPLORER_DEFAULT_RUNS_CAP),
    uncertainty: m.uncertainty,
    specs: {
      outcomes: compileChart(
        outcomeSpec(
          { name: 'rows' },
          labels.outcomes.map((outcome) => outcome.label),
        ),
      ),
      cumulative: compileChart(
        cumulativeSpec(
          { name: 'rows' },
          labels.indicators.map((indicator) => indicator.label),
        ),
      ),
    },
  };
}
