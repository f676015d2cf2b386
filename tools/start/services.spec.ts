import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
});
