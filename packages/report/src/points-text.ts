/** A difference in probability as signed percentage points, one decimal (`+2.5 pts`), never `-0.0`. */
export function pointsText(difference: number): string {
  const text = (difference * 100).toFixed(1);
  return `${difference > 0 ? '+' : ''}${text === '-0.0' ? '0.0' : text} pts`;
}
