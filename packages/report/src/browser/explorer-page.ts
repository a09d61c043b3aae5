/// <reference lib="dom" />
import type { ParameterValue } from '@crisis-sim/engine';
import { parse, View } from 'vega';
import type { ExplorerData, ExplorerParameter } from '../explorer-data.js';
import { cumulativeRows, outcomeRows } from '../run-charts.js';
import type { ExplorerReply, ExplorerRequest } from './explorer-worker.js';

/**
 * The explorer's page script. The report is complete without it; this script only reveals
 * the "Open the explorer" button and, when pressed, builds a form from the scenario's
 * parameters (sliders for numbers, selects for switches and choices), starts the Web Worker
 * from the page's own text (a `blob:` URL, so nothing is fetched) and redraws the outcome and
 * indicator charts with Vega from each batch the worker runs.
 */
export function startExplorer(document: Document): void {
  const button = document.getElementById('explorer-open');
  const root = document.getElementById('explorer');
  const dataElement = document.getElementById('explorer-data');
  const workerElement = document.getElementById('explorer-worker');
  if (button === null || root === null || dataElement === null || workerElement === null) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as ExplorerData;
  button.hidden = false;
  button.addEventListener('click', () => {
    button.hidden = true;
    root.hidden = false;
    const worker = new Worker(
      URL.createObjectURL(new Blob([JSON.parse(workerElement.textContent ?? '""') as string], { type: 'text/javascript' })),
    );
    buildExplorer(document, root, data, worker);
  });
}

function buildExplorer(document: Document, root: HTMLElement, data: ExplorerData, worker: Worker): void {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const form = element('form', { id: 'explorer-form' });
  const settings = element('div', { class: 'explorer-settings' });
  form.append(settings);
  const readers = new Map<string, () => ParameterValue>();
  const touched = new Set<string>();
  // A scenario may have a hundred parameters: one collapsible group per key prefix (`ecowas.`, `junta.`).
  const groups = new Map<string, HTMLElement>();
  for (const parameter of data.parameters) {
    const prefix = parameter.key.includes('.') ? (parameter.key.split('.')[0] as string) : 'general';
    let grid = groups.get(prefix);
    if (grid === undefined) {
      const group = element('details', { class: 'explorer-group', 'data-group': prefix });
      group.append(element('summary', {}, prefix));
      grid = element('div', { class: 'explorer-grid' });
      group.append(grid);
      form.append(group);
      groups.set(prefix, grid);
    }
    const label = element('label');
    const start = data.values[parameter.key] ?? parameter.default;
    label.append(element('strong', {}, parameter.key), ' ');
    const shown = element('span', { class: 'value' }, String(start));
    label.append(shown, element('br'));
    const control = parameterControl(parameter, start, element);
    for (const input of control.inputs) {
      input.setAttribute('data-param', parameter.key);
      input.addEventListener('input', () => {
        touched.add(parameter.key);
        control.sync(input);
        shown.textContent = String(control.read());
      });
      label.append(input);
    }
    label.title = `${parameter.description} (${parameter.unit})`;
    readers.set(parameter.key, control.read);
    grid.append(label);
    const summary = grid.parentElement?.querySelector('summary');
    if (summary !== null && summary !== undefined) summary.textContent = `${prefix} (${grid.childElementCount})`;
  }
  const seed = element('input', { type: 'text', id: 'explorer-seed', value: data.seed });
  const runs = element('input', { type: 'number', id: 'explorer-runs', min: '1', max: '1000000', step: '1', value: String(data.runs) });
  const uncertainty = element('select', { id: 'explorer-uncertainty' });
  for (const mode of ['none', 'priors']) uncertainty.append(element('option', mode === data.uncertainty ? { selected: '' } : {}, mode));
  for (const [text, input] of [
    ['Seed', seed],
    ['Runs', runs],
    ['Uncertainty', uncertainty],
  ] as const) {
    const label = element('label', {}, `${text} `);
    label.append(input);
    settings.append(label);
  }
  const run = element('button', { type: 'submit', id: 'explorer-run' }, 'Run in this browser');
  settings.append(run);
  const status = element('p', { id: 'explorer-status', role: 'status', 'aria-live': 'polite' }, 'Ready.');
  const outcomeFigure = element('figure', { class: 'chart', 'data-chart': 'explorer-outcomes' });
  const cumulativeFigure = element('figure', { class: 'chart', 'data-chart': 'explorer-cumulative' });
  const counts = element('table', { id: 'explorer-counts' });
  const details = element('details');
  details.append(element('summary', {}, 'The numbers: outcome counts of this batch'), counts);
  root.append(form, status, outcomeFigure, cumulativeFigure, details);
  const outcomeView = new View(parse(data.specs.outcomes as never), { renderer: 'svg', container: outcomeFigure });
  const cumulativeView = new View(parse(data.specs.cumulative as never), { renderer: 'svg', container: cumulativeFigure });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parameters: Record<string, ParameterValue> = {};
    const mode = uncertainty.value === 'priors' ? 'priors' : 'none';
    for (const [key, read] of readers) {
      // Under priors, a parameter the report's batch drew stays drawn unless the reader moved it.
      if (mode === 'priors' && data.drawnParameters.includes(key) && !touched.has(key)) continue;
      parameters[key] = read();
    }
    const request: ExplorerRequest = { seed: seed.value, runs: Number(runs.value), parameters, uncertainty: mode };
    run.disabled = true;
    status.textContent = `Running ${request.runs.toLocaleString('en-US')} runs...`;
    root.setAttribute('data-state', 'running');
    worker.postMessage(request);
  });

  worker.onmessage = (event: MessageEvent<ExplorerReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') {
      status.textContent = `Running: ${reply.done.toLocaleString('en-US')} of ${reply.total.toLocaleString('en-US')} runs`;
      return;
    }
    run.disabled = false;
    if (reply.type === 'error') {
      status.textContent = `Error: ${reply.message}`;
      root.setAttribute('data-state', 'error');
      return;
    }
    const outcomes = outcomeRows(data.labels, reply.report);
    counts.replaceChildren(element('caption', {}, 'Runs ending in each outcome'));
    const head = element('tr');
    head.append(element('th', {}, 'Outcome'), element('th', { class: 'num' }, 'Runs'), element('th', { class: 'num' }, 'Probability'));
    counts.append(head);
    reply.report.outcomes.forEach((estimate, i) => {
      const row = element('tr', { 'data-outcome': estimate.id });
      row.append(
        element('td', {}, outcomes[i]?.outcome ?? estimate.id),
        element('td', { class: 'num', 'data-count': String(estimate.count) }, String(estimate.count)),
        element('td', { class: 'num' }, `${(estimate.probability * 100).toFixed(1)}%`),
      );
      counts.append(row);
    });
    Promise.all([
      outcomeView.data('rows', outcomes as never).runAsync(),
      cumulativeView.data('rows', cumulativeRows(data.labels, reply.report, reply.horizon) as never).runAsync(),
    ]).then(
      () => {
        status.textContent = `Done: ${reply.summary.runs.toLocaleString('en-US')} runs, seed ${reply.summary.manifest.seed}, parameter hash ${reply.summary.manifest.parametersHash}.`;
        root.setAttribute('data-state', 'done');
      },
      (error: unknown) => {
        status.textContent = `Error drawing the charts: ${String(error)}`;
        root.setAttribute('data-state', 'error');
      },
    );
  };
}

