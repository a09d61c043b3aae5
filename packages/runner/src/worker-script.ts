/** The built worker script: under vitest this module is TypeScript source, and workers must run the built file. */
export function workerScript(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../dist/worker.js', here) : new URL('./worker.js', here);
}
