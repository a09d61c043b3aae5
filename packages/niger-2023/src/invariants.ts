import type { InvariantDefinition } from '@crisis-sim/engine';
import type { NigerDerived } from './niger-derived.js';
import type { NigerStateView } from './niger-rule.js';
import type { NigerParameters } from './parameters.js';
import type { NigerState } from './state.js';
import { VOTING_MEMBERS } from './voting-members.js';
import { votePasses } from './voting-rule.js';

function inUnit(value: number): boolean {
  return value >= 0 && value <= 1;
}

/** True when `later` is unset, or `earlier` is set and not after it. */
function ordered(earlier: number, later: number): boolean {
  return later < 0 || (earlier >= 0 && earlier <= later);
}

function slowVariablesInUnit(s: NigerStateView): boolean {
  return (
    inUnit(s.hardline) &&
    inUnit(s.cohesion) &&
    inUnit(s.publicSupport) &&
    inUnit(s.antiFrench) &&
    inUnit(s.threat) &&
    inUnit(s.economicPain) &&
    inUnit(s.talks) &&
    inUnit(s.sanctionsLeak)
  );
}

function validPledge(pledge: number): boolean {
  return Number.isInteger(pledge) && pledge >= 0;
}

// Invariants run after every step of every run, so these two read members by literal key
// (a monomorphic field load) rather than looping over member ids (a megamorphic keyed load,
// which cost about 25 us per run here; absent keys such as 'mali' were the slowest).
function pledgesValid(s: NigerStateView): boolean {
  const p = s.pledges;
  return (
    validPledge(p.nigeria) &&
    validPledge(p.senegal) &&
    validPledge(p['cote-divoire']) &&
    validPledge(p.benin) &&
    validPledge(p.ghana) &&
    validPledge(p.togo) &&
    validPledge(p['guinea-bissau']) &&
    validPledge(p['cabo-verde']) &&
    validPledge(p.gambia) &&
    validPledge(p.liberia) &&
    validPledge(p['sierra-leone'])
  );
}

/** The non-voting member holding a ballot or a pledge, if any (see NON_VOTING_MEMBERS). */
function nonVoterWithBallotOrPledge(s: NigerStateView): string | undefined {
  const ballots = s.ballots as Readonly<Record<string, unknown>>;
  const pledges = s.pledges as Readonly<Record<string, unknown>>;
  if (ballots.mali !== undefined || pledges.mali !== undefined) return 'mali';
  if (ballots['burkina-faso'] !== undefined || pledges['burkina-faso'] !== undefined) return 'burkina-faso';
  if (ballots.guinea !== undefined || pledges.guinea !== undefined) return 'guinea';
  if (ballots.niger !== undefined || pledges.niger !== undefined) return 'niger';
  return undefined;
}

function causalOrderProblem(s: NigerStateView, day: number): string | undefined {
  if (!ordered(s.usDeterminationDay, s.usAidCutDay)) return 'US aid cut before any coup determination';
  if (!ordered(s.frenchWithdrawalAnnouncedDay, s.frenchWithdrawalCompletedDay))
    return 'French withdrawal completed before it was announced';
  if (!ordered(s.usWithdrawalAnnouncedDay, s.usWithdrawalCompletedDay)) return 'US withdrawal completed before it was announced';
  if (!ordered(s.russiaInvitedDay, s.russiaDeployDay)) return 'Russian deployment without an invitation';
  if (!ordered(s.transitionAnnouncedDay, s.transitionAgreedDay)) return 'transition agreed before any timetable';
  if (!ordered(s.interventionDay, s.interventionStalledDay)) return 'operation stalled before it was launched';
  if (!ordered(s.interventionDay, s.bazoumHarmedDay)) return 'Bazoum harmed without an operation under way';
  if (!(ordered(s.maliPactDay, s.sahelPactDay) && ordered(s.burkinaFasoPactDay, s.sahelPactDay)))
    return 'trilateral pact before both signed';
  if (!ordered(s.bazoumReleasedDay, s.bazoumChoseDay)) return 'Bazoum chose exile or not before his release';
  if (s.bazoumRestoredDay > day || s.interventionDay > day || s.usDeterminationDay > day || s.activationDay > day)
    return 'an event dated in the future';
  if (s.bazoum === 'restored' && s.bazoumHarmedDay >= 0) return 'Bazoum both harmed and restored';
  // Impossible combinations (docs/models/niger-2023.md, "Invariants"): each pair below cannot
  // happen in the model's world, whatever the parameters.
  // Aid flows again only under an elected government: Bazoum restored or elections held.
  if (s.usAidResumedDay >= 0 && !(s.electedGovernmentDay >= 0 && s.electedGovernmentDay <= s.usAidResumedDay))
    return 'US aid restored without a restoration or an elected government';
  // France leaves a junta that told it to go; once Bazoum is back, nothing orders it out.
  if (s.bazoumRestoredDay >= 0 && s.frenchWithdrawalAnnouncedDay > s.bazoumRestoredDay)
    return 'French withdrawal announced after Bazoum was restored';
  // The juntas leave ECOWAS over an attack or, bound by their pact, over sanctions; only a junta in power does.
  if (
    s.sahelExitDay >= 0 &&
    !((s.interventionDay >= 0 && s.interventionDay < s.sahelExitDay) || (s.sahelPactDay >= 0 && s.sahelPactDay < s.sahelExitDay))
  )
    return 'Sahel juntas left ECOWAS without an intervention or a pact';
  if (s.sahelExitDay >= 0 && s.juntaFellDay >= 0 && s.sahelExitDay > s.juntaFellDay) return 'Sahel juntas left ECOWAS after the junta fell';
  // With Bazoum back, no order of the junta stands to make US troops leave.
  if (s.bazoumRestoredDay >= 0 && s.usWithdrawalCompletedDay >= s.bazoumRestoredDay)
    return 'US withdrawal completed after Bazoum was restored';
  return undefined;
}

