import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const WORKER_MAIN = join(__dirname, '../../../../dist/apps/worker/src/main.js');

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * Starts the built worker as a real process, as production runs it. Specs stage cases by writing
 * rows straight into the tables (content with no job, on purpose): the worker's search for words
 * whose job Redis lost is told to look only at words an hour old, so it never reads those behind a
 * spec's back. The spec for that search sets it short.
 */
export function startWorker(env: Record<string, string>): WorkerProcess {
  let output = '';
  const child = spawn(process.execPath, [WORKER_MAIN], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', LOST_JOBS_AFTER_SECONDS: '3600', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return { child, output: () => output, exited };
}

/**
 * No wait gives up sooner than this. What the tests wait for (a live event through Redis, the
 * worker's job, a second node) crosses several processes on two shared cores, with the browser
 * tests perhaps running beside jest; tight ceilings of a few seconds were each tripped in some
 * clean-clone run. A wait returns as soon as its condition holds, so the floor costs only a
 * failing test its time.
 */
const WAIT_FLOOR_MS = 15_000;

/** Polls `probe` until it gives a value, or fails naming `what` after `timeoutMs` (at least WAIT_FLOOR_MS). */
export async function waitFor<T>(probe: () => Promise<T | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const ceiling = Math.max(timeoutMs, WAIT_FLOOR_MS);
  const deadline = Date.now() + ceiling;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ceiling} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
