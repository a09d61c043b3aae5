import type { Action } from './action.js';
import { CrisisSimError } from './crisis-sim-error.js';
import { isIsoDate } from './day-to-date.js';
import { parameterEvidenceIssues, sourceIssues } from './evidence-issues.js';
import type { Issue } from './issue.js';
import type { ParameterDefinition, ParameterSpec } from './parameter.js';
import { constraintDefinitionProblems } from './parameter-constraint.js';
import { validatePrior } from './prior.js';
import type { Scenario, ScenarioDefinition } from './scenario.js';

const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/**
 * Checks a scenario definition and returns it, with its outcome index, as a {@link Scenario}.
 * Throws a {@link CrisisSimError} listing every problem: duplicate ids, defaults outside
 * their ranges, priors outside the range, indicators on unknown action types, parameter
 * constraints on unknown keys or broken by the defaults, and so on.
 */
export function defineScenario<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  definition: ScenarioDefinition<S, P, A, O, D>,
): Scenario<S, P, A, O, D> {
  const issues = checkScenarioDefinition(definition);
  if (issues.length > 0) throw new CrisisSimError(issues);

  const outcomeIndex = new Map(definition.outcomes.map((outcome, position) => [outcome.id as string, position]));
  return Object.freeze({ ...definition, outcomeIndex });
}

/** Every problem with a scenario definition; empty when it is sound. */
export function checkScenarioDefinition<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  definition: ScenarioDefinition<S, P, A, O, D>,
): Issue[] {
  // A module author's definition may be anything: check its shape before reading into it, so
  // that a missing field is named instead of failing as "cannot convert undefined to object".
  const shape = checkDefinitionShape(definition as unknown);
  if (shape.length > 0) return shape;
  const issues: Issue[] = [];
  const fail = (path: (string | number)[], message: string, value?: unknown) =>
    issues.push(value === undefined ? { code: 'invalid_scenario', path, message } : { code: 'invalid_scenario', path, message, value });

  if (!ID_PATTERN.test(definition.id))
    fail(['id'], `scenario id must be lower-case letters, digits and dashes, got ${JSON.stringify(definition.id)}`, definition.id);
  if (!isIsoDate(definition.startDate))
    fail(['startDate'], `startDate must be a date written YYYY-MM-DD, got ${JSON.stringify(definition.startDate)}`, definition.startDate);
  if (typeof definition.horizonDays === 'number' && !(Number.isInteger(definition.horizonDays) && definition.horizonDays >= 1)) {
    fail(['horizonDays'], `horizonDays must be a whole number of days >= 1, got ${definition.horizonDays}`, definition.horizonDays);
  }

  for (const [key, parameter] of Object.entries(definition.parameters)) {
    for (const message of checkParameterDefinition(parameter)) fail(['parameters', key], `${key}: ${message}`);
  }
  // The leakage guard: no evidence from after the start date, and only citable documents.
  if (isIsoDate(definition.startDate)) {
    for (const [key, parameter] of Object.entries(definition.parameters)) {
      issues.push(...parameterEvidenceIssues(key, parameter, definition.startDate));
    }
    definition.actors.forEach((actor, position) => {
      (actor.sources ?? []).forEach((source, index) => {
        issues.push(...sourceIssues(source, ['actors', position, 'sources', index], `actor ${actor.id}`, definition.startDate));
      });
    });
  }

  checkUnique(
    (definition.constraints ?? []).map((constraint) => constraint.id),
    'constraints',
    fail,
  );
  for (const problem of constraintDefinitionProblems(definition.constraints ?? [], definition.parameters)) {
    fail(['constraints', problem.position], problem.message, problem.value);
  }

  const reducerTypes = new Set(Object.keys(definition.reducers));
  checkUnique(
    definition.actors.map((actor) => actor.id),
    'actors',
    fail,
  );
  checkUnique(
    definition.outcomes.map((outcome) => outcome.id),
    'outcomes',
    fail,
  );
  checkUnique(
    (definition.indicators ?? []).map((indicator) => indicator.id),
    'indicators',
    fail,
  );
  checkUnique(
    (definition.invariants ?? []).map((invariant) => invariant.id),
    'invariants',
    fail,
  );
  if (definition.outcomes.length === 0) fail(['outcomes'], 'a scenario needs at least one outcome');

  (definition.indicators ?? []).forEach((indicator, position) => {
    if ((indicator.on ?? []).length === 0 && indicator.when === undefined) {
      fail(['indicators', position], `indicator ${indicator.id} needs 'on' action types or a 'when' predicate`);
    }
    for (const type of indicator.on ?? []) {
      if (!reducerTypes.has(type))
        fail(['indicators', position, 'on'], `indicator ${indicator.id} watches action type ${type}, which has no reducer`, type);
    }
  });
  (definition.schedule ?? []).forEach((event, position) => {
    if (!(Number.isInteger(event.day) && event.day >= 0))
      fail(['schedule', position, 'day'], `scheduled day must be a whole number >= 0, got ${event.day}`, event.day);
    if (!reducerTypes.has(event.action.type))
      fail(['schedule', position, 'action'], `scheduled action type ${event.action.type} has no reducer`, event.action.type);
  });
  return issues;
}

