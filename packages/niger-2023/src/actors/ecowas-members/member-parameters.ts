import { type NumberParameter, param, type Source } from '@crisis-sim/engine';
import type { VotingMember } from '../../voting-members.js';

/** The three parameter keys every voting member has. */
export type MemberParameterKey<M extends VotingMember> =
  | `ecowas.${M}.forceWillingness`
  | `ecowas.${M}.threatPerception`
  | `ecowas.${M}.troopPledge`;

/** One of a member's values with its source. */
interface MemberValue {
  readonly default: number;
  readonly source: Source;
}

/** A member's three values: willingness to back force, threat perceived, troops it would pledge. */
export interface MemberValues {
  readonly forceWillingness: MemberValue;
  readonly threatPerception: MemberValue;
  readonly troopPledge: MemberValue;
}

/**
 * Builds a member's parameters: its willingness to use force (the chance it backs force when
 * nothing else moves it), how threatened it feels by the coup, and the troops it would pledge.
 */
export function memberParameters<M extends VotingMember>(
  member: M,
  name: string,
  values: MemberValues,
): { readonly [K in MemberParameterKey<M>]: NumberParameter } {
  return {
    [`ecowas.${member}.forceWillingness`]: param.number({
      default: values.forceWillingness.default,
      min: 0,
      max: 1,
      unit: 'probability',
      description: `${name}: chance of backing force at a summit before threat, talks and the AU modify it.`,
      source: values.forceWillingness.source,
      prior: { kind: 'truncatedNormal', mean: values.forceWillingness.default, sd: 0.15 },
    }),
    [`ecowas.${member}.threatPerception`]: param.number({
      default: values.threatPerception.default,
      min: 0,
      max: 1,
      unit: 'share',
      description: `${name}: how directly the coup threatens it (border, jihadist spillover, coup contagion).`,
      source: values.threatPerception.source,
    }),
    [`ecowas.${member}.troopPledge`]: param.integer({
      default: values.troopPledge.default,
      min: 0,
      max: 20_000,
      unit: 'troops',
      description: `${name}: troops it pledges when it votes for force.`,
      source: values.troopPledge.source,
    }),
  } as { readonly [K in MemberParameterKey<M>]: NumberParameter };
}
