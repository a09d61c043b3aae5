import type { EvidenceSource, WaitingTimeClass } from '@crisis-sim/engine';
import { regionalSources } from '../regional-sources.js';
import { sources } from '../sources.js';

const maliLifted2020: EvidenceSource = {
  citation:
    'Reuters, 6 October 2020: ECOWAS lifts the sanctions it imposed on Mali after the coup of 18 August (border closures and a halt to trade and financial flows, decided on 20 August) once the junta named a civilian-led transitional government',
  date: '2020-10-06',
};

const maliLifted2022: EvidenceSource = {
  citation:
    "APA News, 3 July 2022: the 61st ordinary session of the ECOWAS Authority (Accra) lifts the economic and financial sanctions imposed on Mali on 9 January 2022; members' borders with Mali reopen",
  date: '2022-07-03',
  url: 'https://apanews.net/ecowas-leaders-lift-economic-financial-sanctions-imposed-on-mali/',
};

/**
 * Whether a member that closed its border with a junta under ECOWAS sanctions reopened it
 * before the bloc lifted them. Inclusion rule: every ECOWAS sanctions package that closed
 * members' land borders with a junta (Mali, August 2020; Mali, January 2022; Niger, July 2023),
 * one case per bordering member that applied it; each case runs from the closure to the bloc's
 * lifting, or to the start date, without the event: no member broke ranks. Left out: Guinea in
 * 2022 (it refused to close its border at all, so it never reopened one), Burkina Faso in 2022
 * (under a junta from 24 January, its application is not recorded), Nigeria's own closure of
 * its Benin border (August 2019 to December 2020, 484 days: unilateral, not a bloc's
 * sanctions). The precedents' pressure on the closing member was lower than the model's "full
 * pressure" (pain 1), so reading the class as the hazard at full pressure overstates the median.
 */
export const sanctionBorderClosures: WaitingTimeClass = {
  method: 'waiting-time',
  name: "ECOWAS members' border closures on juntas under the bloc's sanctions: reopened before the bloc lifted them",
  event: 'the member reopens its border with the junta before ECOWAS lifts its sanctions',
  observations: [
    ...(['Senegal', "Cote d'Ivoire", 'Niger', 'Burkina Faso'] as const).map((member) => ({
      case: `${member}'s border with Mali, closed 2020-08-20`,
      from: '2020-08-20',
      to: '2020-10-06',
      censored: true,
      source: maliLifted2020,
    })),
    ...(['Senegal', "Cote d'Ivoire", 'Niger'] as const).map((member) => ({
      case: `${member}'s border with Mali, closed 2022-01-09`,
      from: '2022-01-09',
      to: '2022-07-03',
      censored: true,
      source: maliLifted2022,
    })),
    {
      case: "Benin's border with Niger, closed 2023-07-30",
      from: '2023-07-30',
      to: '2023-08-08',
      censored: true,
      source: regionalSources.beninBorder0801,
    },
    {
      case: "Nigeria's border with Niger, closed 2023-07-30",
      from: '2023-07-30',
      to: '2023-08-08',
      censored: true,
      source: { citation: sources.ecowasSummit0730.citation, date: sources.ecowasSummit0730.date },
    },
  ],
  weakPrior: {
    events: 1,
    exposureDays: 365,
    reason: "v2.2's guess of a year at full pressure, worth one case",
  },
};
