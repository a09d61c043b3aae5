/**
 * The dense benchmark model: every actor acts every day. 14 actors, 180 days, two draws per
 * actor-day; each actor nudges its own stance daily and, rarely, causes an incident that
 * raises a shared tension, which in turn makes incidents likelier. This is the shape of a
 * crisis model where stances move continuously, the case where per-decision overhead of the
 * engine (action objects, reducer dispatch, the pending queue) shows most.
 *
 * The same model is written three ways (engine scenario, hand-written loop, Flocc) with the
 * same RNG streams, so all three must count the same crises.
 */
import {
  createRng,
  decide,
  defineScenario,
  deriveRunSeed,
  deriveStreamSeed,
  param,
  type Rng,
  type Rule,
  reusableDecision,
  runScenario,
} from '@crisis-sim/engine';

/** Actors in the dense model. */
export const DENSE_ACTORS = 14;
/** Days per run. */
export const DENSE_HORIZON = 180;
/** Base daily incident hazard, before tension. */
export const DENSE_HAZARD = 0.004;
/** Incidents that make a run a crisis. */
export const DENSE_CRISIS_INCIDENTS = 16;

/** Stream names, as the engine names an actor's stream: `actor:<id>`. */
export const denseActorIds: readonly string[] = Array.from({ length: DENSE_ACTORS }, (_, i) => `actor-${i}`);

interface DenseState {
  stances: number[];
  tension: number;
  incidents: number;
}
type DenseAction =
  | { readonly type: 'adjust'; readonly actor: number; readonly delta: number }
  | { readonly type: 'incident'; readonly actor: number; readonly severity: number };

/** Stance change of one day: noise in [-0.01, 0.01) pulled toward the shared tension. */
export function stanceDelta(noise: number, stance: number, tension: number): number {
  return (noise - 0.5) * 0.02 + 0.01 * (tension - stance);
}

function denseRule(index: number): Rule<DenseState, { readonly hazard: number }, DenseAction> {
  return (state, { rng, params }) => {
    const noise = rng.next();
    const draw = rng.next();
    const stance = state.stances[index] as number;
    if (draw < params.hazard * (1 + state.tension + stance)) {
      return decide({ type: 'incident', actor: index, severity: noise }, 'an incident at the line of contact');
    }
    return decide({ type: 'adjust', actor: index, delta: stanceDelta(noise, stance, state.tension) }, 'daily stance drift');
  };
}

/**
 * The same rule written allocation-free: it keeps one reusable decision per action type and
 * refills it (see `reusableDecision`), instead of allocating a decision and an action per
 * actor-day. Same draws, same decisions.
 */
function denseReusingRule(index: number): Rule<DenseState, { readonly hazard: number }, DenseAction> {
  const incident = reusableDecision({ type: 'incident', actor: index, severity: 0 }, 'an incident at the line of contact');
  const adjust = reusableDecision({ type: 'adjust', actor: index, delta: 0 }, 'daily stance drift');
  return (state, { rng, params }) => {
    const noise = rng.next();
    const draw = rng.next();
    const stance = state.stances[index] as number;
    if (draw < params.hazard * (1 + state.tension + stance)) {
      incident.action.severity = noise;
      return incident;
    }
    adjust.action.delta = stanceDelta(noise, stance, state.tension);
    return adjust;
  };
}

/** The dense model as an engine scenario, its rules built by `rule` (one of the two above). */
function denseScenarioWith(rule: (index: number) => Rule<DenseState, { readonly hazard: number }, DenseAction>) {
  return defineScenario({
    id: 'bench-dense',
    title: 'Dense benchmark',
    version: '1.0.0',
    description: 'Fourteen actors that each act every day.',
    startDate: '2024-01-01',
    horizonDays: DENSE_HORIZON,
    parameters: {
      hazard: param.number({
        default: DENSE_HAZARD,
        min: 0,
        max: 1,
        unit: 'per day',
        description: 'Base daily incident hazard.',
        source: { assumption: 'benchmark' },
      }),
    },
    initialState: (): DenseState => ({ stances: new Array(DENSE_ACTORS).fill(0.2), tension: 0, incidents: 0 }),
    actors: denseActorIds.map((id, index) => ({ id, name: id, description: 'synthetic', rule: rule(index) })),
    reducers: {
      adjust: (draft, action) => {
        draft.stances[action.actor] = Math.min(1, Math.max(0, (draft.stances[action.actor] as number) + action.delta));
      },
      incident: (draft, action) => {
        draft.tension = Math.min(1, draft.tension + 0.05 + 0.05 * action.severity);
        draft.incidents++;
      },
    },
    dynamics: (draft) => {
      draft.tension *= 0.98;
    },
    outcomes: [
      { id: 'calm', label: 'Calm', description: `Fewer than ${DENSE_CRISIS_INCIDENTS} incidents.` },
      { id: 'crisis', label: 'Crisis', description: `${DENSE_CRISIS_INCIDENTS} incidents or more.` },
    ],
    outcome: (state) => (state.incidents >= DENSE_CRISIS_INCIDENTS ? 'crisis' : 'calm'),
    indicators: [{ id: 'first-incident', label: 'First incident', description: 'Day of the first incident.', on: ['incident'] }],
  });
}

/** The dense model as an engine scenario, its rules returning `decide(...)`: a new decision per actor-day. */
const denseScenario = denseScenarioWith(denseRule);

/** The dense model with allocation-free rules (`reusableDecision`). */
const denseReusingScenario = denseScenarioWith(denseReusingRule);

