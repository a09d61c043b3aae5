import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long juntas lasted before being toppled by a counter-coup or forced out by their own
 * army. One case per junta; window two years or the start date, whichever is earlier. Juntas
 * that handed power over by agreement (Mali 2012, Niger 2010 after elections) are censored at
 * the handover: that is a negotiated exit, which the model treats separately. Mali 2022 and
 * Guinea 2022 stayed united under ECOWAS sanctions, which is why sanctions do not drive this
 * hazard in the model.
 */
export const juntaCollapses: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'Juntas toppled by counter-coups',
  event: 'the junta is toppled by a counter-coup or its own army',
  observations: [
    {
      case: 'Burkina Faso, junta of 2022-01-24 (Damiba)',
      from: '2022-01-24',
      to: '2022-09-30',
      censored: false,
      source: {
        citation: 'Reuters, 30 September 2022: Capt. Ibrahim Traore ousts Lt. Col. Damiba in Burkina Faso’s second coup of the year',
        date: '2022-09-30',
      },
    },
    ...(
      [
        ['Mali, junta of 2020-08-18', '2020-08-18', '2022-08-18'],
        ['Guinea, junta of 2021-09-05', '2021-09-05', '2023-08-08'],
        ['Burkina Faso, junta of 2022-09-30 (Traore)', '2022-09-30', '2023-08-08'],
        ['Chad, military council of 2021-04-20', '2021-04-20', '2023-04-20'],
        ['Sudan, coup of 2021-10-25', '2021-10-25', '2023-04-15'],
        ['Myanmar, coup of 2021-02-01', '2021-02-01', '2023-02-01'],
        ['Thailand, coup of 2014-05-22', '2014-05-22', '2016-05-22'],
        ['Egypt, removal of President Morsi, 2013-07-03', '2013-07-03', '2014-06-08'],
        ['Mauritania, coup of 2008-08-06', '2008-08-06', '2009-08-05'],
        ['Niger, coup of 2010-02-18', '2010-02-18', '2011-04-07'],
        ['Mali, coup of 2012-03-22', '2012-03-22', '2012-04-12'],
      ] as const
    ).map(([name, from, to]) => ({
      case: name,
      from,
      to,
      censored: true,
      source: {
        citation:
          'CRS Insight IN11854, "An Epidemic of Coups in Africa? Issues for Congress", 11 February 2022, and the Reuters record up to the start date',
        date: '2022-02-11',
        url: 'https://www.everycrsreport.com/reports/IN11854.html',
        note: `No counter-coup toppled this junta between ${from} and ${to} (end of the window, an elected successor or a negotiated handover).`,
      },
    })),
  ],
  weakPrior: { events: 1, exposureDays: 730, reason: 'one collapse in two years, worth a single case' },
};