function checkParameterDefinition(parameter: ParameterDefinition): string[] {
  const problems: string[] = [];
  if (parameter.description.trim() === '') problems.push('needs a description');
  switch (parameter.kind) {
    case 'number': {
      if (!(Number.isFinite(parameter.min) && Number.isFinite(parameter.max) && parameter.min <= parameter.max)) {
        problems.push(`range [${parameter.min}, ${parameter.max}] must be finite and ordered`);
      } else if (!(parameter.default >= parameter.min && parameter.default <= parameter.max)) {
        problems.push(`default ${parameter.default} lies outside [${parameter.min}, ${parameter.max}]`);
      }
      if (
        parameter.integer &&
        !(Number.isInteger(parameter.default) && Number.isInteger(parameter.min) && Number.isInteger(parameter.max))
      ) {
        problems.push('an integer parameter needs whole-number default, min and max');
      }
      if (parameter.prior !== undefined) problems.push(...validatePrior(parameter.prior, parameter.min, parameter.max));
      break;
    }
    case 'boolean':
      if (parameter.prior?.kind === 'bernoulli' && !(parameter.prior.p >= 0 && parameter.prior.p <= 1)) {
        problems.push(`bernoulli prior p must lie in [0, 1], got ${parameter.prior.p}`);
      }
      break;
    case 'choice': {
      if (parameter.values.length === 0) problems.push('needs at least one allowed value');
      if (!parameter.values.includes(parameter.default))
        problems.push(`default ${parameter.default} is not one of ${parameter.values.join(', ')}`);
      const prior = parameter.prior;
      if (prior?.kind === 'categorical') {
        const weights = parameter.values.map((value) => (prior.weights as Record<string, number>)[value] ?? 0);
        if (weights.some((weight) => !(weight >= 0)) || weights.every((weight) => weight === 0)) {
          problems.push('categorical prior needs non-negative weights, not all zero, for its values');
        }
      }
      break;
    }
  }
  return problems;
}

function checkUnique(
  ids: readonly string[],
  field: string,
  fail: (path: (string | number)[], message: string, value?: unknown) => void,
): void {
  const seen = new Set<string>();
  ids.forEach((id, position) => {
    if (seen.has(id)) fail([field, position], `duplicate ${field} id ${id}`, id);
    seen.add(id);
  });
}

