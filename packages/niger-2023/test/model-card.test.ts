import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAssumption } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { niger2023, nigerOutcomes } from '../src/index.js';

const card = readFileSync(fileURLToPath(new URL('../../../docs/models/niger-2023.md', import.meta.url)), 'utf8');
// The first row naming a key is its parameter-table row; later rows (sensitivity runs) may repeat it.
const rows = new Map<string, string>();
for (const line of card.split('\n')) {
  if (!line.startsWith('| `')) continue;
  const key = line.slice(3, line.indexOf('`', 3));
  if (!rows.has(key)) rows.set(key, line);
}

describe('the model card docs/models/niger-2023.md', () => {
  it('lists every parameter with its default, range and source as declared in code', () => {
    for (const [key, definition] of Object.entries(niger2023.parameters)) {
      const row = rows.get(key);
      expect(row, `no row for ${key}`).toBeDefined();
      const cells = (row as string).split(' | ');
      expect(cells[1], `default of ${key}`).toBe(String(definition.default));
      if (definition.kind === 'number') expect(cells[2], `range of ${key}`).toBe(`${definition.min} - ${definition.max}`);
      const source = definition.source;
      const text = isAssumption(source) ? `Assumption: ${source.assumption}` : source.citation;
      expect(row?.replace(/\\\|/g, '|'), `source of ${key}`).toContain(text);
      if (!isAssumption(source) && source.note !== undefined) expect(row?.replace(/\\\|/g, '|')).toContain(source.note);
    }
  });

  it('defines every outcome and indicator', () => {
    for (const outcome of nigerOutcomes) expect(card).toContain(`\`${outcome.id}\``);
    for (const indicator of niger2023.indicators ?? []) expect(card).toContain(`\`${indicator.id}\``);
  });
});
