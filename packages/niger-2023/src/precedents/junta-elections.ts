import type { ProportionClass } from '@crisis-sim/engine';

const record = (name: string, held: boolean, date: string, citation: string) => ({
  case: name,
  successes: held ? 1 : 0,
  trials: 1,
  date,
  source: { citation, date },
});

/**
 * Did a junta hold elections by the end of the transition it had agreed or announced? Cases
 * whose end date had passed by 2023-08-08; Guinea 2021 and Burkina Faso 2022 had not reached
 * theirs and are left out.
 */
export const juntaElections: ProportionClass = {
  method: 'proportion',
  name: 'Juntas that held elections when their transition ended',
  event: 'elections held by the end of the agreed transition',
  observations: [
    record(
      'Mali, coup of 2012-03-22',
      true,
      '2013-08-11',
      'Reuters, 12 August 2013: Ibrahim Boubacar Keita wins Mali’s presidential run-off of 11 August',
    ),
    record(
      'Niger, coup of 2010-02-18',
      true,
      '2011-03-12',
      'Reuters, 12 March 2011: Niger holds the presidential run-off that ends military rule',
    ),
    record(
      'Mauritania, coup of 2008-08-06',
      true,
      '2009-07-18',
      'Reuters, 18 July 2009: Mauritania holds the presidential election agreed in the Dakar accord',
    ),
    record(
      'Egypt, removal of President Morsi, 2013-07-03',
      true,
      '2014-05-28',
      'Reuters, 28 May 2014: Egypt holds the presidential election of its roadmap',
    ),
    record(
      'Thailand, coup of 2014-05-22',
      false,
      '2015-09-06',
      'Reuters, 6 September 2015: the junta-appointed council rejects the draft constitution, delaying elections promised for 2015',
    ),
    record(
      'Mali, coup of 2020-08-18',
      false,
      '2021-12-30',
      'Reuters, 30 December 2021: Mali proposes to extend the transition by up to five years instead of holding elections in February 2022',
    ),
    record(
      'Chad, military council of 2021-04-20',
      false,
      '2022-10-08',
      'Reuters, 8 October 2022: Chad’s national dialogue extends the 18-month transition by two years',
    ),
    record(
      'Sudan, coup of 2021-10-25',
      false,
      '2023-04-15',
      'Reuters, 15 April 2023: war breaks out in Sudan; the elections promised for July 2023 are not held',
    ),
    record(
      'Guinea, coup of 2008-12-23',
      false,
      '2009-08-17',
      'CRS Report R40703, "Guinea\'s 2008 Military Coup and Relations with the United States", 30 September 2009 (elections postponed from 2009 to 2010)',
    ),
  ],
  weakPrior: { successes: 1, failures: 1, reason: 'a uniform prior: no view before the record' },
};
