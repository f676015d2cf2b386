import 'reflect-metadata';
import { ConfigError, parseServerEnv } from '@lantern/contracts';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const env = parseServerEnv(process.env);
  const app = await createApiApp(env);
  await app.listen(env.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  // One sentence, no stack trace: a bad config or an unreachable database is an operator
  // problem, not a bug.
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`lantern api could not start: ${message}\n`);
  process.exit(1);
});
