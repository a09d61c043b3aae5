import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrisisSimError, dayToDate, defineScenario, param, parameterFromReferenceClass } from '../src/index.js';
import { observation, testSource, waitingClass } from './fixtures/reference-classes.js';
import { toyScenario } from './fixtures/toy-scenario.js';

function defineWith(parameters: Record<string, unknown>, startDate = '2023-08-08'): unknown {
  return defineScenario({
    ...toyScenario,
    startDate,
    parameters: { ...toyScenario.parameters, ...parameters } as typeof toyScenario.parameters,
  });
}

function issuesOf(thunk: () => unknown) {
  try {
    thunk();
  } catch (error) {
    if (error instanceof CrisisSimError) return error.issues;
    throw error;
  }
  return [];
}

describe('the leakage guard in defineScenario', () => {
  it('refuses any observation dated after the start date, naming the parameter and the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 3 }), (daysAfter, position) => {
        const late = dayToDate('2023-08-08', daysAfter);
        const observations = [
          observation(10, false, 'a'),
          observation(20, true, 'b'),
          observation(30, false, 'c'),
          observation(40, false, 'd'),
        ];
        observations[position] = {
          ...observations[position],
          case: 'late',
          from: '2023-07-26',
          to: late,
          censored: false,
        } as (typeof observations)[0];
        const parameter = parameterFromReferenceClass(waitingClass(observations), {
          description: 'd',
          unit: 'days',
          scale: 'median-days',
          min: 1,
          max: 1e5,
        });
        const issues = issuesOf(() => defineWith({ 'x.days': parameter }));
        expect(
          issues.some((i) => i.code === 'invalid_scenario' && i.message.includes('x.days') && i.message.includes(late) && i.value === late),
        ).toBe(true);
      }),
    );
  });

  it('refuses an observation whose source is dated after the start date', () => {
    const cls = waitingClass([{ ...observation(10, false), source: { ...testSource, date: '2023-08-09' } }]);
    const parameter = parameterFromReferenceClass(cls, { description: 'd', unit: 'days', scale: 'median-days', min: 1, max: 1e5 });
    const issues = issuesOf(() => defineWith({ 'x.days': parameter }));
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'invalid_scenario',
        path: ['parameters', 'x.days', 'referenceClass', 'observations', 0, 'source', 'date'],
        value: '2023-08-09',
      }),
    );
  });

  it("refuses a parameter's citation dated after the start date", () => {
    const late = param.number({
      default: 1,
      min: 0,
      max: 2,
      unit: 'x',
      description: 'late',
      source: { citation: 'Later Times', date: '2024-01-02' },
    });
    const [issue] = issuesOf(() => defineWith({ 'x.late': late }));
    expect(issue?.message).toMatch(/x\.late.*2024-01-02.*after the scenario's start date 2023-08-08/);
  });

  it('refuses file paths as citations and non-http links, but accepts URLs and section numbers', () => {
    const cite = (citation: string, url?: string) =>
      param.number({
        default: 1,
        min: 0,
        max: 2,
        unit: 'x',
        description: 'd',
        source: url === undefined ? { citation } : { citation, url },
      });
    expect(issuesOf(() => defineWith({ 'x.a': cite('notes (shared/research/facts.md)') }))[0]?.path).toEqual([
      'parameters',
      'x.a',
      'source',
      'citation',
    ]);
    expect(issuesOf(() => defineWith({ 'x.a': cite('notes', 'file:///tmp/x.md') }))[0]?.path).toEqual([
      'parameters',
      'x.a',
      'source',
      'url',
    ]);
    expect(
      issuesOf(() => defineWith({ 'x.a': cite('PL 117-328, Div. K, sec. 7008, at https://www.congress.gov/bill/117/hr/2617.html') })),
    ).toEqual([]);
  });

  it('refuses a derived default edited away from its prior median', () => {
    const parameter = parameterFromReferenceClass(waitingClass([observation(10, false)]), {
      description: 'd',
      unit: 'days',
      scale: 'median-days',
      min: 1,
      max: 1e5,
    });
    const [issue] = issuesOf(() => defineWith({ 'x.days': { ...parameter, default: parameter.default * 2 } }));
    expect(issue).toMatchObject({ code: 'invalid_scenario', path: ['parameters', 'x.days', 'default'] });
  });

  it("checks actors' sources too", () => {
    const [first, ...rest] = toyScenario.actors;
    const issues = issuesOf(() =>
      defineScenario({
        ...toyScenario,
        actors: [{ ...(first as (typeof toyScenario.actors)[0]), sources: [{ citation: 'Future News', date: '2030-01-01' }] }, ...rest],
      }),
    );
    expect(issues[0]?.path).toEqual(['actors', 0, 'sources', 0, 'date']);
  });
});
