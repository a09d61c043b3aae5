import { type Decision, decide, idle, type RuleResult } from '@crisis-sim/engine';
import { hazardFromRate } from '../hazard.js';
import type { NigerAction } from '../niger-action.js';
import type { NigerActor, NigerRule, NigerValues } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';
import { sources } from '../sources.js';
import type { Ballot, NigerState, SummitQuestion } from '../state.js';
import { VOTING_MEMBERS } from '../voting-members.js';
import { quorumMet, votePasses } from '../voting-rule.js';
import { type SummitTally, TallyDecision } from './tally-decision.js';

/** True when the talks count as a breakthrough, which rules out launching force. */
export function talksBreakthrough(state: Pick<NigerState, 'talks' | 'transitionAgreedDay'>, params: NigerParameters): boolean {
  return state.talks >= params['ecowas.breakthroughTalks'] || state.transitionAgreedDay >= 0;
}

/** True when the crisis no longer calls for summits on force: Bazoum back, junta gone or a deal agreed. */
export function crisisSettled(state: NigerState): boolean {
  return state.bazoum === 'restored' || state.juntaFellDay >= 0 || state.intervention === 'succeeded' || state.transitionAgreedDay >= 0;
}

/**
 * The question the next summit should vote on, or undefined when no summit is due. Triggers
 * (a new timetable worth voting on, Bazoum harmed, the force ready) convene a summit as soon
 * as the minimum gap allows; otherwise ECOWAS reviews at a fixed interval.
 */
export function nextSummitQuestion(state: NigerState, day: number, params: NigerParameters): SummitQuestion | undefined {
  if (crisisSettled(state)) return undefined;
  if (state.intervention === 'launched' || state.intervention === 'stalled') return undefined;
  const sinceLast = day - state.lastSummitClosedDay;
  if (sinceLast < params['ecowas.minSummitGapDays']) return undefined;
  const reviewDue = sinceLast >= params['ecowas.reviewIntervalDays'];
  const forceOpen = state.intervention === 'none';
  const dealReady =
    state.transitionMonths > 0 &&
    state.talks >= params['ecowas.dealTalksThreshold'] &&
    state.rejectedTransitionMonths !== state.transitionMonths;
  if (dealReady) return 'deal';
  const launchReady =
    forceOpen &&
    state.standby === 'activated' &&
    day - state.activationDay >= params['ecowas.planningDays'] &&
    !talksBreakthrough(state, params);
  const harmedSinceLast = state.bazoumHarmedDay >= 0 && state.bazoumHarmedDay >= state.lastSummitClosedDay;
  if (harmedSinceLast && forceOpen && state.standby === 'none') return 'activate';
  if (launchReady && (state.launchVotes === 0 || harmedSinceLast || reviewDue)) return 'launch';
  if (!reviewDue) return undefined;
  if (state.sanctionsLevel >= 2 && state.economicPain >= params['ecowas.humanitarianEasePain']) return 'ease';
  if (forceOpen && state.standby === 'none') return 'activate';
  if (state.sanctionsLevel < 3) return 'tighten';
  return undefined;
}

/** Troops committed by members voting yes; Nigeria's count only once its Senate has approved. */
export function committedTroops(state: NigerState): number {
  let troops = 0;
  for (const member of VOTING_MEMBERS) {
    if (state.ballots[member] !== 'yes') continue;
    if (member === 'nigeria' && state.nigeriaSenate !== 'approved') continue;
    troops += state.pledges[member];
  }
  return troops;
}

/**
 * True while some member has not yet cast its ballot at the open summit. Reads each member by
 * literal key, a field load; a loop over member ids would be a megamorphic keyed load, run on
 * every day a summit is open.
 */
function ballotsOutstanding(state: NigerState): boolean {
  const b = state.ballots;
  return (
    b.nigeria === 'none' ||
    b.senegal === 'none' ||
    b['cote-divoire'] === 'none' ||
    b.benin === 'none' ||
    b.ghana === 'none' ||
    b.togo === 'none' ||
    b['guinea-bissau'] === 'none' ||
    b['cabo-verde'] === 'none' ||
    b.gambia === 'none' ||
    b.liberia === 'none' ||
    b['sierra-leone'] === 'none'
  );
}

