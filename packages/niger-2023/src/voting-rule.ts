/**
 * How a summit decides a question. The 1999 Mechanism Protocol gives decisions on
 * interventions to its Mediation and Security Council (nine member states) deciding by a
 * two-thirds majority with a two-thirds quorum, and lets the Authority of Heads of State, its
 * highest organ, mandate that Council or act itself; the 1993 Revised Treaty (Art. 9) has the
 * Authority fall back on consensus where no protocol sets a rule. The scenario leaves the rule
 * open as a parameter (docs/models/niger-2023.md, "Who decides").
 */
export type VotingRule = 'consensus' | 'two-thirds' | 'simple-majority';

/** Every voting rule the scenario accepts. */
export const VOTING_RULES: readonly VotingRule[] = ['consensus', 'two-thirds', 'simple-majority'];

/**
 * Whether `yes` votes among `present` of `members` voting members carry a question. Under
 * every rule the summit needs a quorum of two-thirds of the voting members (the Protocol's
 * quorum for its Council); below it, nothing is decided. Consensus is modelled as no member
 * present voting against; absent members count for nothing under every rule.
 */
export function votePasses(rule: VotingRule, present: number, yes: number, members: number): boolean {
  if (!(present >= 1 && yes >= 0 && yes <= present && present <= members)) return false;
  if (!quorumMet(present, members)) return false;
  switch (rule) {
    case 'consensus':
      return yes === present;
    case 'two-thirds':
      return 3 * yes >= 2 * present;
    case 'simple-majority':
      return 2 * yes > present;
  }
}

/** True when at least two-thirds of the `members` voting members are present. */
export function quorumMet(present: number, members: number): boolean {
  return members > 0 && 3 * present >= 2 * members;
}
