import type { Source } from '@crisis-sim/engine';

/**
 * The documents behind the actors and drivers added in v2.2 (Chad and Togo as mediators, the
 * EU, the UN, jihadist violence, Benin's border and the pipeline, the notice to French troops).
 * Kept apart from `sources.ts` so that the v2.2 additions stay in files of their own. Every
 * document is dated on or before 2023-08-08.
 */
export const regionalSources = {
  debyNiamey0730: {
    citation:
      'Sputnik (UrduPoint), 31 July 2023: Chad\'s interim President Mahamat Idriss Deby says he met Gen. Tiani, President Bazoum and former President Issoufou in Niamey on 30 July, sent on from the ECOWAS summit in Abuja, "to find a peaceful solution"',
    date: '2023-07-31',
    url: 'https://www.urdupoint.com/en/world/chads-interim-president-says-met-with-mutine-1731659.html',
  },
  togoMaliMediation: {
    citation:
      "icilome, 7 January 2023: the 46 Ivorian soldiers held in Mali, pardoned by the Malian junta on 6 January after Togo's mediation (Togo's president had been received by Col. Goita in Bamako on 4 January), stop in Lome and are received by President Faure Gnassingbe",
    date: '2023-01-07',
    url: 'https://icilome.com/2023/01/ivorian-soldiers-released-by-mali-make-a-stopover-in-togo/',
  },
  borrell0729: {
    citation:
      'Reuters, 29 July 2023: EU suspends budget support and all security cooperation with Niger "indefinitely with immediate effect" (Borrell); the EU had allocated EUR 503 million to Niger for 2021-2024',
    date: '2023-07-29',
    url: 'https://www.pulse.ng/news/world/eu-suspends-budget-support-security-cooperation-with-niger/061q7d8',
  },
  accordsNotice0804: {
    citation:
      "Niger's Ministry of Foreign Affairs, note of 4 August 2023 to the French embassy (Sputnik Afrique, 6 August 2023, \"Niamey reserve a Paris 30 jours pour evacuer ses militaires\"): the 2013 status-of-forces accord and the 2015 arrangement on the stationing of the French detachment denounced with one month's (30 days') notice, the 1977 accord with three months'",
    date: '2023-08-06',
    url: 'https://fr.sputniknews.africa/20230806/niamey-reserve-a-paris-30-jours-pour-evacuer-ses-militaires-1061110361.html',
    note: 'Notified on 2023-08-04; 30 days later is 2023-09-03, day 26 of the scenario.',
  },
  beninBorder0801: {
    citation:
      "RFI, 1 August 2023: Benin closes its border with Niger after the ECOWAS summit; the Cotonou-Niamey corridor (1,060 km, about 1,000 vehicles a day) carries most of Niger's imports",
    date: '2023-08-01',
    url: 'https://www.rfi.fr/fr/afrique/20230801-partenaire-commercial-majeur-le-b%C3%A9nin-ferme-sa-fronti%C3%A8re-avec-le-niger',
  },
  pipeline2019: {
    citation:
      'AFP (Business Recorder), 19 September 2019: Niger and China (CNPC) launch a 2,000 km pipeline from the Agadem field to the port of Seme in Benin, USD 4.5 billion, expected to take 42 months',
    date: '2019-09-19',
    url: 'https://www.brecorder.com/news/amp/4722530',
  },
} satisfies Record<string, Source>;
