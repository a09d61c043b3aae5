/**
 * Question: "what does one run of the harbour standoff look like, day by day?"
 * Runs the tutorial scenario once and prints its dated narrative.
 *
 * Run: pnpm exec tsx examples/harbour-standoff/narrate.ts [seed] [runIndex]
 */
import { dayToDate, simulate } from '@crisis-sim/engine';
import { harbourStandoff } from './scenario.js';

const seed = process.argv[2] ?? 'tutorial';
const runIndex = Number(process.argv[3] ?? 0);
const result = simulate(harbourStandoff, { seed, runIndex });

console.log(`${harbourStandoff.title}: seed ${result.seed}, run ${result.runIndex}`);
for (const event of result.events) {
  console.log(
    `${dayToDate(harbourStandoff.startDate, event.day)}  ${event.actor.padEnd(10)} ${event.action.type.padEnd(26)} ${event.reason}`,
  );
}
console.log(`outcome: ${result.outcome}`);
