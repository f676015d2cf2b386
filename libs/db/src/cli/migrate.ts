import { runMigrations } from '../data-source';
import { runDatabaseCli } from './run-cli';

runDatabaseCli('migrate', async (dataSource) => {
  const applied = await runMigrations(dataSource);
  return applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date';
});
