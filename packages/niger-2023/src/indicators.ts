import type { IndicatorDefinition } from '@crisis-sim/engine';
import type { NigerAction } from './niger-action.js';
import type { NigerState } from './state.js';

/**
 * What users ask "when?" about. All are action-based: every event that matters is some actor's
 * decision, so the engine records its day without testing a predicate every day (three daily
 * predicates cost a tenth of the run time budget).
 */
export const nigerIndicators: readonly IndicatorDefinition<NigerState, NigerAction>[] = [
  {
    id: 'us-coup-determination',
    label: 'US coup determination',
    description: 'The State Department determines that a coup took place (section 7008).',
    on: ['us/make-coup-determination'],
  },
  {
    id: 'us-aid-cut',
    label: 'US aid cut',
    description: 'Assistance to the government is cut under section 7008 (the day after the determination).',
    on: ['law7008/cut-assistance'],
  },
  {
    id: 'us-aid-restored',
    label: 'US aid restored',
    description: 'Paused or cut assistance flows again under an elected government.',
    on: ['law7008/restore-assistance', 'us/resume-paused-aid'],
  },
  {
    id: 'sanctions-tightened',
    label: 'Sanctions tightened',
    description: 'ECOWAS tightens its sanctions.',
    on: ['ecowas/tighten-sanctions'],
  },
  {
    id: 'sanctions-eased',
    label: 'Sanctions eased',
    description: 'ECOWAS eases or lifts its sanctions (humanitarian easing, a deal, or restoration).',
    on: ['ecowas/ease-sanctions', 'ecowas/agree-transition', 'ecowas/lift-sanctions'],
  },
  {
    id: 'standby-force-activated',
    label: 'Standby force activated',
    description: 'A summit votes to activate the ECOWAS Standby Force.',
    on: ['ecowas/activate-standby-force'],
  },
  {
    id: 'intervention-launched',
    label: 'Intervention launched',
    description: 'A summit launches the military operation in Niger.',
    on: ['ecowas/launch-intervention'],
  },
  {
    id: 'intervention-succeeded',
    label: 'Intervention succeeded',
    description: 'The operation takes Niamey and the junta falls.',
    on: ['ecowas/operation-succeeds'],
  },
  {
    id: 'mali-at-war',
    label: 'Mali at war',
    description: "Mali enters the war on the side of Niger's junta.",
    on: ['mali/enter-war'],
  },
  {
    id: 'burkina-faso-at-war',
    label: 'Burkina Faso at war',
    description: "Burkina Faso enters the war on the side of Niger's junta.",
    on: ['burkina-faso/enter-war'],
  },
  {
    id: 'sahel-defence-pact',
    label: 'Sahel defence pact',
    description: 'Niger, Mali and Burkina Faso join their pacts into a three-way defence pact (both allies have signed).',
    on: ['sahel/form-pact'],
  },
  {
    id: 'french-withdrawal-announced',
    label: 'French withdrawal announced',
    description: 'France announces its troops and ambassador will leave.',
    on: ['france/announce-withdrawal'],
  },
  {
    id: 'french-withdrawal-completed',
    label: 'French withdrawal completed',
    description: 'The last French troops leave Niger.',
    on: ['france/complete-withdrawal'],
  },
  {
    id: 'us-withdrawal-announced',
    label: 'US withdrawal announced',
    description: 'The US announces its troops will leave Niger.',
    on: ['us/announce-withdrawal'],
  },
  {
    id: 'us-withdrawal-completed',
    label: 'US withdrawal completed',
    description: 'The last US troops leave Niger.',
    on: ['us/complete-withdrawal'],
  },
  {
    id: 'french-ambassador-expelled',
    label: "France's ambassador expelled",
    description: "The junta orders France's ambassador to leave Niger.",
    on: ['junta/expel-french-ambassador'],
  },
  {
    id: 'airspace-reopened',
    label: 'Airspace reopened',
    description: 'The junta reopens Niger’s airspace, closed since 2023-08-06.',
    on: ['junta/reopen-airspace'],
  },
  {
    id: 'counter-coup',
    label: 'Counter-coup (new junta)',
    description: 'Officers topple the junta and form a new one without restoring Bazoum.',
    on: ['junta/counter-coup'],
  },
  {
    id: 'russian-deployment',
    label: 'Russian deployment',
    description: 'Russian / Wagner personnel deploy to Niger.',
    on: ['russia/deploy'],
  },
  {
    id: 'transition-timetable-announced',
    label: 'Transition timetable announced',
    description: 'The junta announces (or revises) a transition timetable.',
    on: ['junta/announce-timetable'],
  },
  {
    id: 'transition-agreed',
    label: 'Transition agreed',
    description: 'ECOWAS accepts a transition timetable.',
    on: ['ecowas/agree-transition'],
  },
  { id: 'bazoum-released', label: 'Bazoum released', description: 'The junta releases Bazoum.', on: ['junta/release-bazoum'] },
  { id: 'bazoum-harmed', label: 'Bazoum harmed', description: 'Bazoum is harmed in custody.', on: ['junta/harm-bazoum'] },
  {
    id: 'bazoum-reinstated',
    label: 'Bazoum reinstated (event, any route)',
    description:
      'Bazoum is back in office at some point, by force or after the junta falls. Not the outcome bazoum-restored, which excludes any intervention.',
    on: ['junta/hand-power-to-bazoum', 'ecowas/reinstate-bazoum'],
  },
  {
    id: 'mediation-accepted',
    label: 'Mediation accepted',
    description: 'The junta agrees to a mediation track.',
    on: ['junta/accept-mediation', 'mediators/broker-mediation'],
  },
  { id: 'au-suspension', label: 'AU suspension', description: 'The African Union suspends Niger.', on: ['au/suspend-niger'] },
  {
    id: 'sahel-juntas-leave-ecowas',
    label: 'Sahel juntas leave ECOWAS',
    description:
      'Niger, Mali and Burkina Faso announce together that they are leaving ECOWAS (after an intervention, or under sanctions once their pact has formed).',
    on: ['sahel/leave-ecowas'],
  },
  {
    id: 'borders-and-electricity-restored',
    label: 'Borders and electricity restored',
    description:
      "ECOWAS's border closure ends and Nigeria's power supply resumes: the model's easing (humanitarian, in a transition deal or on restoration) removes both from the economic pain, so this is the day sanctions are first eased.",
    on: ['ecowas/ease-sanctions', 'ecowas/agree-transition', 'ecowas/lift-sanctions'],
  },
  {
    id: 'bazoum-charged',
    label: 'Bazoum charged',
    description: 'The junta charges Bazoum or announces it will prosecute him, while he is detained.',
    on: ['junta/charge-bazoum'],
  },
  {
    id: 'french-troops-ordered-out',
    label: "France's troops ordered out",
    description:
      'After the 30-day notice of 2023-08-04 lapses (day 26) with French troops still in Niger, the junta declares them illegally present and orders them out (v2.2).',
    on: ['junta/order-french-troops-out'],
  },
  {
    id: 'major-jihadist-attack',
    label: 'Major jihadist attack',
    description: "A jihadist attack kills ten or more of Niger's soldiers (v2.2).",
    on: ['jihadists/major-attack'],
  },
  {
    id: 'eu-sanctions-framework',
    label: 'EU sanctions framework',
    description: 'The Council of the EU sets up a framework of restrictive measures on Niger (v2.2).',
    on: ['eu/adopt-sanctions-framework'],
  },
  {
    id: 'benin-border-reopened',
    label: "Benin's border reopened",
    description: 'Benin reopens its border with Niger against the ECOWAS sanctions (v2.2).',
    on: ['benin/reopen-border'],
  },
];
