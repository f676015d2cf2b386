// A cheap fingerprint of every source file's path, size and mtime, so `npm start` and the test
// runner rebuild only when something changed.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const roots = ['apps', 'libs', 'tools', 'package-lock.json', '.swcrc', 'tsconfig.base.json'];

async function collect(path, hash) {
  let info;
  try {
    info = await stat(path);
  } catch {
    return;
  }
  if (info.isDirectory()) {
    const entries = await readdir(path);
    entries.sort();
    for (const entry of entries) {
      if (entry === 'node_modules' || entry === 'test-results' || entry.startsWith('.')) continue;
      await collect(join(path, entry), hash);
    }
  } else {
    hash.update(`${path}:${info.size}:${info.mtimeMs}\n`);
  }
}

export async function sourceStamp(root) {
  const hash = createHash('sha256');
  for (const entry of roots) await collect(join(root, entry), hash);
  return hash.digest('hex');
}