/**
 * The scenario's invariants. Written as straight-line field reads (no loops over keys, no
 * allocation unless they fail): checking is the command line's default. All but
 * `values-in-bounds` read only state that reducers write (never the slow variables the
 * dynamics move) and the day only as a bound that holds more easily as days pass, so they
 * are checked on action days only (`checkedOn`): about one day in four, with the same result
 * and the same day of failure as daily checks. `values-in-bounds` watches the slow variables
 * and is checked after every step.
 */
export const nigerInvariants: readonly InvariantDefinition<NigerState, NigerParameters, NigerDerived>[] = [
  {
    id: 'aid-after-determination-needs-elected-government',
    checkedOn: 'action-days',
    description: 'After a coup determination, aid to the government flows only once a democratically elected government has taken office.',
    check: (s) =>
      s.usDeterminationDay >= 0 && s.usAid === 'flowing' && s.electedGovernmentDay < 0
        ? `aid flows after the determination of day ${s.usDeterminationDay} with no elected government`
        : undefined,
  },
  {
    id: 'intervention-needs-activation',
    checkedOn: 'action-days',
    description: 'No intervention without an earlier standby-force activation.',
    check: (s) =>
      s.interventionDay >= 0 && !(s.activationDay >= 0 && s.activationDay < s.interventionDay)
        ? `intervention on day ${s.interventionDay}, activation on day ${s.activationDay}`
        : undefined,
  },
  {
    id: 'force-decisions-carried-by-vote',
    checkedOn: 'action-days',
    description: 'Activation and launch were carried by a summit vote under the configured voting rule.',
    check: (s, { params }) => {
      const rule = params['ecowas.votingRule'];
      if (s.activationDay >= 0 && !votePasses(rule, s.activationPresent, s.activationYes, VOTING_MEMBERS.length))
        return `activation with ${s.activationYes} of ${s.activationPresent} under ${rule}`;
      if (s.interventionDay >= 0 && !votePasses(rule, s.launchPresent, s.launchYes, VOTING_MEMBERS.length))
        return `launch with ${s.launchYes} of ${s.launchPresent} under ${rule}`;
      return undefined;
    },
  },
  {
    id: 'suspended-members-never-vote',
    checkedOn: 'action-days',
    description:
      'Mali, Burkina Faso, Guinea and Niger never hold a ballot or a pledge; no summit counts more members present than the eleven voters.',
    check: (s) => {
      const nonVoter = nonVoterWithBallotOrPledge(s);
      if (nonVoter !== undefined) return `${nonVoter} holds a ballot or pledge`;
      if (
        s.lastSummitPresent > VOTING_MEMBERS.length ||
        s.activationPresent > VOTING_MEMBERS.length ||
        s.launchPresent > VOTING_MEMBERS.length
      )
        return 'more members present than can vote';
      return undefined;
    },
  },
  {
    id: 'sahel-war-only-after-intervention',
    checkedOn: 'action-days',
    description: 'Mali or Burkina Faso is at war only after an intervention was launched.',
    check: (s) =>
      (s.mali === 'at-war' && !(s.interventionDay >= 0 && s.maliWarDay > s.interventionDay)) ||
      (s.burkinaFaso === 'at-war' && !(s.interventionDay >= 0 && s.burkinaFasoWarDay > s.interventionDay))
        ? `a Sahel ally at war (Mali day ${s.maliWarDay}, Burkina Faso day ${s.burkinaFasoWarDay}) without an earlier intervention (day ${s.interventionDay})`
        : undefined,
  },
  {
    id: 'values-in-bounds',
    description:
      'Every slow variable lies in [0, 1] (NaN fails); sanctions level, transition months and pledges are whole numbers in range.',
    check: (s) => {
      if (!slowVariablesInUnit(s)) return `a slow variable left [0, 1]: ${JSON.stringify(s)}`;
      if (!(Number.isInteger(s.sanctionsLevel) && s.sanctionsLevel >= 0 && s.sanctionsLevel <= 3))
        return `sanctionsLevel = ${s.sanctionsLevel}`;
      if (!(Number.isInteger(s.transitionMonths) && s.transitionMonths >= 0)) return `transitionMonths = ${s.transitionMonths}`;
      if (!(pledgesValid(s) && s.interventionTroops >= 0)) return `a troop count is invalid: ${JSON.stringify(s.pledges)}`;
      return undefined;
    },
  },
  {
    id: 'events-in-causal-order',
    checkedOn: 'action-days',
    description:
      'Each event day is set only after the events it depends on (aid cut after the determination, and so on), never in the future.',
    check: (s, { day }) => causalOrderProblem(s, day),
  },
];
