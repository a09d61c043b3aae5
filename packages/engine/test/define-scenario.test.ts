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

describe('defineScenario on malformed module definitions', () => {
  it.each([
    ['no parameters', { parameters: undefined }, 'scenario definition parameters: must be an object, got nothing'],
    ['actors not a list', { actors: {} }, 'scenario definition actors: must be a list, got a object'],
    [
      'a rule that is not a function',
      { actors: [{ id: 'x', name: 'X', description: 'x', rule: 3 }] },
      'scenario definition actors.0.rule: must be a function, got a number',
    ],
    [
      'a reducer that is not a function',
      { reducers: { 'x/y': 'nope' } },
      'scenario definition reducers.x/y: must be a function, got "nope"',
    ],
    ['an outcome without id', { outcomes: [{ label: 'A' }] }, 'scenario definition outcomes.0.id: must be a string, got nothing'],
    ['no outcome classifier', { outcome: undefined }, 'scenario definition outcome: must be a function, got nothing'],
    [
      'an invariant without check',
      { invariants: [{ id: 'i', description: 'i' }] },
      'scenario definition invariants.0.check: must be a function, got nothing',
    ],
    ['a parameter not made by param', { parameters: { p: 3 } }, 'scenario definition parameters.p: must be a parameter made with'],
  ])('names the path of the problem: %s', (_name, change, message) => {
    try {
      defineScenario({ ...toyScenario, ...change } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CrisisSimError);
      expect((error as CrisisSimError).code).toBe('invalid_scenario');
      expect((error as CrisisSimError).issues[0]?.message).toContain(message);
    }
  });

  it('names a definition that is not an object', () => {
    expect(() => defineScenario(null as never)).toThrow('a scenario definition must be an object, got null');
  });
});
