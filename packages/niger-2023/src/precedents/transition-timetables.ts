import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long juntas took, from seizing power, to announce the length of their transition
 * (a charter, a roadmap or a stated election date). Announcements made on the day of the
 * coup count as 0 days.
 */
export const transitionTimetables: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'Transition timetables announced by juntas',
  event: 'the junta announces how long its transition will last',
  observations: [
    {
      case: 'Mali, coup of 2020-08-18',
      from: '2020-08-18',
      to: '2020-09-12',
      censored: false,
      source: {
        citation: 'Reuters, 12 September 2020: Mali national consultations adopt a charter for an 18-month transition',
        date: '2020-09-12',
      },
    },
    {
      case: 'Burkina Faso, coup of 2022-01-24',
      from: '2022-01-24',
      to: '2022-03-01',
      censored: false,
      source: {
        citation:
          'Reuters, "Burkina Faso ex-President Roch Kabore allowed out of detention", 6 April 2022 (the 36-month transition was adopted by national consultations on 1 March 2022)',
        date: '2022-04-07',
        url: 'https://nehandaradio.com/2022/04/07/burkina-faso-ex-president-roch-kabore-allowed-out-of-detention/',
      },
    },
    {
      case: 'Guinea, coup of 2021-09-05',
      from: '2021-09-05',
      to: '2022-04-30',
      censored: false,
      source: { citation: 'Reuters, 30 April 2022: Guinea junta leader Doumbouya proposes a 39-month transition', date: '2022-04-30' },
    },
    {
      case: 'Chad, military council of 2021-04-20',
      from: '2021-04-20',
      to: '2021-04-20',
      censored: false,
      source: {
        citation: 'Reuters, 20 April 2021: Chad military council announces an 18-month transition after President Deby is killed',
        date: '2021-04-20',
      },
    },
    {
      case: 'Sudan, coup of 2021-10-25',
      from: '2021-10-25',
      to: '2021-10-25',
      censored: false,
      source: {
        citation: 'AP, 25 October 2021: Gen. Burhan dissolves the transitional government and promises elections in July 2023',
        date: '2021-10-25',
        url: 'https://www.springfieldnewssun.com/nation-world/us-condemns-sudan-coup-suspends-700-million-in-aid/IC3TI7FA7BHBXINQW7P564FQS4/',
      },
    },
    {
      case: 'Myanmar, coup of 2021-02-01',
      from: '2021-02-01',
      to: '2021-02-01',
      censored: false,
      source: {
        citation:
          'Al Arabiya with Reuters, 2 February 2021: the military installs a 12-month state of emergency after detaining Aung San Suu Kyi',
        date: '2021-02-02',
        url: 'https://english.alarabiya.net/News/world/2021/02/02/US-declares-military-coup-in-Myanmar-State-Department-officials',
      },
    },
    {
      case: 'Thailand, coup of 2014-05-22',
      from: '2014-05-22',
      to: '2014-05-30',
      censored: false,
      source: {
        citation: 'Reuters, 30 May 2014: Gen. Prayuth Chan-ocha sets out a roadmap, elections in about 15 months',
        date: '2014-05-30',
      },
    },
    {
      case: 'Egypt, removal of President Morsi, 2013-07-03',
      from: '2013-07-03',
      to: '2013-07-03',
      censored: false,
      source: {
        citation: 'Reuters, 3 July 2013: Gen. Sisi announces a roadmap with early presidential and parliamentary elections',
        date: '2013-07-03',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 30, reason: 'one announcement in a month, worth a single case' },
};
