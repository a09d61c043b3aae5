import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinationHazard } from '../../src/index.js';
import { parametersWith, stateWith } from '../fixtures.js';

describe('determinationHazard', () => {
  const params = parametersWith();

  it('is certain once Bazoum is harmed and zero once an elected government is back', () => {
    expect(
      determinationHazard(
        stateWith((s) => {
          s.bazoum = 'harmed';
        }),
        params,
      ),
    ).toBe(1);
    expect(
      determinationHazard(
        stateWith((s) => {
          s.electedGovernmentDay = 3;
        }),
        params,
      ),
    ).toBe(0);
  });

  it('is zero after the determination was made', () => {
    expect(
      determinationHazard(
        stateWith((s) => {
          s.usDeterminationDay = 3;
        }),
        params,
      ),
    ).toBe(0);
  });

  it('grows as diplomacy fails: a harder junta and less progress in talks', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0, max: 0.9, noNaN: true }), (hardline, talks) => {
        const base = determinationHazard(
          stateWith((s) => Object.assign(s, { hardline, talks })),
          params,
        );
        expect(
          determinationHazard(
            stateWith((s) => Object.assign(s, { hardline: hardline + 0.1, talks })),
            params,
          ),
        ).toBeGreaterThanOrEqual(base);
        expect(
          determinationHazard(
            stateWith((s) => Object.assign(s, { hardline, talks: talks + 0.1 })),
            params,
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
    expect(determinationHazard(long, params)).toBeGreaterThan(determinationHazard(short, params));
  });
});
