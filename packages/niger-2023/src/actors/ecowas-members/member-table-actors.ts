import type { NigerActor } from '../../niger-rule.js';
import { makeMemberRule } from './ecowas-member.js';
import { MEMBER_TABLE } from './member-table.js';

/** The actors of every member in {@link MEMBER_TABLE}, in table order. */
export const memberTableActors: readonly NigerActor[] = MEMBER_TABLE.map((row) => ({
  id: row.member,
  name: row.name,
  description: row.description,
  rule: makeMemberRule(row.member, row.name),
  sources: row.sources,
}));
