import { Client, type Notification } from 'pg';
import { createTestDatabase, type TestDatabase } from './testing';
import { createGenericPlanPool, createReadPool, pingDatabase, preparedRows, returnedRows } from './data-source';
import { MIGRATIONS } from './migrations';
import { seedDemoData } from './seed/demo-seed';
import { DEMO_THREADS } from './seed/demo-threads';

describe('database foundation (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('dbfoundation');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('migrates a fresh database and records the migration', async () => {
    const rows: Array<{ name: string }> = await db.dataSource.query('SELECT name FROM migrations');
    expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((Migration) => new Migration().name));
    expect(rows[0].name).toBe('Foundation1763769600000');
    expect(await pingDatabase(db.dataSource)).toBe(true);
  });

  it('seeds idempotently', async () => {
    expect(await seedDemoData(db.dataSource)).toEqual({ categoriesCreated: 8, threadsCreated: DEMO_THREADS.length });
    expect(DEMO_THREADS.length).toBeGreaterThanOrEqual(16);
    expect(await seedDemoData(db.dataSource)).toEqual({ categoriesCreated: 0, threadsCreated: 0 });
    const [{ count }] = await db.dataSource.query('SELECT count(*)::int AS count FROM threads');
    expect(count).toBe(DEMO_THREADS.length);
    const perCategory: Array<{ n: number }> = await db.dataSource.query('SELECT count(t.id)::int AS n FROM categories c LEFT JOIN threads t ON t.category_id = c.id GROUP BY c.id');
    expect(perCategory.every((row) => row.n >= 2)).toBe(true);
  });

  it('runs a named prepared statement with new values each time, planned once per connection', async () => {
    const sql = 'SELECT $1::int * 2 AS doubled';
    expect(await preparedRows(db.dataSource, 'spec.double', sql, [21])).toEqual([{ doubled: 42 }]);
    expect(await preparedRows(db.dataSource, 'spec.double', sql, [5])).toEqual([{ doubled: 10 }]);
    // The statement stays prepared on the pool's connection: the server lists it by name.
    const prepared = await preparedRows<{ name: string }>(db.dataSource, 'spec.prepared', 'SELECT name FROM pg_prepared_statements ORDER BY name', []);
    expect(prepared.map((row) => row.name)).toContain('spec.prepared');
    await expect(preparedRows(db.dataSource, 'spec.bad', 'SELECT 1/$1::int', [0])).rejects.toMatchObject({ code: '22012' });
  });

  it('plans a batch statement once on a generic-plan pool, from its first call', async () => {
    // Elsewhere PostgreSQL plans the first five calls afresh, and with an array parameter (a batch) every call after.
    const sql = `SELECT count(*)::int AS n FROM unnest($1::text[]) AS item JOIN members m ON m.pseudonym = item`;
    const batches = [['a', 'b'], ['c'], ['d', 'e', 'f'], ['g'], ['h', 'i'], ['j'], ['k', 'l']];
    const pool = createGenericPlanPool({ url: db.url, poolSize: 1, applicationName: 'lantern-spec' });
    try {
      for (const batch of batches) expect(await preparedRows(pool, 'spec.batch', sql, [batch])).toEqual([{ n: 0 }]);
      // One connection, so every call met the same session; not one was planned afresh.
      const plans = await preparedRows(pool, 'spec.plans', `SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = 'spec.batch'`, []);
      expect(plans).toEqual([{ generic_plans: String(batches.length), custom_plans: '0' }]);
    } finally {
      await pool.end();
    }
  });

  it('replaces a generic-plan connection after its lifetime, so its plans are made again', async () => {
    const pool = createGenericPlanPool({ url: db.url, poolSize: 1, lifetimeSeconds: 1 });
    try {
      const backend = async () => (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      const first = await backend();
      expect(await backend()).toBe(first);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await backend()).not.toBe(first);
    } finally {
      await pool.end();
    }
  });

  it('still answers when a migration changes a table under a prepared statement', async () => {
    await db.dataSource.query(`CREATE TABLE spec_notes (id int PRIMARY KEY, body text)`);
    await db.dataSource.query(`INSERT INTO spec_notes VALUES (1, 'hello')`);
    // Prepare it on every connection of the pool, so the next call meets a stale plan for sure.
    const read = () => preparedRows<{ id: number }>(db.dataSource, 'spec.notes', 'SELECT * FROM spec_notes', []);
    await Promise.all(Array.from({ length: 12 }, read));
    await db.dataSource.query(`ALTER TABLE spec_notes ADD COLUMN mood text DEFAULT 'calm'`);
    const rows = await Promise.all(Array.from({ length: 12 }, read));
    for (const answer of rows) expect(answer).toEqual([{ id: 1, body: 'hello', mood: 'calm' }]);
  });

  it('keeps pseudonyms unique ignoring case', async () => {
    await db.dataSource.query(`INSERT INTO members (pseudonym) VALUES ('Quiet Otter 42')`);
    await expect(db.dataSource.query(`INSERT INTO members (pseudonym) VALUES ('quiet otter 42')`)).rejects.toThrow(/duplicate key/);
  });

  it('commits an outbox row without NOTIFY, which would queue every content commit behind one database-wide lock', async () => {
    const listener = new Client({ connectionString: db.url });
    await listener.connect();
    const received: Notification[] = [];
    listener.on('notification', (notification) => received.push(notification));
    try {
      await listener.query('LISTEN lantern_outbox');
      await db.dataSource.query(`INSERT INTO outbox_events (topic, payload) VALUES ('moderation.classify', '{}')`);
      // A round trip on the listener's own connection delivers anything already queued for it.
      await listener.query('SELECT 1');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toEqual([]);
      const triggers: unknown[] = await db.dataSource.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'outbox_events'::regclass AND NOT tgisinternal`);
      expect(triggers).toEqual([]);
    } finally {
      await listener.end();
    }
  });

  it('ends a member’s sessions and audits the change whenever their role or partner organisation changes, by any statement', async () => {
    const [partner] = await db.dataSource.query(`INSERT INTO partners (name, regions, webhook_url, webhook_secret) VALUES ('Trigger Line', '{GB}', 'http://127.0.0.1:9/hook', 's') RETURNING id`);
    const [member] = await db.dataSource.query(`INSERT INTO members (pseudonym, role) VALUES ('Trigger Heron', 'moderator') RETURNING id`);
    const revokedAt = async (): Promise<Date | null> => (await db.dataSource.query(`SELECT tokens_revoked_at FROM members WHERE id = $1`, [member.id]))[0].tokens_revoked_at;
    const listener = new Client({ connectionString: db.url });
    await listener.connect();
    const heard: Array<{ memberId: string; at: number }> = [];
    listener.on('notification', (notification) => heard.push(JSON.parse(notification.payload ?? '{}')));
    const settle = async () => {
      await listener.query('SELECT 1');
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    try {
      await listener.query('LISTEN lantern_sessions_ended');
      // Statements that leave role and organisation as they were end nothing.
      await db.dataSource.query(`UPDATE members SET role = 'moderator', region = 'GB' WHERE id = $1`, [member.id]);
      await settle();
      expect([await revokedAt(), heard]).toEqual([null, []]);

      // A demotion typed by hand, naming only the role.
      const before = Date.now();
      await db.dataSource.query(`UPDATE members SET role = 'member' WHERE id = $1`, [member.id]);
      await settle();
      const demoted = await revokedAt();
      expect(demoted?.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(heard).toEqual([{ memberId: member.id, at: demoted?.getTime() }]);

      // Moved to a partner organisation: ended again, later.
      await db.dataSource.query(`UPDATE members SET role = 'partner', partner_id = $2 WHERE id = $1`, [member.id, partner.id]);
      await settle();
      const moved = await revokedAt();
      expect(moved!.getTime()).toBeGreaterThan(demoted!.getTime());
      expect(heard.map((entry) => entry.at)).toEqual([demoted?.getTime(), moved?.getTime()]);

      // A statement that names its own, later ending keeps it; an earlier one does not undo the change's.
      await db.dataSource.query(`UPDATE members SET partner_id = NULL, role = 'member', tokens_revoked_at = now() + interval '1 minute' WHERE id = $1`, [member.id]);
      const named = await revokedAt();
      expect(named!.getTime()).toBeGreaterThan(Date.now() + 30_000);
      await db.dataSource.query(`UPDATE members SET role = 'admin', tokens_revoked_at = now() - interval '1 day' WHERE id = $1`, [member.id]);
      const later = await revokedAt();
      expect(later!.getTime()).toBeGreaterThanOrEqual(before);
      expect(later!.getTime()).toBeLessThan(named!.getTime());

      // Each change is in the audit log, by the operator; the statement that changed nothing is not.
      const audit = await db.dataSource.query(`SELECT actor_id, actor_role, action, target_type, before, after FROM audit_log WHERE target_id = $1 ORDER BY id`, [member.id]);
      const change = (from: [string, string | null], to: [string, string | null]) => ({
        actor_id: null,
        actor_role: 'operator',
        action: 'role_changed',
        target_type: 'member',
        before: { role: from[0], partnerId: from[1] },
        after: { role: to[0], partnerId: to[1] },
      });
      expect(audit).toEqual([
        change(['moderator', null], ['member', null]),
        change(['member', null], ['partner', partner.id]),
        change(['partner', partner.id], ['member', null]),
        change(['member', null], ['admin', null]),
      ]);
    } finally {
      await listener.end();
    }
  });

  it('undoes the role-change trigger and applies it again', async () => {
    const runner = db.dataSource.createQueryRunner();
    const migration = MIGRATIONS.map((Migration) => new Migration()).find((each) => each.name === 'RoleChangeEndsSessions1764690000000');
    const triggers = async () =>
      ((await db.dataSource.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'members'::regclass AND NOT tgisinternal ORDER BY tgname`)) as Array<{ tgname: string }>).map((row) => row.tgname);
    try {
      await migration!.down(runner);
      expect(await triggers()).toEqual(['members_role_change_leaves_rooms', 'members_sessions_ended_notify']);
      const audited = async () => (await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'role_changed'`))[0].n;
      const auditedBefore = await audited();
      const [member] = await db.dataSource.query(`INSERT INTO members (pseudonym, role) VALUES ('Undone Trigger Wren', 'moderator') RETURNING id`);
      await db.dataSource.query(`UPDATE members SET role = 'member' WHERE id = $1`, [member.id]);
      expect((await db.dataSource.query(`SELECT tokens_revoked_at FROM members WHERE id = $1`, [member.id]))[0].tokens_revoked_at).toBeNull();
      expect(await audited()).toBe(auditedBefore);
    } finally {
      await migration!.up(runner);
      await runner.release();
    }
    expect(await triggers()).toEqual(['members_role_change_ends_sessions', 'members_role_change_leaves_rooms', 'members_role_changed_audit', 'members_sessions_ended_notify']);
  });

  it('reads who replaced each former name already kept from the audit log, and makes every new one say', async () => {
    const runner = db.dataSource.createQueryRunner();
    const migration = MIGRATIONS.map((Migration) => new Migration()).find((each) => each.name === 'FormerPseudonymsReplacedBy1764800000000');
    const [member] = await db.dataSource.query(`INSERT INTO members (pseudonym, role) VALUES ('Renamed Twice Dipper', 'member') RETURNING id`);
    try {
      await migration!.down(runner);
      // A moderator's new name: its row and its audit entry at one instant (one transaction). The member's own change: no entry.
      const byModerator = new Date('2026-12-01T10:00:00.123Z');
      await db.dataSource.query(`INSERT INTO former_pseudonyms (name_hash, member_id, replaced_at) VALUES ('hash-by-moderator', $1, $2), ('hash-by-member', $1, $3)`, [
        member.id,
        byModerator,
        new Date('2026-12-02T10:00:00Z'),
      ]);
      await db.dataSource.query(`INSERT INTO audit_log (actor_role, action, target_type, target_id, created_at) VALUES ('moderator', 'new_name', 'member', $1, $2)`, [member.id, byModerator]);
    } finally {
      await migration!.up(runner);
      await runner.release();
    }
    const rows = await db.dataSource.query(`SELECT name_hash, replaced_by FROM former_pseudonyms WHERE member_id = $1 ORDER BY name_hash`, [member.id]);
    expect(rows).toEqual([
      { name_hash: 'hash-by-member', replaced_by: 'member' },
      { name_hash: 'hash-by-moderator', replaced_by: 'moderator' },
    ]);
    await expect(db.dataSource.query(`INSERT INTO former_pseudonyms (name_hash, member_id) VALUES ('hash-unsaid', $1)`, [member.id])).rejects.toThrow(/replaced_by/);
  });

  it("reads members' own recent name changes from the names they left, and only those", async () => {
    const runner = db.dataSource.createQueryRunner();
    const migration = MIGRATIONS.map((Migration) => new Migration()).find((each) => each.name === 'NameChanges1764810000000');
    const [member] = await db.dataSource.query(`INSERT INTO members (pseudonym, role) VALUES ('Changed Often Wren', 'member') RETURNING id`);
    const [quiet] = await db.dataSource.query(`INSERT INTO members (pseudonym, role) VALUES ('Never Changed Wren', 'member') RETURNING id`);
    const day = 86_400_000;
    const recent = [new Date(Date.now() - 20 * day), new Date(Date.now() - 2 * day)];
    try {
      await migration!.down(runner);
      await db.dataSource.query(
        `INSERT INTO former_pseudonyms (name_hash, member_id, replaced_at, replaced_by) VALUES
           ('wren-recent-2', $1, $3, 'member'), ('wren-recent-1', $1, $2, 'member'),
           ('wren-long-ago', $1, $4, 'member'), ('wren-by-moderator', $1, $5, 'moderator')`,
        [member.id, recent[0], recent[1], new Date(Date.now() - 45 * day), new Date(Date.now() - day)],
      );
    } finally {
      await migration!.up(runner);
      await runner.release();
    }
    const read = async (id: string) => (await db.dataSource.query(`SELECT name_changed_at FROM members WHERE id = $1`, [id]))[0].name_changed_at as Date[];
    expect((await read(member.id)).map((at) => at.getTime())).toEqual(recent.map((at) => at.getTime()));
    expect(await read(quiet.id)).toEqual([]);
  });

  it('opens read-replica sessions read-only, so a write sent there by mistake is refused', async () => {
    const pool = createReadPool({ url: db.url, poolSize: 1, applicationName: 'lantern-read-test' });
    try {
      expect(await preparedRows(pool, 'test.categories', 'SELECT count(*)::int AS n FROM categories', [])).toEqual([{ n: expect.any(Number) }]);
      await expect(pool.query(`INSERT INTO members (pseudonym) VALUES ('Replica Writer')`)).rejects.toMatchObject({ code: '25006' });
      expect(await db.dataSource.query(`SELECT 1 FROM members WHERE pseudonym = 'Replica Writer'`)).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('reads the rows of UPDATE … RETURNING, which TypeORM wraps with the affected count', async () => {
    await db.dataSource.query(`INSERT INTO members (pseudonym) VALUES ('Returning Fox')`);
    const raw: unknown = await db.dataSource.query(`UPDATE members SET region = 'GB' WHERE pseudonym = 'Returning Fox' RETURNING region`);
    expect(returnedRows(raw)).toEqual([{ region: 'GB' }]);
    expect(returnedRows(await db.dataSource.query(`UPDATE members SET region = 'GB' WHERE pseudonym = 'nobody' RETURNING region`))).toEqual([]);
    expect(returnedRows(await db.dataSource.query(`SELECT 1 AS one`))).toEqual([{ one: 1 }]);
  });

  it('stores no personal data columns', async () => {
    const columns: Array<{ column_name: string }> = await db.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const names = columns.map((column) => column.column_name);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(name).not.toMatch(/e_?mail|^ip|ip_address|user_?agent|fingerprint/i);
  });

  it('drops the database afterwards', async () => {
    const other = await createTestDatabase('droptest');
    await other.drop();
    const rows = await db.dataSource.query('SELECT 1 FROM pg_database WHERE datname = $1', [other.name]);
    expect(rows).toHaveLength(0);
  });
});
