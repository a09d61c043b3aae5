/**
 * Version of the engine, written into every summary manifest so that summaries produced by
 * different engines (whose draws may differ) are never merged. Kept equal to package.json's
 * version by a test: the engine may not read files at run time.
 */
export const engineVersion = '0.1.0';
