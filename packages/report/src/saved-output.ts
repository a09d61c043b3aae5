import { type AlternativesComparison, type ArmsComparison, CrisisSimError, type Summary, type SweepResult } from '@crisis-sim/engine';
import { parseSummary } from '@crisis-sim/engine/internal';
import type { SavedBacktest } from './backtest-report.js';
import type { SavedDiscovery } from './discover-report.js';
import type { SavedEnsemble } from './ensemble-report.js';
import type { SavedSensitivity } from './sensitivity-report.js';
import type { SavedTrace } from './trace-report.js';

/**
 * A saved crisis-sim output, by kind. Each kind is recognised by its shape (see
 * {@link REPORT_KINDS}) and has a renderer in {@link renderReport}.
 */
export type SavedOutput =
  | { readonly kind: 'run'; readonly summary: Summary }
  | { readonly kind: 'compare'; readonly comparison: ArmsComparison }
  | { readonly kind: 'compare-arms'; readonly comparison: AlternativesComparison }
  | { readonly kind: 'sweep'; readonly sweep: SweepResult }
  | { readonly kind: 'ensemble'; readonly ensemble: SavedEnsemble }
  | { readonly kind: 'sensitivity'; readonly sensitivity: SavedSensitivity }
  | { readonly kind: 'discover'; readonly discovery: SavedDiscovery }
  | { readonly kind: 'backtest'; readonly backtest: SavedBacktest }
  | { readonly kind: 'trace'; readonly trace: SavedTrace };

/** One kind of saved output the report command reads: how to recognise and read it. */
export interface ReportKind {
  readonly kind: SavedOutput['kind'];
  /** The command that saves it, for messages: `crisis-sim run --format json`. */
  readonly madeBy: string;
  /** Whether a parsed JSON value has this kind's shape. */
  readonly matches: (json: Readonly<Record<string, unknown>>) => boolean;
  /** Reads the value as this kind; throws a {@link CrisisSimError} when it is malformed. */
  readonly read: (json: Readonly<Record<string, unknown>>) => SavedOutput;
}

