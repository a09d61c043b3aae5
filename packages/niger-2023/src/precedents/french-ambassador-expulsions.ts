import type { WaitingTimeClass } from '@crisis-sim/engine';

/**
 * How long juntas took, from seizing power, to expel or demand the recall of France's
 * ambassador. One case per junta (Burkina Faso had two). Window: two years or the start date,
 * whichever is earlier; a junta that had not done it by then is censored.
 */
export const frenchAmbassadorExpulsions: WaitingTimeClass = {
  method: 'waiting-time',
  name: "Expulsions of France's ambassador by juntas in Africa",
  event: "the junta expels France's ambassador or demands his recall",
  observations: [
    {
      case: 'Mali, junta of 2020-08-18',
      from: '2020-08-18',
      to: '2022-01-31',
      censored: false,
      source: {
        citation:
          'AP, "Burkina Faso\'s military regime asks France to recall envoy" (recalls Mali\'s expulsion of the French ambassador on 31 January 2022), 2 January 2023',
        date: '2023-01-02',
        url: 'https://apnews.com/article/politics-france-burkina-faso-government-russia-df3f236bc9079eb252643cae06940745',
      },
    },
    {
      case: 'Burkina Faso, junta of 2022-01-24 (Damiba)',
      from: '2022-01-24',
      to: '2022-09-30',
      censored: true,
      source: {
        citation: 'Reuters, 30 September 2022: Capt. Ibrahim Traore ousts Lt. Col. Damiba; the French ambassador was still in post',
        date: '2022-09-30',
      },
    },
    {
      case: 'Burkina Faso, junta of 2022-09-30 (Traore)',
      from: '2022-09-30',
      to: '2023-01-02',
      censored: false,
      source: {
        citation:
          'Reuters, "Paris says Burkina Faso requested withdrawal of French ambassador", 4 January 2023 (letter of late December; confirmed by the government spokesman on 2 January)',
        date: '2023-01-04',
        url: 'https://www.timeslive.co.za/news/africa/2023-01-04-paris-says-burkina-faso-requested-withdrawal-of-french-ambassador/',
      },
    },
    {
      case: 'Guinea, junta of 2021-09-05',
      from: '2021-09-05',
      to: '2023-08-08',
      censored: true,
      source: {
        citation: 'Government of Guinea (CNRD), statement of 31 July 2023 on Niger, refusing ECOWAS sanctions',
        date: '2023-07-31',
        note: 'No expulsion of the French ambassador by the Guinean junta was reported up to the start date.',
      },
    },
    {
      case: 'Chad, military council of 2021-04-20',
      from: '2021-04-20',
      to: '2023-04-20',
      censored: true,
      source: { citation: "Reuters, 8 April 2023: Chad expels Germany's ambassador (France's ambassador stays)", date: '2023-04-08' },
    },
    {
      case: 'Sudan, coup of 2021-10-25',
      from: '2021-10-25',
      to: '2023-04-15',
      censored: true,
      source: {
        citation: 'Reuters, 23 April 2023: France evacuates its embassy in Khartoum as war breaks out (no expulsion before it)',
        date: '2023-04-23',
      },
    },
  ],
  weakPrior: { events: 1, exposureDays: 180, reason: 'one expulsion in six months, worth a single case' },
};
