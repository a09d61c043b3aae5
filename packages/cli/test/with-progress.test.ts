import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { withProgress } from '../src/with-progress.js';

/** A stderr that claims to be a terminal and keeps what is drawn on it. */
function terminal(): { stream: PassThrough & { isTTY: boolean }; text(): string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { stream, text: () => text };
}

describe('withProgress', () => {
  it("returns the work's result and hands it an onProgress that draws the bar", async () => {
    const { stream, text } = terminal();
    const result = await withProgress({ stderr: stream }, true, async (onProgress) => {
      onProgress({ done: 500, total: 1000 });
      return 42;
    });
    expect(result).toBe(42);
    expect(text()).toContain('500/1000');
  });

  it('takes the bar down when the work fails, and passes the error on', async () => {
    const { stream, text } = terminal();
    const failure = new Error('scenario fault');
    await expect(
      withProgress({ stderr: stream }, true, async (onProgress) => {
        onProgress({ done: 1, total: 10 });
        throw failure;
      }),
    ).rejects.toBe(failure);
    // cli-progress shows the cursor again when it stops (hideCursor: true).
    expect(text()).toContain('\u001b[?25h');
  });

  it('draws nothing when disabled (--quiet)', async () => {
    const { stream, text } = terminal();
    await withProgress({ stderr: stream }, false, async (onProgress) => onProgress({ done: 1, total: 2 }));
    expect(text()).toBe('');
  });
});
