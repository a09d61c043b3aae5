/**
 * Engine overhead: a synthetic scenario (14 actors, 180 days, two draws per actor per day)
 * through the engine in batch mode, beside the same model hand-written as a plain loop over
 * mutable objects with the same RNG streams. Both must give the same outcomes; the ratio of
 * their speeds is the engine's overhead. Target: engine within 1.5x of the hand-written loop.
 *
 * Run (after `pnpm build`): pnpm exec tsx bench/engine.ts [runs]
 */
import { createRng, decide, defineScenario, deriveRunSeed, deriveStreamSeed, param, type Rule, runScenario } from '@crisis-sim/engine';

const ACTORS = 14;
const HORIZON = 180;
const runs = Number(process.argv[2] ?? 20_000);
const seed = 20230808;

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

const scenario = defineScenario({
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

function engineLoop(): number {
  const params = { hazard: 0.02 };
  let crises = 0;
  for (let run = 0; run < runs; run++) {
    const result = runScenario(scenario, params, { seed, runIndex: run, mode: 'batch', checkInvariants: true });
    if (result.outcome === 'crisis') crises++;
  }
  return crises;
}

function handWrittenLoop(): number {
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

function time(label: string, body: () => number): { rate: number; crises: number } {
  body(); // warm-up
  const start = process.hrtime.bigint();
  const crises = body();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = runs / seconds;
  console.log(`${label.padEnd(12)} ${rate.toFixed(0).padStart(8)} runs/s  (${runs} runs in ${seconds.toFixed(2)} s, ${crises} crises)`);
  return { rate, crises };
}

console.log(`synthetic scenario: ${ACTORS} actors, ${HORIZON} days, 2 draws per actor per day, seed ${seed}`);
const hand = time('hand-written', handWrittenLoop);
const engine = time('engine', engineLoop);
if (hand.crises !== engine.crises) throw new Error(`the two loops disagree: ${hand.crises} vs ${engine.crises} crises`);
const ratio = hand.rate / engine.rate;
console.log(`engine overhead: ${ratio.toFixed(2)}x the hand-written loop (target <= 1.5x): ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
