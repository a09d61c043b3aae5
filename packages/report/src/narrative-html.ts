import { type Action, type AnyScenario, dayToDate, type LoggedEvent, type RunResult } from '@crisis-sim/engine';
import { escapeHtml } from './escape-html.js';

/**
 * One run told as a dated list of events (date, actor, action and the actor's reason), then
 * its outcome and the date each indicator first happened, then the command that replays it.
 * Every text from the scenario or the run is escaped. The events sit under a `<details>`
 * element, open when `open` (a trace report) and closed otherwise (a run report's narratives).
 */
export function narrativeHtml(scenario: AnyScenario, result: RunResult, replay: string, open = false): string {
  const date = (day: number) => `<span class="date">${escapeHtml(dayToDate(scenario.startDate, day))} (day ${day})</span>`;
  const actorName = (id: string) =>
    (scenario.actors as readonly { id: string; name?: string }[]).find((actor) => actor.id === id)?.name ?? id;
  const events = result.events.map(
    (event) =>
      `<li>${date(event.day)} <strong>${escapeHtml(actorName(event.actor))}</strong>: ${escapeHtml(describeAction(event))} — ${escapeHtml(event.reason)}</li>`,
  );
  const outcome = (scenario.outcomes as readonly { id: string; label: string }[]).find((entry) => entry.id === result.outcome);
  const indicators = ((scenario.indicators ?? []) as readonly { id: string; label: string }[]).map((indicator) => {
    const day = result.indicators[indicator.id] ?? null;
    return `<li>${escapeHtml(indicator.label)}: ${day === null ? 'did not happen' : date(day)}</li>`;
  });
  return [
    events.length === 0
      ? '<p>No events.</p>'
      : `<details class="events"${open ? ' open' : ''}><summary>${events.length} events, day by day</summary><ol class="events">\n${events.join('\n')}\n</ol></details>`,
    `<p>Outcome: <strong>${escapeHtml(outcome?.label ?? result.outcome)}</strong> (${escapeHtml(result.outcome)}), after ${result.horizon} days.</p>`,
    indicators.length === 0 ? '' : `<ul>${indicators.join('')}</ul>`,
    `<p>Replay: <code>${escapeHtml(replay)}</code></p>`,
  ].join('\n');
}

/** The action's type and its fields, numbers rounded to 4 significant digits. */
function describeAction(event: LoggedEvent<Action>): string {
  const { type, ...details } = event.action as Action & Record<string, unknown>;
  const extra = Object.entries(details).map(
    ([key, value]) =>
      `${key}=${typeof value === 'number' && !Number.isInteger(value) ? String(Number(value.toPrecision(4))) : JSON.stringify(value)}`,
  );
  return extra.length === 0 ? type : `${type} (${extra.join(', ')})`;
}