function engineRuns(scenario: typeof denseScenario, runs: number, seed: number): number {
  const params = { hazard: DENSE_HAZARD };
  let crises = 0;
  for (let run = 0; run < runs; run++) {
    const result = runScenario(scenario, params, { seed, runIndex: run, mode: 'batch', checkInvariants: false, recordEvents: false });
    if (result.outcome === 'crisis') crises++;
  }
  return crises;
}

/** Runs the dense scenario (rules returning `decide(...)`) through the engine's step loop; returns the crises counted. */
export function denseEngineRuns(runs: number, seed: number): number {
  return engineRuns(denseScenario, runs, seed);
}

/** Runs the dense scenario with allocation-free rules (`reusableDecision`) through the engine; returns the crises counted. */
export function denseReusingEngineRuns(runs: number, seed: number): number {
  return engineRuns(denseReusingScenario, runs, seed);
}

/**
 * Counts the crises of `runs` hand-written runs: each run gets its actors' streams as the
 * engine derives them (`actor:<id>` under the run's seed) and returns its incidents. One call
 * a run, so the actor-days inside `run` are all that differs between the hand-written loops.
 */
function handWrittenCrises(runs: number, seed: number, run: (rngs: readonly Rng[]) => number): number {
  let crises = 0;
  for (let index = 0; index < runs; index++) {
    const runSeed = deriveRunSeed(seed, index);
    if (run(denseActorIds.map((id) => createRng(deriveStreamSeed(runSeed, `actor:${id}`)))) >= DENSE_CRISIS_INCIDENTS) crises++;
  }
  return crises;
}

/** The same model as a plain loop over arrays, with the engine's RNG streams; returns the crises counted. */
export function denseHandWrittenRuns(runs: number, seed: number): number {
  const stances = new Array<number>(DENSE_ACTORS);
  const kinds = new Uint8Array(DENSE_ACTORS);
  const values = new Float64Array(DENSE_ACTORS);
  return handWrittenCrises(runs, seed, (rngs) => {
    stances.fill(0.2);
    let tension = 0;
    let incidents = 0;
    for (let day = 0; day < DENSE_HORIZON; day++) {
      // Decide on the day's state first, then apply: decisions are simultaneous.
      for (let i = 0; i < DENSE_ACTORS; i++) {
        const rng = rngs[i] as Rng;
        const noise = rng.next();
        const draw = rng.next();
        const stance = stances[i] as number;
        if (draw < DENSE_HAZARD * (1 + tension + stance)) {
          kinds[i] = 1;
          values[i] = noise;
        } else {
          kinds[i] = 0;
          values[i] = stanceDelta(noise, stance, tension);
        }
      }
      for (let i = 0; i < DENSE_ACTORS; i++) {
        if (kinds[i] === 1) {
          tension = Math.min(1, tension + 0.05 + 0.05 * (values[i] as number));
          incidents++;
        } else {
          stances[i] = Math.min(1, Math.max(0, (stances[i] as number) + (values[i] as number)));
        }
      }
      tension *= 0.98;
    }
    return incidents;
  });
}

/**
 * Only the model's random draws, through the engine's streams: per run, the actors' streams
 * seeded as the engine seeds them and two draws per actor-day, nothing else. Any loop drawing
 * the model's numbers from these seedrandom streams costs at least this much: the ceiling on
 * the speed of the model written in any engine, with the RNG fixed. Returns how many draws fell
 * below the base hazard (so that none is optimised away).
 */
export function denseDrawsOnlyRuns(runs: number, seed: number): number {
  let below = 0;
  for (let index = 0; index < runs; index++) {
    const runSeed = deriveRunSeed(seed, index);
    const rngs = denseActorIds.map((id) => createRng(deriveStreamSeed(runSeed, `actor:${id}`)));
    for (let day = 0; day < DENSE_HORIZON; day++) {
      for (let i = 0; i < DENSE_ACTORS; i++) {
        const rng = rngs[i] as Rng;
        if (rng.next() < DENSE_HAZARD) below++;
        if (rng.next() < DENSE_HAZARD) below++;
      }
    }
  }
  return below;
}

/**
 * The hand-written loop again, but allocating the decision and action objects the engine's
 * rules return (`decide({...}, reason)`, kept until the day's decisions are applied): the floor
 * for any engine whose rules return decisions, as this part of an actor-day is the model's,
 * not the step loop's. Returns the crises counted.
 */
export function denseHandWrittenAllocatingRuns(runs: number, seed: number): number {
  const stances = new Array<number>(DENSE_ACTORS);
  const decisions = new Array<ReturnType<typeof decide<DenseAction>>>(DENSE_ACTORS);
  return handWrittenCrises(runs, seed, (rngs) => {
    stances.fill(0.2);
    let tension = 0;
    let incidents = 0;
    for (let day = 0; day < DENSE_HORIZON; day++) {
      for (let i = 0; i < DENSE_ACTORS; i++) {
        const rng = rngs[i] as Rng;
        const noise = rng.next();
        const stance = stances[i] as number;
        decisions[i] =
          rng.next() < DENSE_HAZARD * (1 + tension + stance)
            ? decide<DenseAction>({ type: 'incident', actor: i, severity: noise }, 'an incident at the line of contact')
            : decide<DenseAction>({ type: 'adjust', actor: i, delta: stanceDelta(noise, stance, tension) }, 'daily stance drift');
      }
      for (let i = 0; i < DENSE_ACTORS; i++) {
        const action = (decisions[i] as ReturnType<typeof decide<DenseAction>>).action;
        if (action.type === 'incident') {
          tension = Math.min(1, tension + 0.05 + 0.05 * action.severity);
          incidents++;
        } else {
          stances[action.actor] = Math.min(1, Math.max(0, (stances[action.actor] as number) + action.delta));
        }
      }
      tension *= 0.98;
    }
    return incidents;
  });
}
