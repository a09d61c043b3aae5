import { CrisisSimError } from './crisis-sim-error.js';
import { hashParameters } from './hash-parameters.js';
import type { ParameterValue } from './parameter.js';
import { coalesceRanges, countRuns, type RunRange } from './run-range.js';
import { type IndicatorTally, type StopRule, SUMMARY_FORMAT, type Summary, type SummaryManifest } from './summary.js';

/**
 * Checks that parsed JSON is a well-formed summary (as written by the runner or by
 * `JSON.stringify`) and returns it as a fresh {@link Summary} with its fields in canonical
 * order. A computed `report` field, if present, is dropped: it is recomputed on read.
 * Throws a {@link CrisisSimError} (`invalid_summary`) naming the first bad field.
 */
export function parseSummary(value: unknown): Summary {
  const root = record(value, []);
  if (root.format !== SUMMARY_FORMAT) {
    bad(['format'], `not a crisis-sim summary (format should be ${SUMMARY_FORMAT}, got ${JSON.stringify(root.format) ?? 'nothing'})`);
  }
  const m = record(root.manifest, ['manifest']);
  const text = (key: string): string => {
    const field = m[key];
    if (typeof field !== 'string' || field === '') bad(['manifest', key], `${key} must be a non-empty string`);
    return field as string;
  };
  const uncertainty = m.uncertainty;
  if (uncertainty !== 'none' && uncertainty !== 'priors') bad(['manifest', 'uncertainty'], 'uncertainty must be none or priors');
  const parameters: Record<string, ParameterValue> = {};
  for (const [key, field] of Object.entries(record(m.parameters, ['manifest', 'parameters']))) {
    if (!(typeof field === 'string' || typeof field === 'boolean' || (typeof field === 'number' && Number.isFinite(field)))) {
      bad(['manifest', 'parameters', key], `parameter ${key} must be a number, boolean or string`);
    }
    parameters[key] = field as ParameterValue;
  }
  const drawn = m.drawnParameters;
  if (!(Array.isArray(drawn) && drawn.every((key) => typeof key === 'string')))
    bad(['manifest', 'drawnParameters'], 'must be a list of keys');
  const runs = count(m.runs, ['manifest', 'runs']);
  let stop: StopRule | undefined;
  if (m.stop !== undefined) {
    const s = record(m.stop, ['manifest', 'stop']);
    if (!(typeof s.ciHalfWidth === 'number' && s.ciHalfWidth > 0)) bad(['manifest', 'stop', 'ciHalfWidth'], 'must be a positive number');
    stop = {
      ciHalfWidth: s.ciHalfWidth as number,
      maxRuns: count(s.maxRuns, ['manifest', 'stop', 'maxRuns']),
      minRuns: count(s.minRuns, ['manifest', 'stop', 'minRuns']),
      every: count(s.every, ['manifest', 'stop', 'every']),
    };
  }
  if (!Array.isArray(m.ranges)) bad(['manifest', 'ranges'], 'must be a list of [start, end) pairs');
  const ranges: RunRange[] = (m.ranges as unknown[]).map((range, i) => {
    if (!(Array.isArray(range) && range.length === 2)) bad(['manifest', 'ranges', i], 'must be a [start, end) pair');
    const [start, end] = range as unknown[];
    const s = count(start, ['manifest', 'ranges', i, 0], 0);
    const e = count(end, ['manifest', 'ranges', i, 1], 0);
    if (!(e > s && e <= runs)) bad(['manifest', 'ranges', i], `range [${s}, ${e}) must be non-empty and within [0, ${runs})`);
    return [s, e] as const;
  });
  const coalesced = coalesceRanges(ranges);
  if (coalesced.overlaps.length > 0 || JSON.stringify(coalesced.ranges) !== JSON.stringify(ranges)) {
    bad(['manifest', 'ranges'], 'ranges must be sorted, disjoint and not touching');
  }
  const manifest: SummaryManifest = {
    scenarioId: text('scenarioId'),
    scenarioVersion: text('scenarioVersion'),
    scenarioFingerprint: text('scenarioFingerprint'),
    engineVersion: text('engineVersion'),
    seed: text('seed'),
    uncertainty: uncertainty as SummaryManifest['uncertainty'],
    parameters,
    drawnParameters: drawn as string[],
    parametersHash: text('parametersHash'),
    horizonDays: count(m.horizonDays, ['manifest', 'horizonDays']),
    runs,
    ...(stop === undefined ? {} : { stop }),
    ranges,
  };

  // The hash is not trusted: an edited parameter with the old hash would merge silently.
  if (hashParameters(parameters, manifest.drawnParameters) !== manifest.parametersHash) {
    bad(
      ['manifest', 'parametersHash'],
      `parametersHash ${manifest.parametersHash} does not match the parameters (they hash to ${hashParameters(parameters, manifest.drawnParameters)}): the file was edited`,
    );
  }
  const total = count(root.runs, ['runs'], 0);
  if (total !== countRuns(ranges)) bad(['runs'], `runs is ${total} but the ranges hold ${countRuns(ranges)} runs`);
  const outcomes: Record<string, number> = {};
  let outcomeTotal = 0;
  for (const [id, field] of Object.entries(record(root.outcomes, ['outcomes']))) {
    outcomes[id] = count(field, ['outcomes', id], 0);
    outcomeTotal += outcomes[id];
  }
  if (outcomeTotal !== total) bad(['outcomes'], `outcome counts add up to ${outcomeTotal}, not ${total}`);
  const indicators: Record<string, IndicatorTally> = {};
  for (const [id, field] of Object.entries(record(root.indicators, ['indicators']))) {
    const tally = record(field, ['indicators', id]);
    if (!Array.isArray(tally.days)) bad(['indicators', id, 'days'], 'must be a list of counts by day');
    const days = (tally.days as unknown[]).map((day, d) => count(day, ['indicators', id, 'days', d], 0));
    if (days.length > 0 && days[days.length - 1] === 0) bad(['indicators', id, 'days'], 'must not end in zeros');
    const never = count(tally.never, ['indicators', id, 'never'], 0);
    const sum = days.reduce((a, b) => a + b, never);
    if (sum !== total) bad(['indicators', id], `counts add up to ${sum}, not ${total}`);
    indicators[id] = { days, never };
  }
  return { format: SUMMARY_FORMAT, manifest, runs: total, outcomes, indicators };
}

function record(value: unknown, path: (string | number)[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(path, 'must be an object');
  return value as Record<string, unknown>;
}

function count(value: unknown, path: (string | number)[], min = 1): number {
  if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= min)) bad(path, `must be a whole number >= ${min}`);
  return value as number;
}

function bad(path: (string | number)[], message: string): never {
  const where = path.length === 0 ? 'summary' : path.join('.');
  throw new CrisisSimError([{ code: 'invalid_summary', path, message: `${where}: ${message}` }]);
}
