/**
 * The `#` lines every CSV output starts with, so that a table read months later still says
 * where it came from: a title line (scenario, seed, size), any notes, one line of JSON per
 * manifest (the whole manifest, unlabelled when there is one, labelled by arm or forecast
 * when there are several), and the command that reproduces the table.
 */
export function csvHeaderComments(
  title: string,
  manifests: readonly (readonly [label: string, manifest: unknown])[],
  replay?: string,
  notes: readonly string[] = [],
): string[] {
  return [
    `# crisis-sim ${title}`,
    ...notes.map((note) => `# ${note}`),
    ...manifests.map(([label, manifest]) => `# manifest${label === '' ? '' : ` (${label})`}: ${JSON.stringify(manifest)}`),
    ...(replay === undefined ? [] : [`# replay: ${replay}`]),
  ];
}
