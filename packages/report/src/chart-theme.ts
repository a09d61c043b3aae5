import type { Config } from 'vega-lite';
import { PALETTE } from './palette.js';

/**
 * The Vega-Lite configuration of every chart, in the report and in the explorer: the
 * colour-blind-safe palette, a transparent background and text and axes in `currentColor`,
 * so that the page's light or dark theme colours them and a system font,
 * so that no font is fetched.
 */
export const CHART_THEME: Config = {
  background: 'transparent',
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  range: { category: [...PALETTE] },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    labelLimit: 260,
    labelColor: 'currentColor',
    titleColor: 'currentColor',
    domainColor: 'currentColor',
    tickColor: 'currentColor',
    gridColor: 'currentColor',
    gridOpacity: 0.2,
  },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260, labelColor: 'currentColor', titleColor: 'currentColor' },
  title: { fontSize: 14, anchor: 'start', offset: 10, color: 'currentColor', subtitleColor: 'currentColor' },
  view: { stroke: null },
};
