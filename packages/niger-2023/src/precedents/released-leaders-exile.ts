import type { ProportionClass } from '@crisis-sim/engine';

/** Did a deposed leader leave the country after release? */
export const releasedLeadersExile: ProportionClass = {
  method: 'proportion',
  name: 'Released deposed leaders who left the country',
  event: 'the released leader leaves the country',
  observations: [
    {
      case: 'Mali, President Keita (2020)',
      successes: 1,
      trials: 1,
      date: '2020-09-05',
      source: {
        citation: 'Reuters, 5 September 2020: Mali’s ousted president Keita flies to the United Arab Emirates for medical treatment',
        date: '2020-09-05',
      },
    },
    {
      case: 'Guinea, President Conde (2021)',
      successes: 1,
      trials: 1,
      date: '2022-01-17',
      source: {
        citation:
          'AFP, 17 January 2022: Guinea junta lets ousted President Alpha Conde leave for medical treatment in the United Arab Emirates',
        date: '2022-01-17',
      },
    },
    {
      case: 'Burkina Faso, President Kabore (2022)',
      successes: 0,
      trials: 1,
      date: '2022-04-07',
      source: {
        citation:
          'Reuters, "Burkina Faso ex-President Roch Kabore allowed out of detention", 6 April 2022 (returns to his home in Ouagadougou)',
        date: '2022-04-07',
        url: 'https://nehandaradio.com/2022/04/07/burkina-faso-ex-president-roch-kabore-allowed-out-of-detention/',
      },
    },
    {
      case: 'Niger, President Tandja (2010)',
      successes: 0,
      trials: 1,
      date: '2011-05-10',
      source: {
        citation: 'BBC News, 10 May 2011: Niger former President Mamadou Tandja freed from prison (stays in Niamey)',
        date: '2011-05-10',
      },
    },
    {
      case: 'Mauritania, President Abdallahi (2008)',
      successes: 0,
      trials: 1,
      date: '2008-12-21',
      source: {
        citation: 'Reuters, 21 December 2008: Mauritania junta frees ousted President Abdallahi, who returns to his home village',
        date: '2008-12-21',
      },
    },
    {
      case: 'Mali, President Ndaw (2021)',
      successes: 0,
      trials: 1,
      date: '2021-05-27',
      source: { citation: "Reuters, 27 May 2021: Mali's detained interim president and prime minister freed", date: '2021-05-27' },
    },
  ],
  weakPrior: { successes: 0.5, failures: 0.5, reason: 'Jeffreys prior: no view before the record' },
};
