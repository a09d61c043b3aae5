import type { VotingMember } from '../../voting-members.js';

/** A member's ballot at a summit, with the troops it pledges if the question is about force. */
export type EcowasMemberAction = {
  readonly type: 'ecowas-member/vote';
  readonly member: VotingMember;
  readonly ballot: 'absent' | 'yes' | 'no';
  readonly pledge: number;
};
