/**
 * Stable 53-bit hashes for deriving RNG streams from names. Two independent 32-bit lanes
 * (FNV-style multiply-xor, then a murmur-style avalanche) are joined into one safe integer,
 * so the value is exact in a JavaScript number and identical on every platform.
 */

const MAX_LANE = 0x200000; // 2^21: the high lane keeps 21 bits, 21 + 32 = 53.

/** Hashes a string to an integer in [0, 2^53). */
export function hashString(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x5bd1e995);
  }
  return join(avalanche(h1 ^ text.length), avalanche(h2 + text.length));
}

/**
 * Combines a 53-bit hash with a non-negative integer (a run index, another hash) into a
 * new 53-bit hash. Order matters: mixHash(a, b) and mixHash(b, a) differ.
 */
export function mixHash(hash: number, value: number): number {
  const hashHigh = Math.floor(hash / 0x100000000) | 0;
  const hashLow = hash >>> 0;
  const valueHigh = Math.floor(value / 0x100000000) | 0;
  const valueLow = value >>> 0;
  const h1 = avalanche(Math.imul(hashLow ^ valueHigh, 0x85ebca6b) + Math.imul(valueLow, 0x9e3779b1));
  const h2 = avalanche(Math.imul(hashHigh ^ valueLow, 0xc2b2ae35) + Math.imul(h1, 0x27d4eb2f) + valueHigh);
  return join(h1, h2);
}

function avalanche(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function join(low: number, high: number): number {
  return (high % MAX_LANE) * 0x100000000 + (low >>> 0);
}
