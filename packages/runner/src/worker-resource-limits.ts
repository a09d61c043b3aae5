/**
 * Heap caps of each worker thread. Runs allocate many short-lived objects, and each block's
 * summary lives for the whole block, long enough to be promoted. Without caps V8 lets a
 * worker's old generation grow by tens of MB between full collections, so a long batch's RSS
 * creeps up; a 128 MB old-generation ceiling (far above what a run needs; V8 collects earlier
 * once it has a ceiling) keeps peak RSS for 1,000,000 runs close to that of 10,000
 * (bench/memory.ts). The young generation is capped at 16 MB: with 4 MB a worker scavenged
 * about 150 times in the default 10,000-run batch of niger-2023 (with 16 MB, about 50), and
 * the collector took a sixth of its time; the larger nursery is a fixed cost, not one that
 * grows with runs.
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 } as const;
