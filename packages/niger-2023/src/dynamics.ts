import type { DerivedContext, DynamicsContext } from '@crisis-sim/engine';
import { clamp01 } from './hazard.js';
import type { NigerDerived } from './niger-derived.js';
import type { NigerParameters } from './parameters.js';
import type { NigerState } from './state.js';

function threatTarget(state: NigerState, params: NigerParameters): number {
  if (state.intervention === 'launched' || state.intervention === 'stalled') return 1;
  return state.standby === 'activated' ? params['threat.activated'] : params['threat.baseline'];
}

function painTarget(state: NigerState, params: NigerParameters, derived: NigerDerived): number {
  const level = state.sanctionsLevel;
  const severity =
    level === 0 ? 0 : level === 1 ? params['economy.easedSeverity'] : level === 2 ? derived.severityFull : derived.severityTightened;
  return clamp01(severity) * (1 - clamp01(state.sanctionsLeak));
}

/**
 * End-of-day dynamics. Every slow variable moves a fixed share of the way toward a target set by
 * the day's statuses (a first-order lag, so each stays in [0, 1] by construction). Deterministic:
 * every random event is some actor's decision, drawn from that actor's stream.
 */
export function nigerDynamics(
  draft: NigerState,
  { params, derived }: DynamicsContext<NigerParameters> & DerivedContext<NigerDerived>,
): void {
  draft.threat += params['threat.adjustRate'] * (threatTarget(draft, params) - draft.threat);
  draft.economicPain += params['economy.painAdjustRate'] * (painTarget(draft, params, derived) - draft.economicPain);

  const supportTarget = clamp01(
    params['public.baseSupport'] + params['public.threatWeight'] * draft.threat - params['public.painWeight'] * draft.economicPain,
  );
  const publicAdjustRate = params['public.adjustRate'];
  draft.publicSupport += publicAdjustRate * (supportTarget - draft.publicSupport);
  draft.antiFrench += publicAdjustRate * (params['public.antiFrenchBase'] - draft.antiFrench);

  const cohesionTarget = clamp01(params['junta.initialCohesion'] - params['junta.cohesionPainWeight'] * draft.economicPain);
  draft.cohesion += params['junta.cohesionAdjustRate'] * (cohesionTarget - draft.cohesion);

  // Drivers are centred on 0.5 so that a middling driver leaves the junta at its base stance.
  const hardlineTarget = clamp01(
    params['junta.baseHardline'] +
      params['junta.stanceThreatWeight'] * (draft.threat - 0.5) +
      params['junta.stanceSupportWeight'] * (draft.publicSupport - 0.5) +
      params['junta.stanceCohesionWeight'] * (draft.cohesion - 0.5) -
      params['junta.stancePainWeight'] * draft.economicPain -
      params['junta.stanceTalksWeight'] * draft.talks,
  );
  draft.hardline += params['junta.stanceAdjustRate'] * (hardlineTarget - draft.hardline);

  const operation = draft.intervention === 'launched' || draft.intervention === 'stalled';
  if (draft.mediationAcceptedDay >= 0 && !operation && draft.juntaFellDay < 0) {
    const pace = params['talks.rate'] * (draft.algeriaMediationDay >= 0 ? derived.algeriaTalksFactor : 1);
    // Talks converge on what the junta's stance allows: a hardline junta talks without conceding.
    draft.talks = clamp01(draft.talks + Math.min(1, pace) * (1 - draft.hardline - draft.talks));
  } else {
    draft.talks -= params['talks.decay'] * draft.talks;
  }
}
