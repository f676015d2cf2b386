import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, parseServerEnv } from '@lantern/contracts';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker is a Nest application context (no HTTP); scale by running more of them. */
async function main(): Promise<void> {
  const env = parseServerEnv(process.env);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { bufferLogs: true, abortOnError: false, logger: false });
  app.useLogger(app.get(Logger));
  await app.init();
  // Nest's own shutdown hooks re-raise the signal after closing, so the process would end "killed
  // by SIGTERM"; an orchestrator should see a clean exit once jobs in flight are finished.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`lantern worker did not stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`lantern worker could not start: ${message}\n`);
  process.exit(1);
});
