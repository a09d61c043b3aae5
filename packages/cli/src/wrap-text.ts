/**
 * Wraps `text` into lines of at most `width` characters, each starting with `indent` (and
 * the first with `firstIndent`, when given). Breaks at spaces; a word longer than a whole line
 * (a long URL) is cut, so that no line is ever wider than asked.
 */
export function wrapText(text: string, width: number, indent: string, firstIndent: string = indent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  const room = () => width - (lines.length === 0 ? firstIndent.length : indent.length);
  const push = () => {
    lines.push(line);
    line = indent;
    empty = true;
  };
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let rest = word;
    if (!empty && line.length + 1 + rest.length > width) push();
    while (rest.length > room()) {
      if (!empty) push();
      const cut = Math.max(1, room());
      lines.push(line + rest.slice(0, cut));
      line = indent;
      rest = rest.slice(cut);
    }
    if (rest === '') continue;
    line = empty ? line + rest : `${line} ${rest}`;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
