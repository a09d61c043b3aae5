import type { WaitingTimeClass } from '@crisis-sim/engine';

/** One session of the Authority and the next, as an observation of the gap between them. */
function gap(previous: string, next: string, citation: string, url?: string): WaitingTimeClass['observations'][number] {
  return {
    case: `ECOWAS Authority, session of ${previous} to the next, ${next}`,
    from: previous,
    to: next,
    censored: false,
    source: url === undefined ? { citation, date: next } : { citation, date: next, url },
  };
}

/**
 * How often the ECOWAS Authority of Heads of State met, in ordinary or extraordinary session,
 * while it handled the juntas of Mali, Guinea and Burkina Faso: from Mali's second coup
 * (session of 2021-05-30) to the last session before Niger's coup (2023-07-09). Every gap is
 * observed (none censored). The sessions mix the scheduled (ordinary, twice a year) and the
 * convened (extraordinary, after a coup or a deadline), which is what the model's review
 * interval stands for: the pace at which the heads of state come back to a junta without a
 * new trigger inside the model. Left out: ministerial and mediation meetings, and the 2023-07-30
 * session on Niger itself (the crisis being modelled).
 */
export const ecowasSummitIntervals: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'Sessions of the ECOWAS Authority on the juntas of Mali, Guinea and Burkina Faso, 2021-2023',
  event: 'the Authority of Heads of State meets again (ordinary or extraordinary session)',
  observations: [
    gap('2021-05-30', '2021-06-19', 'ECOWAS Authority, 59th ordinary session, Accra, 19 June 2021, final communique (Mali transition)'),
    gap('2021-06-19', '2021-09-08', 'ECOWAS Authority, extraordinary virtual session on Guinea, 8 September 2021 (Guinea suspended)'),
    gap(
      '2021-09-08',
      '2021-09-16',
      'ECOWAS Authority, extraordinary session on Guinea and Mali, Accra, 16 September 2021, communique',
      'https://www.theheraldghana.com/general/ECOWAS-Communique-and-Resolutions-of-the-ECOWAS-Extraordinary-Summit-on-Guinea-today-in-Accra-21761',
    ),
    gap(
      '2021-09-16',
      '2021-11-07',
      'ECOWAS Authority, 3rd extraordinary session on Mali and Guinea, Accra, 7 November 2021, final communique',
      'https://newsghana.com.gh/final-communique-ecowas-3rd-extraordinary-session-on-mali-and-guinea/',
    ),
    gap('2021-11-07', '2021-12-12', 'ECOWAS Authority, 60th ordinary session, Abuja, 12 December 2021, final communique'),
    gap('2021-12-12', '2022-01-09', 'ECOWAS Authority, 4th extraordinary session on Mali, Accra, 9 January 2022 (sanctions on Mali)'),
    gap(
      '2022-01-09',
      '2022-01-28',
      'ECOWAS Authority, extraordinary virtual session on Burkina Faso, 28 January 2022 (Burkina Faso suspended)',
    ),
    gap('2022-01-28', '2022-02-03', 'ECOWAS Authority, extraordinary session on Burkina Faso, Guinea and Mali, Accra, 3 February 2022'),
    gap(
      '2022-02-03',
      '2022-03-25',
      'ECOWAS Authority, extraordinary session on Mali, Guinea and Burkina Faso, Accra, 25 March 2022 (named as the previous session in the communique of 4 June 2022)',
      'https://reliefweb.int/report/mali/final-communique-extraordinary-summit-ecowas-authority-heads-state-and-government-situation-mali-guinea-and-burkina-faso-4th-june-2022',
    ),
    gap(
      '2022-03-25',
      '2022-06-04',
      'ECOWAS Authority, extraordinary session on Mali, Guinea and Burkina Faso, Accra, 4 June 2022, final communique',
      'https://reliefweb.int/report/mali/final-communique-extraordinary-summit-ecowas-authority-heads-state-and-government-situation-mali-guinea-and-burkina-faso-4th-june-2022',
    ),
    gap(
      '2022-06-04',
      '2022-07-03',
      'ECOWAS Authority, 61st ordinary session, Accra, 3 July 2022 (Mali sanctions lifted on a 24-month timetable)',
    ),
    gap('2022-07-03', '2022-09-22', 'ECOWAS Authority, extraordinary session, New York, 22 September 2022 (graduated sanctions on Guinea)'),
    gap(
      '2022-09-22',
      '2022-12-04',
      'ECOWAS Authority, 62nd ordinary session, Abuja, 4 December 2022, final communique (Vanguard, 8 December 2022)',
      'https://www.vanguardngr.com/2022/12/ecowas-demands-2-permanent-seats-for-africa-in-un-security-council/',
    ),
    gap(
      '2022-12-04',
      '2023-02-18',
      'ECOWAS Authority, extraordinary session, Addis Ababa, 18 February 2023 (sanctions on Mali, Guinea and Burkina Faso kept)',
    ),
    gap('2023-02-18', '2023-07-09', 'ECOWAS Authority, 63rd ordinary session, Bissau, 9 July 2023 (President Tinubu elected chair)'),
  ],
  weakPrior: { events: 1, exposureDays: 30, reason: 'a session a month, worth a single gap: the pace of the 2020 Mali crisis' },
};
