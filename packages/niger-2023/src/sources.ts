import type { Source } from '@crisis-sim/engine';

/**
 * The documents the model rests on, named once so that actors, parameters and the model card
 * (docs/models/niger-2023.md) cite them identically. Everything here was public on or before
 * 2023-08-08 (the precedents are older); `defineScenario` refuses any source dated later.
 */
export const sources = {
  ecowasForce0804: {
    citation:
      'Semafor, "Niger coup: ECOWAS threatens military force", 4 August 2023: Nigeria would make up the bulk of any force; analysts expect Ghana, Cote d\'Ivoire and Senegal to contribute; no member has stated numbers',
    date: '2023-08-04',
    url: 'https://www.semafor.com/article/08/04/2023/niger-cou-ecowas-threatens-military-force',
  },
  coup: {
    citation: 'Xinhua, reports of 26-28 July 2023: presidential guard detains President Bazoum; CNSP formed under Gen. Abdourahamane Tiani',
    date: '2023-07-26',
  },
  armyEndorsement: {
    citation: 'AP and Xinhua, 27 July 2023: the army command declares it backs the takeover "to avoid a deadly confrontation"',
    date: '2023-07-27',
  },
  auPsc: {
    citation:
      'African Union Peace and Security Council, communique of its meeting on the situation in Niger, 28 July 2023 (15 days to return to barracks)',
    date: '2023-07-28',
  },
  ecowasSummit0730: {
    citation:
      'ECOWAS Authority of Heads of State and Government, final communique of the extraordinary summit on Niger, Abuja, 30 July 2023 (7-day ultimatum, force not excluded, borders closed, transactions frozen; ten member states represented)',
    date: '2023-07-30',
  },
  sahelJuntas0731: {
    citation:
      'Governments of Mali and Burkina Faso, joint communique of 31 July 2023: an intervention in Niger would be "tantamount to a declaration of war" against them',
    date: '2023-07-31',
  },
  guinea0731: {
    citation:
      'Government of Guinea (CNRD), statement of 31 July 2023 refusing to apply ECOWAS sanctions and warning force would "dislocate" ECOWAS',
    date: '2023-07-31',
  },
  powerCut: {
    citation:
      'AFP, citing a Nigelec source, 2 August 2023: Nigeria disconnected the high-voltage line; Niger depends on Nigeria for 70% of its power',
    date: '2023-08-02',
    url: 'https://www.cameroonconcordnews.com/nigeria-cuts-electricity-to-niger-following-coup/',
  },
  senegal0803: {
    citation:
      'AFP, 3 August 2023: Senegal FM Aissata Tall Sall says "Senegalese soldiers ... will go there" if ECOWAS decides to intervene',
    date: '2023-08-03',
    url: 'https://insiderpaper.com/senegal-says-will-send-soldiers-to-niger-if-ecowas-intervenes/',
  },
  liberia0728: {
    citation:
      'Government of Liberia, press statement on the situation in Niger, 28 July 2023 (The New Dawn via allAfrica, 29 July 2023): condemns the coup, calls for President Bazoum\'s unconditional release, and "fully aligns itself with the position of ECOWAS, the African Union, the United Nations ... condemning the event"',
    date: '2023-07-29',
    url: 'https://allafrica.com/stories/202307290261.html',
  },
  gambia0730: {
    citation:
      'State House of The Gambia, "The Gambia Sides with ECOWAS in Maintaining Constitutional Order in the Sub-region", Banjul, 30 July 2023: President Barrow, at the Abuja summit, calls on ECOWAS to work on its earlier recommendations for a Standby Force and to enhance dialogue through diplomacy',
    date: '2023-07-30',
    url: 'https://mamostv.tv/the-gambia-sides-with-ecowas-in-maintaining-constitutional-order-in-the-sub-region/',
  },
  ouattara0806: {
    citation:
      'President Alassane Ouattara, address to the nation on the eve of Independence Day, 6 August 2023 (7info): "Nous soutenons les initiatives de la CEDEAO visant a retablir l\'ordre constitutionnel" (we support ECOWAS\'s initiatives to restore constitutional order); condemns the coup',
    date: '2023-08-06',
    url: 'https://7info.ci/message-a-la-nation-le-president-alassane-ouattara-nous-soutenons-les-initiatives-de-la-cedeao',
  },
  sierraLeone0808: {
    citation:
      'ManoReporters, "Sierra Leone to back any decision taken by ECOWAS on Niger - Information Minister", on the government\'s weekly press conference of Tuesday 8 August 2023: Information Minister Chernor Bah, "as a member of ECOWAS, we are abiding by the decisions and conclusions of ECOWAS"; the Chief of Defence Staff, Maj. Gen. Peter Lavahun, says Sierra Leone has pledged a company of its armed forces (RSLAF) to the ECOWAS Standby Force and that a deployment to Niger is the President\'s decision',
    date: '2023-08-08',
    url: 'https://manoreporters.com/news/politics/sierra-leone-to-back-any-decision-taken-by-ecowas-on-niger-information-minister',
  },
  juntaAccords0803: {
    citation:
      'CNSP statement of 3 August 2023 (AP): denunciation of the military accords with France; ambassadors recalled from France, the US, Togo and Nigeria',
    date: '2023-08-03',
  },
  chods0804: {
    citation:
      'ECOWAS Committee of Chiefs of Defence Staff, extraordinary meeting, Abuja, 2-4 August 2023: intervention plan finalised (AP, Reuters)',
    date: '2023-08-04',
  },
  nigeriaSenate0805: {
    citation:
      'Senate of Nigeria, resolution after a closed session on the President\'s letter on Niger, 5 August 2023: urges "political and diplomatic options"; the Northern Senators Forum rejects force',
    date: '2023-08-05',
    url: 'https://arise.tv/nigerias-senate-urges-tinubu-to-seek-political-solution-in-niger-republic',
  },
  nigeriaConstitution: {
    citation:
      'Constitution of the Federal Republic of Nigeria 1999, s. 5(4)(b) (deployment on combat duty outside Nigeria needs the prior approval of the Senate) and s. 5(5) (emergency exception)',
    date: '1999-05-05',
  },
  usPause0805: {
    citation:
      'US Department of State, pause of certain assistance to the Government of Niger, about USD 200M (AP, 5 August 2023); MCC compact USD 302M',
    date: '2023-08-05',
  },
  wagner0805: {
    citation:
      "AP, 5 August 2023: junta general Salifou Mody sought Wagner's help during a visit to Mali (unconfirmed by Wagner or the Kremlin)",
    date: '2023-08-05',
  },
  tebboune0805: {
    citation:
      'President Abdelmadjid Tebboune, interview on Algerian national television, 5 August 2023: an intervention "is a direct threat to Algeria"; Algeria "categorically" rejects it and offers help',
    date: '2023-08-05',
    url: 'https://dakarmatin.com/2023/08/06/niger-le-president-algerien-abdelmadjid-tebboune-reitere-sa-ferme-opposition-a-la-guerre',
  },
  airspace0806: {
    citation:
      'CNSP statement of 6 August 2023 (AP, Reuters): airspace closed; states taking part in an intervention treated as co-belligerents',
    date: '2023-08-06',
  },
  nuland0807: {
    citation:
      'Acting Deputy Secretary of State Victoria Nuland, press call from Niamey, 7 August 2023: no access to Tiani or Bazoum; warns of loss of support',
    date: '2023-08-07',
  },
  kremlin: {
    citation: 'Kremlin spokesman Dmitry Peskov, late July 2023 (TASS, Reuters): calls for a swift return to constitutional order in Niger',
    date: '2023-07-27',
  },
  section7008: {
    citation: "Consolidated Appropriations Act, 2023, Public Law 117-328, Division K, section 7008 (coup d'etat restriction)",
    date: '2022-12-29',
    url: 'https://www.congress.gov/bill/117th-congress/house-bill/2617',
  },
  revisedTreaty: {
    citation:
      'ECOWAS Revised Treaty, Cotonou, 24 July 1993, Article 9 (decisions of the Authority by unanimity, consensus or two-thirds; consensus until protocols say otherwise)',
    date: '1993-07-24',
  },
  democracyProtocol: {
    citation:
      'ECOWAS Supplementary Protocol A/SP1/12/01 on Democracy and Good Governance, Dakar, 21 December 2001, Art. 1(c) (zero tolerance) and Art. 45 (graduated sanctions)',
    date: '2001-12-21',
  },
  mechanismProtocol: {
    citation:
      "ECOWAS Protocol relating to the Mechanism for Conflict Prevention, Management, Resolution, Peace-Keeping and Security, Lome, 10 December 1999: the Authority of Heads of State is the Mechanism's highest organ and may mandate the Mediation and Security Council (Art. 6-7); the Council, nine member states (Art. 8), decides by a two-thirds majority with a two-thirds quorum (Art. 9) and authorises all forms of intervention, including military missions (Art. 10)",
    date: '1999-12-10',
    url: 'https://africanlii.org/akn/aa-ecowas/act/protocol/1999/mechanism-for-conflict-prevention-management-resolution-peace-keeping-and-security/eng@1999-12-10',
  },
  burkinaDetermination: {
    citation:
      'Reuters, 18 February 2022: US determines the January 2022 takeover in Burkina Faso was a coup and restricts about USD 158.6M (coup 24 Jan, pause 31 Jan, determination 18 Feb)',
    date: '2022-02-18',
    url: 'https://www.sowetanlive.co.za/news/africa/2022-02-19-us-halts-nearly-160-mln-aid-to-burkina-faso-after-finding-military-coup-occurred/',
  },
  ecomig: {
    citation:
      'Reuters, February 2017: the ECOWAS force of about 7,000 troops sent into The Gambia in January 2017 (Operation Restore Democracy) to be cut to 500',
    date: '2017-02-10',
  },
  franceLeavesMali: {
    citation:
      'Elysee, joint declaration of 17 February 2022 on the withdrawal of French forces from Mali (ambassador expelled 31 January 2022; last troops out 15 August 2022)',
    date: '2022-02-17',
  },
  franceLeavesBurkina: {
    citation:
      "Burkina Faso terminates its 2018 military agreement with France with one month's notice (January 2023); France confirms withdrawal; Sabre task force leaves by 19 February 2023",
    date: '2023-02-19',
  },
  sahelTimetables: {
    citation:
      'ECOWAS communiques on Mali, Guinea and Burkina Faso, 2020-2022: Mali 18-month charter (Sept 2020), Mali 5-year proposal met by sanctions (Accra, 9 Jan 2022), 24-month timetables accepted for Mali and Burkina Faso (Accra, 3 July 2022) and Guinea (21 Oct 2022) after 36-39 month proposals',
    date: '2022-10-21',
  },
  auSuspensions: {
    citation:
      'AU Peace and Security Council suspensions after coups: Mali (19 Aug 2020, day after the coup), Guinea (10 Sept 2021, 5 days), Burkina Faso (31 Jan 2022, 7 days); Constitutive Act of the AU (2000), Art. 30; Lome Declaration (2000)',
    date: '2022-01-31',
  },
  wagnerMali: {
    citation:
      'Wagner in Mali: first deployments reported in December 2021, about 16 months after the August 2020 coup (joint statement of 15 Western governments, 23 Dec 2021)',
    date: '2021-12-23',
  },
  prigozhinMutiny: {
    citation: "Wagner mutiny in Russia, 23-24 June 2023, and its aftermath (uncertain command of Wagner's African operations)",
    date: '2023-06-24',
  },
} as const satisfies Record<string, Source>;
