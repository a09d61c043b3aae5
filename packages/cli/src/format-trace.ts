import { type Action, type AnyScenario, dayToDate, type LoggedEvent, type RunResult } from '@crisis-sim/engine';

/**
 * The narrative of one run: each event dated (start date + day), with the actor, the
 * action and the actor's reason; then the outcome and the day each indicator happened.
 */
export function formatTrace(scenario: AnyScenario, result: RunResult, replay: string): string {
  const date = (day: number) => `${dayToDate(scenario.startDate, day)} (day ${day})`;
  const actorName = (id: string) => scenario.actors.find((actor) => actor.id === id)?.name ?? id;
  const lines = [
    `${scenario.title} (${scenario.id} ${scenario.version}): run ${result.runIndex} of seed ${result.seed}`,
    `Day 0 is ${scenario.startDate}; horizon ${result.horizon} days.`,
    '',
  ];
  const widest = Math.max(0, ...result.events.map((event) => date(event.day).length));
  for (const event of result.events)
    lines.push(`${date(event.day).padEnd(widest)}  ${actorName(event.actor)}: ${describeAction(event)} - ${event.reason}`);
  if (result.events.length === 0) lines.push('(no events)');
  const outcome = scenario.outcomes.find((entry) => entry.id === result.outcome);
  lines.push('', `Outcome: ${outcome?.label ?? result.outcome} (${result.outcome})`);
  for (const indicator of scenario.indicators ?? []) {
    const day = result.indicators[indicator.id] ?? null;
    lines.push(`  ${indicator.label}: ${day === null ? 'did not happen' : date(day)}`);
  }
  lines.push('', `Replay: ${replay}`);
  return `${lines.join('\n')}\n`;
}

function describeAction(event: LoggedEvent<Action>): string {
  const { type, ...details } = event.action as Action & Record<string, unknown>;
  const extra = Object.entries(details).map(([key, value]) => `${key}=${typeof value === 'number' ? round(value) : JSON.stringify(value)}`);
  return extra.length === 0 ? type : `${type} (${extra.join(', ')})`;
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}
