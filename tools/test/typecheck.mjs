#!/usr/bin/env node
// Type-checks every TypeScript program in the workspace (server + libs, the web app, its tests
// and config, the browser tests) with the project's TypeScript.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../start/services.mjs';

const projects = ['tsconfig.json', 'apps/web/tsconfig.json', 'apps/web/tsconfig.spec.json', 'apps/web/tsconfig.config.json', 'apps/web-e2e/tsconfig.json', 'libs/moderation/tsconfig.lib.json', 'libs/crisis/tsconfig.lib.json'];
let failed = 0;
for (const project of projects) {
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project, '--noEmit'], { cwd: root, stdio: 'inherit' });
  process.stdout.write(`typecheck ${project}: ${run.status === 0 ? 'ok' : 'FAILED'}\n`);
  if (run.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
