/**
 * The ECOWAS members that vote on the Niger crisis. Fifteen states belong to ECOWAS; Mali,
 * Burkina Faso and Guinea were suspended after their coups and Niger is the state in crisis,
 * which leaves eleven (2001 Supplementary Protocol,
 * Art. 45). The order is the order in which their rules run and their ballots are applied.
 */
export const VOTING_MEMBERS = [
  'nigeria',
  'senegal',
  'cote-divoire',
  'benin',
  'ghana',
  'togo',
  'guinea-bissau',
  'cabo-verde',
  'gambia',
  'liberia',
  'sierra-leone',
] as const;

/** Id of a voting ECOWAS member; also its actor id and the middle part of its parameter keys. */
export type VotingMember = (typeof VOTING_MEMBERS)[number];

/** Members suspended from ECOWAS bodies on the start date, plus Niger itself: none of them ever votes. */
export const NON_VOTING_MEMBERS = ['mali', 'burkina-faso', 'guinea', 'niger'] as const;

const voting: ReadonlySet<string> = new Set(VOTING_MEMBERS);

/** True when `id` names a member allowed to vote at ECOWAS summits. */
export function isVotingMember(id: string): id is VotingMember {
  return voting.has(id);
}
