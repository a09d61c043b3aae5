/**
 * Reports made by the built CLI, opened in a real browser (Debian's chromium, driven by
 * playwright-core; installed here with apt-get when missing, as root): every report kind loads with no console error and no
 * network request, each chart draws one mark per datum, the explorer's counts equal the CLI's
 * for the same settings (a built-in and a --scenario-module scenario), and a scenario's
 * markup is shown as text. The analyses' reports (ensemble, sensitivity, discover, backtest,
 * several-arm compare) get the same checks. Screenshots go to packages/report/test-output/ (git-ignored) for a
 * person to look at. One browser serves the whole file.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installDebianPackages, whyDebianPackagesCannotInstall } from '../../../test/support/debian-packages.js';

const CHROMIUM = '/usr/bin/chromium';
// A machine with only Node.js and npm gets Debian's chromium here; where that cannot be done
// (not root, no apt-get) the file is skipped with one line, except in CI, where it must run.
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const unavailable = existsSync(CHROMIUM) ? undefined : whyDebianPackagesCannotInstall(['chromium']);
if (unavailable !== undefined && !inCi) console.log(`browser tests skipped: ${unavailable} (they run in CI)`);
const bin = fileURLToPath(new URL('../../cli/dist/bin.js', import.meta.url));
const strait = fileURLToPath(new URL('../../runner/test/fixtures/strait-scenario.js', import.meta.url));
const hostile = fileURLToPath(new URL('./fixtures/hostile-scenario.js', import.meta.url));
const screenshots = fileURLToPath(new URL('../test-output/', import.meta.url));

interface Counted {
  readonly runs: number;
  readonly outcomes: Record<string, number>;
  readonly indicators: Record<string, { days: number[]; never: number }>;
}

/** Runs the built CLI; rejects with its stderr on a non-zero exit. */
function cli(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) resolve(stdout);
      else reject(new Error(`crisis-sim ${args.join(' ')} failed: ${stderr}`));
    });
  });
}

/** A report opened in its own page, with every console error, page error and request recorded. */
interface OpenedReport {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
}

