import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Server } from 'node:net';
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

/** PostgreSQL's own refusal while it starts up: an ErrorResponse with SQLSTATE 57P03. */
function startingUp(): Buffer {
  const fields = Buffer.from('SFATAL\0VFATAL\0C57P03\0Mthe database system is starting up\0\0', 'latin1');
  const length = Buffer.alloc(4);
  length.writeInt32BE(fields.length + 4);
  return Buffer.concat([Buffer.from('E'), length, fields]);
}

/** A server in front of PostgreSQL that says "starting up" to the first `refusals` connections, then lets them through. */
async function startingServer(target: URL, refusals: number): Promise<{ server: Server; port: number }> {
  let seen = 0;
  const server = createServer((socket) => {
    seen += 1;
    if (seen <= refusals) {
      socket.once('data', () => socket.end(startingUp()));
      return;
    }
    const upstream = connect(Number(target.port || 5432), target.hostname);
    socket.pipe(upstream).pipe(socket);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
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
    const { server: front, port } = await startingServer(server, 2);
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
    const { server: front, port } = await startingServer(server, Number.POSITIVE_INFINITY);
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
