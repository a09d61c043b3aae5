import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long the US executive took to apply the coup restriction (section 7008 and its
 * predecessors) after a military takeover that deposed an elected head of government.
 * Window: one year from the coup; a case without a determination in that year is censored.
 * Left out, with the reason: Sudan 2021 (the deposed prime minister was not elected and a
 * 1989 determination was still in force), Chad 2021 (no elected head was deposed: the
 * president had died), Guinea 2021 (no dated public record of a determination was found).
 */
export const usCoupDeterminations: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'US coup determinations after military takeovers of elected governments',
  event: 'the State Department determines a coup took place, or restricts aid to the government under the coup restriction',
  observations: [
    {
      case: 'Myanmar, coup of 2021-02-01',
      from: '2021-02-01',
      to: '2021-02-02',
      censored: false,
      source: {
        citation: 'AFP, "US determines Myanmar army carried out coup, blocking aid", 2 February 2021',
        date: '2021-02-02',
        url: 'https://au.news.yahoo.com/us-determines-myanmar-army-carried-155456536.html',
      },
    },
    {
      case: 'Burkina Faso, coup of 2022-01-24',
      from: '2022-01-24',
      to: '2022-02-18',
      censored: false,
      source: {
        citation: 'Reuters, "U.S. halts aid to Burkina Faso after finding military coup occurred", 18 February 2022',
        date: '2022-02-18',
        url: 'https://nationalpost.com/pmn/news-pmn/u-s-halts-aid-to-burkina-faso-after-finding-military-coup-occurred',
      },
    },
    {
      case: 'Mali, coup of 2020-08-18',
      from: '2020-08-18',
      to: '2020-08-21',
      censored: false,
      source: {
        citation:
          'Reuters, 21 August 2020: US special envoy J. Peter Pham says all US military training and support to Mali is halted after the coup',
        date: '2020-08-21',
      },
    },
    {
      case: 'Thailand, coup of 2014-05-22',
      from: '2014-05-22',
      to: '2014-05-24',
      censored: false,
      source: {
        citation:
          'US Department of State, 24 May 2014: USD 3.5M of military assistance to Thailand suspended as the law requires after the coup',
        date: '2014-05-24',
      },
    },
    {
      case: 'Egypt, removal of President Morsi, 2013-07-03',
      from: '2013-07-03',
      to: '2014-07-03',
      censored: true,
      source: {
        citation:
          'Reuters, 26 July 2013: the Obama administration decides it is not legally required to determine whether a coup took place in Egypt',
        date: '2013-07-26',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 60, reason: 'one determination in two months, worth a single case: the statute sets no deadline' },
};
