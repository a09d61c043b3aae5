import type { Options } from 'yargs';

/** --out and --report, worded the same by every command that writes an output and can draw it. */
export const outputFileOptions: Readonly<Record<'out' | 'report', Options & { readonly describe: string }>> = {
  out: { type: 'string', describe: 'Write the output to this file (atomically) instead of stdout', requiresArg: true },
  report: { type: 'string', describe: 'Also write a self-contained HTML report to this file (see crisis-sim report)', requiresArg: true },
};
