import { Injectable } from '@nestjs/common';
import { moderationJobSchema, type ModerationJob, type PartnerDeliveryJob } from '@lantern/contracts';
import type { EntityManager } from 'typeorm';

export const MODERATION_TOPIC = 'moderation.classify';
export const PARTNER_DELIVERY_TOPIC = 'partner.deliver';

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

  /** A partner webhook delivery, sent by the worker once this transaction commits. */
  async recordPartnerDelivery(manager: EntityManager, job: PartnerDeliveryJob): Promise<void> {
    await manager.query(`INSERT INTO outbox_events (topic, payload) VALUES ($1, $2)`, [PARTNER_DELIVERY_TOPIC, job]);
  }

  /**
   * The outbox row as parameters, for a caller that writes content and outbox in one statement
   * (a data-modifying CTE is atomic without a transaction around it).
   */
  moderationRow(job: ModerationJob): [topic: string, payload: string] {
    return [MODERATION_TOPIC, JSON.stringify(moderationJobSchema.parse(job))];
  }
}
