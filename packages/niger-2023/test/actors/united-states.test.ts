import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinationHazard } from '../../src/index.js';
import { parametersWith, stateWith, valuesOf } from '../fixtures.js';

describe('determinationHazard', () => {
  const values = valuesOf(parametersWith());

  it('is certain once Bazoum is harmed and zero once an elected government is back', () => {
    expect(
      determinationHazard(
        stateWith((s) => {
          s.bazoum = 'harmed';
        }),
        values,
      ),
    ).toBe(1);
    expect(
      determinationHazard(
        stateWith((s) => {
          s.electedGovernmentDay = 3;
        }),
        values,
      ),
    ).toBe(0);
  });

  it('is zero after the determination was made', () => {
    expect(
      determinationHazard(
        stateWith((s) => {
          s.usDeterminationDay = 3;
        }),
        values,
      ),
    ).toBe(0);
  });

  it('grows as diplomacy fails: a harder junta and less progress in talks', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0, max: 0.9, noNaN: true }), (hardline, talks) => {
        const base = determinationHazard(
          stateWith((s) => Object.assign(s, { hardline, talks })),
          values,
        );
        expect(
          determinationHazard(
            stateWith((s) => Object.assign(s, { hardline: hardline + 0.1, talks })),
            values,
          ),
        ).toBeGreaterThanOrEqual(base);
        expect(
          determinationHazard(
            stateWith((s) => Object.assign(s, { hardline, talks: talks + 0.1 })),
            values,
          ),
        ).toBeLessThanOrEqual(base);
      }),
    );
  });

  it('is higher under a long announced timetable than a short one', () => {
    const long = stateWith((s) => {
      s.transitionMonths = 36;
    });
    const short = stateWith((s) => {
      s.transitionMonths = 18;
    });
    expect(determinationHazard(long, values)).toBeGreaterThan(determinationHazard(short, values));
  });
});
