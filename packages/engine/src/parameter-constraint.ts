import type { Issue } from './issue.js';
import type { ParameterSpec, ParameterValue } from './parameter.js';

/**
 * A declared relation between numeric parameters that their ranges alone cannot express:
 * the values of `ordered` must not decrease in the order given, as the minimum, mode and
 * maximum of a triangular timetable must (`min <= mode <= max`). Declared on a scenario, it
 * is checked wherever parameters are resolved (overrides that break it are refused), kept by
 * prior draws under `uncertainty: 'priors'` and by the testing kit's arbitraries.
 */
export interface ParameterConstraint<K extends string = string> {
  /** Stable id, named in errors: `timetable-order`. */
  readonly id: string;
  /** Two or more numeric parameter keys whose values must be non-decreasing in this order. */
  readonly ordered: readonly K[];
  /** Why the relation holds, in a sentence. */
  readonly description: string;
}

/**
 * Every broken constraint among `values`, as one `constraint_violated` issue per pair of
 * neighbouring keys out of order, naming both parameters and their values. Pairs in which
 * a key is `free` (drawn per run from its prior, so its value here is only a placeholder) are
 * not checked. `blamed` keys (those the caller set) are preferred for the issue's path.
 */
export function checkParameterConstraints(
  constraints: readonly ParameterConstraint[],
  values: Readonly<Record<string, ParameterValue>>,
  options: { readonly free?: ReadonlySet<string>; readonly blamed?: ReadonlySet<string> } = {},
): Issue[] {
  const issues: Issue[] = [];
  for (const constraint of constraints) {
    for (let i = 1; i < constraint.ordered.length; i++) {
      const lower = constraint.ordered[i - 1] as string;
      const upper = constraint.ordered[i] as string;
      if (options.free?.has(lower) || options.free?.has(upper)) continue;
      const low = values[lower];
      const high = values[upper];
      if (typeof low !== 'number' || typeof high !== 'number' || low <= high) continue;
      const at = options.blamed?.has(upper) && !options.blamed.has(lower) ? upper : lower;
      issues.push({
        code: 'constraint_violated',
        path: ['parameters', at],
        message:
          `${lower} must not exceed ${upper} (constraint ${constraint.id}: ${constraint.description}), ` +
          `got ${lower} = ${low} and ${upper} = ${high}`,
        value: { [lower]: low, [upper]: high },
      });
    }
  }
  return issues;
}

/** True when every constraint holds among `values`. The allocation-free check of prior draws. */
export function constraintsHold(constraints: readonly ParameterConstraint[], values: Readonly<Record<string, ParameterValue>>): boolean {
  for (const constraint of constraints) {
    for (let i = 1; i < constraint.ordered.length; i++) {
      if ((values[constraint.ordered[i - 1] as string] as number) > (values[constraint.ordered[i] as string] as number)) return false;
    }
  }
  return true;
}

/**
 * Moves the values of the `movable` keys of one constraint, in place, so that the constraint
 * holds, leaving the other keys where they are (they are assumed to be in order among
 * themselves): each movable value is raised to the largest value before it, then lowered to
 * the smallest value after it. Values only move towards a fixed neighbour, so they stay
 * within any range that contains both. The last resort of prior draws and the testing kit.
 */
export function repairOrder(constraint: ParameterConstraint, values: Record<string, ParameterValue>, movable: ReadonlySet<string>): void {
  const keys = constraint.ordered;
  let highest = Number.NEGATIVE_INFINITY;
  for (const key of keys) {
    const value = values[key] as number;
    if (movable.has(key) && value < highest) values[key] = highest;
    else highest = Math.max(highest, value);
  }
  let lowest = Number.POSITIVE_INFINITY;
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string;
    const value = values[key] as number;
    if (movable.has(key) && value > lowest) values[key] = lowest;
    else lowest = Math.min(lowest, value);
  }
}

/**
 * Problems with a scenario's constraint declarations, as messages with the position they
 * concern: unknown or non-numeric keys, fewer than two keys, or defaults that break it.
 */
export function constraintDefinitionProblems(
  constraints: readonly ParameterConstraint[],
  spec: ParameterSpec,
): { readonly position: number; readonly message: string; readonly value?: unknown }[] {
  const problems: { position: number; message: string; value?: unknown }[] = [];
  constraints.forEach((constraint, position) => {
    if (constraint.ordered.length < 2) {
      problems.push({ position, message: `constraint ${constraint.id} needs at least two parameters in 'ordered'` });
    }
    let known = true;
    for (const key of constraint.ordered) {
      const definition = Object.hasOwn(spec, key) ? spec[key] : undefined;
      if (definition?.kind !== 'number') {
        known = false;
        problems.push({
          position,
          message: `constraint ${constraint.id} orders ${key}, which is not a numeric parameter of this scenario`,
          value: key,
        });
      }
    }
    if (!known) return;
    const defaults = Object.fromEntries(constraint.ordered.map((key) => [key, spec[key]?.default as number]));
    for (const issue of checkParameterConstraints([constraint], defaults)) {
      problems.push({ position, message: `the defaults break it: ${issue.message}`, value: issue.value });
    }
  });
  return problems;
}
