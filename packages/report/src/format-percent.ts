/** A probability as a percentage with one decimal: `0.1234` is `12.3%`. */
export function formatPercent(probability: number): string {
  return `${(probability * 100).toFixed(1)}%`;
}
