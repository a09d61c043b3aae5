import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long deposed heads of state or government stayed detained after a coup. Window: two
 * years; leaders still held then are censored. Left out: Chad 2021 (the president died),
 * Thailand 2014 (the prime minister had been removed by a court before the coup).
 */
export const deposedLeaderReleases: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'Releases of deposed leaders detained in coups',
  event: 'the deposed leader is released from detention',
  observations: [
    {
      case: 'Mali, President Keita, coup of 2020-08-18',
      from: '2020-08-18',
      to: '2020-08-27',
      censored: false,
      source: {
        citation: 'Journal du Cameroun, "Military junta releases Mali\'s ousted leader", 27 August 2020',
        date: '2020-08-27',
        url: 'https://www.journalducameroun.com/en/military-junta-releases-malis-ousted-leader/',
      },
    },
    {
      case: 'Mali, President Ndaw and PM Ouane, coup of 2021-05-24',
      from: '2021-05-24',
      to: '2021-05-27',
      censored: false,
      source: { citation: "Reuters, 27 May 2021: Mali's detained interim president and prime minister freed", date: '2021-05-27' },
    },
    {
      case: 'Burkina Faso, President Kabore, coup of 2022-01-24',
      from: '2022-01-24',
      to: '2022-04-06',
      censored: false,
      source: {
        citation: 'Reuters, "Burkina Faso ex-President Roch Kabore allowed out of detention", 6 April 2022',
        date: '2022-04-07',
        url: 'https://nehandaradio.com/2022/04/07/burkina-faso-ex-president-roch-kabore-allowed-out-of-detention/',
      },
    },
    {
      case: 'Guinea, President Conde, coup of 2021-09-05',
      from: '2021-09-05',
      to: '2022-01-17',
      censored: false,
      source: {
        citation:
          'AFP, 17 January 2022: Guinea junta lets ousted President Alpha Conde leave for medical treatment in the United Arab Emirates',
        date: '2022-01-17',
      },
    },
    {
      case: 'Sudan, PM Hamdok, coup of 2021-10-25',
      from: '2021-10-25',
      to: '2021-11-21',
      censored: false,
      source: {
        citation: 'AP, 21 November 2021: Sudan military reinstates Prime Minister Hamdok, freed from house arrest',
        date: '2021-11-21',
      },
    },
    {
      case: 'Niger, President Tandja, coup of 2010-02-18',
      from: '2010-02-18',
      to: '2011-05-10',
      censored: false,
      source: { citation: 'BBC News, 10 May 2011: Niger former President Mamadou Tandja freed from prison', date: '2011-05-10' },
    },
    {
      case: 'Mauritania, President Abdallahi, coup of 2008-08-06',
      from: '2008-08-06',
      to: '2008-12-21',
      censored: false,
      source: {
        citation: 'Reuters, 21 December 2008: Mauritania junta frees ousted President Sidi Ould Cheikh Abdallahi',
        date: '2008-12-21',
      },
    },
    {
      case: 'Myanmar, State Counsellor Aung San Suu Kyi, coup of 2021-02-01',
      from: '2021-02-01',
      to: '2023-02-01',
      censored: true,
      source: {
        citation: 'Reuters, 30 December 2022: Suu Kyi sentenced to a further seven years, 33 in all, and remains in detention',
        date: '2022-12-30',
      },
    },
    {
      case: 'Egypt, President Morsi, removal of 2013-07-03',
      from: '2013-07-03',
      to: '2015-07-03',
      censored: true,
      source: {
        citation: 'Reuters, 16 May 2015: Egyptian court sentences Mohamed Morsi to death; he remains in prison',
        date: '2015-05-16',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 60, reason: 'one release in two months, worth a single case' },
};
