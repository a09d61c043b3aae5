import type { ScheduledEvent } from '@crisis-sim/engine';
import type { NigerAction } from './niger-action.js';

/**
 * The calendar known on 2023-08-08: the second extraordinary ECOWAS summit announced for
 * 2023-08-10 (day 2). It opens on day 1 so that members' positions (the ministers' preparatory
 * session) are cast on day 1 and the heads of state decide on day 2, the summit date.
 */
export const nigerSchedule: readonly ScheduledEvent<NigerAction>[] = [
  {
    day: 1,
    actor: 'ecowas',
    action: { type: 'ecowas/convene-summit', question: 'activate' },
    reason: 'the extraordinary summit announced for 2023-08-10 in Abuja considers the military option after the ultimatum lapsed',
  },
];
