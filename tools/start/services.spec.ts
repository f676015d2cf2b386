import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startingUpPostgres } from '@lantern/db/testing';

/** `ensurePostgres` as `npm start` runs it, in a process of its own (it exits with a sentence on failure). */
function ensurePostgres(url: string): { status: number | null; stderr: string; stdout: string } {
  const services = join(__dirname, 'services.mjs');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `const { ensurePostgres } = await import(${JSON.stringify(services)}); const found = await ensurePostgres(${JSON.stringify(url)}); console.log(found.description); await found.stop(); process.exit(0);`], {
    encoding: 'utf8',
    timeout: 60_000,
    cwd: mkdtempSync(join(tmpdir(), 'lantern-start-')),
  });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

/** The same, without blocking this process (a server of the test's own must answer meanwhile). */
function ensurePostgresAside(url: string, env: Record<string, string>): Promise<{ status: number | null; stderr: string; stdout: string }> {
  const services = join(__dirname, 'services.mjs');
  const child = spawn(process.execPath, ['--input-type=module', '-e', `const { ensurePostgres } = await import(${JSON.stringify(services)}); const found = await ensurePostgres(${JSON.stringify(url)}); console.log(found.description); await found.stop(); process.exit(0);`], {
    cwd: mkdtempSync(join(tmpdir(), 'lantern-start-')),
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => child.on('exit', (status) => (clearTimeout(killer), resolve({ status, stderr, stdout }))));
}

describe('npm start: which PostgreSQL', () => {
  const server = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');

  it('uses the PostgreSQL that answers', () => {
    const found = ensurePostgres(server.toString());
    expect(found).toMatchObject({ status: 0, stdout: `PostgreSQL at ${server.host}\n` });
  });

  it('stops with the server’s reason when it answers and refuses (a wrong user), instead of starting the embedded one', () => {
    const wrong = new URL(server.toString());
    wrong.username = 'no_such_lantern_role';
    const pgliteBefore = existsSync(join(__dirname, '..', '..', '.data', 'pglite'));
    const found = ensurePostgres(wrong.toString());
    expect(found.status).toBe(1);
    expect(found.stderr).toMatch(new RegExp(`PostgreSQL at ${server.host.replace('.', '\\.')} answered but would not let Lantern in \\(.*no_such_lantern_role.*\\); check the user and password in DATABASE_URL\\.`));
    expect(found.stderr).not.toContain('PGlite');
    expect(existsSync(join(__dirname, '..', '..', '.data', 'pglite'))).toBe(pgliteBefore);
  });

  it('waits for a PostgreSQL that is starting up, instead of starting the embedded one', async () => {
    const { server: front, port } = await startingUpPostgres(server, 2);
    try {
      const through = new URL(server.toString());
      through.host = `127.0.0.1:${port}`;
      const pgliteBefore = existsSync(join(__dirname, '..', '..', '.data', 'pglite'));
      const found = await ensurePostgresAside(through.toString(), { DATABASE_CONNECT_WAIT_MS: '20000' });
      expect(found).toMatchObject({ status: 0, stdout: expect.stringContaining(`PostgreSQL at 127.0.0.1:${port}\n`) });
      expect(found.stdout).toContain('is there but not letting anyone in yet (the database system is starting up); waiting for it');
      expect(found.stdout).not.toContain('PGlite');
      expect(existsSync(join(__dirname, '..', '..', '.data', 'pglite'))).toBe(pgliteBefore);
    } finally {
      front.close();
    }
  });

  it('stops with the reason when a PostgreSQL starting up does not let Lantern in within the wait', async () => {
    const { server: front, port } = await startingUpPostgres(server, Number.POSITIVE_INFINITY);
    try {
      const found = await ensurePostgresAside(`postgres://postgres@127.0.0.1:${port}/postgres`, { DATABASE_CONNECT_WAIT_MS: '1500' });
      expect(found.status).toBe(1);
      expect(found.stderr).toContain(`PostgreSQL at 127.0.0.1:${port} is there but did not let Lantern in within 2 s (the database system is starting up); start again once it is up.`);
      expect(found.stdout).not.toContain('PGlite');
    } finally {
      front.close();
    }
  });
});
