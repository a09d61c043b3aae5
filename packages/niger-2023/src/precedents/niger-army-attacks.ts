import type { EvidenceSource, WaitingTimeClass } from '@crisis-sim/engine';

const intagamey: EvidenceSource = {
  citation:
    'Reuters (Bol News), 12 February 2023: at least ten Nigerien soldiers killed and 16 missing in an ambush near Intagamey (Banibangou, Tillaberi) on 10 February, by the defence minister\'s statement; AFP (Le Monde), 11 February 2023: "after a few months of lull"',
  date: '2023-02-12',
  url: 'https://www.bolnews.com/world/2023/02/niger-at-least-10-soldiers-were-killed-in-an-insurgent-ambush/',
};

/**
 * How often jihadists killed ten or more of Niger's soldiers in one attack, from 2022 to the
 * start date. Inclusion rule: every attack on Niger's army, national guard or gendarmerie with
 * ten or more of them killed that a wire report (AFP, AP, Reuters) or a ministry statement dated
 * on or before 2023-08-08 records; the record was searched for 2022 to 2023-08-08, the period
 * of Bazoum's presidency that followed the 2019-2021 peak. One such attack was found (Intagamey,
 * 10 February 2023, 17 dead by the ministry's toll of 17 February); AFP wrote of "a few months
 * of lull" before it. The window opens on 2022-01-01 (a constant hazard has no memory, so any
 * start is a valid first interval) and is censored on the start date, when no second attack of
 * that size had been reported. Left out: attacks before 2022 (Inates, December 2019, 71 killed;
 * Chinagodrar, January 2020, 89; Tillia, May 2021, 16), a more violent period that the weak
 * prior stands for; attacks that killed civilians only. A search of wire reports can miss an
 * attack, which would bias the hazard down; the weak prior (the v2.2 guess of a median of 45
 * days) pulls the other way.
 */
export const nigerArmyAttacks: WaitingTimeClass = {
  method: 'waiting-time',
  name: "Jihadist attacks killing ten or more of Niger's soldiers, 2022 to the start date",
  event: 'an attack kills ten or more soldiers, national guards or gendarmes',
  observations: [
    {
      case: 'Niger, 2022-01-01 to the Intagamey ambush of 2023-02-10',
      from: '2022-01-01',
      to: '2023-02-10',
      censored: false,
      source: intagamey,
    },
    {
      case: 'Niger, after Intagamey to the start date',
      from: '2023-02-10',
      to: '2023-08-08',
      censored: true,
      source: {
        citation:
          'AFP (ActuCameroun), 17 February 2023: the defence ministry revises the toll of the 10 February attack to 17 soldiers killed, 13 wounded, 12 missing',
        date: '2023-02-17',
        url: 'https://actucameroun.com/2023/02/17/niger-au-moins-17-soldats-tues-dans-lattaque-du-10-fevrier-nouveau-bilan/',
        note: 'No later attack of that size was found in wire reports dated up to 2023-08-08 (the first one after the coup came on 2023-08-15, after the start date, and is not used).',
      },
    },
  ],
  weakPrior: {
    events: 1,
    exposureDays: 65,
    reason: "v2.2's guess of an attack of that size every six weeks or so (a median of 45 days), the pace of 2019-2021, worth one case",
  },
};
