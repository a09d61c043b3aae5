import type { VotingMember } from './voting-members.js';

/**
 * Reads and writes of the per-member records of the state (`ballots`, `pledges`) by literal
 * key. Why not `record[member]`: with eleven different keys at one site, V8 falls back to a
 * megamorphic keyed access, several times slower than a field load, and summits make several
 * hundred such accesses per run. A switch over literal keys compiles to one field load per
 * case. The cases follow VOTING_MEMBERS order; a test checks that they match it.
 */

/** The value of the member at `index` in VOTING_MEMBERS order. */
export function memberValueAt<T>(record: Readonly<Record<VotingMember, T>>, index: number): T {
  switch (index) {
    case 0:
      return record.nigeria;
    case 1:
      return record.senegal;
    case 2:
      return record['cote-divoire'];
    case 3:
      return record.benin;
    case 4:
      return record.ghana;
    case 5:
      return record.togo;
    case 6:
      return record['guinea-bissau'];
    case 7:
      return record['cabo-verde'];
    case 8:
      return record.gambia;
    case 9:
      return record.liberia;
    case 10:
      return record['sierra-leone'];
    default:
      throw new RangeError(`no voting member at position ${index}`);
  }
}

/** Sets `member`'s entry of `record` to `value`. */
export function setMemberValue<T>(record: Record<VotingMember, T>, member: VotingMember, value: T): void {
  switch (member) {
    case 'nigeria':
      record.nigeria = value;
      return;
    case 'senegal':
      record.senegal = value;
      return;
    case 'cote-divoire':
      record['cote-divoire'] = value;
      return;
    case 'benin':
      record.benin = value;
      return;
    case 'ghana':
      record.ghana = value;
      return;
    case 'togo':
      record.togo = value;
      return;
    case 'guinea-bissau':
      record['guinea-bissau'] = value;
      return;
    case 'cabo-verde':
      record['cabo-verde'] = value;
      return;
    case 'gambia':
      record.gambia = value;
      return;
    case 'liberia':
      record.liberia = value;
      return;
    case 'sierra-leone':
      record['sierra-leone'] = value;
      return;
  }
}

/** Sets every member's entry of `record` to `value`, in VOTING_MEMBERS order. */
export function setEveryMemberValue<T>(record: Record<VotingMember, T>, value: T): void {
  record.nigeria = value;
  record.senegal = value;
  record['cote-divoire'] = value;
  record.benin = value;
  record.ghana = value;
  record.togo = value;
  record['guinea-bissau'] = value;
  record['cabo-verde'] = value;
  record.gambia = value;
  record.liberia = value;
  record['sierra-leone'] = value;
}
