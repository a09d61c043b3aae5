/**
 * The sparse benchmark model: actors rarely act (daily hazard 0.02). 14 actors, 180 days, two
 * draws per actor per day; an actor that crosses its hazard escalates. Most actor-days end in
 * no decision, so this measures the engine's fixed cost per actor-day.
 */
import { createRng, decide, defineScenario, deriveRunSeed, deriveStreamSeed, param, type Rule, runScenario } from '@crisis-sim/engine';

const ACTORS = 14;
const HORIZON = 180;

interface State {
  stances: number[];
  escalations: number;
}
type Escalate = { readonly type: 'escalate'; readonly actor: number; readonly amount: number };

const parameters = {
  hazard: param.number({
    default: 0.02,
    min: 0,
    max: 1,
    unit: 'per day',
    description: 'Base daily escalation hazard.',
    source: { assumption: 'benchmark' },
  }),
};

function escalationRule(index: number): Rule<State, { readonly hazard: number }, Escalate> {
  return (state, { rng, params }) => {
    const noise = rng.next();
    const draw = rng.next();
    const stance = state.stances[index] as number;
    return draw < params.hazard * (1 + stance)
      ? decide({ type: 'escalate', actor: index, amount: noise * 0.1 }, 'stance crossed its hazard')
      : undefined;
  };
}

const actorIds = Array.from({ length: ACTORS }, (_, i) => `actor-${i}`);

/** The sparse model as an engine scenario. */
const sparseScenario = defineScenario({
  id: 'bench-synthetic',
  title: 'Synthetic benchmark',
  version: '1.0.0',
  description: 'Fourteen actors escalating at random.',
  startDate: '2024-01-01',
  horizonDays: HORIZON,
  parameters,
  initialState: (): State => ({ stances: new Array(ACTORS).fill(0.2), escalations: 0 }),
  actors: actorIds.map((id, index) => ({ id, name: id, description: 'synthetic', rule: escalationRule(index) })),
  reducers: {
    escalate: (draft, action) => {
      draft.stances[action.actor] = Math.min(1, (draft.stances[action.actor] as number) + action.amount);
      draft.escalations++;
    },
  },
  dynamics: (draft) => {
    for (let i = 0; i < ACTORS; i++) draft.stances[i] = (draft.stances[i] as number) * 0.995;
  },
  outcomes: [
    { id: 'calm', label: 'Calm', description: 'Fewer than 60 escalations.' },
    { id: 'crisis', label: 'Crisis', description: '60 escalations or more.' },
  ],
  outcome: (state) => (state.escalations >= 60 ? 'crisis' : 'calm'),
  indicators: [{ id: 'first-escalation', label: 'First escalation', description: 'Day of the first escalation.', on: ['escalate'] }],
});

/** Runs the sparse scenario through the engine's step loop; returns the crises counted. */
export function sparseEngineRuns(runs: number, seed: number): number {
  const params = { hazard: 0.02 };
  let crises = 0;
  for (let run = 0; run < runs; run++) {
    const result = runScenario(sparseScenario, params, { seed, runIndex: run, mode: 'batch', checkInvariants: true });
    if (result.outcome === 'crisis') crises++;
  }
  return crises;
}

/** The same model as a plain loop with the engine's RNG streams; returns the crises counted. */
export function sparseHandWrittenRuns(runs: number, seed: number): number {
  const hazard = 0.02;
  let crises = 0;
  for (let run = 0; run < runs; run++) {
    const runSeed = deriveRunSeed(seed, run);
    const rngs = actorIds.map((id) => createRng(deriveStreamSeed(runSeed, `actor:${id}`)));
    const stances = new Array(ACTORS).fill(0.2);
    let escalations = 0;
    let firstEscalation = -1;
    const pendingActor: number[] = [];
    const pendingAmount: number[] = [];
    for (let day = 0; day < HORIZON; day++) {
      pendingActor.length = 0;
      pendingAmount.length = 0;
      for (let i = 0; i < ACTORS; i++) {
        const rng = rngs[i] as ReturnType<typeof createRng>;
        const noise = rng.next();
        const draw = rng.next();
        if (draw < hazard * (1 + stances[i])) {
          pendingActor.push(i);
          pendingAmount.push(noise * 0.1);
        }
      }
      for (let k = 0; k < pendingActor.length; k++) {
        const i = pendingActor[k] as number;
        stances[i] = Math.min(1, stances[i] + (pendingAmount[k] as number));
        escalations++;
        if (firstEscalation < 0) firstEscalation = day;
      }
      for (let i = 0; i < ACTORS; i++) stances[i] *= 0.995;
    }
    if (escalations >= 60) crises++;
  }
  return crises;
}
