/**
 * Writes docs/cli.md from the command specs (the same objects that configure yargs).
 * Run: node_modules/.bin/tsx packages/cli/scripts/render-cli-reference.ts
 */
import { writeFileSync } from 'node:fs';
import { commands, renderCliReference } from '../src/index.js';

writeFileSync(new URL('../../../docs/cli.md', import.meta.url), renderCliReference(commands));
