import { describe, expect, it } from 'vitest';
import { ensemble, mergeSummaries, runMonteCarlo } from '../src/index.js';
import { planEnsemble } from '../src/plan-ensemble.js';
import { runBatchRange } from '../src/run-batch-range.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('ensemble', () => {
  const design = { kind: 'grid' as const, factors: [{ key: 'hawk.aggression', values: [0.05, 0.5] }, { key: 'council.rule' }] };

  it('gives each point the summary of a plain batch with its seed and values, with intervals', () => {
    const result = ensemble(toyScenario, { design, runs: 120, seed: 'e' });
    expect(result.points).toHaveLength(4);
    for (const point of result.points) {
      expect(point.summary).toEqual(runMonteCarlo(toyScenario, { runs: 120, seed: point.seed, parameters: point.values }));
      const war = point.report.outcomes.find((outcome) => outcome.id === 'war');
      expect(war?.interval.low).toBeLessThanOrEqual(war?.probability as number);
    }
    const war = (i: number) => result.points[i]?.report.outcomes.find((outcome) => outcome.id === 'war')?.probability as number;
    expect(war(0)).toBeLessThan(war(2));
  });

  it('leaves a point unchanged when other points are added or reordered', () => {
    const small = ensemble(toyScenario, { design: { kind: 'points', points: [{ 'hawk.aggression': 0.5 }] }, runs: 60, seed: 'e' });
    const large = ensemble(toyScenario, {
      design: { kind: 'points', points: [{ 'hawk.aggression': 0.2 }, { 'hawk.aggression': 0.9 }, { 'hawk.aggression': 0.5 }] },
      runs: 60,
      seed: 'e',
    });
    expect(large.points[2]?.summary).toEqual(small.points[0]?.summary);
  });

  it('merges blocks of a point run anywhere into the same summary', () => {
    const plan = planEnsemble(toyScenario, { design, runs: 90, seed: 3 });
    const whole = ensemble(toyScenario, { design, runs: 90, seed: 3 });
    const point = plan.points[1];
    if (point === undefined) throw new Error('no point');
    const blocks = [runBatchRange(toyScenario, point.plan, 40, 90), runBatchRange(toyScenario, point.plan, 0, 40)];
    expect(mergeSummaries(blocks)).toEqual(whole.points[1]?.summary);
  });

  it('reports progress up to points x runs', () => {
    const seen: number[] = [];
    ensemble(toyScenario, { design, runs: 30, seed: 1, onProgress: ({ done, total }) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
  });
});
