import type { VotingMember } from './voting-members.js';

/** Where Bazoum is. `harmed` is terminal: a harmed president is not counted as restored. */
export type BazoumStatus = 'detained' | 'released' | 'exiled' | 'restored' | 'harmed';

/** US assistance to the government of Niger: paused at will, or cut by section 7008. */
export type AidStatus = 'paused' | 'cut' | 'flowing';

/** A foreign garrison in Niger. */
export type GarrisonStatus = 'present' | 'withdrawal-announced' | 'withdrawn';

/** Stance of Mali or Burkina Faso toward Niger's junta. */
export type SahelStance = 'solidarity' | 'allied' | 'at-war' | 'stayed-out';

/** The ECOWAS Standby Force for this crisis. */
export type StandbyStatus = 'none' | 'activated' | 'stood-down';

/** An ECOWAS military operation in Niger. */
export type InterventionStatus = 'none' | 'launched' | 'stalled' | 'succeeded' | 'called-off';

/** Russia / Wagner: deploys only after the junta invites it. */
export type RussiaStatus = 'none' | 'invited' | 'agreed' | 'deployed' | 'declined';

/** The question an ECOWAS summit votes on. */
export type SummitQuestion = 'activate' | 'launch' | 'tighten' | 'ease' | 'deal';

/** One member's ballot at the current summit; `none` until it has voted. */
export type Ballot = 'none' | 'absent' | 'yes' | 'no';

/** The African Union's position on the use of force, once its Peace and Security Council has met. */
export type AuForceStance = 'undecided' | 'endorses' | 'silent' | 'opposes';

/** Nigeria's Senate on a deployment of troops abroad (Constitution of Nigeria, s. 5(4)(b)). */
export type SenateStatus = 'not-asked' | 'approved' | 'refused' | 'refused-twice';

/**
 * The whole state of the crisis on one day. Flat and small on purpose: batch mode mutates it in
 * place 180 times per run. Days are day numbers (0 = 2023-08-08) and -1 means "not yet".
 * Slow variables are in [0, 1].
 */
export interface NigerState {
  // Slow variables, moved by the end-of-day dynamics.
  /** The junta's stance: 1 fully hardline, 0 fully accommodating. */
  hardline: number;
  /** Cohesion of Niger's armed forces behind the junta. */
  cohesion: number;
  /** Public support for the junta. */
  publicSupport: number;
  /** Anti-French sentiment in Niamey. */
  antiFrench: number;
  /** External military threat as the junta and the public perceive it. */
  threat: number;
  /** Economic pain from sanctions, border closure and the electricity cut. */
  economicPain: number;
  /** Progress of mediation. */
  talks: number;

  // The junta (CNSP).
  airspaceClosed: boolean;
  mediationAcceptedDay: number;
  /** Length of the announced transition in months; 0 while none is announced. */
  transitionMonths: number;
  transitionAnnouncedDay: number;
  transitionAgreedDay: number;
  /** Months of the last offer ECOWAS voted down; 0 when none was. */
  rejectedTransitionMonths: number;
  publicMobilisedDay: number;
  frenchAmbassadorExpelledDay: number;
  usOrderedOutDay: number;
  juntaFellDay: number;
  /** Day officers toppled the junta and formed a new one without restoring Bazoum (first time), or -1. */
  counterCoupDay: number;
  /** Day the junta decided whether to hold the elections ending an agreed transition. */
  electionsDecidedDay: number;
  electionsHeld: boolean;
  /** Set once a democratically elected government has taken office (Bazoum restored or elections held). */
  electedGovernmentDay: number;

  // Bazoum.
  bazoum: BazoumStatus;
  bazoumReleasedDay: number;
  bazoumHarmedDay: number;
  bazoumRestoredDay: number;
  /** Day the junta charged Bazoum (or ordered his prosecution), or -1. */
  bazoumChargedDay: number;
  bazoumChoseDay: number;

  // Public and youth.
  rallies: number;
  lastRallyDay: number;
  frenchBaseProtestDay: number;

  // United States.
  usAid: AidStatus;
  usDeterminationDay: number;
  usAidCutDay: number;
  usAidResumedDay: number;
  usTroops: GarrisonStatus;
  usWithdrawalAnnouncedDay: number;
  usWithdrawalCompletedDay: number;

  // France.
  frenchTroops: GarrisonStatus;
  frenchWithdrawalAnnouncedDay: number;
  frenchWithdrawalCompletedDay: number;

  // ECOWAS.
  /** 0 none, 1 eased, 2 the 2023-07-30 package, 3 tightened. */
  sanctionsLevel: number;
  sanctionsTightenedDay: number;
  sanctionsEasedDay: number;
  /** Share of the sanctions' bite lost to non-complying neighbours (Mali, Burkina Faso, Guinea). */
  sanctionsLeak: number;
  summitOpen: boolean;
  summitQuestion: SummitQuestion;
  summitOpenedDay: number;
  summitsHeld: number;
  lastSummitClosedDay: number;
  /** Yes and present counts of the last closed summit. */
  lastSummitYes: number;
  lastSummitPresent: number;
  ballots: Record<VotingMember, Ballot>;
  /** Troops each member pledged at its last ballot on the use of force. */
  pledges: Record<VotingMember, number>;
  nigeriaSenate: SenateStatus;
  standby: StandbyStatus;
  activationDay: number;
  activationYes: number;
  activationPresent: number;
  launchVotes: number;
  intervention: InterventionStatus;
  interventionDay: number;
  launchYes: number;
  launchPresent: number;
  interventionTroops: number;
  interventionStalledDay: number;
  interventionEndedDay: number;

  // Neighbours and outside powers.
  mali: SahelStance;
  maliPactDay: number;
  maliWarDay: number;
  burkinaFaso: SahelStance;
  burkinaFasoPactDay: number;
  burkinaFasoWarDay: number;
  sahelPactDay: number;
  /** Day Niger, Mali and Burkina Faso announced they were leaving ECOWAS, or -1. */
  sahelExitDay: number;
  guineaRefusals: number;
  guineaLastRefusedDay: number;
  algeriaMediationDay: number;
  algeriaAirspaceDecidedDay: number;
  algeriaAirspaceClosed: boolean;
  russia: RussiaStatus;
  russiaInvitedDay: number;
  russiaDeployDay: number;
  auSuspendedDay: number;
  auMetDay: number;
  auForceStance: AuForceStance;

  // Added in v2.2: the notice to French troops, Chad and Togo, the EU, the UN, jihadist
  // violence and Benin's border (each mechanism lives in its own file under actors/).
  /** Day the junta declared France's troops illegally present and ordered them out, after its notice lapsed, or -1. */
  frenchTroopsOrderedOutDay: number;
  /** Missions of Chad's or Togo's president (or envoy) to Niamey since the start that opened or advanced talks. */
  mediatorMissions: number;
  lastMediatorMissionDay: number;
  /** EU budget support and security cooperation, suspended since 2023-07-29. */
  euAidSuspended: boolean;
  euAidResumedDay: number;
  /** Day the Council of the EU set up a framework of restrictive measures on Niger, or -1. */
  euSanctionsDay: number;
  /** Day the UN secured humanitarian exemptions from the border closure, or -1. */
  unExemptionDay: number;
  /** Attacks killing ten or more soldiers since the start. */
  majorAttacks: number;
  lastMajorAttackDay: number;
  /** Day Benin reopened its border with Niger against the sanctions, or -1. */
  beninBorderReopenedDay: number;
}
