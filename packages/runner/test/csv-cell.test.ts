import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/csv-cell.js';

/** Reads one RFC 4180 field back. */
function unquote(field: string): string {
  return field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
}

describe('csvCell', () => {
  it('quotes only what needs it and leaves missing values empty', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('reads back as the text it was given', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unquote(csvCell(text))).toBe(text);
      }),
    );
  });
});
