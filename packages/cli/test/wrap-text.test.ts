import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../src/wrap-text.js';

describe('wrapText', () => {
  it('breaks at spaces, indents every line and keeps the words in order', () => {
    expect(wrapText('one two three four five', 14, '  ')).toEqual(['  one two', '  three four', '  five']);
    expect(wrapText('alpha beta', 40, '    ', '- ')).toEqual(['- alpha beta']);
  });

  it('never makes a line wider than asked, and loses no character', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z:/.]{1,40}$/), { maxLength: 30 }), fc.integer({ min: 12, max: 120 }), (words, width) => {
        const lines = wrapText(words.join(' '), width, '    ', '  ');
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
        expect(
          lines
            .map((line) => line.trim())
            .join('')
            .replaceAll(' ', ''),
        ).toBe(words.join(''));
      }),
    );
  });
});
