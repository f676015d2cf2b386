import { databaseConnectionLost } from '@lantern/db';
import { DelayedError, type Job, type Processor } from 'bullmq';

/** How long a job waits before it tries the database again, give or take a quarter (so a queue of them does not all come back at once). */
const DATABASE_WAIT_MS = 3_000;

/**
 * A job that fails because its connection to the database failed is not at fault: it goes back to wait
 * (delayed, DATABASE_WAIT_MS) without spending one of its attempts, however long the outage. Spent,
 * a PostgreSQL failover of more than a quarter of a minute used to exhaust a classification's
 * attempts and leave the post never read, a writer in crisis never offered help; a partner
 * delivery's, and leave a member waiting on a hand-off. Anything else (a statement that ran too
 * long included: it may be the job's own) fails the attempt as before.
 */
export function waitingOutDatabase<T, R>(process: (job: Job<T>) => Promise<R>): Processor<T, R> {
  return async (job, token) => {
    try {
      return await process(job);
    } catch (error) {
      if (!token || !databaseConnectionLost(error)) throw error;
      await job.moveToDelayed(Date.now() + DATABASE_WAIT_MS * (0.75 + Math.random() / 2), token);
      throw new DelayedError();
    }
  };
}
