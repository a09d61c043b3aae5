import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long, from a junta seizing power, until France announced the withdrawal of its forces
 * from the country, where France had forces based. One case per junta. Window: two years or
 * the start date, whichever is earlier.
 */
export const frenchWithdrawals: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'French force withdrawals from countries ruled by juntas',
  event: 'France announces that its forces will leave the country',
  observations: [
    {
      case: 'Mali, junta of 2020-08-18',
      from: '2020-08-18',
      to: '2022-02-17',
      censored: false,
      source: { citation: 'Elysee, joint declaration on the withdrawal of French forces from Mali, 17 February 2022', date: '2022-02-17' },
    },
    {
      case: 'Burkina Faso, junta of 2022-01-24 (Damiba)',
      from: '2022-01-24',
      to: '2022-09-30',
      censored: true,
      source: {
        citation: 'Reuters, 30 September 2022: Capt. Ibrahim Traore ousts Lt. Col. Damiba; French special forces still based at Kamboinsin',
        date: '2022-09-30',
      },
    },
    {
      case: 'Burkina Faso, junta of 2022-09-30 (Traore)',
      from: '2022-09-30',
      to: '2023-01-25',
      censored: false,
      source: {
        citation:
          'APA News, "France recalls its ambassador to Burkina Faso", 26 January 2023 (Paris agreed on 25 January that its Sabre forces leave within a month)',
        date: '2023-01-26',
        url: 'https://apanews.net/france-recalls-its-ambassador-to-burkina-faso',
      },
    },
    {
      case: 'Chad, military council of 2021-04-20',
      from: '2021-04-20',
      to: '2023-04-20',
      censored: true,
      source: {
        citation: "Reuters, 8 April 2023: Chad expels Germany's ambassador; French forces remain in N'Djamena",
        date: '2023-04-08',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 365, reason: 'one withdrawal in a year, worth a single case' },
};
