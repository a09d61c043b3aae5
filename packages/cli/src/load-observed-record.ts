import type { AnyScenario, ObservedRecord } from '@crisis-sim/engine';
import { resolveSource, type ScenarioSource } from '@crisis-sim/runner';
import { builtinScenarios } from './builtin-scenarios.js';
import { usageError } from './usage-error.js';

/** The export a `--scenario-module` names its observed record by. */
const OBSERVED_RECORD_EXPORT = 'observedRecord';

/**
 * The observed record a scenario's package ships beside it: for a built-in, the export its
 * entry names (niger-2023: `nigerObservedRecord`); for a `--scenario-module`, its export
 * `observedRecord`. Refused with one line when there is none or it is not a record; the
 * record's own fields are checked by `scoreForecast`.
 */
export async function loadObservedRecord(
  scenario: AnyScenario,
  source: ScenarioSource,
  modulePath: string | undefined,
): Promise<ObservedRecord> {
  const exportName =
    modulePath === undefined ? builtinScenarios.find((entry) => entry.id === scenario.id)?.observedRecordExport : OBSERVED_RECORD_EXPORT;
  const where = modulePath ?? scenario.id;
  if (exportName === undefined) throw usageError(`scenario ${scenario.id} ships no observed record to score against`, scenario.id);
  const module = (await import(resolveSource(source).module)) as Record<string, unknown>;
  const record = module[exportName] as Partial<ObservedRecord> | undefined;
  if (record === undefined)
    throw usageError(`${where} exports no observed record (export ${exportName}): nothing to score the forecast against`, where);
  if (typeof record !== 'object' || record === null || !Array.isArray(record.events) || typeof record.selection !== 'string')
    throw usageError(`${where}: export ${exportName} is not an observed record ({ startDate, asOf, selection, events })`, where);
  if (record.startDate !== scenario.startDate)
    throw usageError(
      `${where}: the observed record starts on ${String(record.startDate)}, the scenario on ${scenario.startDate}; they must match`,
      where,
    );
  return record as ObservedRecord;
}
