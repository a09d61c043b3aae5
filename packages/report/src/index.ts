/**
 * @packageDocumentation
 * Self-contained HTML reports of crisis-sim outputs: pure functions from a saved output (and
 * the scenario that made it) to one HTML file with SVG charts drawn by Vega, the numbers as
 * tables, light and dark themes, print styles, and for a run an in-browser explorer.
 */
export type { AlternativesReportInput } from './alternatives-report.js';
export { renderAlternativesReport } from './alternatives-report.js';
export type { BacktestReportInput, SavedBacktest, SavedForecast } from './backtest-report.js';
export { renderBacktestReport } from './backtest-report.js';
export type { ExplorerScenarioSource } from './bundle-explorer.js';
export { bundleExplorer } from './bundle-explorer.js';
export { CHART_THEME } from './chart-theme.js';
export type { CompareReportInput } from './compare-report.js';
export { renderCompareReport } from './compare-report.js';
export type { DiscoverReportInput, SavedDiscovery } from './discover-report.js';
export { renderDiscoverReport } from './discover-report.js';
export type { EnsembleReportInput, SavedEnsemble } from './ensemble-report.js';
export { ENSEMBLE_POINT_CHART_LIMIT, renderEnsembleReport } from './ensemble-report.js';
export { escapeHtml } from './escape-html.js';
export { eventLabel } from './event-label.js';
export type { ExplorerData, ExplorerParameter } from './explorer-data.js';
export { EXPLORER_DEFAULT_RUNS_CAP, explorerData } from './explorer-data.js';
export { firstRunByOutcome, NARRATIVE_SEARCH_LIMIT } from './first-run-by-outcome.js';
export { formatPercent } from './format-percent.js';
export type { TableData } from './html-table.js';
export { htmlTable } from './html-table.js';
export { jsonForScript } from './json-for-script.js';
export { manifestSection } from './manifest-section.js';
export { narrativeHtml } from './narrative-html.js';
export { outcomeHeatSpec } from './outcome-heat-spec.js';
export { outcomeLineSpec } from './outcome-line-spec.js';
export { DASHES, PALETTE } from './palette.js';
export type { ChartDefinition } from './render-chart.js';
export { compileChart, renderChart } from './render-chart.js';
export type { ReportContext } from './render-report.js';
export { renderReport } from './render-report.js';
export { replayCommandOf } from './replay-command-of.js';
export type { ExplorerScripts, ReportPage } from './report-page.js';
export { reportPage } from './report-page.js';
export { REPORT_STYLES } from './report-styles.js';
export type { ChartData, ChartLabels, CumulativeRow, OutcomeRow } from './run-charts.js';
export { chartLabels, cumulativeRows, cumulativeSpec, outcomeRows, outcomeSpec } from './run-charts.js';
export type { RunReportInput } from './run-report.js';
export { renderRunReport } from './run-report.js';
export type { ReportKind, SavedOutput } from './saved-output.js';
export { REPORT_KINDS, readSavedOutput, savedScenario } from './saved-output.js';
export type { SavedProvenance } from './saved-provenance.js';
export type { SavedOneAtATime, SavedSensitivity, SensitivityReportInput } from './sensitivity-report.js';
export { MORRIS_LABEL_LIMIT, renderSensitivityReport, TORNADO_LIMIT } from './sensitivity-report.js';
export type { SweepReportInput } from './sweep-report.js';
export { renderSweepReport } from './sweep-report.js';
export { targetLabel } from './target-label.js';
export type { SavedTrace, TraceReportInput } from './trace-report.js';
export { renderTraceReport } from './trace-report.js';
