/**
 * The harbour standoff: the tutorial scenario of docs/writing-a-scenario.md, in full.
 * A fictional crisis with four actors, one legal trigger and one vote. Aldoria blockades
 * the port of Velm, through which landlocked Borvania trades; Borvania escalates or talks;
 * the five-member Coastal League votes on sanctions at a summit; and Aldoria's trading
 * partners' export law imposes an arms embargo, without discretion, once a blockade has
 * lasted a set number of days.
 */
import { decide, defineScenario, type ParameterValues, param, type Reducers, type Rule } from '@crisis-sim/engine';

// --- State: a few slow variables and the statuses the rules react to.
export interface HarbourState {
  /** Tension between Aldoria and Borvania, in [0, 1]; an armed clash at 1. */
  tension: number;
  /** Progress of talks, in [0, 1]; a settlement at 1. */
  talks: number;
  blockade: 'none' | 'active' | 'lifted';
  /** Day the blockade began, or -1. */
  blockadeDay: number;
  embargo: boolean;
  summitCalled: boolean;
  /** Each League member's vote at the summit: true for sanctions. */
  votes: Record<string, boolean>;
  sanctions: boolean;
  clash: boolean;
}

// --- Actions: what actors can do. Each type has one reducer.
export type HarbourAction =
  | { readonly type: 'aldoria/declare-blockade' }
  | { readonly type: 'aldoria/lift-blockade' }
  | { readonly type: 'borvania/escalate'; readonly amount: number }
  | { readonly type: 'borvania/talk'; readonly progress: number }
  | { readonly type: 'league/call-summit' }
  | { readonly type: 'league/vote'; readonly member: string; readonly inFavour: boolean }
  | { readonly type: 'league/impose-sanctions' }
  | { readonly type: 'law/impose-embargo' }
  | { readonly type: 'armed-clash' };

// --- Parameters: every number a rule uses, with a range, a unit and a source.
export const harbourParameters = {
  'aldoria.blockadeHazard': param.number({
    default: 0.04,
    min: 0,
    max: 0.5,
    unit: 'probability per day',
    description: 'Daily chance that Aldoria declares the blockade, before tension raises it.',
    source: { assumption: 'Fictional scenario: chosen so that a blockade usually comes within the first month.' },
    prior: { kind: 'triangular', min: 0.01, mode: 0.04, max: 0.1 },
  }),
  'borvania.escalation': param.number({
    default: 0.15,
    min: 0,
    max: 1,
    unit: 'probability per day',
    description: 'Daily chance that Borvania escalates while the blockade stands (otherwise it talks).',
    source: { assumption: 'Fictional scenario.' },
    prior: { kind: 'beta', alpha: 2, beta: 8 },
  }),
  'league.votingRule': param.choice({
    default: 'two-thirds',
    values: ['majority', 'two-thirds', 'consensus'],
    unit: 'rule',
    description: 'How the Coastal League decides on sanctions.',
    source: { assumption: 'Fictional scenario; modelled on treaty rules that need a qualified majority.' },
  }),
  'league.willingness': param.number({
    default: 0.6,
    min: 0,
    max: 1,
    unit: 'probability',
    description: 'Chance that a member votes for sanctions when tension is at its maximum (scaled by tension).',
    source: { assumption: 'Fictional scenario.' },
  }),
  'law.embargoAfterDays': param.integer({
    default: 14,
    min: 1,
    max: 90,
    unit: 'days',
    description: 'Days of blockade after which the export law requires an arms embargo.',
    source: { citation: 'Fictional Arms Export Act, s. 4 (tutorial)', note: 'The statute names the delay; no discretion.' },
  }),
} as const;

type Params = ParameterValues<typeof harbourParameters>;
type HarbourRule = Rule<HarbourState, Params, HarbourAction>;

export const leagueMembers = ['velm', 'ostra', 'kalder', 'mirun', 'tessa'] as const;

// --- Rules: each actor observes the state (read-only) and returns decisions with reasons.
const aldoria: HarbourRule = (state, { rng, params }) => {
  if (state.clash) return undefined;
  if (state.blockade === 'none') {
    const hazard = params['aldoria.blockadeHazard'] * (1 + state.tension);
    return rng.bernoulli(hazard) ? decide({ type: 'aldoria/declare-blockade' }, 'tension makes the blockade look cheap') : undefined;
  }
  if (state.blockade === 'active' && state.talks >= 1) return decide({ type: 'aldoria/lift-blockade' }, 'talks reached a settlement');
  return undefined;
};

const borvania: HarbourRule = (state, { rng, params }) => {
  if (state.blockade !== 'active' || state.clash) return undefined;
  if (rng.bernoulli(params['borvania.escalation'])) {
    return decide({ type: 'borvania/escalate', amount: rng.uniform(0.05, 0.2) }, 'the blockade is strangling its trade');
  }
  return decide({ type: 'borvania/talk', progress: rng.uniform(0, 0.08) }, 'prefers a settlement');
};

const league: HarbourRule = (state, { rng, params }) => {
  if (state.blockade !== 'active' || state.sanctions) return undefined;
  if (!state.summitCalled) return decide({ type: 'league/call-summit' }, 'a member is blockaded');
  const ballots = Object.values(state.votes);
  if (ballots.length === 0) {
    return leagueMembers.map((member) =>
      decide(
        { type: 'league/vote', member, inFavour: rng.bernoulli(params['league.willingness'] * state.tension) },
        `${member} weighs the tension`,
      ),
    );
  }
  const inFavour = ballots.filter(Boolean).length;
  const needed = {
    majority: Math.floor(ballots.length / 2) + 1,
    'two-thirds': Math.ceil((2 * ballots.length) / 3),
    consensus: ballots.length,
  }[params['league.votingRule']];
  return inFavour >= needed
    ? decide({ type: 'league/impose-sanctions' }, `${inFavour} of ${ballots.length} voted for sanctions`)
    : undefined;
};

