import { defineScenario } from '@crisis-sim/engine';
import { africanUnionActor, africanUnionReducers } from './actors/african-union.js';
import { algeriaActor, algeriaReducers } from './actors/algeria.js';
import { bazoumActor, bazoumReducers } from './actors/bazoum.js';
import { beninBorderActor, beninBorderReducers } from './actors/benin-border.js';
import { burkinaFasoActor } from './actors/burkina-faso.js';
import { ecowasActor } from './actors/ecowas.js';
import { ecowasMemberReducers } from './actors/ecowas-members/ecowas-member.js';
import { memberTableActors } from './actors/ecowas-members/member-table-actors.js';
import { nigeriaActor, nigeriaReducers } from './actors/ecowas-members/nigeria.js';
import { ecowasReducers } from './actors/ecowas-reducers.js';
import { europeanUnionActor, europeanUnionAidDynamics, europeanUnionReducers } from './actors/european-union.js';
import { franceActor, franceReducers } from './actors/france.js';
import { frenchNoticeActor, frenchNoticeReducers } from './actors/french-notice.js';
import { guineaActor, guineaReducers } from './actors/guinea.js';
import { jihadistActor, jihadistReducers } from './actors/jihadist-violence.js';
import { juntaActor } from './actors/junta.js';
import { juntaReducers } from './actors/junta-reducers.js';
import { law7008Actor, law7008Reducers } from './actors/law-7008.js';
import { maliActor } from './actors/mali.js';
import { publicActor, publicReducers } from './actors/nigerien-public.js';
import { mediatorReducers, mediatorsActor } from './actors/regional-mediators.js';
import { russiaActor, russiaReducers } from './actors/russia.js';
import { sahelAllyReducers } from './actors/sahel-ally.js';
import { unitedNationsActor, unitedNationsReducers } from './actors/united-nations.js';
import { unitedStatesActor, unitedStatesReducers } from './actors/united-states.js';
import { nigerDynamics } from './dynamics.js';
import { nigerIndicators } from './indicators.js';
import { initialState } from './initial-state.js';
import { nigerInvariants } from './invariants.js';
import { nigerDerived } from './niger-derived.js';
import { classifyOutcome, nigerOutcomes } from './outcomes.js';
import { nigerParameters } from './parameters.js';
import { nigerSchedule } from './schedule.js';

/**
 * The Niger crisis as it stood on 2023-08-08: will ECOWAS intervene, will it become a regional
 * war, will Bazoum return, will the US cut aid, and when? Model card: docs/models/niger-2023.md.
 *
 * Actor order matters twice: rules see the start-of-day state in any order, but decisions are
 * applied in this order. The junta acts first (its moves frame everyone's day), members vote
 * before the institution tallies, and the 7008 rule follows the US executive.
 */
export const niger2023 = defineScenario({
  id: 'niger-2023',
  title: 'Niger 2023: coup, ECOWAS ultimatum and the threat of a regional war',
  version: '2.3.1',
  description:
    "Seeded simulation of the crisis after the 26 July 2023 coup in Niger, from what was known on 8 August 2023: the junta, Bazoum, the public, the United States and section 7008, France, ECOWAS and its eleven voting members, Mali, Burkina Faso, Guinea, Algeria, Russia, the African Union, Chad and Togo as mediators, the EU, the UN, jihadist violence and Benin's border.",
  startDate: '2023-08-08',
  horizonDays: (params) => params.horizonDays,
  parameters: nigerParameters,
  derive: nigerDerived,
  initialState,
  actors: [
    juntaActor,
    bazoumActor,
    publicActor,
    maliActor,
    burkinaFasoActor,
    guineaActor,
    algeriaActor,
    russiaActor,
    africanUnionActor,
    nigeriaActor,
    ...memberTableActors,
    ecowasActor,
    unitedStatesActor,
    law7008Actor,
    franceActor,
    frenchNoticeActor,
    mediatorsActor,
    europeanUnionActor,
    unitedNationsActor,
    jihadistActor,
    beninBorderActor,
  ],
  reducers: {
    ...juntaReducers,
    ...bazoumReducers,
    ...publicReducers,
    ...unitedStatesReducers,
    ...law7008Reducers,
    ...franceReducers,
    ...ecowasReducers,
    ...ecowasMemberReducers,
    ...nigeriaReducers,
    ...sahelAllyReducers,
    ...guineaReducers,
    ...algeriaReducers,
    ...russiaReducers,
    ...africanUnionReducers,
    ...frenchNoticeReducers,
    ...mediatorReducers,
    ...europeanUnionReducers,
    ...unitedNationsReducers,
    ...jihadistReducers,
    ...beninBorderReducers,
  },
  dynamics: (draft, context) => {
    nigerDynamics(draft, context);
    europeanUnionAidDynamics(draft, context.derived.euAidPainStep);
  },
  schedule: nigerSchedule,
  outcomes: nigerOutcomes,
  outcome: classifyOutcome,
  indicators: nigerIndicators,
  invariants: nigerInvariants,
});
