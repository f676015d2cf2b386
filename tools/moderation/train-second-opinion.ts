// `npm run train:second-opinion`: trains the learned second opinion (libs/moderation/src/learned)
// on the hand-labelled data (libs/moderation/data/*.jsonl) and writes
// libs/moderation/src/learned/model.generated.ts. Deterministic: the same data gives the same file,
// byte for byte (learned/model.spec.ts checks the committed file against the committed data).
// Thresholds come from leave-one-set-out scores; see libs/moderation/src/learned/README.md.
//
// Options: --data <dir>  --out <file>  --check (write nothing; exit 1 if the file is out of date)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { renderModelModule, trainingSetsFromFiles, trainSecondOpinion } from '@lantern/moderation/server';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function main(): void {
  const argv = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const root = process.cwd();
  const dataDir = resolve(root, value('--data') ?? 'libs/moderation/data');
  const out = resolve(root, value('--out') ?? 'libs/moderation/src/learned/model.generated.ts');
  const check = argv.includes('--check');

  const started = process.hrtime.bigint();
  const files = readdirSync(dataDir)
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => ({ name, content: readFileSync(join(dataDir, name), 'utf8') }));
  const sets = trainingSetsFromFiles(files);
  const model = trainSecondOpinion(sets, sha256);
  const source = renderModelModule(model);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const h = model.heldOutAtT2;
  const pct = (n: number, d: number) => `${n}/${d} (${((n / Math.max(d, 1)) * 100).toFixed(1)}%)`;
  console.log(`trained ${model.id} on ${model.examples} examples from ${model.sets} files in ${seconds.toFixed(1)} s`);
  console.log(`thresholds: T2 ${model.thresholds.T2.toFixed(4)}, T1 ${model.thresholds.T1.toFixed(4)}`);
  console.log(
    `leave-one-set-out at T2 (model alone): crisis recall ${pct(h.crisisFlagged, h.crisis)}, ` +
      `everyday flagged ${pct(h.everydayFlagged, h.everyday)}, all non-crisis flagged ${pct(h.nonCrisisFlagged, h.nonCrisis)}`,
  );
  console.log(`data digest ${model.dataDigest.slice(0, 16)}…; model file ${(Buffer.byteLength(source) / 1024).toFixed(0)} KB`);

  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // no model yet
  }
  const where = relative(root, out);
  if (current === source) {
    console.log(`${where} is up to date.`);
  } else if (check) {
    console.log(`${where} is out of date: run npm run train:second-opinion.`);
    process.exitCode = 1;
  } else {
    writeFileSync(out, source);
    console.log(`wrote ${where}`);
  }
}

main();
