import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands, renderCliReference } from '../src/index.js';

describe('renderCliReference', () => {
  it('is what docs/cli.md holds (regenerate with: node_modules/.bin/tsx packages/cli/scripts/render-cli-reference.ts)', () => {
    const docs = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
    expect(docs).toBe(renderCliReference(commands));
  });

  it('documents every option of every command with an example', () => {
    const text = renderCliReference(commands);
    for (const spec of commands) {
      expect(spec.examples.length).toBeGreaterThan(0);
      for (const name of Object.keys(spec.options)) expect(text).toContain(`--${name}`);
    }
  });
});
