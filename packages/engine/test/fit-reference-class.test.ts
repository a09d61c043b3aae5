import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gammaQuantile } from '../src/gamma-distribution.js';
import { fitReferenceClass, type ProportionClass } from '../src/index.js';
import { observation, observationsArbitrary, testSource, waitingClass } from './fixtures/reference-classes.js';

describe('fitReferenceClass', () => {
  it('adds events and exposure-days, censored cases included, to the weak prior (Gamma posterior)', () => {
    const fit = fitReferenceClass(waitingClass([observation(10, false), observation(30, false), observation(200, true)]));
    expect(fit).toMatchObject({ method: 'waiting-time', cases: 3, events: 2, censored: 1, exposureDays: 240 });
    if (fit.method !== 'waiting-time') throw new Error('expected a waiting-time fit');
    expect(fit.posterior).toEqual({ shape: 3, rate: 340 });
    expect(fit.medianRate).toBeCloseTo(gammaQuantile(0.5, 3, 340), 12);
  });

  it('posterior median follows the formula for any class: shape = a0 + events, rate = b0 + exposure', () => {
    fc.assert(
      fc.property(observationsArbitrary, (observations) => {
        const fit = fitReferenceClass(waitingClass(observations));
        if (fit.method !== 'waiting-time') throw new Error('expected a waiting-time fit');
        const events = observations.filter((o) => !o.censored).length;
        const exposure = observations.reduce((sum, o) => sum + (Date.parse(o.to) - Date.parse(o.from)) / 86_400_000, 0);
        const shape = 1 + events;
        const rate = 100 + exposure;
        expect(fit.posterior).toEqual({ shape, rate });
        // Chen and Rubin's approximation of the Gamma median, good to 1% for shape >= 1.
        expect(Math.abs(fit.medianRate - (shape - 1 / 3 + 8 / (405 * shape)) / rate) / fit.medianRate).toBeLessThan(0.01);
      }),
    );
  });

  it('censoring lowers the hazard: an event recorded as censored lowers the median rate', () => {
    fc.assert(
      fc.property(observationsArbitrary, fc.nat(), (observations, pick) => {
        const index = pick % observations.length;
        const asEvent = observations.map((o, i) => (i === index ? { ...o, censored: false } : o));
        const asCensored = observations.map((o, i) => (i === index ? { ...o, censored: true } : o));
        const event = fitReferenceClass(waitingClass(asEvent));
        const censored = fitReferenceClass(waitingClass(asCensored));
        if (event.method !== 'waiting-time' || censored.method !== 'waiting-time') throw new Error('expected waiting-time fits');
        expect(censored.medianRate).toBeLessThan(event.medianRate);
      }),
    );
  });

  it('censoring lowers the hazard: adding a censored case lowers the median rate', () => {
    fc.assert(
      fc.property(observationsArbitrary, fc.integer({ min: 1, max: 700 }), (observations, days) => {
        const before = fitReferenceClass(waitingClass(observations));
        const after = fitReferenceClass(waitingClass([...observations, observation(days, true)]));
        if (before.method !== 'waiting-time' || after.method !== 'waiting-time') throw new Error('expected waiting-time fits');
        expect(after.medianRate).toBeLessThan(before.medianRate);
      }),
    );
  });

  it('fits a proportion by its Beta posterior', () => {
    const cls: ProportionClass = {
      method: 'proportion',
      name: 'threats carried out',
      event: 'threat carried out',
      observations: [
        { case: 'A', successes: 1, trials: 1, date: '2017-01-19', source: testSource },
        { case: 'B', successes: 0, trials: 3, date: '2021-01-01', source: testSource },
      ],
      weakPrior: { successes: 1, failures: 1, reason: 'uniform' },
    };
    const fit = fitReferenceClass(cls);
    expect(fit).toMatchObject({ method: 'proportion', cases: 2, successes: 1, trials: 4, posterior: { alpha: 2, beta: 4 } });
    if (fit.method !== 'proportion') throw new Error('expected a proportion fit');
    // Beta(2, 4): median about (2 - 1/3) / (6 - 2/3) = 0.3125 (Kerman), exactly 0.3138.
    expect(fit.medianProbability).toBeCloseTo(0.3138, 3);
  });
});
