import { describe, expect, it } from 'vitest';
import { priorRange, resolveDesignFactors } from '../src/design-factor.js';
import { CrisisSimError } from '../src/index.js';
import { toyParameters } from './fixtures/toy-scenario.js';

describe('resolveDesignFactors', () => {
  it('takes ranges from priors, all values of choices and switches, and steps both ends included', () => {
    const factors = resolveDesignFactors(toyParameters, [
      { key: 'hawk.attackThreshold' },
      { key: 'hawk.aggression', steps: 3 },
      { key: 'council.rule' },
      { key: 'law.enabled' },
      { key: 'dove.patience', min: 10, max: 12, steps: 5 },
    ]);
    expect(factors[0]).toEqual({ key: 'hawk.attackThreshold', min: 0.5, max: 1, integer: false });
    expect(factors[1]?.levels).toEqual([0, 0.5, 1]);
    expect(factors[2]?.levels).toEqual(['majority', 'consensus']);
    expect(factors[3]?.levels).toEqual([false, true]);
    expect(factors[4]?.levels).toEqual([10, 11, 12]);
  });

  it('keeps stepped values free of binary noise', () => {
    const [factor] = resolveDesignFactors(toyParameters, [{ key: 'hawk.aggression', min: 0.1, max: 0.3, steps: 3 }]);
    expect(factor?.levels).toEqual([0.1, 0.2, 0.3]);
  });

  it('lists every problem at once, naming the closest key', () => {
    try {
      resolveDesignFactors(toyParameters, [
        { key: 'hawk.agression' },
        { key: 'hawk.aggression', min: 0.5, max: 2 },
        { key: 'council.rule', steps: 3 },
        { key: 'dove.patience', steps: 1 },
        { key: 'law.enabled', values: ['yes'] },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CrisisSimError);
      const messages = (error as CrisisSimError).issues.map((issue) => issue.message).join('\n');
      expect(messages).toMatch(/did you mean hawk.aggression/);
      expect(messages).toMatch(/0 <= min <= max <= 1, got \[0.5, 2\]/);
      expect(messages).toMatch(/council.rule is a choice/);
      expect(messages).toMatch(/steps of dove.patience must be a whole number >= 2/);
      expect((error as CrisisSimError).issues).toHaveLength(5);
    }
  });

  it('gives the prior range of uniform and triangular priors and the whole range otherwise', () => {
    expect(priorRange(toyParameters['dove.patience'])).toEqual([10, 60]);
    expect(priorRange(toyParameters['hawk.aggression'])).toEqual([0, 1]);
    expect(priorRange(toyParameters.horizon)).toEqual([5, 365]);
  });
});
