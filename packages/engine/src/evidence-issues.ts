import { isIsoDate } from './day-to-date.js';
import type { Issue } from './issue.js';
import type { ParameterDefinition } from './parameter.js';
import { isCentred } from './parameter-evidence.js';
import { priorMedian } from './prior-quantile.js';
import type { EvidenceSource } from './reference-class.js';
import type { Source } from './source.js';

type Path = readonly (string | number)[];

// A file path: segments joined by slashes ending in a file name with an extension, e.g.
// `notes/facts.md` or `../data/x.csv`. URLs are removed before matching.
const FILE_PATH = /(?:^|[\s("'`])(?:\.{1,2}\/|\/|~\/)?(?:[\w.-]+\/)+[\w.-]+\.[A-Za-z][\w]{0,4}\b/;
const URL = /\bhttps?:\/\/\S+/g;

/**
 * Problems with the evidence behind one parameter, as `invalid_scenario` issues: the leakage
 * guard (a source or an observation dated after `startDate`: a forecast may use only what was
 * knowable on its start date), sources that are not citable documents (a file path instead of
 * a publication, a link that is not http(s)), malformed reference classes, and a derived
 * default that no longer equals its prior's median.
 */
export function parameterEvidenceIssues(key: string, definition: ParameterDefinition, startDate: string): Issue[] {
  const issues: Issue[] = [];
  const at: Path = ['parameters', key];
  if (definition.kind !== 'number' || definition.referenceClass === undefined) {
    checkSource(definition.source, [...at, 'source'], `parameter ${key}`, startDate, issues);
    return issues;
  }
  // A derived parameter's source is its class's summary, dated by its latest observation: the
  // observations are checked one by one below, which names the case that leaks.

  const referenceClass = definition.referenceClass;
  const classPath: Path = [...at, 'referenceClass'];
  const fail = (path: Path, message: string, value?: unknown) => issues.push(issue(path, `parameter ${key}: ${message}`, value));
  // Both kinds of observation are dated, and cited, the same way.
  const notADate = (path: Path, name: string, field: string, value: string) =>
    fail([...path, field], `observation "${name}" has ${field} ${JSON.stringify(value)}, not a date written YYYY-MM-DD`, value);
  const afterStart = (path: Path, name: string, field: string, value: string) =>
    fail([...path, field], `observation "${name}" is dated ${value}, after the scenario's start date ${startDate}`, value);
  const checkObservationSource = (observation: { readonly case: string; readonly source: EvidenceSource }, path: Path) =>
    checkEvidenceSource(observation.source, [...path, 'source'], `parameter ${key}: observation "${observation.case}"`, startDate, issues);
  if (referenceClass.observations.length === 0) fail([...classPath, 'observations'], 'a reference class needs at least one observation');
  if (referenceClass.method === 'waiting-time') {
    const { events, exposureDays } = referenceClass.weakPrior;
    if (!(events > 0 && exposureDays > 0 && Number.isFinite(events) && Number.isFinite(exposureDays)))
      fail([...classPath, 'weakPrior'], `weak prior needs events > 0 and exposureDays > 0, got (${events}, ${exposureDays})`);
    referenceClass.observations.forEach((observation, position) => {
      const path: Path = [...classPath, 'observations', position];
      for (const field of ['from', 'to'] as const) {
        if (!isIsoDate(observation[field])) notADate(path, observation.case, field, observation[field]);
      }
      if (isIsoDate(observation.from) && isIsoDate(observation.to) && observation.to < observation.from)
        fail(
          [...path, 'to'],
          `observation "${observation.case}" ends (${observation.to}) before it starts (${observation.from})`,
          observation.to,
        );
      if (isIsoDate(observation.to) && observation.to > startDate) afterStart(path, observation.case, 'to', observation.to);
      checkObservationSource(observation, path);
    });
  } else {
    const { successes, failures } = referenceClass.weakPrior;
    if (!(successes > 0 && failures > 0 && Number.isFinite(successes) && Number.isFinite(failures)))
      fail([...classPath, 'weakPrior'], `weak prior needs successes > 0 and failures > 0, got (${successes}, ${failures})`);
    referenceClass.observations.forEach((observation, position) => {
      const path: Path = [...classPath, 'observations', position];
      const { successes: s, trials: n } = observation;
      if (!(Number.isInteger(s) && Number.isInteger(n) && s >= 0 && n >= 1 && s <= n))
        fail(path, `observation "${observation.case}" needs whole successes within 0..trials and trials >= 1, got ${s} of ${n}`);
      if (!isIsoDate(observation.date)) notADate(path, observation.case, 'date', observation.date);
      else if (observation.date > startDate) afterStart(path, observation.case, 'date', observation.date);
      checkObservationSource(observation, path);
    });
  }
  if (definition.prior !== undefined && issues.length === 0) {
    const median = priorMedian(definition.prior, definition.min, definition.max, definition.default);
    if (!isCentred(median, definition.default, definition.integer))
      fail(
        [...at, 'default'],
        `default ${definition.default} is not the median ${median.toPrecision(4)} of the prior derived from its reference class`,
        definition.default,
      );
  }
  return issues;
}

/** Leakage and citability problems of one actor's or parameter's source. */
export function sourceIssues(source: Source, path: Path, owner: string, startDate: string): Issue[] {
  const issues: Issue[] = [];
  checkSource(source, path, owner, startDate, issues);
  return issues;
}

function checkSource(source: Source, path: Path, owner: string, startDate: string, issues: Issue[]): void {
  if ('assumption' in source) return;
  checkCitation(source, path, owner, startDate, issues);
}

function checkEvidenceSource(source: EvidenceSource, path: Path, owner: string, startDate: string, issues: Issue[]): void {
  checkCitation(source, path, owner, startDate, issues);
}

function checkCitation(
  source: { readonly citation: string; readonly date?: string; readonly url?: string },
  path: Path,
  owner: string,
  startDate: string,
  issues: Issue[],
): void {
  if (source.date !== undefined) {
    if (!isIsoDate(source.date))
      issues.push(
        issue([...path, 'date'], `${owner}: source date ${JSON.stringify(source.date)} is not a date written YYYY-MM-DD`, source.date),
      );
    else if (source.date > startDate)
      issues.push(
        issue(
          [...path, 'date'],
          `${owner}: source "${shorten(source.citation)}" is dated ${source.date}, after the scenario's start date ${startDate}`,
          source.date,
        ),
      );
  }
  if (FILE_PATH.test(source.citation.replaceAll(URL, ' ')))
    issues.push(
      issue(
        [...path, 'citation'],
        `${owner}: source "${shorten(source.citation)}" names a file path; cite a published document (title, outlet, date, url) instead`,
        source.citation,
      ),
    );
  if (source.url !== undefined && !/^https?:\/\/\S+$/.test(source.url))
    issues.push(
      issue(
        [...path, 'url'],
        `${owner}: source url ${JSON.stringify(source.url)} must be an http(s) link to a public document`,
        source.url,
      ),
    );
}

function issue(path: Path, message: string, value?: unknown): Issue {
  return value === undefined ? { code: 'invalid_scenario', path, message } : { code: 'invalid_scenario', path, message, value };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
