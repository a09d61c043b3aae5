import { type AnyScenario, dayToDate, type RunResult } from '@crisis-sim/engine';
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml } from './escape-html.js';
import { narrativeHtml } from './narrative-html.js';
import { PALETTE } from './palette.js';
import { renderChart } from './render-chart.js';
import { reportPage } from './report-page.js';

/** A run as `crisis-sim trace --format json` saves it: the run's result without its final state (snapshots and patches are not needed here). */
export type SavedTrace = Omit<RunResult, 'finalState' | 'trace'>;

/** What {@link renderTraceReport} needs: a saved trace and the scenario it ran. */
export interface TraceReportInput {
  readonly scenario: AnyScenario;
  readonly trace: SavedTrace;
  /** The command that replays the run. */
  readonly replay: string;
  /** The footer line: what made the report. */
  readonly generator: string;
}

/**
 * The HTML report of one run (`crisis-sim trace`): a timeline of its events by actor and
 * date, then the narrative, event by event, with each actor's reason.
 */
export async function renderTraceReport(input: TraceReportInput): Promise<string> {
  const { scenario, trace } = input;
  const actors = scenario.actors as readonly { id: string; name: string }[];
  const actorName = (id: string) => actors.find((actor) => actor.id === id)?.name ?? id;
  const rows = trace.events.map((event) => ({
    date: dayToDate(scenario.startDate, event.day),
    day: event.day,
    actor: actorName(event.actor),
    action: event.action.type,
    reason: event.reason,
  }));
  const timeline =
    rows.length === 0
      ? '<p>No events in this run.</p>'
      : await renderChart({
          id: 'timeline',
          title: 'Events by actor and date',
          description: `Each of the run's ${rows.length} events as a dot on the date it happened, one row per actor.`,
          spec: timelineSpec(
            rows,
            actors.map((actor) => actor.name),
          ),
          table: {
            columns: ['Date', 'Day', 'Actor', 'Action', 'Reason'],
            rows: rows.map((row) => [row.date, String(row.day), row.actor, row.action, row.reason]),
            numeric: [1],
          },
        });
  const outcome = (scenario.outcomes as readonly { id: string; label: string }[]).find((entry) => entry.id === trace.outcome);
  return reportPage({
    title: scenario.title,
    lede: `Trace report: run ${trace.runIndex} of seed ${trace.seed} (${trace.scenarioId} ${trace.scenarioVersion}), ending in ${outcome?.label ?? trace.outcome}`,
    kind: 'trace',
    sections: [
      `<section id="timeline"><h2>Timeline</h2>${timeline}</section>`,
      `<section id="narrative"><h2>Narrative</h2><p>Day 0 is ${escapeHtml(scenario.startDate)}; horizon ${trace.horizon} days.</p>${narrativeHtml(
        scenario,
        { ...trace, finalState: undefined } as RunResult,
        input.replay,
        true,
      )}</section>`,
    ],
    generator: input.generator,
  });
}

function timelineSpec(rows: readonly Record<string, unknown>[], order: readonly string[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    data: { values: rows as never },
    mark: { type: 'point', filled: true, size: 60, opacity: 0.8, color: PALETTE[0] },
    encoding: {
      x: { field: 'date', type: 'temporal', scale: { type: 'utc' }, title: 'Date', axis: { format: '%d %b %Y', labelAngle: -30 } },
      y: { field: 'actor', type: 'nominal', title: 'Actor', sort: [...order] },
    },
  } as TopLevelSpec;
}
