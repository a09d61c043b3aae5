import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long a foreign force took to leave a Sahel country once its departure was decided: from
 * the announcement to the last troops out. Censored: MINUSMA, still leaving on the start date.
 * Left out: Denmark's contingent in Mali (no dated record of its last flight was found).
 */
export const foreignForceDrawdowns: WaitingTimeClass = {
  method: 'waiting-time',
  name: 'Foreign force withdrawals from Sahel states: days from the decision to the last troops out',
  event: 'the last troops of the force leave the country',
  observations: [
    {
      case: 'France in Mali (Barkhane), decision of 2022-02-17',
      from: '2022-02-17',
      to: '2022-08-15',
      censored: false,
      source: {
        citation:
          "French armed forces' general staff, 15 August 2022: the last Barkhane troops left Mali (Gao) for Niger, six months after the decision of 17 February 2022",
        date: '2022-08-15',
      },
    },
    {
      case: 'France in Burkina Faso (Sabre), decision of 2023-01-25',
      from: '2023-01-25',
      to: '2023-02-19',
      censored: false,
      source: {
        citation: "Burkina Faso's army, 19 February 2023: ceremony marking the end of the Sabre task force's presence at Kamboinsin",
        date: '2023-02-19',
      },
    },
    {
      case: 'MINUSMA in Mali, decision of 2023-06-30 (departure due by 2023-12-31)',
      from: '2023-06-30',
      to: '2023-08-08',
      censored: true,
      source: {
        citation: 'UN Security Council, resolution 2690 (2023), 30 June 2023: MINUSMA to withdraw its personnel by 31 December 2023',
        date: '2023-06-30',
        url: 'https://press.un.org/en/2023/sc15341.doc.htm',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 60, reason: 'two months, worth a single case: between the Burkina Faso and Mali withdrawals' },
};
