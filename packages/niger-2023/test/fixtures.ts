import { assertParameters, createRng, type RuleContext } from '@crisis-sim/engine';
import {
  initialState,
  type NigerDerived,
  type NigerParameters,
  type NigerState,
  type NigerValues,
  niger2023,
  nigerDerived,
} from '../src/index.js';

/** Default parameters with some overrides, validated like a run's. */
export function parametersWith(overrides: Readonly<Record<string, unknown>> = {}): NigerParameters {
  return assertParameters(niger2023.parameters, overrides);
}

/** The start-date state, then changed by `change` (tests build the situations rules react to). */
export function stateWith(change: (state: NigerState) => void = () => {}, params: NigerParameters = parametersWith()): NigerState {
  const state = initialState(params);
  change(state);
  return state;
}

/** The parameters with the values the scenario derives from them, as rules and helpers read them. */
export function valuesOf(params: NigerParameters, day = 0): NigerValues {
  return { params, derived: nigerDerived(params), day };
}

/** A rule context for `actor` on `day` with its own seeded stream. */
export function contextFor(
  actor: string,
  day: number,
  params: NigerParameters,
  seed = 1,
): RuleContext<NigerParameters> & { readonly derived: NigerDerived } {
  return { day, horizon: params.horizonDays, params, rng: createRng(seed), actor, derived: nigerDerived(params) };
}
