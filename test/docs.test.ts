/**
 * Every page of docs/ is tested by running its code: the TypeScript blocks of a page, in
 * order, form one module (like cells of a notebook: later blocks see earlier ones; imports
 * are merged and hoisted), which is written under examples/.doc-blocks/ so that it resolves
 * the workspace packages, and imported. A block fenced as ```ts no-run is shown only; one
 * fenced as ```ts file=PATH is a file of the external package of docs/scenario-modules.md,
 * which test/external-package.test.ts builds and tests. Relative imports in a page are
 * relative to the page, as a reader would resolve them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = join(root, 'docs');
// One folder per process: another copy of the suite running beside this one must not overwrite these files.
const outDir = join(root, 'examples', '.doc-blocks', String(process.pid));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The code blocks of a page with the given info-string language, skipping `no-run` and `file=` ones. */
function codeBlocks(markdown: string, language: string): string[] {
  const blocks: string[] = [];
  const fence = /^```(\S*)([^\n]*)\n([\s\S]*?)^```\s*$/gm;
  for (const match of markdown.matchAll(fence)) {
    const info = match[2] ?? '';
    if (match[1] === language && !info.includes('no-run') && !info.includes('file=')) blocks.push(match[3] ?? '');
  }
  return blocks;
}

/** Joins a page's blocks into one module: imports merged by module and hoisted, paths rebased. */
function assembleModule(pagePath: string, modulePath: string, blocks: readonly string[]): string {
  const named = new Map<string, Set<string>>();
  const body: string[] = [];
  const importPattern = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';\s*$/gm;
  for (const block of blocks) {
    for (const match of block.matchAll(importPattern)) {
      let specifier = match[3] as string;
      if (specifier.startsWith('.')) {
        specifier = relative(dirname(modulePath), resolve(dirname(pagePath), specifier)).replaceAll('\\', '/');
        if (!specifier.startsWith('.')) specifier = `./${specifier}`;
      }
      const names = named.get(specifier) ?? new Set<string>();
      for (const name of (match[2] as string).split(',')) {
        const trimmed = name.trim();
        if (trimmed !== '') names.add(match[1] === undefined ? trimmed : `type ${trimmed.replace(/^type\s+/, '')}`);
      }
      named.set(specifier, names);
    }
    body.push(block.replace(importPattern, ''));
  }
  const imports = [...named].map(([specifier, names]) => `import { ${[...names].join(', ')} } from '${specifier}';`);
  return `${imports.join('\n')}\n${body.join('\n')}`;
}

const pages = markdownFiles(docsDir)
  .map((path) => ({ path, name: relative(docsDir, path), blocks: codeBlocks(readFileSync(path, 'utf8'), 'ts') }))
  .filter((page) => page.blocks.length > 0);

describe('docs code blocks', () => {
  it('finds pages with code to run', () => {
    expect(pages.map((page) => page.name)).toContain('writing-a-scenario.md');
  });

  for (const page of pages) {
    it(`runs the code of ${page.name}`, async () => {
      mkdirSync(outDir, { recursive: true });
      const file = join(outDir, `${page.name.replaceAll(/[/\\]/g, '__').replace(/\.md$/, '')}.ts`);
      writeFileSync(file, `// Generated from docs/${page.name} by test/docs.test.ts.\n${assembleModule(page.path, file, page.blocks)}`);
      await import(pathToFileURL(file).href);
    });
  }

  it('shows the tutorial scenario exactly as examples/harbour-standoff/scenario.ts has it', () => {
    const example = readFileSync(join(root, 'examples/harbour-standoff/scenario.ts'), 'utf8');
    const tutorial = codeBlocks(readFileSync(join(docsDir, 'writing-a-scenario.md'), 'utf8'), 'ts');
    const excerpts = tutorial.slice(0, -1);
    expect(excerpts.length).toBeGreaterThan(5);
    for (const block of excerpts) expect(example).toContain(block.trim());
  });
});
