import type { ParameterSpec } from './parameter.js';
import { type EvidenceKind, parameterEvidence } from './parameter-evidence.js';

/** How much of a model's parameters rests on evidence; what `describe` reports as its totals. */
export interface EvidenceShare {
  readonly parameters: number;
  /** Parameters of each evidence kind. */
  readonly byKind: Readonly<Record<EvidenceKind, number>>;
  /** Parameters whose value is traced to dated evidence (a reference class or a dated citation stating it). */
  readonly traced: number;
  /** traced / parameters. */
  readonly share: number;
  readonly numeric: number;
  /** Number parameters with a prior whose median shows as the default (a declared `fixed` prior counts: a point mass at the default). */
  readonly numericWithCentredPrior: number;
  /** Number parameters without any prior: their keys. */
  readonly withoutPrior: readonly string[];
  /** Number parameters whose prior is not centred on the default: their keys. */
  readonly offCentre: readonly string[];
}

/** Counts the evidence behind a scenario's parameters; see {@link parameterEvidence}. */
export function evidenceShare(spec: ParameterSpec): EvidenceShare {
  const byKind: Record<EvidenceKind, number> = { 'reference-class': 0, 'dated-citation': 0, citation: 0, assumption: 0 };
  let traced = 0;
  let numeric = 0;
  let centred = 0;
  const withoutPrior: string[] = [];
  const offCentre: string[] = [];
  const entries = Object.entries(spec);
  for (const [key, definition] of entries) {
    const evidence = parameterEvidence(definition);
    byKind[evidence.kind] += 1;
    if (evidence.traced) traced += 1;
    if (definition.kind !== 'number') continue;
    numeric += 1;
    if (evidence.prior === undefined) withoutPrior.push(key);
    else if (evidence.prior.centred) centred += 1;
    else offCentre.push(key);
  }
  return {
    parameters: entries.length,
    byKind,
    traced,
    share: entries.length === 0 ? 0 : traced / entries.length,
    numeric,
    numericWithCentredPrior: centred,
    withoutPrior,
    offCentre,
  };
}
