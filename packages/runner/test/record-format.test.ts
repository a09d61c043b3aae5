import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectRecords, formatRecord, type RecordLayout, recordFormatOf, recordHeader } from '../src/index.js';

/** A strict RFC 4180 reader: CRLF rows, quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV records', () => {
  it('read back field for field under RFC 4180', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é') });
    fc.assert(
      fc.property(
        text,
        text,
        fc.option(fc.nat(400)),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (outcome, choice, day, value) => {
          const layout: RecordLayout = { format: 'csv', parameters: ['p.number', 'p,choice'], indicators: ['hit'] };
          const record = {
            runIndex: 7,
            runSeed: 2 ** 52 + 1,
            parameters: { 'p.number': value, 'p,choice': choice },
            outcome,
            indicators: { hit: day },
          };
          const rows = readCsv(recordHeader(layout) + formatRecord(record, layout));
          expect(rows).toEqual([
            ['run_index', 'run_seed', 'outcome', 'p.number', 'p,choice', 'day.hit'],
            ['7', String(2 ** 52 + 1), outcome, String(value), choice, day === null ? '' : String(day)],
          ]);
        },
      ),
    );
  });

  it('writes NDJSON as one JSON object per line', () => {
    const layout: RecordLayout = { format: 'ndjson', parameters: [], indicators: ['hit'] };
    const record = { runIndex: 1, runSeed: 5, parameters: {}, outcome: 'x', indicators: { hit: null } };
    expect(recordHeader(layout)).toBe('');
    expect(JSON.parse(formatRecord(record, layout))).toEqual(record);
    expect(formatRecord(record, layout).endsWith('\n')).toBe(true);
  });

  it('chooses the format from the extension', () => {
    expect(recordFormatOf('runs.CSV')).toBe('csv');
    expect(recordFormatOf('runs.ndjson')).toBe('ndjson');
    expect(recordFormatOf('runs.jsonl')).toBe('ndjson');
    expect(recordFormatOf('runs.txt')).toBeUndefined();
  });
});

describe('collectRecords', () => {
  const record = { runIndex: 4, runSeed: 99, parameters: {}, outcome: 'calm', indicators: { strike: 3 } };

  it('gathers records as text in the layout', () => {
    const collector = collectRecords({ format: 'csv', parameters: [], indicators: ['strike'] });
    collector.onRecord?.(record);
    collector.onRecord?.({ ...record, runIndex: 5, indicators: { strike: null } });
    expect(collector.text()).toBe('4,99,calm,3\r\n5,99,calm,\r\n');
  });

  it('asks for no records without a layout', () => {
    const collector = collectRecords(undefined);
    expect(collector.onRecord).toBeUndefined();
    expect(collector.text()).toBe('');
  });
});
