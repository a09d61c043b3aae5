import { describe, expect, it } from 'vitest';
import { CrisisSimError, checkScenarioDefinition, defineScenario, param } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('defineScenario', () => {
  it('indexes outcomes and returns a frozen scenario', () => {
    expect(toyScenario.outcomeIndex.get('standoff')).toBe(2);
    expect(Object.isFrozen(toyScenario)).toBe(true);
  });

  it('reports every problem in a broken definition', () => {
    const issues = checkScenarioDefinition({
      ...toyScenario,
      id: 'Bad Id',
      startDate: '2023-02-30',
      horizonDays: 0,
      parameters: {
        low: param.number({ default: 2, min: 0, max: 1, unit: 'x', description: 'x', source: { assumption: 'x' } }),
        prior: param.number({
          default: 0.5,
          min: 0,
          max: 1,
          unit: 'x',
          description: 'x',
          source: { assumption: 'x' },
          prior: { kind: 'uniform', min: -1, max: 2 },
        }),
        pick: param.choice({ default: 'c' as 'a', values: ['a', 'b'], unit: 'x', description: 'x', source: { assumption: 'x' } }),
      } as unknown as typeof toyScenario.parameters,
      actors: [...toyScenario.actors, ...toyScenario.actors.slice(0, 1)],
      indicators: [{ id: 'ghost', label: 'g', description: 'g', on: ['no/such-type' as 'hawk/attack'] }],
      schedule: [{ day: -1, actor: 'x', action: { type: 'summit/open' }, reason: 'r' }],
    });
    const paths = issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual([
      'id',
      'startDate',
      'horizonDays',
      'parameters.low',
      'parameters.prior',
      'parameters.pick',
      'actors.5',
      'indicators.0.on',
      'schedule.0.day',
    ]);
    expect(() => defineScenario({ ...toyScenario, id: 'Bad Id' })).toThrow(CrisisSimError);
  });
});
