/** A probability as a percentage: one decimal, two below 1% (where one would round rare events to 0.0%). */
export function percent(probability: number): string {
  const value = probability * 100;
  return `${value.toFixed(value > 0 && value < 1 ? 2 : 1)}%`;
}
