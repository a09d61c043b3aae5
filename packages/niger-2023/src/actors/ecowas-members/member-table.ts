import type { NumberParameter, Source } from '@crisis-sim/engine';
import { sources } from '../../sources.js';
import type { VotingMember } from '../../voting-members.js';
import { type MemberParameterKey, type MemberValues, memberParameters } from './member-parameters.js';

/** The voting members other than Nigeria, whose Senate gives it a file of its own. */
export type TableMember = Exclude<VotingMember, 'nigeria'>;

/** One row of the member table: who the member is, where its stance comes from, and its three values. */
export interface MemberRow extends MemberValues {
  readonly member: TableMember;
  readonly name: string;
  readonly description: string;
  readonly sources: readonly Source[];
}

/**
 * The ten voting members other than Nigeria as one table, in actor order: their stance on
 * 2023-08-08 (willingness to back force, threat perceived, troops they would pledge), each
 * value with its source. One row per member instead of ten near-identical files.
 */
export const MEMBER_TABLE: readonly MemberRow[] = [
  {
    member: 'senegal',
    name: 'Senegal',
    description: 'Said on 2023-08-03 its soldiers would take part if ECOWAS decides to intervene.',
    sources: [sources.ecowasSummit0730],
    forceWillingness: {
      default: 0.75,
      source: {
        ...sources.senegal0803,
        note: 'Public commitment to send troops ("one coup too many"), tied to an ECOWAS decision: high, short of certain.',
      },
    },
    threatPerception: {
      default: 0.5,
      source: { assumption: 'No border with Niger; concern is coup contagion in the region, mid-scale.' },
    },
    troopPledge: {
      default: 1000,
      source: {
        ...sources.ecomig,
        assumedLevel:
          'Senegal supplied most of the 7,000 troops sent into The Gambia in 2017; for a distant theatre a reinforced battalion (assumption).',
      },
    },
  },
  {
    member: 'cote-divoire',
    name: "Cote d'Ivoire",
    description: 'Among the members saying they would send troops; a leading hawk.',
    sources: [sources.ecowasSummit0730],
    forceWillingness: {
      default: 0.7,
      source: {
        ...sources.ouattara0806,
        assumedLevel:
          "Support for ECOWAS's initiatives, force among them, from the head of state, with no troops named: on the ladder of stated stances this is the rung of Benin and Sierra Leone (0.55), but analysts named Cote d'Ivoire among the likely contributors (Semafor, 2023-08-04) and a report of 2023-08-08 (ManoReporters) says it had pledged troops, the rung of Senegal (0.75); neither document states which, so v2.2's 0.7, between the two, stays an assumption. Its battalion of 850 to 1,100 was announced on 2023-08-10, after the start date: not used.",
        note: "President Ouattara's address of 2023-08-06 backs ECOWAS's initiatives to restore constitutional order.",
      },
    },
    threatPerception: {
      default: 0.6,
      source: { assumption: 'Jihadist attacks in its north (2020-2021) and a region of coups raise its stake above mid-scale.' },
    },
    troopPledge: {
      default: 650,
      source: {
        assumption:
          'One battalion of about 650, the size of a standard West African infantry battalion; no figure had been given by 2023-08-08. v1 used 850, the figure Ouattara gave on 2023-08-10, after the start date: removed.',
      },
    },
  },
  {
    member: 'benin',
    name: 'Benin',
    description: 'Neighbour of Niger, leaning to take part.',
    sources: [sources.ecowasSummit0730],
    forceWillingness: {
      default: 0.55,
      source: {
        citation:
          'AFP (BSS), 4 August 2023: Benin\'s Foreign Minister Olushegun Adjadi Bakari says diplomacy remains "the preferred solution for all for the moment", but "whatever actions ECOWAS takes, Benin would align itself with that action as an ECOWAS member"',
        date: '2023-08-04',
        url: 'https://bssnews.net/international/140123',
        note: 'A pledge to follow an ECOWAS decision to use force, with diplomacy preferred: just above even, below Senegal (which said its soldiers would go) and Nigeria.',
      },
    },
    threatPerception: {
      default: 0.8,
      source: { assumption: 'Shares a border with Niger and faces jihadist attacks in its north since 2021; highly exposed.' },
    },
    troopPledge: {
      default: 600,
      source: { assumption: 'A small army (about 12,000) already committed in its north: less than a full battalion.' },
    },
  },
  {
    member: 'ghana',
    name: 'Ghana',
    description: 'Uncommitted; a regular troop contributor.',
    sources: [sources.ecowasSummit0730],
    forceWillingness: {
      default: 0.4,
      source: {
        ...sources.ecowasForce0804,
        assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
        note: 'Uncommitted on the start date.',
      },
    },
    threatPerception: {
      default: 0.5,
      source: { assumption: 'No border with Niger; worried about spillover through Burkina Faso; mid-scale.' },
    },
    troopPledge: {
      default: 700,
      source: {
        ...sources.ecomig,
        assumedLevel: 'Ghana sent about 205 troops to The Gambia in 2017; a battalion-size pledge for a larger operation (assumption).',
      },
    },
  },
  {
    member: 'togo',
    name: 'Togo',
    description: 'Uncommitted; a habitual mediator with the Sahel juntas.',
    sources: [sources.ecowasSummit0730],
    forceWillingness: {
      default: 0.25,
      source: {
        ...sources.ecowasForce0804,
        assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
        note: 'Uncommitted; Lome traditionally mediates with the Sahel juntas, which argues for a low value.',
      },
    },
    threatPerception: {
      default: 0.5,
      source: { assumption: 'Jihadist attacks in its north since 2021; no border with Niger.' },
    },
    troopPledge: {
      default: 500,
      source: { assumption: 'A small army; a partial battalion.' },
    },
  },
  {
    member: 'guinea-bissau',
    name: 'Guinea-Bissau',
    description: 'Uncommitted; its president survived a coup attempt in 2022.',
    sources: [sources.ecowasSummit0730],
    forceWillingness: {
      default: 0.45,
      source: {
        ...sources.ecowasForce0804,
        assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
        note: 'Uncommitted, but President Embalo, who chaired ECOWAS until July 2023, survived a coup attempt in February 2022 and speaks against coups.',
      },
    },
    threatPerception: {
      default: 0.6,
      source: { assumption: 'A recent coup attempt at home makes coup contagion a personal threat to its leadership.' },
    },
    troopPledge: {
      default: 200,
      source: { assumption: 'A small army; a company-size contribution.' },
    },
  },
  {
    member: 'cabo-verde',
    name: 'Cabo Verde',
    description: 'Against the use of force.',
    sources: [sources.ecowasSummit0730],
    forceWillingness: {
      default: 0.15,
      source: {
        citation:
          'President Jose Maria Neves, message of 2 August 2023 (Medafrica Times): Cabo Verde condemns the coup, but "the crisis in Niger and in the other countries of the region will only be resolved through political-diplomatic means"',
        date: '2023-08-02',
        url: 'https://medafricatimes.com/32001-cape-verdes-president-calls-for-a-global-agenda-to-resolve-crises-in-west-africa.html',
        note: "A head of state ruling out any means but diplomacy, with no expeditionary force: low, short of zero because deference to the bloc still counts. v1's 0.05 rested on Neves's statement of 2023-08-11, after the start date; v2.3 found this one of 2023-08-02 and kept v2.2's level.",
      },
    },
    threatPerception: {
      default: 0.2,
      source: { assumption: 'An island state far from the Sahel, with stable democratic institutions.' },
    },
    troopPledge: {
      default: 0,
      source: {
        citation:
          "AFP (GlobalPost), 29 June 2013: breakdown of the African contributions to AFISMA, the last force ECOWAS raised for a Sahel theatre (Nigeria, Togo, Benin, Niger, Burkina Faso, Senegal, Cote d'Ivoire, Guinea, Ghana): no Cabo Verdean contingent",
        date: '2013-06-29',
        url: 'http://www.globalpost.com/dispatch/news/afp/130629/african-troops-passing-baton-un-peacekeepers',
        note: 'Cabo Verde sent no troops to AFISMA (2013), none is recorded for ECOMIG (2017), and its president ruled out all but diplomacy on 2023-08-02: a pledge of none.',
      },
    },
  },
  {
    member: 'gambia',
    name: 'The Gambia',
    description: 'Undecided; its own democratic transition was enforced by ECOWAS in 2017.',
    sources: [sources.ecowasSummit0730],
    forceWillingness: {
      default: 0.35,
      source: {
        ...sources.gambia0730,
        assumedLevel:
          "Support for a standby force in general and for diplomacy, with no word on using force in Niger or on Gambian troops: the direction (some support), not a band of the card's scale, so v2.2's level stays an assumption.",
        note: 'Undecided on the start date; its own democracy was restored by ECOWAS force in 2017, which argues for some support.',
      },
    },
    threatPerception: {
      default: 0.5,
      source: { assumption: 'A foiled coup plot in December 2022 makes coup contagion a concern.' },
    },
    troopPledge: {
      default: 200,
      source: { assumption: 'A small army; a company-size contribution.' },
    },
  },
  {
    member: 'liberia',
    name: 'Liberia',
    description: 'Undecided; elections due in October 2023.',
    sources: [sources.ecowasSummit0730],
    forceWillingness: {
      default: 0.3,
      source: {
        ...sources.liberia0728,
        assumedLevel:
          "Alignment with ECOWAS's condemnation, two days before the summit that threatened force, and nothing later on force or troops by 2023-08-08: the direction, not a band of the card's scale, so v2.2's level stays an assumption.",
        note: 'Undecided on the start date, with general elections due in October 2023.',
      },
    },
    threatPerception: {
      default: 0.3,
      source: { assumption: 'Far from Niger; no jihadist threat.' },
    },
    troopPledge: {
      default: 100,
      source: { assumption: 'A small army rebuilt after 2005; a token contribution.' },
    },
  },
  {
    member: 'sierra-leone',
    name: 'Sierra Leone',
    description: 'Said on 2023-08-08 it abides by whatever ECOWAS decides; a company pledged to the standby force.',
    sources: [sources.ecowasSummit0730, sources.sierraLeone0808],
    forceWillingness: {
      default: 0.55,
      source: {
        ...sources.sierraLeone0808,
        note: 'A government saying it will abide by whatever ECOWAS decides, with its troops\' deployment left to the President: the rung of Benin\'s "would align itself" (2023-08-04), 0.55, below Senegal\'s "our soldiers will go" (0.75). v2.3 had 0.35, an assumption (uncommitted on the start date).',
      },
    },
    threatPerception: {
      default: 0.4,
      source: { assumption: 'Far from Niger; coup contagion is the main concern.' },
    },
    troopPledge: {
      default: 200,
      source: {
        ...sources.sierraLeone0808,
        note: "Its Chief of Defence Staff: a company pledged to the ECOWAS Standby Force, the force a mission would be drawn from. A company is the table's 200 (as for The Gambia and Guinea-Bissau). v2.3 had 300, an assumption (a partial battalion).",
      },
    },
  },
];

/** The parameters of every member in {@link MEMBER_TABLE}. */
export const memberTableParameters = Object.assign({}, ...MEMBER_TABLE.map((row) => memberParameters(row.member, row.name, row))) as {
  readonly [K in MemberParameterKey<TableMember>]: NumberParameter;
};
