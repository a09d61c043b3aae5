import {
  type AnyScenario,
  describeAllowed,
  evidenceShare,
  isAssumption,
  type ParameterEvidence,
  type ParameterSpec,
  type ParameterValue,
  parameterEvidence,
  type Source,
} from '@crisis-sim/engine';
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
  /** Kind of evidence (reference class, dated citation, citation, assumption), prior median and interval, reference class. */
  readonly evidence: ParameterEvidence;
}

/** A scenario as data: what `describe --format json` prints. */
export function describeScenarioJson(scenario: AnyScenario): Record<string, unknown> {
  const defaults = Object.fromEntries(
    Object.entries(scenario.parameters as ParameterSpec).map(([key, definition]) => [key, definition.default]),
  );
  const parameters: ParameterDescription[] = Object.entries(scenario.parameters as ParameterSpec).map(([key, p]) => {
    const base = { key, kind: p.kind, default: p.default, unit: p.unit, description: p.description, source: p.source };
    const prior = { ...(p.prior === undefined ? {} : { prior: p.prior }), evidence: parameterEvidence(p) };
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
    evidence: evidenceShare(scenario.parameters as ParameterSpec),
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
      ['  key', 'default', 'allowed', 'unit', 'description', 'evidence', 'source'],
      ...Object.entries(scenario.parameters as ParameterSpec).map(([key, p]) => [
        `  ${key}`,
        String(p.default),
        describeAllowed(p),
        p.unit,
        p.description,
        evidenceText(parameterEvidence(p)),
        sourceText(p.source),
      ]),
    ]),
    ...referenceClassSection(scenario.parameters as ParameterSpec),
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

/** The evidence column: kind, then the prior's 90% interval when there is one. */
function evidenceText(evidence: ParameterEvidence): string {
  const kind = evidence.kind === 'reference-class' ? 'reference class' : evidence.kind.replace('-', ' ');
  if (evidence.prior === undefined) return kind;
  const [low, high] = evidence.prior.interval;
  return `${kind}; prior 90% ${short(low)}-${short(high)}${evidence.prior.centred ? '' : ' (not centred)'}`;
}

/** One row per parameter derived from a reference class, and the scenario's evidence totals. */
function referenceClassSection(spec: ParameterSpec): string[] {
  const rows = Object.entries(spec).flatMap(([key, p]) => {
    const fit = parameterEvidence(p).referenceClass;
    if (fit === undefined) return [];
    const counts =
      fit.method === 'waiting-time'
        ? `${fit.cases} cases, ${fit.events} events, ${fit.censored} censored, ${fit.exposureDays} days`
        : `${fit.cases} cases, ${fit.successes} of ${fit.trials}`;
    return [[`  ${key}`, fit.name, counts, fit.method, String(p.default)]];
  });
  const share = evidenceShare(spec);
  const totals = `Evidence: ${share.traced} of ${share.parameters} parameters (${Math.round(share.share * 100)}%) traced to dated evidence; ${share.numericWithCentredPrior} of ${share.numeric} numeric parameters have a prior centred on their default.`;
  if (rows.length === 0) return ['', totals];
  return ['', 'Reference classes', textTable([['  key', 'class', 'counts', 'method', 'default'], ...rows]), '', totals];
}

function short(value: number): string {
  return String(Number(value.toPrecision(3)));
}
