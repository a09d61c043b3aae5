import type { HtmlReportRequest } from './html-report.js';
import { htmlReport } from './html-report.js';

/**
 * The HTML report of an analysis's JSON document (what `--format json` writes), for `--report`
 * on sweep, compare, ensemble, sensitivity, discover and backtest. The document is read back from its
 * JSON text exactly as `crisis-sim report` reads the saved file, so that `--report` and saving
 * then reporting give the same page.
 */
export async function analysisReportHtml(document: unknown, request: Omit<HtmlReportRequest, 'saved'>): Promise<string> {
  const { readSavedOutput } = await import('@crisis-sim/report');
  const saved = readSavedOutput(JSON.parse(JSON.stringify(document)), '--report');
  return htmlReport({ ...request, saved });
}
