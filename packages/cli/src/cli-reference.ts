import { type CommandSpec, globalOptions } from './command-spec.js';

/**
 * The CLI reference (docs/cli.md) rendered from the command specs that also configure
 * yargs, so the reference cannot drift from the parser.
 */
export function renderCliReference(specs: readonly CommandSpec[]): string {
  const lines: string[] = [
    '# crisis-sim command line reference',
    '',
    '<!-- Generated from packages/cli/src/*-command.ts by renderCliReference; do not edit by hand. -->',
    '',
    'Usage: `crisis-sim <command> [options]`. Every command prints data only on stdout; errors are one line on',
    'stderr (`crisis-sim: <problem and fix>`) with exit code 2 for bad input. Outputs are written atomically.',
    '',
    '## Options of every command',
    '',
    ...optionRows(globalOptions),
    '| `--help` | | Show help with examples |',
    '| `--version` | | Show the version |',
    '',
  ];
  for (const spec of specs) {
    const name = spec.command.split(' ')[0] as string;
    lines.push(`## crisis-sim ${name}`, '', `\`crisis-sim ${spec.command} [options]\``, '', `${spec.summary}.`, '', spec.description, '');
    const positionals = Object.entries(spec.positionals);
    if (positionals.length > 0) {
      lines.push('| argument | description |', '| --- | --- |');
      for (const [key, positional] of positionals) lines.push(`| \`${key}\` | ${escapeCell(positional.describe)} |`);
      lines.push('');
    }
    if (Object.keys(spec.options).length > 0) lines.push(...optionRows(spec.options), '');
    lines.push('Examples:', '', '```sh');
    for (const [command, description] of spec.examples) lines.push(`# ${description}`, command);
    lines.push('```', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function optionRows(options: CommandSpec['options']): string[] {
  const rows = ['| option | default | description |', '| --- | --- | --- |'];
  for (const [name, option] of Object.entries(options)) {
    const value = option.type === 'boolean' ? '' : ' <value>';
    const fallback = option.defaultDescription ?? (option.default === undefined ? '' : String(option.default));
    const choices = option.choices === undefined ? '' : ` (${(option.choices as readonly unknown[]).join(', ')})`;
    rows.push(`| \`--${name}${value}\` | ${escapeCell(fallback)} | ${escapeCell(option.describe)}${choices} |`);
  }
  return rows;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}
