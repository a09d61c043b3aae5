/**
 * How the Authority of Heads of State decides a summit question. The 1993 Revised Treaty
 * (Art. 9) lets protocols choose unanimity, consensus or a two-thirds majority and falls back
 * on consensus; the 1999 Mechanism Protocol has its security organ decide by majority. The
 * scenario leaves the rule open as a parameter.
 */
export type VotingRule = 'consensus' | 'two-thirds' | 'simple-majority';

/** Every voting rule the scenario accepts. */
export const VOTING_RULES: readonly VotingRule[] = ['consensus', 'two-thirds', 'simple-majority'];

/**
 * Whether `yes` votes among `present` members carry a question. Consensus is modelled as no
 * member present voting against; absent members count for nothing under every rule. A summit
 * with nobody present decides nothing.
 */
export function votePasses(rule: VotingRule, present: number, yes: number): boolean {
  if (!(present >= 1 && yes >= 0 && yes <= present)) return false;
  switch (rule) {
    case 'consensus':
      return yes === present;
    case 'two-thirds':
      return 3 * yes >= 2 * present;
    case 'simple-majority':
      return 2 * yes > present;
  }
}
