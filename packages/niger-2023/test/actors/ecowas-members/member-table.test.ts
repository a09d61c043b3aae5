import { describe, expect, it } from 'vitest';
import { MEMBER_TABLE, memberTableParameters } from '../../../src/actors/ecowas-members/member-table.js';
import { memberTableActors } from '../../../src/actors/ecowas-members/member-table-actors.js';
import { niger2023, VOTING_MEMBERS } from '../../../src/index.js';

describe('the ECOWAS member table', () => {
  it('has one row per voting member other than Nigeria, in actor order', () => {
    expect(MEMBER_TABLE.map((row) => row.member)).toEqual(VOTING_MEMBERS.filter((member) => member !== 'nigeria'));
    const order = niger2023.actors.map((actor) => actor.id);
    const positions = memberTableActors.map((actor) => order.indexOf(actor.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(order[(positions[0] as number) - 1]).toBe('nigeria');
  });

  it('gives each member its three parameters with the row’s values and sources', () => {
    for (const row of MEMBER_TABLE) {
      const willingness = memberTableParameters[`ecowas.${row.member}.forceWillingness`];
      expect(willingness.default).toBe(row.forceWillingness.default);
      expect(willingness.source).toBe(row.forceWillingness.source);
      expect(memberTableParameters[`ecowas.${row.member}.troopPledge`].default).toBe(row.troopPledge.default);
      expect(memberTableParameters[`ecowas.${row.member}.threatPerception`].default).toBe(row.threatPerception.default);
    }
    expect(Object.keys(memberTableParameters)).toHaveLength(3 * MEMBER_TABLE.length);
  });
});
