import { csvText } from '@crisis-sim/runner';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';

describe('parseCsv (the tests reader of CSV outputs)', () => {
  it('reads back what csvText writes: comments, quoted commas, doubled quotes, empty cells', () => {
    const rows = [
      ['a', 'b', 'c'],
      ['x,y', 'say "hi"', null],
      [1, '', 0.5],
    ];
    expect(parseCsv(csvText(['# seed 1', '# replay: r'], rows))).toEqual({
      comments: ['seed 1', 'replay: r'],
      header: ['a', 'b', 'c'],
      rows: [
        ['x,y', 'say "hi"', ''],
        ['1', '', '0.5'],
      ],
    });
  });

  it('refuses bare line feeds, unclosed quotes and text after a closing quote', () => {
    expect(() => parseCsv('a,b\n1,2\n')).toThrow(/bare LF/);
    expect(() => parseCsv('a\r\n"x\r\n')).toThrow(/unclosed quote/);
    expect(() => parseCsv('a\r\n"x"y\r\n')).toThrow(/after a closing quote/);
  });
});
