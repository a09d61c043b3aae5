import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evidenceShare, parameterEvidence } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { niger2023 } from '../src/index.js';

const START = '2023-08-08';
const card = readFileSync(fileURLToPath(new URL('../../../docs/models/niger-2023.md', import.meta.url)), 'utf8');

describe('the evidence behind niger-2023', () => {
  const share = evidenceShare(niger2023.parameters);

  it('gives every numeric parameter a prior centred on its default', () => {
    expect(share.withoutPrior).toEqual([]);
    expect(share.offCentre).toEqual([]);
    expect(share.numericWithCentredPrior).toBe(share.numeric);
  });

  it('uses no source dated after the start date, and no file path as a citation', () => {
    const dates: string[] = [];
    const citations: string[] = [];
    for (const definition of Object.values(niger2023.parameters)) {
      const source = definition.source;
      if (!('assumption' in source)) {
        if (source.date !== undefined) dates.push(source.date);
        citations.push(source.citation);
      }
      const evidence = parameterEvidence(definition);
      for (const observation of evidence.referenceClass?.observations ?? []) {
        dates.push(observation.source.date, 'to' in observation ? observation.to : observation.date);
        citations.push(observation.source.citation);
      }
    }
    for (const actor of niger2023.actors)
      for (const source of actor.sources ?? []) if ('date' in source && source.date) dates.push(source.date);
    expect(dates.filter((date) => date > START)).toEqual([]);
    expect(citations.filter((citation) => /\.(md|txt|json|csv)\b/.test(citation))).toEqual([]);
  });

  it('derives the US determination hazard from five precedents, one of them censored', () => {
    const evidence = parameterEvidence(niger2023.parameters['us.determinationMedianDays']);
    expect(evidence.referenceClass).toMatchObject({ method: 'waiting-time', cases: 5, events: 4, censored: 1 });
    expect(evidence.prior?.centred).toBe(true);
  });

  it('states in the model card the evidence share that describe reports', () => {
    expect(card).toContain(`${share.traced} of ${share.parameters} parameters`);
  });
});