/** How many members cast `ballot` at the summit (literal keys, as in {@link ballotsOutstanding}). */
function ballotCount(ballots: NigerState['ballots'], ballot: Ballot): number {
  const b = ballots;
  return (
    (b.nigeria === ballot ? 1 : 0) +
    (b.senegal === ballot ? 1 : 0) +
    (b['cote-divoire'] === ballot ? 1 : 0) +
    (b.benin === ballot ? 1 : 0) +
    (b.ghana === ballot ? 1 : 0) +
    (b.togo === ballot ? 1 : 0) +
    (b['guinea-bissau'] === ballot ? 1 : 0) +
    (b['cabo-verde'] === ballot ? 1 : 0) +
    (b.gambia === ballot ? 1 : 0) +
    (b.liberia === ballot ? 1 : 0) +
    (b['sierra-leone'] === ballot ? 1 : 0)
  );
}

/**
 * The summit's decisions from its ballots. Their reasons quote the count (and, for a launch
 * vote that passes without a launch, why), formatted only when read: see {@link TallyDecision}.
 */
function tally(state: NigerState, params: NigerParameters): Decision<NigerAction>[] {
  const yes = ballotCount(state.ballots, 'yes');
  const present = yes + ballotCount(state.ballots, 'no');
  const rule = params['ecowas.votingRule'];
  const question = state.summitQuestion;
  const members = VOTING_MEMBERS.length;
  const passed = votePasses(rule, present, yes, members);
  // A launch vote that passes without a launch says why, so that a trace never leaves a
  // decision without its expected result unexplained.
  const launchPassed = question === 'launch' && passed;
  const troops = question === 'launch' ? committedTroops(state) : 0;
  const threshold = params['ecowas.launchTroopThreshold'];
  const result: SummitTally = {
    question,
    yes,
    present,
    members,
    rule,
    quorum: quorumMet(present, members),
    troops,
    threshold,
    senateApproved: state.nigeriaSenate === 'approved',
    troopsShort: launchPassed && troops < threshold,
    breakthrough: launchPassed && talksBreakthrough(state, params),
    settled: launchPassed && crisisSettled(state),
  };
  const unobstructed = !(result.troopsShort || result.breakthrough || result.settled);
  const decisions: Decision<NigerAction>[] = [new TallyDecision({ type: 'ecowas/close-summit', question, present, yes, passed }, result)];
  switch (question) {
    case 'activate':
      if (passed) decisions.push(new TallyDecision({ type: 'ecowas/activate-standby-force', present, yes }, result));
      else if (2 * yes >= present && state.sanctionsLevel === 2) decisions.push(new TallyDecision(TIGHTEN, result));
      break;
    case 'launch': {
      if (passed && unobstructed) decisions.push(new TallyDecision({ type: 'ecowas/launch-intervention', present, yes, troops }, result));
      break;
    }
    case 'tighten':
      if (passed && state.sanctionsLevel === 2) decisions.push(new TallyDecision(TIGHTEN, result));
      break;
    case 'ease':
      if (passed && state.sanctionsLevel >= 2) decisions.push(new TallyDecision(EASE, result));
      break;
    case 'deal':
      decisions.push(
        new TallyDecision(
          passed && !crisisSettled(state)
            ? { type: 'ecowas/agree-transition', months: state.transitionMonths }
            : { type: 'ecowas/reject-transition', months: state.transitionMonths },
          result,
        ),
      );
      break;
  }
  return decisions;
}

const TIGHTEN: NigerAction = { type: 'ecowas/tighten-sanctions' };
const EASE: NigerAction = { type: 'ecowas/ease-sanctions' };

/** The decision to convene a summit on each question: constants, as convening carries nothing else. */
const CONVENE: Readonly<Record<SummitQuestion, Decision<NigerAction>>> = {
  activate: convene('activate'),
  launch: convene('launch'),
  tighten: convene('tighten'),
  ease: convene('ease'),
  deal: convene('deal'),
};

