import fc from 'fast-check';
import type { ParameterDefinition, ParameterSpec, ParameterValue, ParameterValues } from '../parameter.js';
import { constraintsHold, type ParameterConstraint, repairOrder } from '../parameter-constraint.js';

/** Options of {@link parameterArbitrary}; `V` is the scenario's parameter values type. */
export interface ParameterArbitraryOptions<V = Readonly<Record<string, ParameterValue>>> {
  /** Keys held at the given values instead of generated, e.g. to test one region of the space. */
  readonly fixed?: Readonly<Partial<V>> | undefined;
  /** Declared constraints (a scenario's `constraints`): every generated set satisfies them. */
  readonly constraints?: readonly ParameterConstraint[] | undefined;
}

/**
 * Complete parameter sets drawn from a spec's space: every number within its [min, max]
 * (whole numbers for integer parameters, both bounds reachable), every choice among its
 * allowed values, every boolean either way. With `constraints`, the free values of each
 * constraint are sorted into order and moved next to the fixed ones, and any set still
 * outside a range or a constraint is filtered out. Throws when the `fixed` values alone
 * break a constraint, as no set could then satisfy it.
 */
export function parameterArbitrary<P extends ParameterSpec>(
  spec: P,
  options: ParameterArbitraryOptions<ParameterValues<P>> = {},
): fc.Arbitrary<ParameterValues<P>> {
  const fixedValues = (options.fixed ?? {}) as Readonly<Record<string, ParameterValue | undefined>>;
  const fields: Record<string, fc.Arbitrary<ParameterValue>> = {};
  for (const [key, definition] of Object.entries(spec)) {
    const fixed = fixedValues[key];
    fields[key] = fixed === undefined ? valueArbitrary(definition) : fc.constant(fixed);
  }
  const record = fc.record(fields);
  const constraints = (options.constraints ?? []).filter((constraint) => constraint.ordered.every((key) => Object.hasOwn(spec, key)));
  if (constraints.length === 0) return record as unknown as fc.Arbitrary<ParameterValues<P>>;
  for (const constraint of constraints) {
    const held = constraint.ordered.filter((key) => fixedValues[key] !== undefined);
    if (!constraintsHold([{ ...constraint, ordered: held }], fixedValues as Record<string, ParameterValue>)) {
      throw new RangeError(
        `fixed values ${held.map((key) => `${key} = ${String(fixedValues[key])}`).join(', ')} break constraint ${constraint.id}: ${constraint.description}`,
      );
    }
  }
  const free = new Set(Object.keys(spec).filter((key) => fixedValues[key] === undefined));
  return record
    .map((values) => {
      const ordered = { ...values };
      for (const constraint of constraints) {
        const movable = constraint.ordered.filter((key) => free.has(key));
        const sorted = movable.map((key) => ordered[key] as number).sort((a, b) => a - b);
        movable.forEach((key, position) => {
          ordered[key] = sorted[position] as number;
        });
        repairOrder(constraint, ordered, free);
      }
      return ordered;
    })
    .filter((values) => constraintsHold(constraints, values) && Object.entries(values).every(([key, value]) => inRange(spec[key], value)))
    .map((values) => values as unknown as ParameterValues<P>);
}

function inRange(definition: ParameterDefinition | undefined, value: ParameterValue): boolean {
  if (definition?.kind !== 'number' || typeof value !== 'number') return true;
  return value >= definition.min && value <= definition.max && (!definition.integer || Number.isInteger(value));
}

function valueArbitrary(definition: ParameterDefinition): fc.Arbitrary<ParameterValue> {
  switch (definition.kind) {
    case 'number':
      if (definition.integer) return fc.integer({ min: definition.min, max: definition.max });
      return fc.oneof(
        { weight: 1, arbitrary: fc.constantFrom(definition.min, definition.max, definition.default) },
        {
          weight: 4,
          arbitrary: fc
            .double({ min: definition.min, max: definition.max, noNaN: true, noDefaultInfinity: true })
            .map((x) => (Object.is(x, -0) ? 0 : x)),
        },
      );
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...definition.values);
  }
}
