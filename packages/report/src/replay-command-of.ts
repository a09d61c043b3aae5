import type { AnyScenario, ParameterValue } from '@crisis-sim/engine';
import type { SavedOutput } from './saved-output.js';
import { shellCommand } from './shell-command.js';

/**
 * The crisis-sim command that reproduces a saved output, from what the output records: the
 * seed, the size, and a `--set` for each parameter that differs from the scenario's default
 * (for a comparison, an `--alt` for each that differs between the arms, and an `--arm` per
 * arm when there are several). The analyses (ensemble, sensitivity, discover, backtest) save
 * the command that made them, which is used as it is. `crisis-sim run` prints a fuller one
 * for summaries (stopping rules, shards), which callers may pass instead.
 */
export function replayCommandOf(saved: SavedOutput, scenario: AnyScenario, scenarioModule?: string): string {
  const defaults = scenario.parameters as Readonly<Record<string, { default: ParameterValue }>>;
  const sets = (values: Readonly<Record<string, ParameterValue>>, skip: ReadonlySet<string> = new Set()) =>
    Object.entries(values).flatMap(([key, value]) =>
      skip.has(key) || defaults[key]?.default === value ? [] : ['--set', `${key}=${String(value)}`],
    );
  const head = (command: string, id: string) => [
    'crisis-sim',
    command,
    id,
    ...(scenarioModule === undefined ? [] : ['--scenario-module', scenarioModule]),
  ];
  switch (saved.kind) {
    case 'run': {
      const m = saved.summary.manifest;
      return shellCommand([
        ...head('run', m.scenarioId),
        '--runs',
        String(m.runs),
        '--seed',
        m.seed,
        ...sets(m.parameters, new Set(m.drawnParameters)),
        ...(m.uncertainty === 'none' ? [] : ['--uncertainty', m.uncertainty]),
      ]);
    }
    case 'compare': {
      const c = saved.comparison;
      const alts = Object.entries(c.alternative).flatMap(([key, value]) =>
        c.base[key] === value ? [] : ['--alt', `${key}=${String(value)}`],
      );
      return shellCommand([...head('compare', c.scenarioId), '--runs', String(c.runs), '--seed', c.seed, ...sets(c.base), ...alts]);
    }
    case 'compare-arms': {
      const c = saved.comparison;
      const arms = c.arms.flatMap((arm) => {
        const changes = Object.entries(arm.alternative).flatMap(([key, value]) =>
          c.base[key] === value ? [] : [`${key}=${String(value)}`],
        );
        return ['--arm', changes.join(',')];
      });
      return shellCommand([...head('compare', c.scenarioId), '--runs', String(c.runs), '--seed', c.seed, ...sets(c.base), ...arms]);
    }
    case 'ensemble': {
      const e = saved.ensemble;
      if (e.replay !== undefined) return e.replay;
      const m = e.points[0]?.summary.manifest;
      return shellCommand([
        ...head('ensemble', m?.scenarioId ?? scenario.id),
        ...e.keys.flatMap((key) => ['--param', `${key}=${[...new Set(e.points.map((point) => String(point.values[key])))].join(',')}`]),
        '--runs',
        String(e.runs),
        '--seed',
        e.seed,
      ]);
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
      return shellCommand([
        ...head('sweep', m?.scenarioId ?? scenario.id),
        '--param',
        s.key,
        '--values',
        s.points.map((point) => String(point.value)).join(','),
        '--runs',
        String(s.runs),
        '--seed',
        s.seed,
        ...(m === undefined ? [] : sets(m.parameters, new Set([s.key, ...m.drawnParameters]))),
      ]);
    }
    case 'trace': {
      const t = saved.trace;
      return shellCommand([...head('trace', t.scenarioId), '--seed', t.seed, '--run', String(t.runIndex), ...sets(t.parameters)]);
    }
  }
}
