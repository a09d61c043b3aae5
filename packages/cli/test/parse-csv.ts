/** A CSV output read back: its `#` comment lines (without the `# `), its header row and its data rows. */
export interface ParsedCsv {
  readonly comments: readonly string[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Reads a CSV output as RFC 4180 says, independently of the writer: fields split on commas
 * outside quotes, `""` inside quotes a quote, every record ended by CRLF, leading `#` lines
 * comments. Throws on a bare LF, an unclosed quote or text after a closing quote, so that a
 * test fails on malformed output rather than reading it some lenient way.
 */
export function parseCsv(text: string): ParsedCsv {
  const comments: string[] = [];
  const records: string[][] = [];
  let i = 0;
  while (text.startsWith('#', i)) {
    const end = text.indexOf('\r\n', i);
    if (end < 0) throw new Error('comment line without CRLF');
    comments.push(text.slice(i, end).replace(/^# ?/, ''));
    i = end + 2;
  }
  let record: string[] = [];
  let field = '';
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"' && field === '') {
      let j = i + 1;
      for (;;) {
        const quote = text.indexOf('"', j);
        if (quote < 0) throw new Error(`unclosed quote at ${i}`);
        field += text.slice(j, quote);
        if (text[quote + 1] !== '"') {
          j = quote + 1;
          break;
        }
        field += '"';
        j = quote + 2;
      }
      if (text[j] !== ',' && text[j] !== '\r') throw new Error(`text after a closing quote at ${j}`);
      i = j;
    } else if (char === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (char === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (char === '\n') throw new Error(`bare LF at ${i}`);
    else {
      field += char;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record without CRLF');
  const [header = [], ...rows] = records;
  return { comments, header, rows };
}
