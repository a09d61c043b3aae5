import type { NigerParameters } from './parameters.js';
import type { Ballot, NigerState } from './state.js';
import type { VotingMember } from './voting-members.js';

function memberRecord<T>(value: T): Record<VotingMember, T> {
  return {
    nigeria: value,
    senegal: value,
    'cote-divoire': value,
    benin: value,
    ghana: value,
    togo: value,
    'guinea-bissau': value,
    'cabo-verde': value,
    gambia: value,
    liberia: value,
    'sierra-leone': value,
  };
}

/**
 * The state on 2023-08-08: Bazoum detained, airspace closed, US aid paused,
 * French and US troops present, the 2023-07-30 sanctions in force (level 2), the last ECOWAS
 * summit nine days ago, AU deadline running. A fresh object on every call.
 */
export function initialState(params: NigerParameters): NigerState {
  return {
    hardline: params['junta.initialHardline'],
    cohesion: params['junta.initialCohesion'],
    publicSupport: params['public.initialSupport'],
    antiFrench: params['public.initialAntiFrench'],
    threat: params['threat.initial'],
    economicPain: params['economy.initialPain'],
    talks: 0,

    airspaceClosed: true,
    mediationAcceptedDay: -1,
    transitionMonths: 0,
    transitionAnnouncedDay: -1,
    transitionAgreedDay: -1,
    rejectedTransitionMonths: 0,
    publicMobilisedDay: -1,
    frenchAmbassadorExpelledDay: -1,
    usOrderedOutDay: -1,
    juntaFellDay: -1,
    counterCoupDay: -1,
    electionsDecidedDay: -1,
    electionsHeld: false,
    electedGovernmentDay: -1,

    bazoum: 'detained',
    bazoumReleasedDay: -1,
    bazoumHarmedDay: -1,
    bazoumRestoredDay: -1,
    bazoumChargedDay: -1,
    bazoumChoseDay: -1,

    rallies: 0,
    lastRallyDay: -2,
    frenchBaseProtestDay: -1,

    usAid: 'paused',
    usDeterminationDay: -1,
    usAidCutDay: -1,
    usAidResumedDay: -1,
    usTroops: 'present',
    usWithdrawalAnnouncedDay: -1,
    usWithdrawalCompletedDay: -1,

    frenchTroops: 'present',
    frenchWithdrawalAnnouncedDay: -1,
    frenchWithdrawalCompletedDay: -1,

    sanctionsLevel: 2,
    sanctionsTightenedDay: -1,
    sanctionsEasedDay: -1,
    sanctionsLeak: params['economy.initialLeak'],
    summitOpen: false,
    summitQuestion: 'activate',
    summitOpenedDay: -9,
    summitsHeld: 0,
    lastSummitClosedDay: -9,
    lastSummitYes: 0,
    lastSummitPresent: 0,
    ballots: memberRecord<Ballot>('none'),
    pledges: memberRecord(0),
    nigeriaSenate: 'not-asked',
    standby: 'none',
    activationDay: -1,
    activationYes: 0,
    activationPresent: 0,
    launchVotes: 0,
    intervention: 'none',
    interventionDay: -1,
    launchYes: 0,
    launchPresent: 0,
    interventionTroops: 0,
    interventionStalledDay: -1,
    interventionEndedDay: -1,

    mali: 'solidarity',
    maliPactDay: -1,
    maliWarDay: -1,
    burkinaFaso: 'solidarity',
    burkinaFasoPactDay: -1,
    burkinaFasoWarDay: -1,
    sahelPactDay: -1,
    sahelExitDay: -1,
    guineaRefusals: 0,
    guineaLastRefusedDay: -1,
    algeriaMediationDay: -1,
    algeriaAirspaceDecidedDay: -1,
    algeriaAirspaceClosed: false,
    russia: 'none',
    russiaInvitedDay: -1,
    russiaDeployDay: -1,
    auSuspendedDay: -1,
    auMetDay: -1,
    auForceStance: 'undecided',
  };
}
