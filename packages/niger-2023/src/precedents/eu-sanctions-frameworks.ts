import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long, from ECOWAS's sanctions on a West African junta, until the Council of the EU set up
 * a framework of restrictive measures of its own in their support. One case per ECOWAS sanctions
 * package on a junta before 2023-08-08. Left out: Burkina Faso (2022), where ECOWAS suspended
 * the country but imposed no sanctions, and Chad and Sudan (not ECOWAS).
 */
export const euSanctionsFrameworks: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'EU frameworks of restrictive measures backing ECOWAS sanctions on juntas',
  event: 'the Council of the EU sets up a framework of restrictive measures for the country',
  observations: [
    {
      case: 'Mali, ECOWAS sanctions of 2020-08-20 (lifted 2020-10-06, no EU framework)',
      from: '2020-08-20',
      to: '2020-10-06',
      censored: true,
      source: {
        citation: 'ECOWAS statement of 6 October 2020: the sanctions on Mali are lifted after the adoption of the transition charter',
        date: '2020-10-06',
      },
    },
    {
      case: 'Guinea, ECOWAS sanctions of 2021-09-16 (no EU framework by 2023-08-08)',
      from: '2021-09-16',
      to: '2023-08-08',
      censored: true,
      source: {
        citation:
          'ECOWAS extraordinary summit on Guinea, Accra, 16 September 2021: travel bans and asset freezes on the junta members and their families',
        date: '2021-09-16',
        note: 'The EU had set up no framework of restrictive measures for Guinea by the start date.',
      },
    },
    {
      case: 'Mali, ECOWAS sanctions of 2021-11-07',
      from: '2021-11-07',
      to: '2021-12-13',
      censored: false,
      source: {
        citation:
          'Council of the EU, press release of 13 December 2021: "Mali: EU sets up autonomous framework for sanctions against those obstructing the political transition", in support of the ECOWAS decision of 7 November 2021',
        date: '2021-12-13',
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=celex%3A32021D2208',
      },
    },
  ],
  weakPrior: {
    events: 1,
    exposureDays: 180,
    reason: 'the EU backs ECOWAS sanctions with its own within six months, worth a single case',
  },
};
