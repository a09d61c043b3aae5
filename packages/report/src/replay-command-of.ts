import type { AnyScenario, ParameterValue } from '@crisis-sim/engine';
import { replayCommand, runReplayCommand, traceReplayCommand } from '@crisis-sim/engine/internal';
import type { SavedOutput } from './saved-output.js';

/**
 * The crisis-sim command that reproduces a saved output, from what the output records: the
 * seed, the size, and a `--set` for each parameter that differs from the scenario's default
 * (for a comparison, an `--alt` for each that differs between the arms, and an `--arm` per
 * arm when there are several). The analyses (ensemble, sensitivity, discover, backtest) save
 * the command that made them, which is used as it is. A summary gets the same command
 * `crisis-sim run` prints (stopping rules, held parameters under priors).
 */
export function replayCommandOf(saved: SavedOutput, scenario: AnyScenario, scenarioModule?: string): string {
  const defaults = scenario.parameters as Readonly<Record<string, { default: ParameterValue }>>;
  const changed = (values: Readonly<Record<string, ParameterValue>>, skip: ReadonlySet<string> = new Set()) =>
    Object.entries(values).filter(([key, value]) => !skip.has(key) && defaults[key]?.default !== value);
  const sets = (values: Readonly<Record<string, ParameterValue>>, skip?: ReadonlySet<string>) =>
    changed(values, skip).map(([key, value]) => `${key}=${String(value)}`);
  switch (saved.kind) {
    case 'run':
      return runReplayCommand(scenario, saved.summary, { modulePath: scenarioModule });
    case 'compare': {
      const c = saved.comparison;
      const alts = changesFrom(c.base, c.alternative).flatMap((change) => ['--alt', change]);
      return replayCommand({
        command: 'compare',
        scenarioId: c.scenarioId,
        modulePath: scenarioModule,
        runs: c.runs,
        seed: c.seed,
        sets: sets(c.base),
        after: alts,
      });
    }
    case 'compare-arms': {
      const c = saved.comparison;
      const arms = c.arms.flatMap((arm) => ['--arm', changesFrom(c.base, arm.alternative).join(',')]);
      return replayCommand({
        command: 'compare',
        scenarioId: c.scenarioId,
        modulePath: scenarioModule,
        runs: c.runs,
        seed: c.seed,
        sets: sets(c.base),
        after: arms,
      });
    }
    case 'ensemble': {
      const e = saved.ensemble;
      if (e.replay !== undefined) return e.replay;
      const m = e.points[0]?.summary.manifest;
      return replayCommand({
        command: 'ensemble',
        scenarioId: m?.scenarioId ?? scenario.id,
        modulePath: scenarioModule,
        options: e.keys.flatMap((key) => [
          '--param',
          `${key}=${[...new Set(e.points.map((point) => String(point.values[key])))].join(',')}`,
        ]),
        runs: e.runs,
        seed: e.seed,
      });
    }
    case 'sensitivity':
      return saved.sensitivity.replay;
    case 'discover':
      return saved.discovery.replay;
    case 'backtest':
      return saved.backtest.replay;
    case 'sweep': {
      const s = saved.sweep;
      const m = s.points[0]?.summary.manifest;
      return replayCommand({
        command: 'sweep',
        scenarioId: m?.scenarioId ?? scenario.id,
        modulePath: scenarioModule,
        options: ['--param', s.key, '--values', s.points.map((point) => String(point.value)).join(',')],
        runs: s.runs,
        seed: s.seed,
        sets: m === undefined ? [] : sets(m.parameters, new Set([s.key, ...m.drawnParameters])),
      });
    }
    case 'trace': {
      const t = saved.trace;
      return traceReplayCommand({
        scenarioId: t.scenarioId,
        modulePath: scenarioModule,
        seed: t.seed,
        runIndex: t.runIndex,
        parameters: Object.fromEntries(changed(t.parameters)),
      });
    }
  }
}

/** `key=value` for each value of an arm that differs from the base: what its `--alt` or `--arm` gave. */
function changesFrom(base: Readonly<Record<string, unknown>>, arm: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(arm).flatMap(([key, value]) => (base[key] === value ? [] : [`${key}=${String(value)}`]));
}
