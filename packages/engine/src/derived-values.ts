import { hashParameters } from './hash-parameters.js';
import type { ParameterValue } from './parameter.js';
import type { AnyScenario } from './scenario.js';

/** Parameter sets remembered per scenario; beyond it the cache starts afresh (a sweep of many points). */
const CACHE_SIZE = 64;

interface DerivedCache {
  /** The last parameter object seen, when frozen (its values cannot have changed since). */
  lastParams: object | undefined;
  lastValue: unknown;
  readonly byHash: Map<string, unknown>;
}

// Module state is per thread: each worker derives once per parameter set it runs.
const caches = new WeakMap<object, DerivedCache>();

/**
 * The scenario's `derive(params)`, computed once per parameter set on this thread: cached by
 * the hash of the parameter values ({@link hashParameters}), and by identity for the frozen
 * parameter object a batch passes to every run, so a batch on fixed parameters hashes once.
 * `undefined` when the scenario declares no `derive`.
 */
export function derivedValues(scenario: AnyScenario, params: Readonly<Record<string, ParameterValue>>): unknown {
  const derive = scenario.derive as ((params: unknown) => unknown) | undefined;
  if (derive === undefined) return undefined;
  let cache = caches.get(scenario);
  if (cache === undefined) {
    cache = { lastParams: undefined, lastValue: undefined, byHash: new Map() };
    caches.set(scenario, cache);
  }
  if (cache.lastParams === params) return cache.lastValue;
  const hash = hashParameters(params);
  let value: unknown;
  if (cache.byHash.has(hash)) {
    value = cache.byHash.get(hash);
  } else {
    value = derive(params);
    if (cache.byHash.size >= CACHE_SIZE) cache.byHash.clear();
    cache.byHash.set(hash, value);
  }
  if (Object.isFrozen(params)) {
    cache.lastParams = params;
    cache.lastValue = value;
  }
  return value;
}
