import { type ArmsComparison, CrisisSimError, type Summary, type SweepResult } from '@crisis-sim/engine';
import { parseSummary } from '@crisis-sim/engine/internal';
import type { SavedTrace } from './trace-report.js';

/**
 * A saved crisis-sim output, by kind. Each kind is recognised by its shape (see
 * {@link REPORT_KINDS}); the analysis outputs (sensitivity, discover, backtest, ensemble)
 * join this union when their commands save them, each with a renderer in {@link renderReport}.
 */
export type SavedOutput =
  | { readonly kind: 'run'; readonly summary: Summary }
  | { readonly kind: 'compare'; readonly comparison: ArmsComparison }
  | { readonly kind: 'sweep'; readonly sweep: SweepResult }
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
      return { id: saved.comparison.scenarioId, version: saved.comparison.scenarioVersion };
    case 'sweep': {
      const manifest = (saved.sweep.points[0] as SweepResult['points'][number]).summary.manifest;
      return { id: manifest.scenarioId, version: manifest.scenarioVersion };
    }
    case 'trace':
      return { id: saved.trace.scenarioId, version: saved.trace.scenarioVersion };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
