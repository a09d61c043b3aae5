import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long a foreign force took to announce its departure once a Sahel junta told it to leave:
 * from the junta's public demand to the sending state's (or the Security Council's) decision.
 * Every case ended in a departure decision (none censored). Left out, with the reason: France in
 * Mali (France announced its withdrawal on 2022-02-17 before Mali demanded it; the trigger was
 * the ambassador's expulsion, which `junta.expelAmbassadorMedianDays` and France's own rule
 * model) and forces never asked to leave by 2023-08-08 (the US and Germany in Niger and Mali).
 */
export const foreignForceExits: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'Foreign forces told to leave by Sahel juntas: days to the decision to go',
  event: 'the sending state (or the UN Security Council) decides the force will leave',
  observations: [
    {
      case: "Denmark's special forces in Mali (Takuba), demand of 2022-01-24",
      from: '2022-01-24',
      to: '2022-01-27',
      censored: false,
      source: {
        citation:
          'TRT World (AFP), 27 January 2022: Denmark will withdraw its 90 troops from Mali; the junta first asked for their withdrawal on Monday (24 January)',
        date: '2022-01-27',
        url: 'https://www.trtworld.com/article/12768910',
      },
    },
    {
      case: "France's Sabre force in Burkina Faso, demand made public on 2023-01-21",
      from: '2023-01-21',
      to: '2023-01-25',
      censored: false,
      source: {
        citation:
          'APA News, "France recalls its ambassador to Burkina Faso", 26 January 2023 (Paris agreed on 25 January that its Sabre forces leave within a month of the notice)',
        date: '2023-01-26',
        url: 'https://apanews.net/france-recalls-its-ambassador-to-burkina-faso',
      },
    },
    {
      case: 'MINUSMA in Mali, withdrawal demanded at the Security Council on 2023-06-16',
      from: '2023-06-16',
      to: '2023-06-30',
      censored: false,
      source: {
        citation:
          "UN Security Council, 9365th meeting, 30 June 2023 (SC/15341): resolution 2690 (2023) ends MINUSMA's mandate, \"directly responds to Mali's request for MINUSMA's prompt withdrawal\"",
        date: '2023-06-30',
        url: 'https://press.un.org/en/2023/sc15341.doc.htm',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 30, reason: 'a decision within a month, worth a single case: the notice Burkina Faso gave France' },
};
