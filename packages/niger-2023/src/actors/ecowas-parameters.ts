import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { ecowasSummitIntervals } from '../precedents/ecowas-summit-intervals.js';
import { sources } from '../sources.js';
import { VOTING_RULES, type VotingRule } from '../voting-rule.js';

/** Parameters of ECOWAS's institutional rules. */
export const ecowasParameters = {
  'ecowas.votingRule': param.choice<VotingRule>({
    default: 'two-thirds',
    values: VOTING_RULES,
    unit: 'rule',
    description:
      'How a summit decides: consensus (no member present against), two-thirds or simple majority of members present; under every rule two-thirds of the eleven voting members must be present.',
    source: {
      ...sources.mechanismProtocol,
      note: "Interventions are the Mediation and Security Council's to decide, by the Protocol's two-thirds rule; the eleven heads of state at the summit stand in for it, the Authority having the power to act itself or mandate the Council (Art. 7). Checked: the Council's role and size (the Protocol's text on AfricanLII; Hartmann and Striebinger, \"Writing the script? ECOWAS's military intervention mechanism\", 2015: a nine-member Council deciding by majority on interventions); the two-thirds majority and quorum of Art. 9 are recalled, not re-read. Consensus (Revised Treaty, Art. 9: the Authority's fallback rule) and a simple majority are scenario options.",
    },
    prior: { kind: 'categorical', weights: { consensus: 1, 'two-thirds': 2, 'simple-majority': 1 } },
  }),
  'ecowas.attendanceProbability': param.number({
    default: 0.9,
    min: 0,
    max: 1,
    unit: 'probability',
    description: 'Chance each voting member is represented at a summit.',
    source: { ...sources.ecowasSummit0730, note: 'Ten of the eleven voting members were represented on 2023-07-30.' },
  }),
  'ecowas.minSummitGapDays': param.integer({
    default: 4,
    min: 1,
    max: 60,
    unit: 'days',
    description: 'Days after a summit closes before another can be convened.',
    source: {
      ...sources.ecowasSummit0730,
      note: "The coup (07-26) was met by a summit 4 days later; the ultimatum's expiry (08-06) by one announced for 08-10.",
    },
  }),
  'ecowas.reviewIntervalDays': parameterFromReferenceClass(ecowasSummitIntervals, {
    description: 'Days after which ECOWAS reviews the crisis at a new summit even without a trigger.',
    unit: 'days',
    scale: 'median-days',
    min: 4,
    max: 180,
    integer: true,
    note: 'The median gap between sessions of the Authority is used as the fixed review interval.',
  }),
  'ecowas.activationBoost': param.number({
    default: 1.3,
    min: 1,
    max: 3,
    unit: 'multiplier',
    description: 'How much more readily members vote to activate the standby force or tighten sanctions than to launch an operation.',
    source: { assumption: 'Activation is a costly signal short of war; members that hesitate to fight can still back it.' },
  }),
  'ecowas.deference': param.number({
    default: 0.4,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Share of its remaining reluctance a member sets aside to follow the bloc, scaled by the mean willingness of all members.',
    source: {
      ...sources.revisedTreaty,
      assumedLevel:
        'The Authority works by consensus in practice: members that will not send troops seldom block a communique and dissent by not contributing (assumption on the size).',
    },
  }),
  'ecowas.threatPerceptionWeight': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'weight',
    description: "How much a member's threat perception scales its support for force (factor from 1 - w to 1 + w).",
    source: {
      assumption:
        "Front-line and coup-threatened states (Nigeria, Benin, Cote d'Ivoire) were the most hawkish in the statements of 2023-07-30 to 08-08.",
    },
  }),
  'ecowas.talksDamping': param.number({
    default: 0.8,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Share of support for launching force lost when talks are complete (proportional below).',
    source: {
      ...sources.nigeriaSenate0805,
      assumedLevel: 'Every hesitant actor named diplomacy as the alternative; the size is an assumption.',
    },
  }),
  'ecowas.auOppositionDamping': param.number({
    default: 0.3,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Share of support for launching force lost if the AU comes out against force.',
    source: {
      ...sources.auPsc,
      assumedLevel: 'ECOWAS does not need AU consent but sought AU endorsement for ECOMIG in 2017; the size is an assumption.',
    },
  }),
  'ecowas.harmBoost': param.number({
    default: 1.5,
    min: 1,
    max: 5,
    unit: 'multiplier',
    description: 'Multiplier on support for launching force after Bazoum is harmed.',
    source: { assumption: 'Harm to the elected president would remove the case for patience; ECOWAS demanded his safety from 2023-07-30.' },
  }),
  'ecowas.warDeterrence': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'share',
    description:
      "How much the expected cost of a regional war holds members back from launching: support for a launch is multiplied by 1 - deterrence x P(Mali or Burkina Faso enters the war), with P from the allies' war commitments.",
    source: {
      ...sources.nigeriaSenate0805,
      assumedLevel:
        "The Senate and the northern senators argued against force partly for fear of a wider war (2023-08-05), after Mali and Burkina Faso's threat of 2023-07-31; how much that weighs is not measured: mid-scale.",
    },
  }),
  'ecowas.planningDays': param.integer({
    default: 30,
    min: 0,
    max: 365,
    unit: 'days',
    description: 'Days from activation until the standby force can be launched (force generation, logistics).',
    source: {
      ...sources.ecomig,
      note: 'ECOWAS resolved on 2016-12-17 to enforce the Gambian result and troops crossed on 2017-01-19 (33 days); the 2023 plan was finalised by the chiefs of staff on 08-04 (ECOWAS chiefs of defence staff, Abuja, 2023-08-04).',
    },
    prior: { kind: 'triangular', min: 14, mode: 30, max: 90 },
  }),
  'ecowas.launchTroopThreshold': param.integer({
    default: 5000,
    min: 0,
    max: 50_000,
    unit: 'troops',
    description: "Committed troops needed before an operation is launched (Nigeria counts only with its Senate's approval).",
    source: {
      ...sources.ecomig,
      assumedLevel:
        "About 7,000 troops were sent against The Gambia's army of about 1,000 in 2017; Niger's forces are far larger, so 5,000 is a floor for a credible operation (assumption).",
    },
    prior: { kind: 'triangular', min: 3000, mode: 5000, max: 10_000 },
  }),
  'ecowas.dealTalksThreshold': param.number({
    default: 0.4,
    min: 0,
    max: 1,
    unit: 'talks',
    description: "Progress in talks needed before a summit votes on the junta's timetable.",
    source: {
      ...sources.sahelTimetables,
      assumedLevel:
        'Timetable deals came after weeks (Mali 2020) to a year (Guinea) of mediation; the level is an assumption, set below the talks a middling junta allows (1 - base hardline).',
    },
  }),
  'ecowas.breakthroughTalks': param.number({
    default: 0.75,
    min: 0,
    max: 1,
    unit: 'talks',
    description: 'Progress in talks counted as a breakthrough, which rules out launching force.',
    source: { assumption: 'An operation needs "no breakthrough in talks" (issue 3); the level sits above the deal threshold.' },
  }),
  'ecowas.acceptableTransitionMonths': param.integer({
    default: 24,
    min: 6,
    max: 60,
    unit: 'months',
    description: 'Longest transition ECOWAS accepts without heavy resistance.',
    source: {
      ...sources.sahelTimetables,
      note: '24 months was accepted for Mali, Burkina Faso and Guinea in 2022; 36 months and more were refused.',
    },
  }),
  'ecowas.longTransitionAcceptance': param.number({
    default: 0.15,
    min: 0,
    max: 1,
    unit: 'multiplier',
    description: "Multiplier on a member's chance of accepting a deal when the timetable is longer than acceptable.",
    source: {
      ...sources.sahelTimetables,
      assumedLevel: 'Longer offers were refused in every 2021-2022 case; a small residual chance remains (assumption).',
    },
  }),
  'ecowas.dealHawkResistance': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'weight',
    description: "How much a member's willingness to use force lowers its support for a deal or for easing sanctions.",
    source: { assumption: "Hawks (Nigeria, Cote d'Ivoire, Senegal) set the terms in 2023; doves (Cabo Verde, Togo) favour any deal." },
  }),
  'ecowas.humanitarianEasePain': param.number({
    default: 0.85,
    min: 0,
    max: 1,
    unit: 'economic pain',
    description: 'Economic pain at which a review summit votes on easing sanctions for humanitarian reasons.',
    source: {
      assumption:
        "Mali's sanctions of January 2022 stayed in place about six months until a timetable deal; easing without a deal needs near-crisis pain.",
    },
  }),
  'ecowas.callOffDays': param.integer({
    default: 30,
    min: 1,
    max: 365,
    unit: 'days',
    description: 'Days a stalled operation lasts before ECOWAS calls it off.',
    source: {
      assumption: "Coalitions of contributors facing losses and domestic opposition (Nigeria's Senate) would not sustain a stalemate long.",
    },
  }),
};
