import type { OutcomeDefinition } from '@crisis-sim/engine';
import type { NigerStateView } from './niger-rule.js';

/** The five end states of a run. */
export type NigerOutcome = 'regional-war' | 'ecowas-intervention' | 'bazoum-restored' | 'negotiated-transition' | 'junta-consolidated';

/**
 * Mutually exclusive and exhaustive, checked in this order: anything involving an operation
 * first (its result is in the final state), then restoration without force, then a deal.
 */
export const nigerOutcomes: readonly OutcomeDefinition<NigerOutcome>[] = [
  {
    id: 'regional-war',
    label: 'Regional war',
    description: "ECOWAS launched an operation and Mali or Burkina Faso entered the war on Niger's side.",
  },
  {
    id: 'ecowas-intervention',
    label: 'ECOWAS intervention',
    description:
      'ECOWAS launched an operation and neither Mali nor Burkina Faso entered the war; the operation succeeded, stalled, was called off or is still under way (see `intervention` in the final state).',
  },
  {
    id: 'bazoum-restored',
    label: 'Bazoum restored without intervention (end state)',
    description:
      'End state: no operation was launched and Bazoum is back in office (the junta fell or handed power back). The indicator bazoum-reinstated counts every route, force included.',
  },
  {
    id: 'negotiated-transition',
    label: 'Negotiated transition',
    description: 'No operation, Bazoum not restored, and ECOWAS agreed to a transition timetable with the junta.',
  },
  {
    id: 'junta-consolidated',
    label: 'Junta holds power',
    description:
      'None of the above: the junta is in power at the horizon without an agreed transition (an unresolved standoff counts here).',
  },
];

/** Classifies a final state into exactly one outcome. */
export function classifyOutcome(state: NigerStateView): NigerOutcome {
  if (state.interventionDay >= 0) return state.mali === 'at-war' || state.burkinaFaso === 'at-war' ? 'regional-war' : 'ecowas-intervention';
  if (state.bazoum === 'restored') return 'bazoum-restored';
  if (state.transitionAgreedDay >= 0) return 'negotiated-transition';
  return 'junta-consolidated';
}
