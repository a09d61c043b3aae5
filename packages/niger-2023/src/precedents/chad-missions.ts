import type { WaitingTimeClass } from '@crisis-sim/engine';
import { regionalSources } from '../regional-sources.js';

/**
 * How often Chad's president went to Niamey to mediate, from the coup to the start date: the
 * only record of this channel is its own. One mission (30 July, four days after the coup, sent
 * on from the ECOWAS summit), then none in the nine days to 2023-08-08 (censored). Small, hence
 * the weak prior of a mission a month.
 */
export const chadMissions: WaitingTimeClass = {
  method: 'waiting-time',
  name: "Missions of Chad's president to Niamey since the coup",
  event: "Chad's president (or his envoy) meets the junta in Niamey",
  observations: [
    {
      case: 'Niger, coup of 2023-07-26: first mission',
      from: '2023-07-26',
      to: '2023-07-30',
      censored: false,
      source: regionalSources.debyNiamey0730,
    },
    {
      case: 'Niger: a second mission after 2023-07-30',
      from: '2023-07-30',
      to: '2023-08-08',
      censored: true,
      source: {
        ...regionalSources.debyNiamey0730,
        note: 'No second Chadian mission was reported by 2023-08-08 (the ECOWAS delegation of 3 August was not received by Gen. Tiani).',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 30, reason: 'a mission a month from a neighbour the junta receives, worth a single case' },
};
