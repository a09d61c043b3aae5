import fc from 'fast-check';
import type { ParameterDefinition, ParameterSpec, ParameterValue } from '../parameter.js';

/** Options of {@link parameterArbitrary}. */
export interface ParameterArbitraryOptions {
  /** Keys held at the given values instead of generated, e.g. to test one region of the space. */
  readonly fixed?: Readonly<Record<string, ParameterValue>>;
}

/**
 * Complete parameter sets drawn from a spec's space: every number within its [min, max]
 * (whole numbers for integer parameters, both bounds reachable), every choice among its
 * allowed values, every boolean either way.
 */
export function parameterArbitrary(
  spec: ParameterSpec,
  options: ParameterArbitraryOptions = {},
): fc.Arbitrary<Record<string, ParameterValue>> {
  const fields: Record<string, fc.Arbitrary<ParameterValue>> = {};
  for (const [key, definition] of Object.entries(spec)) {
    const fixed = options.fixed?.[key];
    fields[key] = fixed === undefined ? valueArbitrary(definition) : fc.constant(fixed);
  }
  return fc.record(fields);
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
