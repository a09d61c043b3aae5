import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioModuleSource } from '../src/index.js';

describe('scenarioModuleSource', () => {
  it('resolves a relative path against the directory given, and keeps an absolute path or a file URL', () => {
    expect(scenarioModuleSource('./mine/scenario.js', '/home/analyst')).toEqual({
      module: pathToFileURL('/home/analyst/mine/scenario.js').href,
    });
    expect(scenarioModuleSource('/srv/scenario.js', '/home/analyst')).toEqual({ module: pathToFileURL('/srv/scenario.js').href });
    expect(scenarioModuleSource('file:///srv/scenario.js')).toEqual({ module: 'file:///srv/scenario.js' });
  });
});
