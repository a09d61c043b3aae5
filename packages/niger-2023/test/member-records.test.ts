import { describe, expect, it } from 'vitest';
import { memberValueAt, setEveryMemberValue, setMemberValue } from '../src/member-records.js';
import type { VotingMember } from '../src/voting-members.js';
import { VOTING_MEMBERS } from '../src/voting-members.js';
import { stateWith } from './fixtures.js';

describe('member records', () => {
  it('read each member at its position in VOTING_MEMBERS', () => {
    const pledges = stateWith().pledges;
    VOTING_MEMBERS.forEach((member, index) => {
      pledges[member] = 100 + index;
    });
    VOTING_MEMBERS.forEach((member, index) => {
      expect(memberValueAt(pledges, index)).toBe(pledges[member]);
    });
    expect(() => memberValueAt(pledges, VOTING_MEMBERS.length)).toThrow(RangeError);
  });

  it('write only the member named, and every member in order', () => {
    for (const member of VOTING_MEMBERS) {
      const ballots = stateWith().ballots;
      setMemberValue(ballots, member, 'yes');
      for (const other of VOTING_MEMBERS) expect(ballots[other]).toBe(other === member ? 'yes' : 'none');
      expect(Object.keys(ballots)).toEqual([...VOTING_MEMBERS]);
    }
    const ballots = stateWith().ballots;
    setEveryMemberValue(ballots, 'absent');
    expect(Object.entries(ballots)).toEqual(VOTING_MEMBERS.map((member: VotingMember) => [member, 'absent']));
  });
});
