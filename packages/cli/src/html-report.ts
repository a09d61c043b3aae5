import type { AnyScenario } from '@crisis-sim/engine';
import type { SavedOutput } from '@crisis-sim/report';
import type { ScenarioSource } from '@crisis-sim/runner';
import { cliVersion } from './cli-version.js';

/** What {@link htmlReport} renders: a saved output and the scenario that made it. */
export interface HtmlReportRequest {
  readonly saved: SavedOutput;
  readonly scenario: AnyScenario;
  /** Where the scenario was loaded from: bundled into a run report's explorer. */
  readonly source: ScenarioSource;
  /** `--scenario-module` as given, for replay commands. */
  readonly modulePath?: string;
  /** The replay command the command printed, when it has one. */
  readonly replay?: string;
  /** Whether a run report gets the in-browser explorer (default true). */
  readonly explorer?: boolean;
}

/**
 * The HTML report of a saved output (`@crisis-sim/report`), with the explorer bundled from the
 * scenario's module for a run: used by `crisis-sim report` and by `--report` on run, compare
 * and sweep.
 */
export async function htmlReport(request: HtmlReportRequest): Promise<string> {
  // Loaded on demand: Vega, Vega-Lite and esbuild would slow every command's start-up.
  const { bundleExplorer, renderReport } = await import('@crisis-sim/report');
  const explorer =
    request.saved.kind === 'run' && request.explorer !== false
      ? await bundleExplorer({
          module: request.source.module,
          id: request.scenario.id,
          ...(request.source.exportName === undefined ? {} : { exportName: request.source.exportName }),
        })
      : undefined;
  return renderReport(request.saved, {
    scenario: request.scenario,
    generator: `Made by crisis-sim ${cliVersion()}. Self-contained: this file makes no network request.`,
    ...(request.modulePath === undefined ? {} : { scenarioModule: request.modulePath }),
    ...(request.replay === undefined ? {} : { replay: request.replay }),
    ...(explorer === undefined ? {} : { explorer }),
  });
}
