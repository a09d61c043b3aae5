import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin } from './run-cli.js';

describe('bin', () => {
  it('exits quietly with code 0 when the reader closes the pipe early (crisis-sim ... | head)', async () => {
    // A trace as JSON holds 180 daily snapshots: far more than a pipe buffers.
    const child = spawn(process.execPath, [bin, 'trace', 'niger-2023', '--run', '3', '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
