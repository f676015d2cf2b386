#!/usr/bin/env node
// Builds the server side (apps/api, apps/worker, libs, tools) with SWC into dist/, mirroring the
// source tree so @lantern/* aliases become relative requires, then the web app with Vite.
// SWC keeps decorator metadata, which NestJS dependency injection needs; tsc is only used to
// type-check (npm test), so a build takes seconds on two cores.
import { transformFile } from '@swc/core';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp } from './source-stamp.mjs';
import { precompress } from './precompress.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const serverRoots = ['apps/api/src', 'apps/worker/src', 'libs', 'tools'];
const skip = /(\.spec\.tsx?|\.e2e\.ts|\.d\.ts)$/;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules') continue;
      yield* walk(path);
    } else if (/\.tsx?$/.test(entry.name) && !skip.test(entry.name)) {
      yield path;
    }
  }
}

const swcOptions = {
  swcrc: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: root,
    paths: {
      '@lantern/db/testing': ['libs/db/src/testing/index.ts'],
      '@lantern/moderation/server': ['libs/moderation/src/server.ts'],
      '@lantern/*': ['libs/*/src/index.ts'],
    },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

export async function buildServer() {
  const out = join(root, 'dist');
  await rm(join(out, 'apps', 'api'), { recursive: true, force: true });
  await rm(join(out, 'apps', 'worker'), { recursive: true, force: true });
  await rm(join(out, 'libs'), { recursive: true, force: true });
  await rm(join(out, 'tools'), { recursive: true, force: true });
  let count = 0;
  for (const base of serverRoots) {
    for await (const file of walk(join(root, base))) {
      if (file.endsWith('.tsx')) continue;
      const { code } = await transformFile(file, { ...swcOptions, filename: file });
      const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, code);
      count += 1;
    }
  }
  return count;
}

export async function buildWeb() {
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  await precompress(join(root, 'dist', 'apps', 'web', 'assets'));
}

export async function build({ web = true } = {}) {
  const started = Date.now();
  const files = await buildServer();
  if (web) await buildWeb();
  await writeFile(join(root, 'dist', '.build-stamp'), await sourceStamp(root));
  process.stderr.write(`build: ${files} server files${web ? ' and the web app' : ''} in ${Date.now() - started} ms\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  build({ web: !process.argv.includes('--server-only') }).catch((error) => {
    process.stderr.write(`build failed: ${error.message}\n`);
    process.exit(1);
  });
}
