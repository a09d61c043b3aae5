import { runReplayCommand } from '@crisis-sim/engine/internal';
import { readJsonFile } from '@crisis-sim/runner';
import type { CommandSpec } from './command-spec.js';
import { htmlReport } from './html-report.js';
import { resolveScenario } from './resolve-scenario.js';
import { assertWritableOutput, writeOutputFile } from './write-output-file.js';

/** `crisis-sim report <saved.json> --out report.html`: a saved output as a self-contained HTML page. */
export const reportCommand: CommandSpec = {
  command: 'report <file>',
  summary: 'Turn a saved output into a self-contained HTML report',
  description:
    "Reads the JSON that run (or merge), compare, sweep, ensemble, sensitivity, discover, backtest or trace saved, and writes one HTML file with its charts (SVG), the numbers as tables, and the replay command, without rerunning the batch. The file opens offline and makes no network request; it prints, and follows the reader's light or dark setting. A run report also has the narrative of the first run that ended in each outcome, the parameters with their sources, and an explorer that reruns the scenario in the browser with other parameters (the same counts as the CLI for the same settings). The scenario is loaded by the id the file names, or from --scenario-module, and must be the version that made the file.",
  positionals: {
    file: {
      type: 'string',
      describe:
        'Saved JSON output (run --format json or --out; compare, sweep, ensemble, sensitivity, discover, backtest, trace --format json)',
    },
  },
  options: {
    out: { type: 'string', describe: 'Write the HTML to this file (atomically) instead of stdout', requiresArg: true },
    explorer: { type: 'boolean', default: true, describe: 'Include the in-browser explorer in a run report (--no-explorer leaves it out)' },
  },
  examples: [['crisis-sim report summary.json --out report.html', 'A run summary saved with crisis-sim run --format json > summary.json']],
  async handler(args, { io }) {
    const file = args.file as string;
    const out = args.out as string | undefined;
    const json = await readJsonFile(file, [file], (reason) => `${file} is not valid JSON (${reason})`, { cwd: io.cwd });
    const { readSavedOutput, savedScenario } = await import('@crisis-sim/report');
    const saved = readSavedOutput(json, file);
    const modulePath = args['scenario-module'] as string | undefined;
    const { scenario, source } = await resolveScenario(savedScenario(saved).id, modulePath, io.cwd);
    if (out !== undefined) await assertWritableOutput('--out', out, io.cwd);
    const replay = saved.kind === 'run' ? runReplayCommand(scenario, saved.summary, { modulePath }) : undefined;
    const request = {
      saved,
      scenario,
      source,
      explorer: args.explorer !== false,
      ...(modulePath === undefined ? {} : { modulePath }),
      ...(replay === undefined ? {} : { replay }),
    };
    const html = await htmlReport(request);
    if (out === undefined) io.stdout.write(html);
    else await writeOutputFile('--out', out, html, io);
  },
};
