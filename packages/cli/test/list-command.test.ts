import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('crisis-sim list', () => {
  it('lists niger-2023 as the default built-in scenario, which run uses when none is named', async () => {
    const [list, run] = await Promise.all([
      runCli(['list', '--format', 'json']),
      runCli(['run', '--runs', '20', '--workers', '1', '--format', 'json']),
    ]);
    expect(list.code).toBe(0);
    const scenarios = JSON.parse(list.stdout) as { id: string; default: boolean }[];
    expect(scenarios.find((scenario) => scenario.default)?.id).toBe('niger-2023');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).manifest.scenarioId).toBe('niger-2023');
  });

  it('shows --help with examples for every command, and --version', async () => {
    const results = await Promise.all(['list', 'describe', 'run', 'trace', 'merge'].map((command) => runCli([command, '--help'])));
    for (const result of results) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Examples:');
    }
    const version = await runCli(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+ \(engine \d+\.\d+\.\d+\)\n$/);
  });
});
