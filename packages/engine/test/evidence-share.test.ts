import { describe, expect, it } from 'vitest';
import { evidenceShare, param, parameterEvidence, parameterFromReferenceClass } from '../src/index.js';
import { observation, waitingClass } from './fixtures/reference-classes.js';

const spec = {
  derived: parameterFromReferenceClass(waitingClass([observation(30, false), observation(90, true)]), {
    description: 'days',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 1e5,
  }),
  dated: param.number({
    default: 0.3,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'stated by a dated source',
    source: { citation: 'Gazette', date: '2023-08-01' },
    prior: { kind: 'triangular', min: 0.2, mode: 0.3, max: 0.4 },
  }),
  assumedLevel: param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'direction cited, level assumed',
    source: { citation: 'Gazette', date: '2023-08-01', assumedLevel: 'The report gives no figure.' },
    prior: { kind: 'triangular', min: 0, mode: 0.2, max: 1 },
  }),
  undated: param.boolean({ default: true, unit: 'switch', description: 'undated', source: { citation: 'Treaty' } }),
  assumed: param.integer({ default: 5, min: 0, max: 9, unit: 'days', description: 'assumed', source: { assumption: 'a guess' } }),
};

describe('parameterEvidence and evidenceShare', () => {
  it('classify each parameter and count traced values and centred priors', () => {
    expect(Object.values(spec).map((p) => parameterEvidence(p).kind)).toEqual([
      'reference-class',
      'dated-citation',
      'assumption',
      'citation',
      'assumption',
    ]);
    const share = evidenceShare(spec);
    expect(share).toMatchObject({
      parameters: 5,
      byKind: { 'reference-class': 1, 'dated-citation': 1, citation: 1, assumption: 2 },
      traced: 2,
      share: 0.4,
      numeric: 4,
      numericWithCentredPrior: 2,
      withoutPrior: ['assumed'],
      offCentre: ['assumedLevel'],
    });
  });

  it('shows the class counts and a 90% prior interval around the default', () => {
    const evidence = parameterEvidence(spec.derived);
    expect(evidence.referenceClass).toMatchObject({ cases: 2, events: 1, censored: 1, exposureDays: 120, method: 'waiting-time' });
    const [low, high] = evidence.prior?.interval ?? [Number.NaN, Number.NaN];
    expect(low).toBeLessThan(spec.derived.default);
    expect(high).toBeGreaterThan(spec.derived.default);
  });
});
