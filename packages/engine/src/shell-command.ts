/**
 * A command line from its words, each quoted for a POSIX shell when it needs it (single
 * quotes), so that a replay command printed by the CLI or shown in a report can be pasted as
 * it is.
 */
export function shellCommand(words: readonly string[]): string {
  return words.map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`)).join(' ');
}
