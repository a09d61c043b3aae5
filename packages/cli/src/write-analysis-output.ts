import { type AnalysisArgs, removeCheckpoint } from './analysis-options.js';
import { analysisReportHtml } from './analysis-report-html.js';
import type { CliIo } from './cli-io.js';
import type { HtmlReportRequest } from './html-report.js';
import { writeOutputFile } from './write-output-file.js';

/** What --report draws: the analysis's JSON document, and how to name and replay its scenario. */
export interface AnalysisReportSource {
  readonly document: unknown;
  readonly request: Omit<HtmlReportRequest, 'saved' | 'modulePath'> & { readonly modulePath: string | undefined };
}

/**
 * Prints an analysis's output, or writes it to --out (atomically) and says so on stderr
 * (unless --quiet) with `note`: the replay command, and what else the reader should know.
 * With --report, the page is rendered first, so that a report that fails leaves no file
 * written; it is written after --out. Only then is the --checkpoint deleted: a kill before
 * that point leaves the checkpoint to resume from.
 */
export async function writeAnalysisOutput(
  io: CliIo,
  common: Pick<AnalysisArgs, 'out' | 'quiet' | 'report' | 'checkpoint'>,
  text: string,
  note: string,
  report?: AnalysisReportSource,
): Promise<void> {
  let html: string | undefined;
  if (common.report !== undefined && report !== undefined) {
    const { modulePath, ...request } = report.request;
    html = await analysisReportHtml(report.document, { ...request, ...(modulePath === undefined ? {} : { modulePath }) });
  }
  if (common.out === undefined) io.stdout.write(text);
  else {
    await writeOutputFile('--out', common.out, text, io);
    if (!common.quiet) io.stderr.write(`crisis-sim: wrote ${common.out} (${note})\n`);
  }
  if (common.report !== undefined && html !== undefined) await writeOutputFile('--report', common.report, html, io);
  await removeCheckpoint(common);
}
