import {
  type AnyScenario,
  evidenceShare,
  horizonOf,
  isAssumption,
  type ParameterEvidence,
  type ParameterSpec,
  type ParameterValue,
  parameterEvidence,
  type Source,
} from '@crisis-sim/engine';
import { describeAllowed } from '@crisis-sim/engine/internal';
import { wrapText } from './wrap-text.js';

/** One parameter as `describe --format json` shows it. */
interface ParameterDescription {
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
    actors: scenario.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      description: actor.description,
      sources: actor.sources ?? [],
    })),
    parameters,
    evidence: evidenceShare(scenario.parameters as ParameterSpec),
    outcomes: scenario.outcomes.map(({ id, label, description }) => ({ id, label, description })),
    indicators: (scenario.indicators ?? []).map(({ id, label, description }) => ({ id, label, description })),
  };
}

/** How `describe` lays text out when stdout is not a terminal (pipes, files, tests). */
export const DEFAULT_DESCRIBE_WIDTH = 100;

/** The lines of one source: citation, date and URL, then its note; or the assumption and its reason. */
function sourceLines(source: Source, width: number, indent: string): string[] {
  if (isAssumption(source)) return wrapText(`Assumption: ${source.assumption}`, width, `${indent}  `, indent);
  const head = `${source.citation}${source.date === undefined ? '' : ` (${source.date})`}${source.url === undefined ? '' : ` ${source.url}`}`;
  return [
    ...wrapText(`Source: ${head}`, width, `${indent}  `, indent),
    ...(source.note === undefined ? [] : wrapText(`Note: ${source.note}`, width, `${indent}  `, indent)),
  ];
}

/**
 * A scenario as text, fitted to `width` columns: a block per actor (name, description and
 * sources) and per parameter (key, default, unit, allowed values, description, and its source
 * with date, URL and note), then outcomes and indicators. Every line is at most `width` wide.
 */
export function describeScenarioTable(scenario: AnyScenario, width: number = DEFAULT_DESCRIBE_WIDTH): string {
  const fit = Math.max(40, width);
  const defaults = Object.fromEntries(
    Object.entries(scenario.parameters as ParameterSpec).map(([key, definition]) => [key, definition.default]),
  );
  const block = (head: string, description: string, sources: readonly Source[] = []) => [
    ...wrapText(head, fit, '      ', '  '),
    ...wrapText(description, fit, '    '),
    ...sources.flatMap((source) => sourceLines(source, fit, '    ')),
  ];
  const lines = [
    ...wrapText(`${scenario.title} (${scenario.id} ${scenario.version})`, fit, ''),
    ...wrapText(scenario.description, fit, ''),
    ...wrapText(`Day 0 is ${scenario.startDate}; horizon ${horizonOf(scenario, defaults)} days with default parameters.`, fit, ''),
    '',
    'Actors',
    ...scenario.actors.flatMap((actor) => block(`${actor.id}: ${actor.name}`, actor.description, actor.sources)),
    '',
    'Parameters (set with --set key=value)',
    ...Object.entries(scenario.parameters as ParameterSpec).flatMap(([key, p]) => [
      ...block(`${key} = ${String(p.default)}${p.unit === '' ? '' : ` (${p.unit})`}; allowed: ${describeAllowed(p)}`, p.description),
      ...wrapText(`evidence: ${evidenceText(parameterEvidence(p))}`, fit, '      ', '    '),
      ...sourceLines(p.source, fit, '    '),
    ]),
    ...referenceClassSection(scenario.parameters as ParameterSpec, fit),
    '',
    'Outcomes',
    ...scenario.outcomes.flatMap((outcome) => block(`${outcome.id}: ${outcome.label}`, outcome.description)),
  ];
  const indicators = scenario.indicators ?? [];
  if (indicators.length > 0) {
    lines.push('', 'Indicators', ...indicators.flatMap((indicator) => block(`${indicator.id}: ${indicator.label}`, indicator.description)));
  }
  return `${lines.join('\n')}\n`;
}

/** The evidence column: kind, then the prior's 90% interval when there is one. */
function evidenceText(evidence: ParameterEvidence): string {
  const kind = evidence.kind === 'reference-class' ? 'reference class' : evidence.kind.replace('-', ' ');
  if (evidence.prior === undefined) return kind;
  const [low, high] = evidence.prior.interval;
  return `${kind}; prior 90% ${short(low)}-${short(high)}${evidence.prior.centred ? '' : ' (not centred)'}`;
}

/** One block per parameter derived from a reference class, and the scenario's evidence totals. */
function referenceClassSection(spec: ParameterSpec, width: number): string[] {
  const rows = Object.entries(spec).flatMap(([key, p]) => {
    const fit = parameterEvidence(p).referenceClass;
    if (fit === undefined) return [];
    const counts =
      fit.method === 'waiting-time'
        ? `${fit.cases} cases, ${plural(fit.events, 'event')}, ${fit.censored} censored, ${fit.exposureDays} days`
        : `${fit.cases} cases, ${fit.successes} of ${fit.trials}`;
    return [
      ...wrapText(`${key}: ${fit.name}`, width, '      ', '  '),
      ...wrapText(`${counts}; ${fit.method}; default ${String(p.default)}`, width, '    '),
    ];
  });
  const share = evidenceShare(spec);
  const totals = `Evidence: ${share.traced} of ${share.parameters} parameters (${Math.round(share.share * 100)}%) traced to dated evidence; ${share.numericWithCentredPrior} of ${share.numeric} numeric parameters have a prior centred on their default.`;
  const totalLines = wrapText(totals, width, '');
  if (rows.length === 0) return ['', ...totalLines];
  return ['', 'Reference classes', ...rows, '', ...totalLines];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function short(value: number): string {
  return String(Number(value.toPrecision(3)));
}
