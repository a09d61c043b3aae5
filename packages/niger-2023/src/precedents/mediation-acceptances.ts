import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long juntas took, from seizing power, to receive a regional mediation mission and engage
 * with it. Myanmar is the slow case: the junta leader first met ASEAN's leaders, and agreed to
 * their five-point consensus, on 2021-04-24.
 */
export const mediationAcceptances: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'Regional mediation missions received by juntas',
  event: 'the junta receives a regional mediation mission and engages with it',
  observations: [
    {
      case: 'Mali, coup of 2020-08-18',
      from: '2020-08-18',
      to: '2020-08-22',
      censored: false,
      source: {
        citation: 'Reuters, 22 August 2020: ECOWAS mediator Goodluck Jonathan arrives in Bamako for talks with the junta',
        date: '2020-08-22',
      },
    },
    {
      case: 'Mali, coup of 2021-05-24',
      from: '2021-05-24',
      to: '2021-05-25',
      censored: false,
      source: { citation: 'Reuters, 25 May 2021: ECOWAS mediator Goodluck Jonathan meets Col. Goita in Bamako', date: '2021-05-25' },
    },
    {
      case: 'Guinea, coup of 2021-09-05',
      from: '2021-09-05',
      to: '2021-09-10',
      censored: false,
      source: {
        citation: 'Reuters, 10 September 2021: an ECOWAS delegation meets junta leader Doumbouya and President Conde in Conakry',
        date: '2021-09-10',
      },
    },
    {
      case: 'Burkina Faso, coup of 2022-01-24',
      from: '2022-01-24',
      to: '2022-01-29',
      censored: false,
      source: {
        citation: 'Reuters, 29 January 2022: an ECOWAS delegation of chiefs of staff meets the junta in Ouagadougou',
        date: '2022-01-29',
      },
    },
    {
      case: 'Burkina Faso, coup of 2022-09-30',
      from: '2022-09-30',
      to: '2022-10-04',
      censored: false,
      source: {
        citation: 'Reuters, 4 October 2022: an ECOWAS mission led by former Niger president Issoufou meets Capt. Traore',
        date: '2022-10-04',
      },
    },
    {
      case: 'Myanmar, coup of 2021-02-01',
      from: '2021-02-01',
      to: '2021-04-24',
      censored: false,
      source: {
        citation:
          "ASEAN Leaders' Meeting, Jakarta, Chairman's statement of 24 April 2021 (five-point consensus, with Senior General Min Aung Hlaing)",
        date: '2021-04-24',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 30, reason: 'one mission in a month, worth a single case' },
};
