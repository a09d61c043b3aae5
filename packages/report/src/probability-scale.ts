/**
 * A positional channel for a probability: a quantitative field on a fixed 0-100% scale,
 * labelled in percent. Every chart of a report that plots a share of runs uses it, so that
 * two charts never show the same probability on different scales.
 */
export function probabilityScale(field: string, title: string) {
  return { field, type: 'quantitative' as const, title, scale: { domain: [0, 1] }, axis: { format: '.0%' } };
}
