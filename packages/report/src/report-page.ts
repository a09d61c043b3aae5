import { escapeHtml } from './escape-html.js';
import { jsonForScript } from './json-for-script.js';
import { REPORT_STYLES } from './report-styles.js';

/** The scripts of the in-browser explorer, as built by {@link bundleExplorer}. */
export interface ExplorerScripts {
  /** The page script: reads the explorer's JSON data, builds the form, draws charts with Vega. */
  readonly page: string;
  /** The Web Worker: the engine and the scenario, running batches off the page's thread. */
  readonly worker: string;
}

/** What {@link reportPage} lays out. */
export interface ReportPage {
  /** Text of the `<title>` and the heading (escaped here). */
  readonly title: string;
  /** A line under the heading (escaped here). */
  readonly lede: string;
  /** Which kind of report: the `data-report-kind` of the page. */
  readonly kind: string;
  /** Sections of HTML, already escaped by their makers. */
  readonly sections: readonly string[];
  /** Present when the page has an explorer; its JSON data are placed by the caller in a section. */
  readonly explorer?: ExplorerScripts;
  /** The footer line: what made the report (escaped here). */
  readonly generator: string;
}

/**
 * One self-contained HTML document: styles and scripts inline, charts as inline SVG. Its
 * Content-Security-Policy forbids every network request (`default-src 'none'`, no
 * `connect-src`), so even a mistake in a scenario's text cannot make the page fetch anything;
 * scripts are allowed only when the page has an explorer, and workers only from `blob:`.
 */
export function reportPage(page: ReportPage): string {
  const scripts =
    page.explorer === undefined
      ? "script-src 'none'"
      : // Vega compiles its expressions with the Function constructor: 'unsafe-eval'.
        "script-src 'unsafe-inline' 'unsafe-eval'; worker-src blob:";
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; ${scripts}; form-action 'none'; base-uri 'none'`;
  const explorer =
    page.explorer === undefined
      ? ''
      : // The worker holds the scenario's texts: as a JSON string, every < in it is escaped.
        `<script type="application/json" id="explorer-worker">${jsonForScript(page.explorer.worker)}</script>\n<script>${scriptText(page.explorer.page)}</script>\n`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(page.title)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body data-report-kind="${escapeHtml(page.kind)}">
<header>
<h1>${escapeHtml(page.title)}</h1>
<p class="lede">${escapeHtml(page.lede)}</p>
</header>
<main>
${page.sections.join('\n')}
</main>
<footer>${escapeHtml(page.generator)}</footer>
${explorer}</body>
</html>
`;
}

/** Script text that cannot end its element early (the page script holds no scenario text, but a library's strings might hold the tag). */
function scriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}
