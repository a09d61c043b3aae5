import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ScenarioSource } from './scenario-source.js';

/**
 * The source with its module as an absolute `file:` URL when it can be resolved from
 * `from` (see {@link ScenarioSource}); unchanged when it cannot (the import then reports it).
 * Imports nothing of the engine, so that workers can be started before it loads.
 */
export function resolveSource(source: ScenarioSource): ScenarioSource {
  const { module } = source;
  if (/^[a-z][a-z0-9+.-]*:/i.test(module) && !/^[a-z]:[\\/]/i.test(module)) return source; // a URL (file:, node:, data:)
  if (isAbsolute(module)) return { ...source, module: pathToFileURL(module).href };
  const from = source.from ?? join(process.cwd(), 'index.js');
  const parent = from.startsWith('file:') ? fileURLToPath(from) : resolve(from);
  if (module.startsWith('./') || module.startsWith('../')) return { ...source, module: pathToFileURL(resolve(parent, '..', module)).href };
  try {
    return { ...source, module: pathToFileURL(createRequire(parent).resolve(module)).href };
  } catch {
    return source;
  }
}
