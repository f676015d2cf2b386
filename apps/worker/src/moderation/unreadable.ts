import { moderationBatchJobSchema, moderationJobSchema, type ModerationJob, type ModerationQueueJob } from '@lantern/contracts';
import { openFlagFor } from '@lantern/db';
import { DUE_MINUTES, UNREADABLE_PRIORITY } from '@lantern/moderation';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { lockCurrentVersion } from './current-version';

/**
 * A classification that failed every attempt leaves words nothing has read, perhaps someone in
 * crisis. Each content version it carried that is still current and still unread gets its review
 * item (found open, or opened), at least as urgent as UNREADABLE_PRIORITY, with an `unreadable`
 * signal: a person reads it, once (words sent there before are not sent again, even once their
 * item is resolved). Returns how many it sent there. Other jobs (a report's note, words
 * a member could not post) are the dead-letter list's alone.
 */
export async function sendUnreadToPeople(dataSource: DataSource, job: Job<ModerationQueueJob>): Promise<number> {
  let sent = 0;
  for (const item of carried(job)) if (await openUnreadableItem(dataSource, item)) sent += 1;
  return sent;
}

/** The content versions a classification job carries (none for a payload it cannot read, or another kind of job). */
function carried(job: Job<ModerationQueueJob>): ModerationJob[] {
  if (job.name === 'classify') {
    const single = moderationJobSchema.safeParse(job.data);
    return single.success ? [single.data] : [];
  }
  if (job.name === 'classify-batch') {
    const batch = moderationBatchJobSchema.safeParse(job.data);
    return batch.success ? batch.data.items : [];
  }
  return [];
}

async function openUnreadableItem(dataSource: DataSource, item: ModerationJob): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Gone, or edited since (the new version has a job of its own), or read after all.
    const current = await lockCurrentVersion(manager, item);
    if (typeof current === 'string') return false;
    const read: unknown[] = await manager.query(`SELECT 1 FROM moderation_results WHERE content_type = $1 AND content_id = $2 AND version = $3`, [item.contentType, item.contentId, item.version]);
    if (read.length > 0) return false;
    // Sent to a person already (by the failed event, or a sweep): that item stands, open or resolved.
    const sent: unknown[] = await manager.query(
      `SELECT 1 FROM flags f JOIN flag_signals s ON s.flag_id = f.id WHERE f.content_type = $1 AND f.content_id = $2 AND s.source = 'unreadable' AND s.content_version = $3`,
      [item.contentType, item.contentId, item.version],
    );
    if (sent.length > 0) return false;
    const { authorId } = current;
    const due = new Date(Date.now() + DUE_MINUTES.high * 60_000);
    const { flagId, created } = await openFlagFor(
      manager,
      { type: item.contentType, id: item.contentId },
      {
        sql: `INSERT INTO flags (content_type, content_id, author_id, kind, priority, risk, due_at) VALUES ($1, $2, $3, 'report', $4, 'none', $5)
              ON CONFLICT (content_type, content_id) WHERE status <> 'resolved' DO NOTHING RETURNING id`,
        parameters: [item.contentType, item.contentId, authorId, UNREADABLE_PRIORITY, due],
      },
    );
    if (!created) {
      await manager.query(`UPDATE flags SET priority = GREATEST(priority, $2), due_at = LEAST(due_at, $3), version = version + 1, updated_at = now() WHERE id = $1`, [flagId, UNREADABLE_PRIORITY, due]);
    }
    await manager.query(`INSERT INTO flag_signals (flag_id, source, content_version) VALUES ($1, 'unreadable', $2)`, [flagId, item.version]);
    return true;
  });
}
