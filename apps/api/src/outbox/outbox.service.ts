import { Injectable } from '@nestjs/common';
import { moderationJobSchema, type ModerationJob } from '@lantern/contracts';
import type { EntityManager } from 'typeorm';

export const MODERATION_TOPIC = 'moderation.classify';

/**
 * Writes the outbox row inside the caller's transaction, so content and its moderation job
 * commit together or not at all.
 */
@Injectable()
export class OutboxService {
  async recordModeration(manager: EntityManager, job: ModerationJob): Promise<void> {
    const payload = moderationJobSchema.parse(job);
    await manager.query(`INSERT INTO outbox_events (topic, payload) VALUES ($1, $2)`, [MODERATION_TOPIC, payload]);
  }

  /**
   * The outbox row as parameters, for a caller that writes content and outbox in one statement
   * (a data-modifying CTE is atomic without a transaction around it).
   */
  moderationRow(job: ModerationJob): [topic: string, payload: string] {
    return [MODERATION_TOPIC, JSON.stringify(moderationJobSchema.parse(job))];
  }
}
