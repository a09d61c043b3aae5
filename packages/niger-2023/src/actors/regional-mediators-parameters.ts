import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { chadMissions } from '../precedents/chad-missions.js';
import { regionalSources } from '../regional-sources.js';

/** Parameters of the two mediators. */
export const mediatorParameters = {
  'chad.missionMedianDays': parameterFromReferenceClass(chadMissions, {
    description: "Median days between missions of Chad's president (or envoy) to the junta in Niamey.",
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 3650,
  }),
  'togo.missionMedianDays': param.number({
    default: 45,
    min: 1,
    max: 3650,
    unit: 'days',
    description: "Median days between missions of Togo's president (or foreign minister) to the junta in Niamey.",
    source: {
      ...regionalSources.togoMaliMediation,
      assumedLevel:
        "Togo was the go-between Mali's junta preferred to ECOWAS, but its missions followed the junta's own request: Mali's foreign minister asked Togo's president in Lome on 2022-05-04 to facilitate dialogue (joint communique, republicoftogo.com, May 2022), after which Togo's president and foreign minister went to Bamako (the Ivorian soldiers, July 2022 - January 2023). Niger's junta had made no such request by 2023-08-08 and had recalled its ambassador from Togo on 2023-08-03, and no Togolese mission to Niamey was reported; the dated record gives no rate, so half as often as Chad's, about every six weeks, stays an assumption.",
    },
  }),
};
