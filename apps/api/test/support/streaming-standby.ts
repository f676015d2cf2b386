import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from './tcp-proxy';

const run = promisify(execFile);

/** A primary and its hot standby, streaming, on ports of their own; `stop` removes both. */
export interface StreamingPair {
  /** The primary server (its `postgres` database): where test databases are created. */
  primaryUrl: string;
  /** The standby server; a database created on the primary appears here under the same name. */
  standbyUrl(database: string): string;
  stop(): Promise<void>;
}

/** The PostgreSQL server programs: PG_BINDIR, else the newest under /usr/lib/postgresql (Debian). */
function binDir(): string {
  if (process.env.PG_BINDIR) return process.env.PG_BINDIR;
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error('no PostgreSQL server programs under /usr/lib/postgresql (set PG_BINDIR)');
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

/**
 * Starts a real streaming pair for tests about the read replica: initdb, a primary, a
 * pg_basebackup of it and a hot standby following it (PostgreSQL refuses to run as root, so as
 * root the programs run as the `postgres` user). The system's PostgreSQL is left untouched.
 */
export async function startStreamingPair(): Promise<StreamingPair> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'lantern-standby-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number((await run('id', ['-u', 'postgres'])).stdout), Number((await run('id', ['-g', 'postgres'])).stdout));
  const pg = (program: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args]) : run(join(bin, program), args));
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const primary = join(dir, 'primary');
  const standby = join(dir, 'standby');
  const started: string[] = [];
  const stop = async () => {
    for (const data of started.reverse()) await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await pg('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
    // Speed over safety (no fsync): these clusters live for one test file. Commits still wait for
    // their WAL to be written, as in production, so what a test has committed can be replayed.
    const settings = (port: number) =>
      `\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nfsync = off\nfull_page_writes = off\nwal_level = replica\nmax_wal_senders = 4\nhot_standby = on\nwal_receiver_status_interval = 1s\n`;
    await appendFile(join(primary, 'postgresql.conf'), settings(primaryPort));
    await pg('pg_ctl', ['-D', primary, '-l', join(dir, 'primary.log'), '-w', 'start']);
    started.push(primary);
    await pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', standby, '-R', '-X', 'stream', '--no-sync', '-c', 'fast']);
    await appendFile(join(standby, 'postgresql.conf'), settings(standbyPort));
    await pg('pg_ctl', ['-D', standby, '-l', join(dir, 'standby.log'), '-w', 'start']);
    started.push(standby);
    const standbyUrl = (database: string) => `postgres://postgres@127.0.0.1:${standbyPort}/${database}`;
    // Ready once it answers as a standby.
    const client = new Client({ connectionString: standbyUrl('postgres') });
    await client.connect();
    try {
      const [{ standby: inRecovery }] = (await client.query('SELECT pg_is_in_recovery() AS standby')).rows;
      if (inRecovery !== true) throw new Error('the standby is not in recovery');
    } finally {
      await client.end();
    }
    return { primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`, standbyUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
