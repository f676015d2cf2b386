import { seedDemoData } from '../seed/demo-seed';
import { runDatabaseCli } from './run-cli';

runDatabaseCli('seed', async (dataSource) => {
  const summary = await seedDemoData(dataSource);
  return `seed: ${summary.categoriesCreated} categories and ${summary.threadsCreated} demo threads created`;
});
