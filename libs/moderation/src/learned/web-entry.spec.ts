// The web app's bundle reads libs/moderation/src/index.ts (apps/web/vite.config.ts): the learned
// model (~341 KB) and the network providers must stay out of its import graph.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const src = join(__dirname, '..');

function resolveImport(from: string, specifier: string): string {
  const base = join(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  throw new Error(`Cannot resolve ${specifier} from ${relative(src, from)}.`);
}

/** Every file index.ts reaches through relative imports and re-exports (type-only ones included). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      queue.push(resolveImport(file, match[1]));
    }
  }
  return new Set([...seen].map((f) => relative(src, f).split('\\').join('/')));
}

describe('the web entry (index.ts)', () => {
  const graph = importGraph(join(src, 'index.ts'));

  it('is read through its imports (sanity)', () => {
    expect(graph).toContain('classifier/classify.ts');
    expect(graph).toContain('normalise/normalise.ts');
  });

  it('does not pull in the learned second opinion or the server-only part', () => {
    const forbidden = [...graph].filter((f) => f.startsWith('learned/') || f === 'server.ts' || f.startsWith('providers/perspective'));
    expect(forbidden).toEqual([]);
  });

  it('would catch it if it did', () => {
    expect(importGraph(join(src, 'server.ts'))).toContain('learned/model.generated.ts');
  });
});
