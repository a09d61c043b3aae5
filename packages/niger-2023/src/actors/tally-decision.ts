import type { Decision } from '@crisis-sim/engine';
import type { NigerAction } from '../niger-action.js';
import type { SummitQuestion } from '../state.js';
import type { VotingRule } from '../voting-rule.js';

/**
 * What a summit's tally found, as the reasons of its decisions quote it: the counts, the rule,
 * and, for a launch vote that passed, what stood in the way of a launch. Kept as values so that
 * the text is formatted only when something reads it.
 */
export interface SummitTally {
  readonly question: SummitQuestion;
  readonly yes: number;
  readonly present: number;
  readonly members: number;
  readonly rule: VotingRule;
  readonly quorum: boolean;
  /** A launch vote that passed: troops committed, the threshold, and whether Nigeria's Senate approved. */
  readonly troops: number;
  readonly threshold: number;
  readonly senateApproved: boolean;
  /** Obstacles to a launch found by the tally (all false unless a launch vote passed). */
  readonly troopsShort: boolean;
  readonly breakthrough: boolean;
  readonly settled: boolean;
}

/** Why a launch vote that passed does not launch an operation, as text ('' when nothing stands in the way). */
function obstaclesText(tally: SummitTally): string {
  const obstacles: string[] = [];
  if (tally.troopsShort) {
    const senate = tally.senateApproved ? '' : " (Nigeria's troops count only with its Senate's approval)";
    obstacles.push(`troops pledged ${groupThousands(tally.troops)} below the ${groupThousands(tally.threshold)} threshold${senate}`);
  }
  if (tally.breakthrough) obstacles.push('talks have reached a breakthrough');
  if (tally.settled) obstacles.push('the crisis is already settled');
  return obstacles.join('; ');
}

function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "6 of 11 present in favour (two-thirds)", with the missing quorum if there was none. */
function countText(tally: SummitTally): string {
  const quorum = tally.quorum ? '' : `; no quorum (${tally.present} of ${tally.members} present, two-thirds needed)`;
  return `${tally.yes} of ${tally.present} present in favour (${tally.rule})${quorum}`;
}

/** The reason of one of a tally's decisions, from its action and the tally. */
function tallyReason(action: NigerAction, tally: SummitTally): string {
  const count = countText(tally);
  switch (action.type) {
    case 'ecowas/close-summit': {
      const obstacles = obstaclesText(tally);
      return obstacles === ''
        ? `summit on "${tally.question}": ${count}`
        : `summit on "${tally.question}": ${count}; passed, but no launch: ${obstacles}`;
    }
    case 'ecowas/activate-standby-force':
      return `standby force activated: ${count}`;
    case 'ecowas/launch-intervention':
      return `operation launched with ${action.troops} committed troops: ${count}`;
    case 'ecowas/tighten-sanctions':
      return tally.question === 'activate' ? `no mandate for force, but pressure is kept up: ${count}` : `sanctions tightened: ${count}`;
    case 'ecowas/ease-sanctions':
      return `humanitarian easing: ${count}`;
    case 'ecowas/agree-transition':
      return `transition of ${action.months} months accepted: ${count}`;
    case 'ecowas/reject-transition':
      return `transition of ${action.months} months refused: ${count}`;
    default:
      return `summit on "${tally.question}": ${count}`;
  }
}

/**
 * A decision of a summit's tally whose reason is formatted when read: the event log and traces
 * read it, a Monte Carlo batch (no event log) never does, so batch runs build no text. The text
 * depends only on the action and the tally's values, fixed when the decision is made, so it reads
 * the same whenever it is read.
 */
export class TallyDecision implements Decision<NigerAction> {
  readonly action: NigerAction;
  readonly #tally: SummitTally;

  constructor(action: NigerAction, tally: SummitTally) {
    this.action = action;
    this.#tally = tally;
  }

  get reason(): string {
    return tallyReason(this.action, this.#tally);
  }
}
