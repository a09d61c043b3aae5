import {
  type AnyScenario,
  CrisisSimError,
  defineScenario,
  describeSummary,
  horizonOf,
  type ParameterValue,
  runMonteCarlo,
  type Uncertainty,
} from '@crisis-sim/engine';

/** A batch the page asks the worker to run. */
export interface ExplorerRequest {
  readonly seed: string;
  readonly runs: number;
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  readonly uncertainty: Uncertainty;
}

/** What the worker posts back: progress, then the summary and its report, or an error. */
export type ExplorerReply =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | {
      readonly type: 'done';
      readonly summary: ReturnType<typeof runMonteCarlo>;
      readonly report: ReturnType<typeof describeSummary>;
      readonly horizon: number;
    }
  | { readonly type: 'error'; readonly message: string };

/** The parts of a dedicated worker's global scope used here (the project's type library is not the DOM's). */
interface WorkerScope {
  onmessage: ((event: { readonly data: ExplorerRequest }) => void) | null;
  postMessage(message: ExplorerReply): void;
}

/**
 * The explorer's Web Worker: finds the scenario in its module's exports the way the CLI does
 * (`exportName`, else `default` then `scenario`; a collection is searched by id), then runs
 * each requested batch with the engine's own Monte Carlo driver, so that its counts are the
 * CLI's for the same scenario, parameters, seed and runs. Called by the bundled entry.
 */
export function serveExplorer(module: Readonly<Record<string, unknown>>, exportName: string | undefined, id: string): void {
  const scope = globalThis as unknown as WorkerScope;
  const scenario = findScenario(module, exportName, id);
  scope.onmessage = (event) => {
    const request = event.data;
    try {
      const summary = runMonteCarlo(scenario, {
        runs: request.runs,
        seed: request.seed,
        parameters: request.parameters,
        uncertainty: request.uncertainty,
        onProgress: (progress) => scope.postMessage({ type: 'progress', done: progress.done, total: progress.total }),
      });
      const values = summary.manifest.parameters;
      const horizon = horizonOf(scenario, values);
      scope.postMessage({ type: 'done', summary, report: describeSummary(summary), horizon });
    } catch (error) {
      const message =
        error instanceof CrisisSimError
          ? error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
          : String(error);
      scope.postMessage({ type: 'error', message });
    }
  };
}

function findScenario(module: Readonly<Record<string, unknown>>, exportName: string | undefined, id: string): AnyScenario {
  const names = exportName === undefined ? ['default', 'scenario'] : [exportName];
  for (const name of names) {
    const exported = module[name];
    const candidates = Array.isArray(exported)
      ? exported
      : isScenarioLike(exported)
        ? [exported]
        : typeof exported === 'object' && exported !== null
          ? Object.values(exported)
          : [];
    const found = candidates.find((candidate) => isScenarioLike(candidate) && candidate.id === id);
    if (found !== undefined) return 'outcomeIndex' in found ? (found as AnyScenario) : (defineScenario(found as never) as AnyScenario);
  }
  throw new Error(`the bundled module exports no scenario ${id}`);
}

function isScenarioLike(value: unknown): value is { readonly id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && 'outcomes' in value;
}
