// `npm run classify`: JSON lines {"id","text"} on stdin, one JSON line of classification per
// input line on stdout. Local classifier only, no network. A bad line gets an error line for
// its id (see classifyJsonLine); the process never stops on bad input.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { classifyJsonLine } from '@lantern/moderation';

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const out = classifyJsonLine(line);
    if (out !== null && !process.stdout.write(`${out}\n`)) await once(process.stdout, 'drain');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`classify stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