function checkDefinitionShape(value: unknown): Issue[] {
  const issues: Issue[] = [];
  const fail = (path: (string | number)[], message: string) =>
    issues.push({ code: 'invalid_scenario', path, message: `scenario definition ${path.join('.')}: ${message}` });
  if (typeof value !== 'object' || value === null) {
    return [{ code: 'invalid_scenario', path: [], message: `a scenario definition must be an object, got ${kindOf(value)}` }];
  }
  const d = value as Record<string, unknown>;
  for (const key of ['id', 'title', 'version', 'description', 'startDate']) {
    if (typeof d[key] !== 'string') fail([key], `must be a string, got ${kindOf(d[key])}`);
  }
  if (!(typeof d.horizonDays === 'number' || typeof d.horizonDays === 'function'))
    fail(['horizonDays'], `must be a number or a function of the parameters, got ${kindOf(d.horizonDays)}`);
  for (const key of ['initialState', 'outcome']) {
    if (typeof d[key] !== 'function') fail([key], `must be a function, got ${kindOf(d[key])}`);
  }
  for (const key of ['dynamics', 'derive']) {
    if (d[key] !== undefined && typeof d[key] !== 'function') fail([key], `must be a function, got ${kindOf(d[key])}`);
  }
  const objectOf = (key: string, check: (item: unknown, name: string) => void) => {
    const field = d[key];
    if (typeof field !== 'object' || field === null || Array.isArray(field)) fail([key], `must be an object, got ${kindOf(field)}`);
    else for (const [name, item] of Object.entries(field)) check(item, name);
  };
  objectOf('parameters', (item, name) => {
    const kind = (item as { kind?: unknown } | null)?.kind;
    if (typeof item !== 'object' || item === null || !(kind === 'number' || kind === 'boolean' || kind === 'choice'))
      fail(['parameters', name], 'must be a parameter made with param.number, param.integer, param.boolean or param.choice');
    else if (typeof (item as { description?: unknown }).description !== 'string')
      fail(['parameters', name, 'description'], 'must be a string');
  });
  objectOf('reducers', (item, name) => {
    if (typeof item !== 'function') fail(['reducers', name], `must be a function, got ${kindOf(item)}`);
  });
  const listOf = (key: string, required: boolean, check: (item: Record<string, unknown>, position: number) => void) => {
    const field = d[key];
    if (field === undefined && !required) return;
    if (!Array.isArray(field)) {
      fail([key], `must be a list, got ${kindOf(field)}`);
      return;
    }
    field.forEach((item, position) => {
      if (typeof item !== 'object' || item === null) fail([key, position], `must be an object, got ${kindOf(item)}`);
      else check(item as Record<string, unknown>, position);
    });
  };
  const needsId = (key: string) => (item: Record<string, unknown>, position: number) => {
    if (typeof item.id !== 'string') fail([key, position, 'id'], `must be a string, got ${kindOf(item.id)}`);
  };
  listOf('actors', true, (item, position) => {
    needsId('actors')(item, position);
    if (item.rule !== undefined && typeof item.rule !== 'function')
      fail(['actors', position, 'rule'], `must be a function, got ${kindOf(item.rule)}`);
  });
  listOf('outcomes', true, needsId('outcomes'));
  listOf('indicators', false, (item, position) => {
    needsId('indicators')(item, position);
    if (item.on !== undefined && !(Array.isArray(item.on) && item.on.every((type) => typeof type === 'string')))
      fail(['indicators', position, 'on'], 'must be a list of action types');
    if (item.when !== undefined && typeof item.when !== 'function')
      fail(['indicators', position, 'when'], `must be a function, got ${kindOf(item.when)}`);
  });
  listOf('invariants', false, (item, position) => {
    needsId('invariants')(item, position);
    if (typeof item.check !== 'function') fail(['invariants', position, 'check'], `must be a function, got ${kindOf(item.check)}`);
    if (item.checkedOn !== undefined && item.checkedOn !== 'every-day' && item.checkedOn !== 'action-days')
      fail(['invariants', position, 'checkedOn'], `must be "every-day" or "action-days", got ${kindOf(item.checkedOn)}`);
  });
  listOf('schedule', false, (item, position) => {
    const action = item.action as { type?: unknown } | null | undefined;
    if (typeof action !== 'object' || action === null || typeof action.type !== 'string')
      fail(['schedule', position, 'action'], 'must be an action with a string type');
    if (typeof item.actor !== 'string') fail(['schedule', position, 'actor'], `must be a string, got ${kindOf(item.actor)}`);
  });
  return issues;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return value === undefined ? 'nothing' : typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`;
}
