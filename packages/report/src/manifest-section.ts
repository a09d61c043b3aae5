import { escapeHtml } from './escape-html.js';

/**
 * The manifest section at the top of an analysis report: what was run (scenario, seed, sizes,
 * settings) as a definition list, then the command that reproduces it. Every text is escaped,
 * since the scenario's title and the saved file's values are shown here.
 */
export function manifestSection(
  heading: string,
  settings: readonly (readonly [string, string])[],
  replay: string | undefined,
  note?: string,
): string {
  const items = settings.map(([term, text]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`).join('');
  const replayItem = replay === undefined ? '' : `<dt>Replay</dt><dd><code>${escapeHtml(replay)}</code></dd>`;
  const noteHtml = note === undefined ? '' : `\n<p class="note">${escapeHtml(note)}</p>`;
  return `<section id="manifest"><h2>${escapeHtml(heading)}</h2><dl class="manifest">${items}${replayItem}</dl>${noteHtml}</section>`;
}
