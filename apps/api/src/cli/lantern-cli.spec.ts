import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, startingUpPostgres, type TestDatabase } from '@lantern/db/testing';

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

  it('audits every account and partner it creates as "operator", in the transaction of the insert, never with the passphrase or the secret', async () => {
    const partner = JSON.parse(cli('partner:create', '--name', 'Audited Line', '--webhook-url', 'https://audited.example/hook', '--regions', 'IE').stdout) as { id: string; secret: string };
    const counsellor = JSON.parse(cli('user:create', '--role', 'partner', '--pseudonym', 'Brigid Hale', '--passphrase', 'an audited first shift', '--partner', partner.id).stdout) as { id: string };
    const [created] = await db.dataSource.query(`SELECT hours, to_json(created_at)#>>'{}' AS created_at FROM partners WHERE id = $1`, [partner.id]);
    const rows: Array<Record<string, unknown>> = await db.dataSource.query(
      `SELECT actor_id, actor_role, action, target_type, target_id, reason, before, after FROM audit_log WHERE target_id = ANY($1::uuid[]) ORDER BY id`,
      [[partner.id, counsellor.id]],
    );
    expect(rows).toEqual([
      {
        actor_id: null,
        actor_role: 'operator',
        action: 'partner_create',
        target_type: 'partner',
        target_id: partner.id,
        reason: null,
        before: null,
        // The shape POST /admin/partners records.
        after: { id: partner.id, name: 'Audited Line', regions: ['IE'], hours: created.hours, webhookUrl: 'https://audited.example/hook', createdAt: new Date(created.created_at).toISOString() },
      },
      { actor_id: null, actor_role: 'operator', action: 'member_create', target_type: 'member', target_id: counsellor.id, reason: null, before: null, after: { role: 'partner', partnerId: partner.id } },
    ]);
    const written = JSON.stringify(rows);
    expect(written).not.toContain(partner.secret);
    expect(written).not.toContain('an audited first shift');

    // A refused account leaves no row claiming it was made.
    const before = (await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'member_create'`))[0].n;
    expect(cli('user:create', '--role', 'moderator', '--pseudonym', 'brigid hale', '--passphrase', 'the same name again').code).toBe(2);
    expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'member_create'`))[0].n).toBe(before);

    // An audit row that cannot be written takes its partner with it: one transaction.
    await db.dataSource.query(`CREATE FUNCTION refuse_partner_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`);
    await db.dataSource.query(`CREATE TRIGGER refuse_partner_audit BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'partner_create') EXECUTE FUNCTION refuse_partner_audit()`);
    try {
      const unaudited = cli('partner:create', '--name', 'Unaudited Line', '--webhook-url', 'https://unaudited.example/hook', '--regions', 'US');
      expect([unaudited.code, unaudited.stderr]).toEqual([1, expect.stringContaining('audit refused')]);
      expect(await db.dataSource.query(`SELECT id FROM partners WHERE name = 'Unaudited Line'`)).toEqual([]);
    } finally {
      await db.dataSource.query(`DROP TRIGGER refuse_partner_audit ON audit_log`);
      await db.dataSource.query(`DROP FUNCTION refuse_partner_audit()`);
    }
  });

  it('refuses bad input with one sentence and a non-zero exit, writing nothing', async () => {
    // A member's name a moderator replaced (it still signs them in): kept as its hash, and taken.
    const [renamed] = await db.dataSource.query(`INSERT INTO members (pseudonym) VALUES ('Calm Heron 27') RETURNING id`);
    await db.dataSource.query(`INSERT INTO former_pseudonyms (name_hash, member_id, replaced_by) VALUES (encode(sha256(convert_to('replaced name', 'UTF8')), 'hex'), $1, 'moderator')`, [renamed.id]);
    const cases: string[][] = [
      ['user:create', '--role', 'moderator', '--pseudonym', 'Replaced Name', '--passphrase', 'long enough passphrase'],
      ['user:create', '--role', 'superuser', '--pseudonym', 'Someone Else', '--passphrase', 'long enough passphrase'],
      ['user:create', '--role', 'member', '--pseudonym', 'ab', '--passphrase', 'long enough passphrase'],
      ['user:create', '--role', 'partner', '--pseudonym', 'No Partner', '--passphrase', 'long enough passphrase'],
      ['user:create', '--role', 'member', '--pseudonym', 'Night Shift Mod', '--passphrase', 'long enough passphrase'],
      ['partner:create', '--name', 'X Line', '--webhook-url', 'ftp://nope', '--regions', 'US'],
      ['user:set-role', '--pseudonym', 'Nobody By This Name', '--role', 'moderator'],
      ['user:set-role', '--pseudonym', 'Night Shift Mod', '--role', 'partner'],
      ['user:set-role', '--pseudonym', 'Night Shift Mod', '--role', 'owner'],
      ['delete:everything'],
    ];
    for (const args of cases) {
      const run = cli(...args);
      expect([args.join(' '), run.code]).toEqual([args.join(' '), 2]);
      expect(run.stderr).toMatch(/^lantern cli: .+/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM members WHERE lower(pseudonym) IN ('someone else', 'ab', 'no partner', 'replaced name')`);
    expect(n).toBe(0);
  });

  it('waits for a PostgreSQL that is starting up, saying so on stderr each time, then does its work', async () => {
    const { server: front, port } = await startingUpPostgres(new URL(db.url), 2);
    try {
      const through = new URL(db.url);
      through.host = `127.0.0.1:${port}`;
      // Not spawnSync: the server in front answers from this process.
      const child = spawn(process.execPath, [CLI, 'partner:create', '--name', 'Patient Line', '--webhook-url', 'https://patient-line.example/hook', '--regions', 'GB'], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: through.toString(), DATABASE_CONNECT_WAIT_MS: '20000' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toMatch(/^lantern cli: PostgreSQL is not answering yet \(the database system is starting up\); trying again in \d+ ms$/);
      expect(JSON.parse(stdout)).toMatchObject({ name: 'Patient Line' });
      expect(await db.dataSource.query(`SELECT regions FROM partners WHERE name = 'Patient Line'`)).toEqual([{ regions: ['GB'] }]);
    } finally {
      front.close();
    }
  });

  it('in production, adds a crisis line only with an https webhook (it carries phone numbers)', async () => {
    const production = (url: string) =>
      spawnSync(process.execPath, [CLI, 'partner:create', '--name', 'Plain Line', '--webhook-url', url, '--regions', 'US'], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: db.url, NODE_ENV: 'production', JWT_SECRET: 'cli-tests-only-secret-0123456789abcdef0123' },
        encoding: 'utf8',
      });
    const plain = production('http://plain-line.example/hook');
    expect(plain.status).toBe(2);
    expect(plain.stderr).toBe("lantern cli: --webhook-url: A crisis line's webhook must be an https address in production: it carries members' phone numbers.\n");
    const secure = production('https://secure-line.example/hook');
    expect(secure.status).toBe(0);
    expect(JSON.parse(secure.stdout)).toMatchObject({ name: 'Plain Line' });
    expect(await db.dataSource.query(`SELECT webhook_url FROM partners WHERE name = 'Plain Line'`)).toEqual([{ webhook_url: 'https://secure-line.example/hook' }]);
  });

  it('changes a role and ends the member’s sessions in one transaction, audited; an erased account is nobody', async () => {
    const created = JSON.parse(cli('user:create', '--role', 'moderator', '--pseudonym', 'Leaving Shift Mod', '--passphrase', 'a shift that ends tonight').stdout) as { id: string };
    const run = cli('user:set-role', '--pseudonym', 'leaving shift mod', '--role', 'member');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toEqual({ id: created.id, pseudonym: 'Leaving Shift Mod', role: 'member', was: 'moderator' });
    const [row] = await db.dataSource.query(`SELECT role, partner_id, tokens_revoked_at > now() - interval '1 minute' AS ended FROM members WHERE id = $1`, [created.id]);
    expect(row).toEqual({ role: 'member', partner_id: null, ended: true });
    const audit = await db.dataSource.query(`SELECT actor_id, actor_role, action, target_type, before, after FROM audit_log WHERE target_id = $1 ORDER BY id`, [created.id]);
    expect(audit).toEqual([
      { actor_id: null, actor_role: 'operator', action: 'member_create', target_type: 'member', before: null, after: { role: 'moderator', partnerId: null } },
      { actor_id: null, actor_role: 'operator', action: 'role_changed', target_type: 'member', before: { role: 'moderator', partnerId: null }, after: { role: 'member', partnerId: null } },
    ]);

    // To a partner's counsellor and back: the organisation goes with the role.
    const partner = JSON.parse(cli('partner:create', '--name', 'Role Line', '--webhook-url', 'http://127.0.0.1:9/hook', '--regions', 'US').stdout) as { id: string };
    expect(cli('user:set-role', '--pseudonym', 'Leaving Shift Mod', '--role', 'partner', '--partner', partner.id).code).toBe(0);
    expect((await db.dataSource.query(`SELECT role, partner_id FROM members WHERE id = $1`, [created.id]))[0]).toEqual({ role: 'partner', partner_id: partner.id });
    expect(cli('user:set-role', '--pseudonym', 'Leaving Shift Mod', '--role', 'member').code).toBe(0);
    expect((await db.dataSource.query(`SELECT role, partner_id FROM members WHERE id = $1`, [created.id]))[0]).toEqual({ role: 'member', partner_id: null });

    await db.dataSource.query(`UPDATE members SET deleted_at = now() WHERE id = $1`, [created.id]);
    const erased = cli('user:set-role', '--pseudonym', 'Leaving Shift Mod', '--role', 'admin');
    expect([erased.code, erased.stderr]).toEqual([2, 'lantern cli: --pseudonym: there is no member "Leaving Shift Mod".\n']);
    expect((await db.dataSource.query(`SELECT role FROM members WHERE id = $1`, [created.id]))[0].role).toBe('member');
  });
});
