import { describe, expect, it } from 'vitest';
import { resolveSource } from '../src/index.js';

const fixture = new URL('./fixtures/strait-scenario.js', import.meta.url).href;

describe('resolveSource', () => {
  it('resolves a package name from the given file, as an import there would, to a file URL', () => {
    const from = new URL('../../cli/src/main.ts', import.meta.url).href;
    const resolved = resolveSource({ module: '@crisis-sim/engine', from });
    expect(resolved.module).toMatch(/^file:\/\/.*\/packages\/engine\/dist\/index\.js$/);
    expect(resolveSource({ module: './fixtures/strait-scenario.js', from: import.meta.url }).module).toBe(fixture);
  });

  it('leaves URLs alone and an unresolvable name as given, for the import to report', () => {
    expect(resolveSource({ module: fixture })).toEqual({ module: fixture });
    expect(resolveSource({ module: '@nobody/nothing', from: import.meta.url }).module).toBe('@nobody/nothing');
  });
});
