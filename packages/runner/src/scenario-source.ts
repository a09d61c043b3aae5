import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type AnyScenario, CrisisSimError, defineScenario } from '@crisis-sim/engine';
import { closestName } from '@crisis-sim/engine/internal';
import type { RunnerIssueCode } from './runner-issue-code.js';

/**
 * Where a worker thread finds a scenario: a module (file path, `file:` URL or package
 * name) and the export that holds it. The export may be a scenario, a scenario definition
 * (it is passed through `defineScenario`), or a collection of scenarios (array or object)
 * from which `id` picks one. Without `exportName`, `default` then `scenario` are tried.
 *
 * A package name or relative path is resolved as an import in `from` would resolve it
 * (default: a module in the current directory), not from the runner's own location: a
 * project that installed the packages by path finds its scenario package in its own
 * `node_modules`. Pass `from: import.meta.url` to resolve exactly as your own `import` does,
 * or give `module: import.meta.resolve('<package>')`.
 */
export interface ScenarioSource {
  readonly module: string;
  readonly exportName?: string;
  readonly id?: string;
  /** The file (path or `file:` URL) whose imports `module` is resolved like; default: the current directory. */
  readonly from?: string;
}

/**
 * The source with its module as an absolute `file:` URL when it can be resolved from
 * `from` (see {@link ScenarioSource}); unchanged when it cannot (the import then reports it).
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

/**
 * A source for a user's scenario file (`--scenario-module ./my-scenario.js`), resolved
 * against `cwd` to an absolute `file:` URL so that workers load the same file.
 */
export function scenarioModuleSource(path: string, cwd: string = process.cwd()): ScenarioSource {
  if (path.startsWith('file:')) return { module: path };
  return { module: pathToFileURL(isAbsolute(path) ? path : resolve(cwd, path)).href };
}

/**
 * Imports a scenario from its source. Throws a {@link CrisisSimError}: `unreadable_file`
 * when the module cannot be loaded, `invalid_scenario` when it holds no scenario,
 * `unknown_scenario` when `id` names none of its scenarios.
 */
export async function loadScenario(given: ScenarioSource): Promise<AnyScenario> {
  const source = resolveSource(given);
  const shown = source.module.startsWith('file:') ? decodeURI(new URL(source.module).pathname) : source.module;
  let module: Record<string, unknown>;
  try {
    module = (await import(source.module)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof CrisisSimError) throw error;
    const code = (error as { code?: string }).code;
    const why =
      code === 'ERR_MODULE_NOT_FOUND'
        ? source.module.startsWith('file:')
          ? 'file not found'
          : `package not found from ${given.from ?? process.cwd()} (install it there, or give from: import.meta.url or module: import.meta.resolve(...))`
        : firstLine(error);
    throw new CrisisSimError([
      { code: 'unreadable_file', path: ['scenarioModule'], message: `cannot load scenario module ${shown}: ${why}`, value: shown },
    ]);
  }
  const names = source.exportName === undefined ? ['default', 'scenario'] : [source.exportName];
  const name = names.find((candidate) => module[candidate] !== undefined);
  if (name === undefined) {
    const found = Object.keys(module).join(', ') || 'nothing';
    throw new CrisisSimError([
      {
        code: 'invalid_scenario',
        path: ['scenarioModule'],
        message: `${shown} exports no scenario as ${names.join(' or ')} (it exports ${found}); export the result of defineScenario as default or as scenario`,
        value: shown,
      },
    ]);
  }
  const exported = module[name];
  if (isScenarioLike(exported)) {
    const scenario = asScenario(exported, shown);
    if (source.id !== undefined && scenario.id !== source.id) throw unknown(source.id, [scenario.id], shown);
    return scenario;
  }
  const members = Array.isArray(exported) ? exported : typeof exported === 'object' && exported !== null ? Object.values(exported) : [];
  const scenarios = members.filter(isScenarioLike).map((member) => asScenario(member, shown));
  if (scenarios.length === 0) {
    throw new CrisisSimError([
      { code: 'invalid_scenario', path: ['scenarioModule'], message: `${shown}: export ${name} is not a scenario`, value: shown },
    ]);
  }
  if (source.id === undefined) {
    if (scenarios.length === 1) return scenarios[0] as AnyScenario;
    throw unknown(
      '(none given)',
      scenarios.map((s) => s.id),
      shown,
    );
  }
  const match = scenarios.find((scenario) => scenario.id === source.id);
  if (match === undefined)
    throw unknown(
      source.id,
      scenarios.map((s) => s.id),
      shown,
    );
  return match;
}

function isScenarioLike(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.id === 'string' && Array.isArray(candidate.actors) && Array.isArray(candidate.outcomes);
}

function asScenario(value: Record<string, unknown>, shown: string): AnyScenario {
  // A bare definition gets its lookup tables (and its checks) here.
  if (value.outcomeIndex instanceof Map) return value as unknown as AnyScenario;
  try {
    return defineScenario(value as never) as AnyScenario;
  } catch (error) {
    if (!(error instanceof CrisisSimError)) throw error;
    // Name the module, so that the author knows which file's definition is wrong.
    throw new CrisisSimError(error.issues.map((issue) => ({ ...issue, message: `${shown}: ${issue.message}` })));
  }
}

function unknown(id: string, known: readonly string[], where: string): CrisisSimError<RunnerIssueCode> {
  const near = closestName(id, known);
  const hint = near === undefined ? '' : `; did you mean ${near}?`;
  return new CrisisSimError([
    {
      code: 'unknown_scenario',
      path: ['scenario'],
      message: `unknown scenario ${id} in ${where} (it has ${known.join(', ')})${hint}`,
      value: id,
    },
  ]);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