/** Every kind of saved output that has a report, in the order they are tried. */
export const REPORT_KINDS: readonly ReportKind[] = [
  {
    kind: 'run',
    madeBy: 'crisis-sim run --format json (or --out), crisis-sim merge',
    matches: (json) => typeof json.format === 'string' && json.format.startsWith('crisis-sim-summary/'),
    read: (json) => ({ kind: 'run', summary: parseSummary(json) }),
  },
  {
    kind: 'compare',
    madeBy: 'crisis-sim compare --format json',
    matches: (json) => isRecord(json.base) && isRecord(json.alternative) && Array.isArray(json.outcomes) && Array.isArray(json.indicators),
    read: (json) => ({ kind: 'compare', comparison: json as unknown as ArmsComparison }),
  },
  {
    kind: 'compare-arms',
    madeBy: 'crisis-sim compare --format json with several arms',
    matches: (json) => isRecord(json.base) && Array.isArray(json.arms),
    read: (json) => {
      requireFields(json, { scenarioId: 'string', scenarioVersion: 'string', seed: 'string', runs: 'number', arms: 'array' });
      if ((json.arms as unknown[]).length === 0) throw malformed(['arms'], 'the comparison has no arms', json.arms);
      (json.arms as unknown[]).forEach((arm, i) => {
        if (!isRecord(arm) || typeof arm.name !== 'string' || !Array.isArray(arm.outcomes) || !Array.isArray(arm.indicators))
          throw malformed(['arms', i], `arm ${i} has no name, outcomes and indicators`, arm);
      });
      return { kind: 'compare-arms', comparison: json as unknown as AlternativesComparison };
    },
  },
  {
    kind: 'sweep',
    madeBy: 'crisis-sim sweep --format json',
    matches: (json) => typeof json.key === 'string' && Array.isArray(json.points),
    read: (json) => {
      const points = (json.points as unknown[]).map((point, i) => {
        if (!isRecord(point) || !isRecord(point.summary) || !isRecord(point.report)) {
          throw new CrisisSimError([
            { code: 'invalid_summary', path: ['points', i], message: `point ${i} of the sweep has no summary and report`, value: point },
          ]);
        }
        return { ...point, summary: parseSummary(point.summary) };
      });
      if (points.length === 0)
        throw new CrisisSimError([{ code: 'invalid_summary', path: ['points'], message: 'the sweep has no points', value: points }]);
      return { kind: 'sweep', sweep: { ...(json as unknown as SweepResult), points: points as unknown as SweepResult['points'] } };
    },
  },
  {
    kind: 'ensemble',
    madeBy: 'crisis-sim ensemble --format json',
    matches: (json) => Array.isArray(json.keys) && Array.isArray(json.points) && typeof json.design === 'string',
    read: (json) => {
      requireFields(json, { seed: 'string', runs: 'number', keys: 'array', points: 'array' });
      const points = (json.points as unknown[]).map((point, i) => {
        if (!isRecord(point) || !isRecord(point.values) || !isRecord(point.summary) || !isRecord(point.report))
          throw malformed(['points', i], `point ${i} of the ensemble has no values, summary and report`, point);
        return { ...point, summary: parseSummary(point.summary) };
      });
      if (points.length === 0) throw malformed(['points'], 'the ensemble has no points', points);
      return {
        kind: 'ensemble',
        ensemble: { ...(json as unknown as SavedEnsemble), points: points as unknown as SavedEnsemble['points'] },
      };
    },
  },
  {
    kind: 'sensitivity',
    madeBy: 'crisis-sim sensitivity --format json',
    matches: (json) => typeof json.method === 'string' && Array.isArray(json.rows),
    read: (json) => {
      requireFields(json, { ...PROVENANCE, method: 'string', seed: 'string', runs: 'number', rows: 'array' });
      if (!['oat', 'morris', 'sobol'].includes(json.method as string))
        throw malformed(['method'], `method must be oat, morris or sobol, got ${String(json.method)}`, json.method);
      if (!isRecord(json.target)) throw malformed(['target'], 'the analysis names no target', json.target);
      const detail = json.method === 'morris' ? 'morris' : json.method === 'sobol' ? 'sobol' : 'effect';
      (json.rows as unknown[]).forEach((row, i) => {
        if (!isRecord(row) || typeof row.key !== 'string' || !isRecord(row[detail]))
          throw malformed(['rows', i], `row ${i} has no key and ${detail}`, row);
      });
      return { kind: 'sensitivity', sensitivity: json as unknown as SavedSensitivity };
    },
  },
  {
    kind: 'discover',
    madeBy: 'crisis-sim discover --format json',
    matches: (json) => Array.isArray(json.trajectory) && isRecord(json.chosen),
    read: (json) => {
      requireFields(json, {
        ...PROVENANCE,
        seed: 'string',
        runs: 'number',
        baseRate: 'number',
        chosenIndex: 'number',
        inputs: 'array',
        description: 'string',
      });
      if (!isRecord(json.target)) throw malformed(['target'], 'the discovery names no target', json.target);
      for (const [i, box] of [...(json.trajectory as unknown[]), json.chosen].entries()) {
        if (!isRecord(box) || !Array.isArray(box.limits) || typeof box.coverage !== 'number' || typeof box.density !== 'number')
          throw malformed(['trajectory', i], `box ${i} has no limits, coverage and density`, box);
      }
      return { kind: 'discover', discovery: json as unknown as SavedDiscovery };
    },
  },
  {
    kind: 'backtest',
    madeBy: 'crisis-sim backtest --format json',
    matches: (json) => isRecord(json.record) && Array.isArray(json.forecasts),
    read: (json) => {
      requireFields(json, { ...PROVENANCE, forecasts: 'array' });
      const record = json.record as Record<string, unknown>;
      if (typeof record.startDate !== 'string' || typeof record.asOf !== 'string' || !Array.isArray(record.events))
        throw malformed(['record'], 'the record has no startDate, asOf and events', record);
      (json.forecasts as unknown[]).forEach((forecast, i) => {
        const report = isRecord(forecast) ? forecast.report : undefined;
        if (!isRecord(forecast) || !isRecord(report) || !Array.isArray(report.events) || !Array.isArray(report.reliability))
          throw malformed(['forecasts', i], `forecast ${i} has no report with events and reliability`, forecast);
      });
      return { kind: 'backtest', backtest: json as unknown as SavedBacktest };
    },
  },
  {
    kind: 'trace',
    madeBy: 'crisis-sim trace --format json',
    matches: (json) => Array.isArray(json.events) && typeof json.outcome === 'string' && typeof json.runIndex === 'number',
    read: (json) => ({ kind: 'trace', trace: json as unknown as SavedTrace }),
  },
];

