import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long the regime that deposed a head of state or government took to bring criminal charges
 * against its detained predecessor. The cases are those of the release class
 * (`deposed-leader-releases.ts`), the same coups; a leader freed without charges is censored
 * at the release, and the window is one year. Left out, as there: Chad 2021 (the president
 * died), Thailand 2014 (the prime minister had been removed by a court before the coup).
 */
export const deposedLeaderCharges: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'Criminal charges brought by juntas against the leaders they deposed',
  event: 'the new regime charges the deposed leader, or orders his prosecution',
  observations: [
    {
      case: 'Myanmar, State Counsellor Aung San Suu Kyi, coup of 2021-02-01',
      from: '2021-02-01',
      to: '2021-02-03',
      censored: false,
      source: {
        citation: 'France 24 (AFP), 3 February 2021: police charge Suu Kyi with illegally importing walkie-talkies; held until 15 February',
        date: '2021-02-03',
        url: 'https://www.france24.com/en/asia-pacific/20210203-myanmar-s-ousted-leader-suu-kyi-charged-with-illegally-importing-walkie-talkies',
      },
    },
    {
      case: 'Egypt, President Morsi, removal of 2013-07-03',
      from: '2013-07-03',
      to: '2013-07-26',
      censored: false,
      source: {
        citation:
          'Reuters, 26 July 2013: an Egyptian judge orders Mohamed Morsi detained for 15 days pending an investigation of charges including conspiring with Hamas',
        date: '2013-07-26',
      },
    },
    {
      case: 'Guinea, President Conde, coup of 2021-09-05',
      from: '2021-09-05',
      to: '2022-05-04',
      censored: false,
      source: {
        citation:
          "Reuters, 4 May 2022: Guinea's attorney general orders legal proceedings against ousted President Alpha Conde and 26 former officials, including complicity in murder",
        date: '2022-05-04',
        url: 'https://www.devdiscourse.com/article/politics/2025695-guinea-orders-legal-proceedings-against-ousted-president-conde',
      },
    },
    {
      case: 'Niger, President Tandja, coup of 2010-02-18 (charged in January 2011; dated to the month end)',
      from: '2010-02-18',
      to: '2011-01-31',
      censored: false,
      source: {
        citation:
          "BBC News and AFP, May 2011 (Sahara Focus digest): Niger's State Court lifted Tandja's immunity in December 2010; he was charged and moved to Kollo prison in January 2011",
        date: '2011-05-03',
        url: 'https://menasassociates.blogspot.com/2011/05/niger-court-drops-corruption-charges.html',
      },
    },
    {
      case: 'Mali, President Keita, coup of 2020-08-18 (freed without charges)',
      from: '2020-08-18',
      to: '2020-08-27',
      censored: true,
      source: {
        citation: 'Journal du Cameroun, "Military junta releases Mali\'s ousted leader", 27 August 2020',
        date: '2020-08-27',
        url: 'https://www.journalducameroun.com/en/military-junta-releases-malis-ousted-leader/',
      },
    },
    {
      case: 'Mali, President Ndaw and PM Ouane, coup of 2021-05-24 (freed without charges)',
      from: '2021-05-24',
      to: '2021-05-27',
      censored: true,
      source: { citation: "Reuters, 27 May 2021: Mali's detained interim president and prime minister freed", date: '2021-05-27' },
    },
    {
      case: 'Burkina Faso, President Kabore, coup of 2022-01-24 (freed without charges)',
      from: '2022-01-24',
      to: '2022-04-06',
      censored: true,
      source: {
        citation: 'Reuters, "Burkina Faso ex-President Roch Kabore allowed out of detention", 6 April 2022',
        date: '2022-04-07',
        url: 'https://nehandaradio.com/2022/04/07/burkina-faso-ex-president-roch-kabore-allowed-out-of-detention/',
      },
    },
    {
      case: 'Sudan, PM Hamdok, coup of 2021-10-25 (reinstated, not charged)',
      from: '2021-10-25',
      to: '2021-11-21',
      censored: true,
      source: {
        citation: 'AP, 21 November 2021: Sudan military reinstates Prime Minister Hamdok, freed from house arrest',
        date: '2021-11-21',
      },
    },
    {
      case: 'Mauritania, President Abdallahi, coup of 2008-08-06 (freed without charges)',
      from: '2008-08-06',
      to: '2008-12-21',
      censored: true,
      source: {
        citation: 'Reuters, 21 December 2008: Mauritania junta frees ousted President Sidi Ould Cheikh Abdallahi',
        date: '2008-12-21',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 365, reason: 'charges within a year, worth a single case' },
};