// Each test runs the CLI several times and drives the browser: minutes on a busy machine, not seconds.
describe.skipIf(unavailable !== undefined && !inCi)('reports in a real browser', { timeout: 300_000 }, () => {
  let context: BrowserContext;
  let profile: string;
  let work: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) installDebianPackages(['chromium']);
    mkdirSync(screenshots, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'crisis-sim-report-'));
    profile = mkdtempSync(join(tmpdir(), 'crisis-sim-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1000, height: 800 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  /** Opens a report file: the document itself is the only request allowed; any other is recorded and refused. */
  async function open(file: string): Promise<OpenedReport> {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const url = pathToFileURL(file).href;
    await page.route('**/*', async (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  const count = (page: Page, selector: string) => page.locator(selector).count();
  const chart = (name: string) => `figure[data-chart="${name}"]`;

  /** Chart checks common to every chart: a title, axis titles, and a table of the numbers under details. */
  async function expectAccessible(page: Page, name: string, rows: number): Promise<void> {
    expect(await count(page, `${chart(name)} svg .role-title-text`)).toBeGreaterThan(0);
    expect(await count(page, `${chart(name)} svg .role-axis-title text`)).toBeGreaterThanOrEqual(1);
    expect(await count(page, `${chart(name)} details table tbody tr`)).toBe(rows);
  }

  it('a run report loads cleanly, draws a mark per datum, and looks right in light, dark and print', async () => {
    await cli(['run', 'niger-2023', '--runs', '400', '--seed', '5', '--quiet', '--out', 'run.json', '--report', 'run.html'], work);
    const summary = JSON.parse(readFileSync(join(work, 'run.json'), 'utf8')) as Counted & {
      report: { indicators: { firstDay: { median: number | null } }[] };
    };
    const { page, errors, requests } = await open(join(work, 'run.html'));
    try {
      const outcomes = Object.keys(summary.outcomes).length;
      const indicators = Object.keys(summary.indicators).length;
      const timed = summary.report.indicators.filter((indicator) => indicator.firstDay.median !== null).length;
      expect(await count(page, `${chart('outcomes')} .bars_marks path`)).toBe(outcomes);
      expect(await count(page, `${chart('outcomes')} .intervals_marks line`)).toBe(outcomes);
      expect(await count(page, `${chart('cumulative')} .mark-line.role-mark path`)).toBe(indicators);
      expect(await count(page, `${chart('timing')} .ranges_marks line`)).toBe(timed);
      expect(await count(page, `${chart('timing')} .medians_marks path`)).toBe(timed);
      await expectAccessible(page, 'outcomes', outcomes);
      await expectAccessible(page, 'timing', timed);
      // One narrative per outcome that some run ended in, each with its trace replay command.
      const reached = Object.values(summary.outcomes).filter((n) => n > 0).length;
      expect(await count(page, '#narratives code')).toBe(reached);
      expect(await page.locator('#narratives code').first().textContent()).toMatch(/^crisis-sim trace niger-2023 --seed 5 --run \d+/);
      // The page is long (narratives, parameter sources): its first screen, then each chart, in both themes.
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
          theme === 'dark' ? 'rgb(22, 22, 22)' : 'rgb(255, 255, 255)',
        );
        await page.screenshot({ path: join(screenshots, `run-${theme}.png`) });
        for (const name of ['outcomes', 'cumulative', 'timing']) {
          await page.locator(chart(name)).screenshot({ path: join(screenshots, `run-${name}-${theme}.png`) });
        }
      }
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      expect(await page.locator('#explorer-section').isVisible()).toBe(false);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(screenshots, 'run-print.png') });
      await page.pdf({ path: join(screenshots, 'run-print.pdf') });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  /** Opens the explorer, applies the settings, runs, and returns the counts it shows. */
  async function explore(page: Page, settings: { seed: string; runs: number; values: Record<string, string> }) {
    await page.click('#explorer-open');
    for (const [key, value] of Object.entries(settings.values)) {
      const input = page.locator(`[data-param="${key}"]:is(input[type=number], select)`);
      // Parameters sit in collapsed groups by key prefix: open the one that holds this one.
      await input.evaluate((element) => element.closest('details')?.setAttribute('open', ''));
      if ((await input.evaluate((element) => element.tagName)) === 'SELECT') await input.selectOption(value);
      else await input.fill(value);
    }
    await page.fill('#explorer-seed', settings.seed);
    await page.fill('#explorer-runs', String(settings.runs));
    await page.click('#explorer-run');
    await page.waitForSelector('#explorer:is([data-state="done"], [data-state="error"])', { timeout: 120_000 });
    expect(await page.getAttribute('#explorer', 'data-state'), (await page.textContent('#explorer-status')) ?? '').toBe('done');
    return page.$$eval('#explorer-counts tr[data-outcome]', (rows) =>
      Object.fromEntries(rows.map((row) => [row.getAttribute('data-outcome'), Number(row.querySelector('[data-count]')?.textContent)])),
    );
  }

  it("the explorer's counts equal the CLI's for the same parameters, seed and runs, and its charts are redrawn", async () => {
    await cli(['run', 'niger-2023', '--runs', '200', '--quiet', '--out', 'base.json', '--report', 'explore.html'], work);
    const expected = JSON.parse(
      await cli(
        [
          'run',
          'niger-2023',
          '--runs',
          '300',
          '--seed',
          '9',
          '--set',
          'nigeria.senateApprovalProbability=0.85',
          '--format',
          'json',
          '--quiet',
        ],
        work,
      ),
    ) as Counted;
    const { page, errors, requests } = await open(join(work, 'explore.html'));
    try {
      const counts = await explore(page, { seed: '9', runs: 300, values: { 'nigeria.senateApprovalProbability': '0.85' } });
      expect(counts).toEqual(expected.outcomes);
      expect(await count(page, `${chart('explorer-outcomes')} .bars_marks path`)).toBe(Object.keys(expected.outcomes).length);
      expect(await count(page, `${chart('explorer-cumulative')} .mark-line.role-mark path`)).toBe(Object.keys(expected.indicators).length);
      await page.locator('#explorer').screenshot({ path: join(screenshots, 'run-explorer.png') });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the explorer runs a --scenario-module scenario with the same counts as the CLI', async () => {
    const M = ['--scenario-module', strait];
    await cli(['run', ...M, '--runs', '100', '--quiet', '--out', 'strait.json', '--report', 'strait.html'], work);
    const expected = JSON.parse(
      await cli(
        [
          'run',
          ...M,
          '--runs',
          '250',
          '--seed',
          'harbour',
          '--set',
          'guard.restraint=false',
          '--set',
          'talks.format=shuttle',
          '--format',
          'json',
          '--quiet',
        ],
        work,
      ),
    ) as Counted;
    const { page, errors, requests } = await open(join(work, 'strait.html'));
    try {
      const counts = await explore(page, { seed: 'harbour', runs: 250, values: { 'guard.restraint': 'false', 'talks.format': 'shuttle' } });
      expect(counts).toEqual(expected.outcomes);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('compare, sweep and trace reports load cleanly and draw a mark per datum', async () => {
    const M = ['--scenario-module', strait];
    await cli(
      ['compare', ...M, '--alt', 'navy.escalation=0.6', '--runs', '300', '--format', 'json', '--out', 'c.json', '--report', 'compare.html'],
      work,
    );
    await cli(
      [
        'sweep',
        ...M,
        '--param',
        'navy.escalation',
        '--steps',
        '4',
        '--runs',
        '200',
        '--format',
        'json',
        '--out',
        's.json',
        '--report',
        'sweep.html',
      ],
      work,
    );
    await cli(
      ['sweep', ...M, '--param', 'talks.format', '--runs', '200', '--format', 'json', '--out', 'h.json', '--report', 'heat.html'],
      work,
    );
    await cli(['trace', ...M, '--run', '3', '--format', 'json', '--out', 't.json'], work);
    await cli(['report', ...M, 't.json', '--out', 'trace.html'], work);
    const comparison = JSON.parse(readFileSync(join(work, 'c.json'), 'utf8')) as { outcomes: unknown[]; indicators: unknown[] };
    const outcomes = comparison.outcomes.length;
    const trace = JSON.parse(readFileSync(join(work, 't.json'), 'utf8')) as { events: unknown[] };
    const expectations: [string, string, number][] = [
      ['compare.html', `${chart('arms')} .bars_marks path`, 2 * outcomes],
      ['compare.html', `${chart('differences')} .estimates_marks path`, outcomes + comparison.indicators.length],
      ['compare.html', '#transitions tbody tr', outcomes],
      ['compare.html', '#discordant tbody tr', outcomes + comparison.indicators.length],
      ['sweep.html', `${chart('sweep')} .points_marks path`, 4 * outcomes],
      ['sweep.html', `${chart('sweep')} .lines_marks path`, outcomes],
      ['heat.html', `${chart('sweep')} .cells_marks path`, 2 * outcomes],
      ['trace.html', `${chart('timeline')} .mark-symbol.role-mark path`, trace.events.length],
      ['trace.html', '#narrative ol.events li', trace.events.length],
    ];
    for (const file of ['compare.html', 'sweep.html', 'heat.html', 'trace.html']) {
      const { page, errors, requests } = await open(join(work, file));
      try {
        for (const [, selector, expected] of expectations.filter(([name]) => name === file)) {
          expect(await count(page, selector), `${file}: ${selector}`).toBe(expected);
        }
        if (file === 'compare.html') await expectAccessible(page, 'differences', outcomes + comparison.indicators.length);
        await page.screenshot({ path: join(screenshots, file.replace('.html', '.png')), fullPage: true });
        expect(errors, file).toEqual([]);
        expect(requests, file).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('ensemble, sensitivity, discover, backtest and several-arm compare reports load cleanly and draw a mark per datum', async () => {
    const M = ['--scenario-module', strait];
    const save = (name: string, args: readonly string[]) =>
      cli([...args, '--quiet', '--format', 'json', '--out', `${name}.json`, '--report', `${name}.html`], work);
    await save('ensemble-1', ['ensemble', ...M, '--param', 'navy.escalation=0.1:0.5:4', '--runs', '100']);
    await save('ensemble-2', ['ensemble', ...M, '--param', 'navy.escalation=0.1:0.5:3', '--param', 'talks.format', '--runs', '100']);
    await save('ensemble-4', [
      'ensemble',
      ...M,
      ...['--param', 'navy.escalation=0.1:0.5', '--param', 'mediator.delay=2:12', '--param', 'guard.restraint', '--param', 'talks.format'],
      ...['--design', 'sobol', '--points', '8', '--runs', '100'],
    ]);
    await save('morris', ['sensitivity', ...M, '--method', 'morris', '--target', 'outcome:clash', '--trajectories', '4', '--runs', '50']);
    await save('sobol', ['sensitivity', ...M, '--method', 'sobol', '--target', 'outcome:clash', '--samples', '8', '--runs', '50']);
    await save('oat', ['sensitivity', ...M, '--method', 'oat', '--target', 'outcome:clash', '--runs', '100']);
    await save('discover', ['discover', ...M, '--target', 'outcome:clash', '--runs', '1000', '--min-coverage', '0.3']);
    await save('backtest', ['backtest', 'niger-2023', '--runs', '200']);
    await cli(
      [
        ...['compare', ...M, '--alt', 'navy.escalation=0.6', '--arm', 'navy.escalation=0.1,guard.restraint=false', '--runs', '200'],
        ...['--format', 'json', '--out', 'arms.json', '--report', 'arms.html'],
      ],
      work,
    );
    // A report of the saved file is the page --report wrote.
    await cli(['report', ...M, 'morris.json', '--out', 'morris-again.html'], work);
    expect(readFileSync(join(work, 'morris-again.html'), 'utf8')).toBe(readFileSync(join(work, 'morris.html'), 'utf8'));

    const json = <T>(name: string) => JSON.parse(readFileSync(join(work, `${name}.json`), 'utf8')) as T;
    type Points = { keys: string[]; points: unknown[] };
    const outcomes = 3;
    const e1 = json<Points>('ensemble-1');
    const e2 = json<Points>('ensemble-2');
    const e4 = json<Points>('ensemble-4');
    const morris = json<{ rows: { morris: { muStar: number } }[] }>('morris');
    const top = Math.max(...morris.rows.map((row) => row.morris.muStar));
    // The scatter names the leaders only (at most 12, each above a twentieth of the largest mu*).
    const named = morris.rows.filter((row, rank) => rank < 12 && row.morris.muStar >= 0.05 * top).length;
    const sobol = json<{ rows: unknown[] }>('sobol');
    const oat = json<{ rows: unknown[] }>('oat');
    const discover = json<{ trajectory: unknown[]; chosen: { limits: unknown[] } }>('discover');
    type Backtest = {
      forecasts: {
        report: { reliability: { count: number }[]; events: { medianForecastDay: number | null; observedDay: number | null }[] };
      }[];
    };
    const backtest = json<Backtest>('backtest');
    const arms = json<{ arms: { outcomes: unknown[]; indicators: unknown[] }[] }>('arms');
    const bins = backtest.forecasts.flatMap((forecast) => forecast.report.reliability.filter((bin) => bin.count > 0)).length;
    const days =
      backtest.forecasts.flatMap((forecast) => forecast.report.events.filter((event) => event.medianForecastDay !== null)).length +
      (backtest.forecasts[0]?.report.events.filter((event) => event.observedDay !== null).length ?? 0);
    const events = (arms.arms[0]?.outcomes.length ?? 0) + (arms.arms[0]?.indicators.length ?? 0);
    const expectations: [string, string, number][] = [
      ['ensemble-1', `${chart('ensemble')} .lines_marks path`, outcomes],
      ['ensemble-1', `${chart('ensemble')} .points_marks path`, e1.points.length * outcomes],
      ['ensemble-2', `${chart('ensemble')} .cells_marks path`, e2.points.length * outcomes],
      ['ensemble-4', `${chart('ensemble')} .mark-symbol.role-mark path`, e4.keys.length * e4.points.length * outcomes],
      ['ensemble-4', `${chart('points')} .shares_marks path`, e4.points.length * outcomes],
      ['morris', `${chart('tornado')} .bars_marks path`, morris.rows.length],
      ['morris', `${chart('tornado')} .intervals_marks line`, morris.rows.length],
      ['morris', `${chart('morris')} .parameters_marks path`, morris.rows.length],
      ['morris', `${chart('morris')} .names_marks text`, named],
      ['sobol', `${chart('tornado')} .bars_marks path`, 2 * sobol.rows.length],
      ['sobol', `${chart('tornado')} .intervals_marks line`, 2 * sobol.rows.length],
      ['oat', `${chart('tornado')} .bars_marks path`, oat.rows.length],
      ['discover', `${chart('trajectory')} .boxes_marks path`, discover.trajectory.length],
      ['discover', '#box table:first-of-type tbody tr', discover.chosen.limits.length],
      ['backtest', `${chart('reliability')} .bins_marks path`, bins],
      ['backtest', `${chart('timing')} .days_marks path`, days],
      ['arms', `${chart('arms')} .bars_marks path`, (1 + arms.arms.length) * outcomes],
      ['arms', `${chart('differences')} .estimates_marks path`, arms.arms.length * events],
      ['arms', '#transitions table', arms.arms.length],
    ];
    expect(discover.chosen.limits.length).toBeGreaterThan(0);
    const accessible: [string, string, number][] = [
      ['ensemble-2', 'ensemble', e2.points.length * outcomes],
      ['ensemble-4', 'points', e4.points.length],
      ['morris', 'morris', morris.rows.length],
      ['sobol', 'tornado', sobol.rows.length],
      ['oat', 'tornado', oat.rows.length],
      ['discover', 'trajectory', discover.trajectory.length],
      ['backtest', 'reliability', bins],
      ['arms', 'differences', arms.arms.length * events],
    ];
    for (const name of ['ensemble-1', 'ensemble-2', 'ensemble-4', 'morris', 'sobol', 'oat', 'discover', 'backtest', 'arms']) {
      const { page, errors, requests } = await open(join(work, `${name}.html`));
      try {
        for (const [, selector, expected] of expectations.filter(([file]) => file === name)) {
          expect(await count(page, selector), `${name}: ${selector}`).toBe(expected);
        }
        for (const [, id, rows] of accessible.filter(([file]) => file === name)) await expectAccessible(page, id, rows);
        // The manifest names the seed and the command that reproduces the output.
        expect(await page.locator('#manifest').textContent(), name).toMatch(/Seed1/);
        expect(await page.locator('#manifest code').textContent(), name).toMatch(/^crisis-sim /);
        await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
        for (const figure of await page.locator('figure.chart').all()) {
          const id = await figure.getAttribute('data-chart');
          await figure.screenshot({ path: join(screenshots, `${name}-${id}.png`) });
        }
        expect(errors, name).toEqual([]);
        expect(requests, name).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it("the analyses' reports show a scenario's markup in titles, labels and sources as text, never run", async () => {
    const M = ['--scenario-module', hostile];
    const save = (name: string, args: readonly string[]) =>
      cli([...args, '--quiet', '--format', 'json', '--out', `${name}.json`, '--report', `${name}.html`], work);
    await save('hostile-ensemble', ['ensemble', ...M, '--param', 'navy.escalation=0.1:0.5:3', '--param', 'talks.format', '--runs', '50']);
    await save('hostile-oat', ['sensitivity', ...M, '--method', 'oat', '--target', 'outcome:clash', '--runs', '50']);
    await save('hostile-discover', ['discover', ...M, '--target', 'outcome:clash', '--runs', '500', '--min-coverage', '0.3']);
    await save('hostile-backtest', ['backtest', ...M, '--runs', '100']);
    await cli(
      [
        ...['compare', ...M, '--alt', 'navy.escalation=0.6', '--arm', 'guard.restraint=false', '--runs', '100'],
        ...['--format', 'json', '--out', 'hostile-arms.json', '--report', 'hostile-arms.html'],
      ],
      work,
    );
    for (const name of ['hostile-ensemble', 'hostile-oat', 'hostile-discover', 'hostile-backtest', 'hostile-arms']) {
      const { page, errors, requests } = await open(join(work, `${name}.html`));
      try {
        expect(await page.locator('h1').textContent()).toContain('<script>window.__pwned = true</script>');
        expect(await page.locator('h1').textContent()).toContain('<img src=x onerror="window.__pwned = true">');
        // An outcome label, a parameter's description or a record's source, in a chart's SVG or a table.
        const texts = [
          ...(await page.locator('figure.chart svg text').allTextContents()),
          ...(await page.locator('main td, main dd').allTextContents()),
        ];
        expect(
          texts.some((text) => text.includes('<img src=x onerror=')),
          name,
        ).toBe(true);
        expect(await page.locator('img').count()).toBe(0);
        expect(await page.locator('script').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
        await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
        expect(errors, name).toEqual([]);
        expect(requests, name).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it("a scenario's <script> and <img onerror> in its title, labels and reasons are shown as text, never run", async () => {
    const M = ['--scenario-module', hostile];
    await cli(['run', ...M, '--runs', '200', '--quiet', '--out', 'hostile.json', '--report', 'hostile.html'], work);
    await cli(['trace', ...M, '--run', '0', '--format', 'json', '--out', 'hostile-trace.json'], work);
    await cli(['report', ...M, 'hostile-trace.json', '--out', 'hostile-trace.html'], work);
    for (const file of ['hostile.html', 'hostile-trace.html']) {
      const { page, errors, requests } = await open(join(work, file));
      try {
        expect(await page.locator('h1').textContent()).toContain('<script>window.__pwned = true</script>');
        expect(await page.locator('h1').textContent()).toContain('<img src=x onerror="window.__pwned = true">');
        const reasons = await page.locator('ol.events li').allTextContents();
        expect(reasons.length).toBeGreaterThan(0);
        for (const reason of reasons) expect(reason).toContain('<img src=x onerror="window.__pwned = true">');
        expect(await page.locator('img').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
        // Only the report's own script elements: the explorer's data, its worker and its page script.
        expect(await page.locator('script').count()).toBe(file === 'hostile.html' ? 3 : 0);
        if (file === 'hostile.html') {
          await page.click('#explorer-open');
          expect(await page.locator('#explorer-form .explorer-grid label').first().getAttribute('title')).toContain('<script>');
          await page.click('#explorer-run');
          await page.waitForSelector('#explorer[data-state="done"]', { timeout: 120_000 });
          expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
        }
        await page.screenshot({ path: join(screenshots, file.replace('.html', '.png')), fullPage: true });
        expect(errors, file).toEqual([]);
        expect(requests, file).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});
