import { type AnyScenario, describeAllowed, isAssumption, type ParameterSpec, type ParameterValue, type Source } from '@crisis-sim/engine';
import { horizonOf } from './horizon-of.js';
import { textTable } from './text-table.js';

/** One parameter as `describe --format json` shows it. */
export interface ParameterDescription {
  readonly key: string;
  readonly kind: 'number' | 'boolean' | 'choice';
  readonly default: ParameterValue;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly values?: readonly string[];
  readonly unit: string;
  readonly description: string;
  readonly source: Source;
  readonly prior?: unknown;
}

/** A scenario as data: what `describe --format json` prints. */
export function describeScenarioJson(scenario: AnyScenario): Record<string, unknown> {
  const defaults = Object.fromEntries(
    Object.entries(scenario.parameters as ParameterSpec).map(([key, definition]) => [key, definition.default]),
  );
  const parameters: ParameterDescription[] = Object.entries(scenario.parameters as ParameterSpec).map(([key, p]) => {
    const base = { key, kind: p.kind, default: p.default, unit: p.unit, description: p.description, source: p.source };
    const prior = p.prior === undefined ? {} : { prior: p.prior };
    if (p.kind === 'number') return { ...base, min: p.min, max: p.max, integer: p.integer, ...prior };
    if (p.kind === 'choice') return { ...base, values: p.values, ...prior };
    return { ...base, ...prior };
  });
  return {
    id: scenario.id,
    title: scenario.title,
    version: scenario.version,
    description: scenario.description,
    startDate: scenario.startDate,
    horizonDays: horizonOf(scenario, defaults),
    actors: scenario.actors.map((actor) => ({ id: actor.id, name: actor.name, description: actor.description })),
    parameters,
    outcomes: scenario.outcomes.map(({ id, label, description }) => ({ id, label, description })),
    indicators: (scenario.indicators ?? []).map(({ id, label, description }) => ({ id, label, description })),
  };
}

/** A scenario as text: actors, parameters (default, allowed values, unit, source), outcomes, indicators. */
export function describeScenarioTable(scenario: AnyScenario): string {
  const defaults = Object.fromEntries(
    Object.entries(scenario.parameters as ParameterSpec).map(([key, definition]) => [key, definition.default]),
  );
  const sourceText = (source: Source) => (isAssumption(source) ? `assumption: ${source.assumption}` : source.citation);
  const sections = [
    `${scenario.title} (${scenario.id} ${scenario.version})`,
    scenario.description,
    `Day 0 is ${scenario.startDate}; horizon ${horizonOf(scenario, defaults)} days with default parameters.`,
    '',
    'Actors',
    textTable(scenario.actors.map((actor) => [`  ${actor.id}`, actor.name, actor.description])),
    '',
    'Parameters (set with --set key=value)',
    textTable([
      ['  key', 'default', 'allowed', 'unit', 'description', 'source'],
      ...Object.entries(scenario.parameters as ParameterSpec).map(([key, p]) => [
        `  ${key}`,
        String(p.default),
        describeAllowed(p),
        p.unit,
        p.description,
        sourceText(p.source),
      ]),
    ]),
    '',
    'Outcomes',
    textTable(scenario.outcomes.map((outcome) => [`  ${outcome.id}`, outcome.label, outcome.description])),
  ];
  const indicators = scenario.indicators ?? [];
  if (indicators.length > 0) {
    sections.push(
      '',
      'Indicators',
      textTable(indicators.map((indicator) => [`  ${indicator.id}`, indicator.label, indicator.description])),
    );
  }
  return `${sections.join('\n')}\n`;
}
