import { Client } from 'pg';
import { LAZY_COMMIT, LAZY_COMMIT_FROM_ITEM } from './lazy-commit';
import { createTestDatabase, type TestDatabase } from './testing';

describe('lazy commits (real PostgreSQL)', () => {
  let db: TestDatabase;
  let client: Client;
  const setting = async () => (await client.query<{ value: string }>(`SELECT current_setting('synchronous_commit') AS value`)).rows[0].value;
  const stored = async () => (await client.query<{ v: number }>('SELECT v FROM lazy_spec ORDER BY v')).rows.map((row) => row.v);

  beforeAll(async () => {
    db = await createTestDatabase('lazycommit');
    client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query('CREATE TABLE lazy_spec (v int PRIMARY KEY)');
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });
  beforeEach(() => client.query('TRUNCATE lazy_spec'));

  it('turns durable commits off for the statement that carries the FROM item, and for nothing after it', async () => {
    expect(await setting()).toBe('on');
    await client.query('BEGIN');
    await client.query(`INSERT INTO lazy_spec (v) SELECT v FROM unnest($1::int[]) AS r(v), ${LAZY_COMMIT_FROM_ITEM}`, [[1, 2]]);
    // The subquery ran: the transaction will commit without waiting for the flush.
    expect(await setting()).toBe('off');
    await client.query('COMMIT');
    expect(await setting()).toBe('on');
    // A parameterised statement on its own (its own implicit transaction, as the worker sends it).
    await client.query(`INSERT INTO lazy_spec (v) SELECT v FROM unnest($1::int[]) AS r(v), ${LAZY_COMMIT_FROM_ITEM}`, [[3]]);
    expect(await setting()).toBe('on');
    expect(await stored()).toEqual([1, 2, 3]);
    // Nothing to insert: nothing inserted, and still nothing changed for the session.
    await client.query(`INSERT INTO lazy_spec (v) SELECT v FROM unnest($1::int[]) AS r(v), ${LAZY_COMMIT_FROM_ITEM}`, [[]]);
    expect(await stored()).toEqual([1, 2, 3]);
    expect(await setting()).toBe('on');
  });

  it('turns them off for the transaction that opens with the SET, until it ends either way', async () => {
    await client.query(`BEGIN; ${LAZY_COMMIT}; INSERT INTO lazy_spec VALUES (7)`);
    expect(await setting()).toBe('off');
    await client.query('COMMIT');
    expect(await setting()).toBe('on');
    await client.query(`BEGIN; ${LAZY_COMMIT}; INSERT INTO lazy_spec VALUES (8)`);
    await client.query('ROLLBACK');
    expect(await setting()).toBe('on');
    expect(await stored()).toEqual([7]);
  });
});
