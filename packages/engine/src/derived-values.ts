import { hashParameters } from './hash-parameters.js';
import type { ParameterValue } from './parameter.js';
import type { AnyScenario } from './scenario.js';

/** Unfrozen parameter sets remembered per scenario by hash; beyond it the cache starts afresh. */
const HASHED_CACHE_SIZE = 64;

interface DerivedCache {
  /** Frozen parameter objects (as the engine resolves and draws them): their values cannot change. */
  readonly byObject: WeakMap<object, unknown>;
  /** Other parameter objects, by the hash of their values: a caller may change them between runs. */
  readonly byHash: Map<string, unknown>;
  /** The frozen object asked for last and its values: a batch on fixed parameters asks for the same one on every run. */
  lastObject: object | undefined;
  lastValue: unknown;
}

// Module state is per thread: each worker derives once per parameter set it runs.
const caches = new WeakMap<object, DerivedCache>();

/**
 * The scenario's `derive(params)`, computed once per parameter set on this thread, or
 * `undefined` when the scenario declares no `derive`. A frozen parameter object (what
 * `resolveParameters`, `simulate` and the batch drivers pass, one object for all the runs of a
 * block that share a set) is looked up by identity: hashing some hundred values costs more than
 * a whole run of a typical scenario, and would be paid on every run under drawn parameters,
 * where each run's set is new. Any other object is looked up by the hash of its values
 * ({@link hashParameters}).
 */
export function derivedValues(scenario: AnyScenario, params: Readonly<Record<string, ParameterValue>>): unknown {
  const derive = scenario.derive as ((params: unknown) => unknown) | undefined;
  if (derive === undefined) return undefined;
  let cache = caches.get(scenario);
  if (cache === undefined) {
    cache = { byObject: new WeakMap(), byHash: new Map(), lastObject: undefined, lastValue: undefined };
    caches.set(scenario, cache);
  }
  if (params === cache.lastObject) return cache.lastValue;
  if (Object.isFrozen(params)) {
    let value: unknown;
    if (cache.byObject.has(params)) value = cache.byObject.get(params);
    else {
      value = derive(params);
      cache.byObject.set(params, value);
    }
    cache.lastObject = params;
    cache.lastValue = value;
    return value;
  }
  const hash = hashParameters(params);
  if (cache.byHash.has(hash)) return cache.byHash.get(hash);
  const value = derive(params);
  if (cache.byHash.size >= HASHED_CACHE_SIZE) cache.byHash.clear();
  cache.byHash.set(hash, value);
  return value;
}
