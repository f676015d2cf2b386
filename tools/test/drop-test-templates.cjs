// Jest's global teardown: drops the migrated templates its test databases were copied from
// (libs/db/src/testing/test-database.ts builds them), under the same advisory lock, so a run
// leaves no database behind.
const { Client } = require('pg');

const TEMPLATE_LOCK = 0x4c616e74;

module.exports = async () => {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'lantern\\_template\\_%'`);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
};