interface Control {
  readonly inputs: readonly (HTMLInputElement | HTMLSelectElement)[];
  readonly read: () => ParameterValue;
  /** Copies the value of the input that changed to its twin (a slider and its number box). */
  readonly sync: (changed: HTMLInputElement | HTMLSelectElement) => void;
}

function parameterControl(
  parameter: ExplorerParameter,
  start: ParameterValue,
  element: <K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Record<string, string>, text?: string) => HTMLElementTagNameMap[K],
): Control {
  if (parameter.kind === 'number') {
    // step "any" for real numbers: a slider on a grid would move the starting value off the report's value.
    const common = {
      min: String(parameter.min),
      max: String(parameter.max),
      step: parameter.integer === true ? '1' : 'any',
      value: String(start),
    };
    const slider = element('input', { ...common, type: 'range', 'aria-label': `${parameter.key} slider` });
    const box = element('input', { ...common, type: 'number', 'aria-label': parameter.key });
    return {
      inputs: [slider, box],
      read: () => Number(box.value),
      sync: (changed) => {
        if (changed === slider) box.value = slider.value;
        else slider.value = box.value;
      },
    };
  }
  const select = element('select', { 'aria-label': parameter.key });
  const values = parameter.kind === 'boolean' ? ['false', 'true'] : (parameter.values ?? []);
  for (const value of values) select.append(element('option', value === String(start) ? { selected: '' } : {}, value));
  return {
    inputs: [select],
    read: () => (parameter.kind === 'boolean' ? select.value === 'true' : select.value),
    sync: () => undefined,
  };
}
