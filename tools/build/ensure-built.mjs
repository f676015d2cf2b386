#!/usr/bin/env node
// Rebuilds dist/ when the sources changed since the last build (or it was never built).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';
import { sourceStamp } from './source-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function ensureBuilt() {
  const previous = await readFile(join(root, 'dist', '.build-stamp'), 'utf8').catch(() => '');
  if (previous !== (await sourceStamp(root))) await build();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureBuilt().catch((error) => {
    process.stderr.write(`build failed: ${error.message}\n`);
    process.exit(1);
  });
}