/**
 * Reads a parsed JSON document as one of the {@link REPORT_KINDS}. Throws a
 * {@link CrisisSimError} (`invalid_summary`, naming `name`) when it is none of them.
 */
export function readSavedOutput(json: unknown, name: string): SavedOutput {
  const kind = isRecord(json) ? REPORT_KINDS.find((entry) => entry.matches(json)) : undefined;
  if (kind === undefined || !isRecord(json)) {
    throw new CrisisSimError([
      {
        code: 'invalid_summary',
        path: [name],
        message: `${name} is not a saved crisis-sim output; a report reads the JSON of ${REPORT_KINDS.map((entry) => entry.madeBy).join('; ')}`,
        value: name,
      },
    ]);
  }
  try {
    return kind.read(json);
  } catch (error) {
    if (!(error instanceof CrisisSimError)) throw error;
    const [issue] = error.issues;
    throw new CrisisSimError([
      { code: 'invalid_summary', path: [name], message: `${name} is not a valid ${kind.kind} output: ${issue?.message}`, value: name },
    ]);
  }
}

/** The scenario id and version a saved output was made with. */
export function savedScenario(saved: SavedOutput): { readonly id: string; readonly version: string } {
  switch (saved.kind) {
    case 'run':
      return { id: saved.summary.manifest.scenarioId, version: saved.summary.manifest.scenarioVersion };
    case 'compare':
    case 'compare-arms':
      return { id: saved.comparison.scenarioId, version: saved.comparison.scenarioVersion };
    case 'ensemble': {
      const manifest = (saved.ensemble.points[0] as SavedEnsemble['points'][number]).summary.manifest;
      return { id: manifest.scenarioId, version: manifest.scenarioVersion };
    }
    case 'sensitivity':
      return { id: saved.sensitivity.scenarioId, version: saved.sensitivity.scenarioVersion };
    case 'discover':
      return { id: saved.discovery.scenarioId, version: saved.discovery.scenarioVersion };
    case 'backtest':
      return { id: saved.backtest.scenarioId, version: saved.backtest.scenarioVersion };
    case 'sweep': {
      const manifest = (saved.sweep.points[0] as SweepResult['points'][number]).summary.manifest;
      return { id: manifest.scenarioId, version: manifest.scenarioVersion };
    }
    case 'trace':
      return { id: saved.trace.scenarioId, version: saved.trace.scenarioVersion };
  }
}

/** The fields that name the scenario an analysis ran, and its replay command. */
const PROVENANCE = { scenarioId: 'string', scenarioVersion: 'string', replay: 'string' } as const;

/** Throws when a field is missing or of another type: the message names the field and the type expected. */
function requireFields(json: Readonly<Record<string, unknown>>, fields: Readonly<Record<string, 'string' | 'number' | 'array'>>): void {
  for (const [field, type] of Object.entries(fields)) {
    const value = json[field];
    const ok = type === 'array' ? Array.isArray(value) : typeof value === type;
    if (!ok)
      throw malformed(
        [field],
        `${field} must be ${type === 'array' ? 'an array' : `a ${type}`}${field.startsWith('scenario') ? ' (files saved before this field was recorded need a rerun)' : ''}`,
        value,
      );
  }
}

function malformed(path: readonly (string | number)[], message: string, value: unknown): CrisisSimError {
  return new CrisisSimError([{ code: 'invalid_summary', path: [...path], message, value }]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
