import type { ObservedRecord } from '@crisis-sim/engine';

/**
 * What happened in the six months after 2023-08-08, for scoring the scenario's forecasts
 * (`scoreForecast`). Evaluation only: nothing here sets, or may be used to change, a
 * default of the scenario, whose evidence stops at its start date.
 */
export const nigerObservedRecord: ObservedRecord = {
  startDate: '2023-08-08',
  asOf: '2024-02-03',
  selection:
    'Every indicator of the scenario, each settled by a dated public record as of 2024-02-03 (day 179): the date it first happened, or null if it had not. ' +
    'None is left out except two that would count one event twice: us-aid-cut, which repeats us-coup-determination (the same statement of 2023-10-10), ' +
    'and borders-and-electricity-restored, which in the model is the first easing of sanctions, as sanctions-eased is ' +
    '(neither had happened by 2024-02-03: ECOWAS lifted the border closure and its economic sanctions on 2024-02-24).',
  events: [
    {
      indicator: 'standby-force-activated',
      happened: '2023-08-10',
      source: 'ECOWAS summit communique, Abuja, 2023-08-10: activation of the standby force ordered',
    },
    {
      indicator: 'transition-timetable-announced',
      happened: '2023-08-19',
      source: "Gen. Tiani's televised address, 2023-08-19: a transition of up to three years",
    },
    {
      indicator: 'au-suspension',
      happened: '2023-08-22',
      source: 'AU Peace and Security Council communique published 2023-08-22: Niger suspended',
    },
    {
      indicator: 'sahel-defence-pact',
      happened: '2023-09-16',
      source: 'Liptako-Gourma Charter signed by Mali, Burkina Faso and Niger, 2023-09-16',
    },
    { indicator: 'french-withdrawal-announced', happened: '2023-09-24', source: "President Macron's television interview, 2023-09-24" },
    { indicator: 'us-coup-determination', happened: '2023-10-10', source: 'US State Department statement, 2023-10-10' },
    { indicator: 'french-withdrawal-completed', happened: '2023-12-22', source: 'French armed forces: last troops left Niger, 2023-12-22' },
    {
      indicator: 'intervention-launched',
      happened: null,
      source: 'No ECOWAS operation by 2024-02-03; on 2024-01-28 Niger, Mali and Burkina Faso announced they were leaving ECOWAS',
    },
    { indicator: 'mali-at-war', happened: null, source: 'No intervention, hence no Malian war against one, by 2024-02-03' },
    { indicator: 'burkina-faso-at-war', happened: null, source: 'No intervention, hence no Burkinabe war against one, by 2024-02-03' },
    {
      indicator: 'bazoum-released',
      happened: null,
      source: 'Bazoum still detained in Niamey on 2024-02-03 (his lawyers and family, repeated statements)',
    },
    { indicator: 'bazoum-harmed', happened: null, source: 'No report of harm to Bazoum in custody by 2024-02-03' },
    { indicator: 'bazoum-reinstated', happened: null, source: 'The junta still in power on 2024-02-03' },
    {
      indicator: 'transition-agreed',
      happened: null,
      source: 'No transition agreed with ECOWAS by 2024-02-03; ECOWAS sanctions still in force',
    },
    { indicator: 'us-aid-restored', happened: null, source: 'No resumption of the terminated assistance announced by 2024-02-03' },
    {
      indicator: 'french-ambassador-expelled',
      happened: '2023-08-25',
      source: "CNSP statement, 2023-08-25: France's ambassador ordered to leave Niger",
    },
    {
      indicator: 'airspace-reopened',
      happened: '2023-09-04',
      source: "Niger's transport ministry, 2023-09-04: airspace reopened to commercial flights",
    },
    {
      indicator: 'mediation-accepted',
      happened: '2023-08-12',
      source: 'Nigerian Islamic scholars received by Gen. Tiani, 2023-08-12: the junta says it is open to diplomacy',
    },
    { indicator: 'counter-coup', happened: null, source: 'No counter-coup in Niger by 2024-02-03' },
    {
      indicator: 'bazoum-charged',
      happened: '2023-08-13',
      source:
        'CNSP televised statement, 2023-08-13: the junta has gathered evidence to prosecute Bazoum for high treason and undermining state security',
    },
    {
      indicator: 'sahel-juntas-leave-ecowas',
      happened: '2024-01-28',
      source: 'Joint communique of Niger, Mali and Burkina Faso read on national television, 2024-01-28: immediate withdrawal from ECOWAS',
    },
    { indicator: 'sanctions-tightened', happened: null, source: 'No ECOWAS sanctions beyond those of 2023-07-30 by 2024-02-03' },
    { indicator: 'sanctions-eased', happened: null, source: 'ECOWAS sanctions eased on 2024-02-24, after the horizon' },
    { indicator: 'intervention-succeeded', happened: null, source: 'No ECOWAS operation by 2024-02-03' },
    { indicator: 'us-withdrawal-announced', happened: null, source: 'The US withdrawal was agreed on 2024-05-19, after the horizon' },
    { indicator: 'us-withdrawal-completed', happened: null, source: 'US forces still in Niger on 2024-02-03' },
    { indicator: 'russian-deployment', happened: null, source: 'Russian military instructors arrived in April 2024, after the horizon' },
    {
      indicator: 'french-troops-ordered-out',
      happened: '2023-09-04',
      source:
        'Prime Minister Ali Mahaman Lamine Zeine, press conference in Niamey, 2023-09-04 (AFP, Anadolu): the French forces are "in a position of illegality" since the accords were cancelled and must withdraw "very quickly"; the first such statement after the notice lapsed on 2023-09-03',
    },
    {
      indicator: 'major-jihadist-attack',
      happened: '2023-08-15',
      source: 'Niger Ministry of Defence statement, 2023-08-15: 17 soldiers killed and 20 wounded in an ambush near Koutougou (Tillaberi)',
    },
    {
      indicator: 'eu-sanctions-framework',
      happened: '2023-10-23',
      source: 'Council of the EU, 2023-10-23: a dedicated framework for restrictive measures in view of the situation in Niger',
    },
    {
      indicator: 'benin-border-reopened',
      happened: null,
      source: "Benin's border with Niger stayed closed until ECOWAS lifted its sanctions on 2024-02-24, after the horizon",
    },
  ],
  outcome: { id: 'junta-consolidated', source: 'The junta in power, Bazoum detained, no operation and no agreed transition on 2024-02-03' },
};
