import fc from 'fast-check';
import type { Action } from '../action.js';
import { CrisisSimError } from '../crisis-sim-error.js';
import type { ParameterSpec, ParameterValues } from '../parameter.js';
import type { RunResult } from '../run-result.js';
import type { AnyScenario, Scenario } from '../scenario.js';
import { simulate } from '../simulate.js';
import { checkParameters, type PropertyOptions } from './property-options.js';
import { describeRunCase, type RunCase, runCaseArbitrary } from './run-case-arbitrary.js';

/**
 * Options of {@link assertScenarioInvariants}, typed by the scenario's state `S`, parameters
 * `P`, actions `A` and outcomes `O`: `check` reads `result.finalState` and
 * `runCase.parameters` with the scenario's own types, no casts.
 */
export interface ScenarioInvariantOptions<
  S = unknown,
  P extends ParameterSpec = ParameterSpec,
  A extends Action = Action,
  O extends string = string,
> extends PropertyOptions<ParameterValues<P>> {
  /** Extra checks on each result; throw (or fail an expect) to report a violation. */
  readonly check?: (result: RunResult<S, A, O>, runCase: RunCase<ParameterValues<P>>) => void;
}

/**
 * Property over random seeds, run indices and parameter values in range: every run ends
 * without breaking the scenario's declared invariants (checked after every step), with
 * exactly one declared outcome, indicator and event days within [0, horizon - 1] and in
 * order, and no NaN or infinity anywhere in the final state. Each failure names the seed,
 * run index and parameter values that replay it.
 */
export function assertScenarioInvariants<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  scenario: Scenario<S, P, A, O, D>,
  options: ScenarioInvariantOptions<S, P, A, O> = {},
): void {
  fc.assert(
    fc.property(runCaseArbitrary(scenario, { fixed: options.fixed }), (runCase) => {
      let result: RunResult<S, A, O>;
      try {
        result = simulate(scenario, {
          ...runCase,
          parameters: runCase.parameters as Readonly<Record<string, unknown>>,
          checkInvariants: true,
        });
      } catch (error) {
        const message = error instanceof CrisisSimError ? error.message : String(error);
        throw new Error(`${message}; ${describeRunCase(scenario, runCase)}`);
      }
      const problem = structuralProblem(scenario, result);
      if (problem !== undefined) throw new Error(`${problem}; ${describeRunCase(scenario, runCase)}`);
      try {
        options.check?.(result, runCase);
      } catch (error) {
        throw new Error(`${error instanceof Error ? error.message : String(error)}; ${describeRunCase(scenario, runCase)}`);
      }
    }),
    checkParameters(options),
  );
}

function structuralProblem(scenario: AnyScenario, result: RunResult<unknown, Action, string>): string | undefined {
  if (!scenario.outcomeIndex.has(result.outcome)) return `outcome ${result.outcome} is not declared`;
  for (const [id, day] of Object.entries(result.indicators)) {
    if (day !== null && !(Number.isInteger(day) && day >= 0 && day < result.horizon))
      return `indicator ${id} has day ${day} outside [0, ${result.horizon - 1}]`;
  }
  let previous = 0;
  for (const event of result.events) {
    if (!(event.day >= previous && event.day < result.horizon))
      return `event ${event.action.type} on day ${event.day} is out of order or past the horizon`;
    previous = event.day;
  }
  return nonFinitePath(result.finalState, 'finalState');
}

function nonFinitePath(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}`;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = nonFinitePath(child, `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
