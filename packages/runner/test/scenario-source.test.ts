import { CrisisSimError } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { loadScenario, resolveSource, scenarioModuleSource } from '../src/index.js';

const fixture = new URL('./fixtures/strait-scenario.js', import.meta.url).href;

describe('loadScenario', () => {
  it('takes the default export, a named export, or one of a collection by id', async () => {
    expect((await loadScenario({ module: fixture })).id).toBe('strait-standoff');
    expect((await loadScenario({ module: fixture, exportName: 'scenario' })).id).toBe('strait-standoff');
    expect((await loadScenario({ module: fixture, id: 'strait-standoff' })).id).toBe('strait-standoff');
  });

  it('suggests the closest id and names missing files', async () => {
    await expect(loadScenario({ module: fixture, id: 'strait-stando' })).rejects.toThrow(/did you mean strait-standoff/);
    const missing = await loadScenario(scenarioModuleSource('./no-such-scenario.js', '/tmp')).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(CrisisSimError);
    expect((missing as CrisisSimError).message).toMatch(/cannot load scenario module \/tmp\/no-such-scenario\.js: file not found/);
    await expect(loadScenario({ module: fixture, exportName: 'nothing' })).rejects.toThrow(/exports no scenario/);
  });
});

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