// The legal trigger: no randomness, no discretion.
const exportLaw: HarbourRule = (state, { day, params }) =>
  state.blockade === 'active' && !state.embargo && day - state.blockadeDay >= params['law.embargoAfterDays']
    ? decide({ type: 'law/impose-embargo' }, `the blockade has lasted ${params['law.embargoAfterDays']} days`)
    : undefined;

const frontier: HarbourRule = (state) =>
  state.tension >= 1 && !state.clash ? decide({ type: 'armed-clash' }, 'tension reached its limit') : undefined;

// --- Reducers: immer recipes that apply one action each; deterministic.
const reducers: Reducers<HarbourState, HarbourAction> = {
  'aldoria/declare-blockade': (draft, _action, { day }) => {
    draft.blockade = 'active';
    draft.blockadeDay = day;
    draft.tension = Math.min(1, draft.tension + 0.2);
  },
  'aldoria/lift-blockade': (draft) => {
    draft.blockade = 'lifted';
  },
  'borvania/escalate': (draft, action) => {
    draft.tension = Math.min(1, draft.tension + action.amount);
  },
  'borvania/talk': (draft, action) => {
    draft.talks = Math.min(1, draft.talks + action.progress);
  },
  'league/call-summit': (draft) => {
    draft.summitCalled = true;
  },
  'league/vote': (draft, action) => {
    draft.votes[action.member] = action.inFavour;
  },
  'league/impose-sanctions': (draft) => {
    draft.sanctions = true;
  },
  'law/impose-embargo': (draft) => {
    draft.embargo = true;
  },
  'armed-clash': (draft) => {
    draft.clash = true;
  },
};

// --- The scenario: data plus the pure functions above.
export const harbourStandoff = defineScenario({
  id: 'harbour-standoff',
  title: 'The harbour standoff (tutorial)',
  version: '1.0.0',
  description: 'A fictional blockade crisis with a legal trigger and a vote.',
  startDate: '2025-03-01',
  horizonDays: 120,
  parameters: harbourParameters,
  initialState: (): HarbourState => ({
    tension: 0.3,
    talks: 0,
    blockade: 'none',
    blockadeDay: -1,
    embargo: false,
    summitCalled: false,
    votes: {},
    sanctions: false,
    clash: false,
  }),
  actors: [
    { id: 'aldoria', name: 'Aldoria', description: 'Coastal state; may blockade the port of Velm.', rule: aldoria },
    { id: 'borvania', name: 'Borvania', description: 'Landlocked neighbour; escalates or talks.', rule: borvania },
    { id: 'league', name: 'Coastal League', description: 'Five members; votes on sanctions.', rule: league },
    { id: 'export-law', name: 'Arms Export Act', description: 'Embargo after a set blockade length.', rule: exportLaw },
    { id: 'frontier', name: 'Frontier', description: 'Where a clash breaks out when tension peaks.', rule: frontier },
  ],
  reducers,
  dynamics: (draft) => {
    // Without a blockade, tension eases by itself.
    if (draft.blockade !== 'active') draft.tension = Math.max(0, draft.tension - 0.005);
  },
  outcomes: [
    { id: 'armed-clash', label: 'Armed clash', description: 'Tension reached its limit and the two sides clashed.' },
    { id: 'settled', label: 'Settled', description: 'The blockade was lifted after talks, with no clash.' },
    { id: 'standing-blockade', label: 'Standing blockade', description: 'The blockade still stands at the horizon.' },
    { id: 'no-blockade', label: 'No blockade', description: 'Aldoria never declared a blockade.' },
  ],
  outcome: (state) =>
    state.clash
      ? 'armed-clash'
      : state.blockade === 'lifted'
        ? 'settled'
        : state.blockade === 'active'
          ? 'standing-blockade'
          : 'no-blockade',
  indicators: [
    { id: 'blockade', label: 'Blockade declared', description: 'Aldoria declares the blockade.', on: ['aldoria/declare-blockade'] },
    { id: 'sanctions', label: 'League sanctions', description: 'The League imposes sanctions.', on: ['league/impose-sanctions'] },
    { id: 'embargo', label: 'Arms embargo', description: 'The export law imposes its embargo.', on: ['law/impose-embargo'] },
    { id: 'clash', label: 'Armed clash', description: 'The two sides clash.', on: ['armed-clash'] },
  ],
  invariants: [
    {
      id: 'bounded',
      description: 'Tension and talks stay in [0, 1].',
      check: (s) =>
        s.tension >= 0 && s.tension <= 1 && s.talks >= 0 && s.talks <= 1 ? undefined : `tension ${s.tension}, talks ${s.talks}`,
    },
    {
      id: 'embargo-needs-blockade',
      description: 'The embargo only ever follows a blockade.',
      check: (s) => (s.embargo && s.blockadeDay < 0 ? 'embargo without a blockade' : undefined),
    },
    {
      id: 'sanctions-need-votes',
      description: 'Sanctions only after all members voted.',
      check: (s) => (s.sanctions && Object.keys(s.votes).length !== leagueMembers.length ? 'sanctions before the vote' : undefined),
    },
  ],
});

/**
 * The same scenario as the module's default export: the CLI's --scenario-module and the
 * runner's workers load a module's default export.
 * @alias harbourStandoff
 */
export default harbourStandoff;
