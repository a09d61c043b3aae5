import type { AnyScenario } from '@crisis-sim/engine';
import type { ExplorerScripts, SavedOutput } from '@crisis-sim/report';
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
  /** Whether a run report gets the in-browser explorer (default true), or its scripts when already bundled. */
  readonly explorer?: boolean | ExplorerScripts;
}

/**
 * Bundles the explorer of a run report for a scenario. `run --report` calls it before the
 * batch, so that a scenario module the browser cannot load is refused before a long run.
 */
export async function bundleRunExplorer(scenario: AnyScenario, source: ScenarioSource): Promise<ExplorerScripts> {
  // Loaded on demand: Vega, Vega-Lite and esbuild would slow every command's start-up.
  const { bundleExplorer } = await import('@crisis-sim/report');
  return bundleExplorer({
    module: source.module,
    id: scenario.id,
    ...(source.exportName === undefined ? {} : { exportName: source.exportName }),
  });
}

/**
 * The HTML report of a saved output (`@crisis-sim/report`), with the explorer bundled from the
 * scenario's module for a run: used by `crisis-sim report` and by `--report` on run, compare
 * and sweep.
 */
export async function htmlReport(request: HtmlReportRequest): Promise<string> {
  const { renderReport } = await import('@crisis-sim/report');
  const explorer =
    request.saved.kind !== 'run' || request.explorer === false
      ? undefined
      : typeof request.explorer === 'object'
        ? request.explorer
        : await bundleRunExplorer(request.scenario, request.source);
  return renderReport(request.saved, {
    scenario: request.scenario,
    generator: `Made by crisis-sim ${cliVersion()}. Self-contained: this file makes no network request.`,
    ...(request.modulePath === undefined ? {} : { scenarioModule: request.modulePath }),
    ...(request.replay === undefined ? {} : { replay: request.replay }),
    ...(explorer === undefined ? {} : { explorer }),
  });
}
