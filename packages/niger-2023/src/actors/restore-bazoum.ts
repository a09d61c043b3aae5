import type { NigerState } from '../state.js';

/** Puts Bazoum back in office unless he was harmed; shared by the junta's fall and a successful operation. */
export function restoreBazoum(draft: NigerState, day: number): void {
  if (draft.bazoum === 'harmed' || draft.bazoum === 'restored') return;
  draft.bazoum = 'restored';
  draft.bazoumRestoredDay = day;
  // The first day an elected government took office stands: elections may have come first.
  if (draft.electedGovernmentDay < 0) draft.electedGovernmentDay = day;
}
