import { CrisisSimError } from './crisis-sim-error.js';
import { type DesignFactor, type ResolvedFactor, resolveDesignFactors } from './design-factor.js';
import { latinHypercube } from './latin-hypercube.js';
import type { ParameterSpec, ParameterValue } from './parameter.js';
import { createRng } from './rng.js';
import { checkSeed, deriveStreamSeed, type Seed, validateSeed } from './seed.js';
import { SOBOL_MAX_DIMENSIONS, sobolSequence } from './sobol-sequence.js';

/**
 * A design over several parameters:
 * - `grid`: the full factorial of every factor's levels (listed values, stepped ranges, all
 *   values of a choice or switch);
 * - `lhs`: `points` Latin hypercube samples over the factors' ranges, placed by `seed`;
 * - `sobol`: the first `points` points of the Sobol sequence over the factors' ranges;
 * - `points`: the parameter sets given, as they are.
 */
export type Design =
  | { readonly kind: 'grid'; readonly factors: readonly DesignFactor[] }
  | { readonly kind: 'lhs'; readonly factors: readonly DesignFactor[]; readonly points: number; readonly seed: Seed }
  | { readonly kind: 'sobol'; readonly factors: readonly DesignFactor[]; readonly points: number }
  | { readonly kind: 'points'; readonly points: readonly Readonly<Record<string, ParameterValue>>[] };

/** Largest design accepted: each point is a batch of runs, so more is a mistake, not a plan. */
const MAX_POINTS = 1_000_000;

/**
 * The points of a design: the values of the varied parameters at each point, in the
 * design's order (grids vary the last factor fastest). Values are checked against the
 * scenario's parameters; other parameters are not filled in. Pure: the same design gives
 * the same points on every machine.
 */
export function designPoints(spec: ParameterSpec, design: Design): Readonly<Record<string, ParameterValue>>[] {
  if (design.kind === 'points') {
    if (design.points.length === 0) {
      throw new CrisisSimError([
        { code: 'invalid_option', path: ['points'], message: 'a design needs at least one point', value: design.points },
      ]);
    }
    return design.points.map((point) => Object.freeze({ ...point }));
  }
  const factors = resolveDesignFactors(spec, design.factors);
  if (design.kind === 'grid') {
    const missing = factors.filter((factor) => factor.levels === undefined);
    if (missing.length > 0) {
      throw new CrisisSimError(
        missing.map((factor) => ({
          code: 'invalid_option' as const,
          path: ['factors', factor.key, 'steps'],
          message: `a grid needs steps or values for ${factor.key}, a number parameter`,
          value: undefined,
        })),
      );
    }
    const size = factors.reduce((product, factor) => product * (factor.levels?.length ?? 1), 1);
    if (size > MAX_POINTS) {
      throw new CrisisSimError([
        {
          code: 'invalid_option',
          path: ['factors'],
          message: `the grid has ${size} points; at most ${MAX_POINTS} are allowed`,
          value: size,
        },
      ]);
    }
    let points: Record<string, ParameterValue>[] = [{}];
    for (const factor of factors) {
      points = points.flatMap((point) => (factor.levels ?? []).map((level) => ({ ...point, [factor.key]: level })));
    }
    return points.map((point) => Object.freeze(point));
  }
  const count = design.points;
  const issues = design.kind === 'lhs' ? validateSeed(design.seed, ['seed']) : [];
  if (!(Number.isSafeInteger(count) && count >= 1 && count <= MAX_POINTS)) {
    issues.push({
      code: 'invalid_option',
      path: ['points'],
      message: `points must be a whole number from 1 to ${MAX_POINTS}, got ${String(count)}`,
      value: count,
    });
  }
  if (design.kind === 'sobol' && factors.length > SOBOL_MAX_DIMENSIONS) {
    issues.push({
      code: 'invalid_option',
      path: ['factors'],
      message: `a Sobol design varies at most ${SOBOL_MAX_DIMENSIONS} parameters, got ${factors.length}`,
      value: factors.length,
    });
  }
  if (issues.length > 0) throw new CrisisSimError(issues);
  const unit =
    design.kind === 'sobol'
      ? sobolSequence(count, factors.length)
      : latinHypercube(count, factors.length, createRng(deriveStreamSeed(checkSeed(design.seed as Seed).hash, 'design:lhs')));
  return unit.map((u) => Object.freeze(placePoint(factors, u)));
}

/**
 * Maps a point of the unit cube onto factors: a range linearly (whole-number parameters by
 * equal cells per value), a list of levels by equal cells. Used by the samplers and by
 * the global sensitivity methods.
 */
export function placePoint(factors: readonly ResolvedFactor[], unit: readonly number[]): Record<string, ParameterValue> {
  const point: Record<string, ParameterValue> = {};
  factors.forEach((factor, k) => {
    const u = Math.min(Math.max(unit[k] ?? 0, 0), 1);
    if (factor.levels !== undefined) {
      point[factor.key] = factor.levels[Math.min(factor.levels.length - 1, Math.floor(u * factor.levels.length))] as ParameterValue;
      return;
    }
    if (factor.integer) {
      // Equal cells per whole number, so the ends are as likely as the values between them.
      const low = Math.ceil(factor.min);
      const high = Math.floor(factor.max);
      point[factor.key] = Math.min(high, low + Math.floor((high - low + 1) * u));
      return;
    }
    point[factor.key] = factor.min + (factor.max - factor.min) * u;
  });
  return point;
}
