import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScenarioSource } from './scenario-source.js';

/**
 * A source for a user's scenario file (`--scenario-module ./my-scenario.js`), resolved
 * against `cwd` to an absolute `file:` URL so that workers load the same file.
 */
export function scenarioModuleSource(path: string, cwd: string = process.cwd()): ScenarioSource {
  if (path.startsWith('file:')) return { module: path };
  return { module: pathToFileURL(isAbsolute(path) ? path : resolve(cwd, path)).href };
}
