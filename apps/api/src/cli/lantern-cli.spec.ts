import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@lantern/db/testing';

const CLI = join(__dirname, '../../../../dist/apps/api/src/cli/lantern-cli.js');

describe('npm run cli (the built command against a real database)', () => {
  let db: TestDatabase;
  const cli = (...args: string[]) => {
    const run = spawnSync(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: db.url }, encoding: 'utf8' });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  beforeAll(async () => {
    db = await createTestDatabase('cli');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('creates a partner and prints its id, name and HMAC secret once', () => {
    const run = cli('partner:create', '--name', 'Harbour Crisis Line', '--webhook-url', 'https://partner.example/hook', '--regions', 'us,CA');
    expect(run.code).toBe(0);
    const partner = JSON.parse(run.stdout) as { id: string; name: string; secret: string };
    expect(partner).toMatchObject({ name: 'Harbour Crisis Line' });
    expect(partner.secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('creates operator accounts with hashed passphrases, a partner account tied to its organisation', async () => {
    const moderator = cli('user:create', '--role', 'moderator', '--pseudonym', 'Night Shift Mod', '--passphrase', 'keep everyone safe tonight');
    expect(moderator.code).toBe(0);
    expect(JSON.parse(moderator.stdout)).toEqual({ id: expect.any(String), pseudonym: 'Night Shift Mod', role: 'moderator' });
    const [row] = await db.dataSource.query(`SELECT role, passphrase_hash FROM members WHERE pseudonym = 'Night Shift Mod'`);
    expect(row.role).toBe('moderator');
    expect(row.passphrase_hash).toMatch(/^\$argon2id\$/);

    const partner = JSON.parse(cli('partner:create', '--name', 'Lakeside Line', '--webhook-url', 'http://127.0.0.1:9/hook', '--regions', 'GB').stdout) as { id: string };
    const counsellor = cli('user:create', '--role', 'partner', '--pseudonym', 'Counsellor Ada', '--passphrase', 'listening is the job', '--partner', partner.id);
    expect(counsellor.code).toBe(0);
    const [member] = await db.dataSource.query(`SELECT partner_id FROM members WHERE pseudonym = 'Counsellor Ada'`);
    expect(member.partner_id).toBe(partner.id);
  });

  it('refuses bad input with one sentence and a non-zero exit, writing nothing', async () => {
    const cases: string[][] = [
      ['user:create', '--role', 'superuser', '--pseudonym', 'Someone Else', '--passphrase', 'long enough passphrase'],
      ['user:create', '--role', 'member', '--pseudonym', 'ab', '--passphrase', 'long enough passphrase'],
      ['user:create', '--role', 'partner', '--pseudonym', 'No Partner', '--passphrase', 'long enough passphrase'],
      ['user:create', '--role', 'member', '--pseudonym', 'Night Shift Mod', '--passphrase', 'long enough passphrase'],
      ['partner:create', '--name', 'X Line', '--webhook-url', 'ftp://nope', '--regions', 'US'],
      ['delete:everything'],
    ];
    for (const args of cases) {
      const run = cli(...args);
      expect([args.join(' '), run.code]).toEqual([args.join(' '), 2]);
      expect(run.stderr).toMatch(/^lantern cli: .+/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM members WHERE pseudonym IN ('Someone Else', 'ab', 'No Partner')`);
    expect(n).toBe(0);
  });
});