function convene(question: SummitQuestion): Decision<NigerAction> {
  return decide({ type: 'ecowas/convene-summit', question }, `extraordinary summit convened on "${question}"`);
}

/**
 * The fortunes of an operation under way, one draw a day: it takes Niamey, bogs down, or goes on. The daily chances follow the force ratio between
 * committed troops and the defenders (Niger's forces at their cohesion, plus Malian, Burkinabe and
 * Russian reinforcements); Algeria's closed airspace slows success.
 */
function operationReport(state: NigerState, { params, derived }: NigerValues, u: number): RuleResult<NigerAction> {
  let defenders = params['niger.effectiveDefenders'] * state.cohesion;
  if (state.mali === 'at-war') defenders += params['mali.expeditionaryTroops'];
  if (state.burkinaFaso === 'at-war') defenders += params['burkina-faso.expeditionaryTroops'];
  if (state.russia === 'deployed') defenders += params['russia.troops'];
  const attackers = state.interventionTroops;
  const ratio = attackers + defenders > 0 ? attackers / (attackers + defenders) : 0;
  const airspace = state.algeriaAirspaceClosed ? 1 - params['algeria.airspacePenalty'] : 1;
  // Medians are stated at parity (ratio 1/2), hence the factor 2.
  const success = hazardFromRate(derived.successRate * 2 * ratio * airspace);
  const stall = hazardFromRate(derived.stallRate * 2 * (1 - ratio));
  if (u < success) return decide({ type: 'ecowas/operation-succeeds' }, 'ECOWAS forces take Niamey; the junta falls');
  if (u < success + stall) return decide({ type: 'ecowas/operation-stalls' }, 'the operation bogs down against Nigerien resistance');
  return undefined;
}

/**
 * The ECOWAS institution's rule. It tallies a summit the day after the ballots (the ministers'
 * session votes, the heads of state proclaim), lifts sanctions once Bazoum is back, reports on and
 * calls off a stalled operation, and otherwise convenes summits when a trigger or the review date comes.
 */
export const ecowasRule: NigerRule = (state, context) => {
  const { day, params, rng } = context;
  if (state.summitOpen) {
    // Ballots are cast by reducers: while some are outstanding, nothing to do until one is.
    return ballotsOutstanding(state) ? idle : tally(state, params);
  }
  // Reinstatement waits a day after victory: the junta, gone by then, can no longer harm him that day.
  if (state.intervention === 'succeeded' && state.bazoum !== 'harmed' && state.bazoum !== 'restored') {
    return decide({ type: 'ecowas/reinstate-bazoum' }, 'Bazoum is reinstated under ECOWAS protection');
  }
  if ((state.bazoum === 'restored' || state.juntaFellDay >= 0) && state.sanctionsLevel > 0) {
    return decide({ type: 'ecowas/lift-sanctions' }, 'constitutional order is restored: sanctions lifted');
  }
  if (state.intervention === 'stalled' && day - state.interventionStalledDay >= params['ecowas.callOffDays']) {
    return decide({ type: 'ecowas/call-off-intervention' }, 'the operation has stalled: ECOWAS calls it off');
  }
  if (state.intervention === 'launched') return day > state.interventionDay ? operationReport(state, context, rng.next()) : undefined;
  // A settled crisis calls no summit, and only reducers settle or unsettle it (a stalled
  // operation, whose call-off waits for a day, is not settled business).
  if (crisisSettled(state) && state.intervention !== 'stalled') return idle;
  const question = nextSummitQuestion(state, day, params);
  return question === undefined ? undefined : CONVENE[question];
};

/** Where ECOWAS's rules and stances come from. */
const ecowasSources = [
  sources.ecowasSummit0730,
  sources.chods0804,
  sources.revisedTreaty,
  sources.democracyProtocol,
  sources.mechanismProtocol,
  sources.ecomig,
  sources.sahelTimetables,
];

/** ECOWAS (institution). */
export const ecowasActor: NigerActor = {
  id: 'ecowas',
  name: 'ECOWAS (institution)',
  description: 'Convenes summits, tallies votes under the configured rule, runs sanctions and the standby force.',
  rule: ecowasRule,
  sources: ecowasSources,
};
