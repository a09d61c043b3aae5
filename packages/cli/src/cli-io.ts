/** Where the CLI writes: injectable so that tests and embedding tools can capture output. */
export interface CliIo {
  /** Data only (tables, JSON, CSV). */
  readonly stdout: { write(text: string): unknown };
  /** Errors, notes and the progress bar. */
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}
