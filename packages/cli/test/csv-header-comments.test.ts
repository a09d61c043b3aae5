import { describe, expect, it } from 'vitest';
import { csvHeaderComments } from '../src/csv-header-comments.js';

describe('csvHeaderComments', () => {
  it('writes the title, the notes, each manifest as one line of JSON (labelled when named) and the replay command', () => {
    expect(
      csvHeaderComments(
        'compare: s 1.0.0, seed 3',
        [
          ['base', { seed: '3' }],
          ['a=1,b=2', { seed: '3', parameters: { a: 1 } }],
        ],
        'crisis-sim compare s',
        ['events: all'],
      ),
    ).toEqual([
      '# crisis-sim compare: s 1.0.0, seed 3',
      '# events: all',
      '# manifest (base): {"seed":"3"}',
      '# manifest (a=1,b=2): {"seed":"3","parameters":{"a":1}}',
      '# replay: crisis-sim compare s',
    ]);
  });

  it('leaves the label off a lone manifest and writes no replay line when there is none', () => {
    expect(csvHeaderComments('summary: s', [['', { runs: 5 }]])).toEqual(['# crisis-sim summary: s', '# manifest: {"runs":5}']);
  });
});
