import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long, from a junta seizing power in Africa, until Russian (Wagner) forces were
 * invited in and deployed. One case per junta since Wagner's first African deployments
 * (2017); Sudan 2021 is left out because Wagner was already present before the coup.
 * Window: two years or the start date, whichever is earlier.
 */
export const wagnerDeployments: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'Russian (Wagner) deployments after coups in Africa',
  event: 'Russian or Wagner forces deploy at the junta’s invitation',
  observations: [
    {
      case: 'Mali, junta of 2020-08-18',
      from: '2020-08-18',
      to: '2021-12-23',
      censored: false,
      source: {
        citation: 'Joint statement of 15 governments on the deployment of the Wagner Group in Mali, 23 December 2021',
        date: '2021-12-23',
      },
    },
    {
      case: 'Burkina Faso, junta of 2022-01-24 (Damiba)',
      from: '2022-01-24',
      to: '2022-09-30',
      censored: true,
      source: { citation: 'Reuters, 30 September 2022: Damiba ousted; no Russian forces in Burkina Faso', date: '2022-09-30' },
    },
    {
      case: 'Burkina Faso, junta of 2022-09-30 (Traore)',
      from: '2022-09-30',
      to: '2023-08-08',
      censored: true,
      source: {
        citation: 'APA News, 26 January 2023: the Burkinabe authorities rule out involving Wagner in the fight against jihadist groups',
        date: '2023-01-26',
        url: 'https://apanews.net/france-recalls-its-ambassador-to-burkina-faso',
      },
    },
    {
      case: 'Guinea, junta of 2021-09-05',
      from: '2021-09-05',
      to: '2023-08-08',
      censored: true,
      source: {
        citation: 'Government of Guinea (CNRD), statement of 31 July 2023 on Niger, refusing ECOWAS sanctions',
        date: '2023-07-31',
        note: 'No Russian or Wagner deployment in Guinea was reported up to the start date.',
      },
    },
    {
      case: 'Chad, military council of 2021-04-20',
      from: '2021-04-20',
      to: '2023-04-20',
      censored: true,
      source: {
        citation: "Reuters, 8 April 2023: Chad, a French ally, expels Germany's ambassador; no Russian deployment",
        date: '2023-04-08',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 365, reason: 'one deployment in a year, worth a single case' },
};
