import { describe, expect, it } from 'vitest';
import { csvText } from '../src/csv-text.js';

describe('csvText', () => {
  it('writes the comments as given, then a line of fields per row, each line ended by CRLF', () => {
    expect(
      csvText(
        ['# seed 1', '# replay: crisis-sim run x'],
        [
          ['id', 'p'],
          ['a,b', 0.5],
          ['c', null],
        ],
      ),
    ).toBe('# seed 1\r\n# replay: crisis-sim run x\r\nid,p\r\n"a,b",0.5\r\nc,\r\n');
  });
});
