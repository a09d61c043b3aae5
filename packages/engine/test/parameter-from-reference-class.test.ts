import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayedPrecision } from '../src/displayed-precision.js';
import { type ProportionClass, parameterEvidence, parameterFromReferenceClass, priorMedian } from '../src/index.js';
import { observation, observationsArbitrary, testSource, waitingClass } from './fixtures/reference-classes.js';

describe('parameterFromReferenceClass', () => {
  it('makes the default the median of the derived prior, to the displayed precision, on every scale', () => {
    fc.assert(
      fc.property(
        observationsArbitrary,
        fc.constantFrom('rate' as const, 'median-days' as const),
        fc.boolean(),
        (observations, scale, integer) => {
          const parameter = parameterFromReferenceClass(waitingClass(observations), {
            description: 'days to the event',
            unit: scale === 'rate' ? 'per day' : 'days',
            scale,
            min: 0,
            max: 1e6,
            integer: integer && scale === 'median-days',
          });
          const evidence = parameterEvidence(parameter);
          expect(evidence.kind).toBe('reference-class');
          expect(evidence.prior?.centred).toBe(true);
          const median = priorMedian(parameter.prior ?? { kind: 'fixed' }, parameter.min, parameter.max, Number.NaN);
          const tolerance = parameter.integer ? 0.5 : displayedPrecision(parameter.default);
          expect(Math.abs(median - parameter.default)).toBeLessThanOrEqual(tolerance * (1 + 1e-6));
        },
      ),
    );
  });

  it('reads the median waiting time as ln 2 over the median rate', () => {
    const cls = waitingClass([observation(20, false), observation(40, false), observation(60, true)]);
    const rate = parameterFromReferenceClass(cls, { description: 'hazard', unit: 'per day', scale: 'rate', min: 0, max: 1 });
    const days = parameterFromReferenceClass(cls, { description: 'days', unit: 'days', scale: 'median-days', min: 1, max: 5000 });
    expect(days.default).toBeCloseTo(Math.LN2 / rate.default, 0);
    expect(days.prior?.kind).toBe('gammaMedianDays');
    expect(days.source).toMatchObject({
      citation: expect.stringContaining('3 cases, 2 events, 1 censored, 120 days observed'),
      date: '2022-01-01',
    });
  });

  it('derives a probability on [0, 1] with a Beta prior', () => {
    const cls: ProportionClass = {
      method: 'proportion',
      name: 'ultimatums enforced',
      event: 'force used',
      observations: [{ case: 'Gambia 2017', successes: 1, trials: 1, date: '2017-01-19', source: testSource }],
      weakPrior: { successes: 0.5, failures: 0.5, reason: 'Jeffreys' },
    };
    const parameter = parameterFromReferenceClass(cls, { description: 'chance', unit: 'probability', scale: 'probability' });
    expect(parameter).toMatchObject({ min: 0, max: 1, prior: { kind: 'beta', alpha: 1.5, beta: 0.5 } });
    expect(parameterEvidence(parameter).prior?.centred).toBe(true);
  });

  it('refuses a scale its class cannot give', () => {
    expect(() =>
      parameterFromReferenceClass(waitingClass([observation(5, false)]) as never, { description: 'x', unit: 'p', scale: 'probability' }),
    ).toThrow(/cannot give a probability/);
  });
});
