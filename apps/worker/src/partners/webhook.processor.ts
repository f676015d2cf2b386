import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  WEBHOOK_HEADERS,
  webhookUrlProblem,
  type EscalationContactUpdatedWebhook,
  type EscalationPayload,
  type EscalationWebhook,
  type EscalationWithdrawnWebhook,
  type HandoffFailedAlert,
  type PartnerDeliveryJob,
  type ServerEnv,
} from '@lantern/contracts';
import { CONTACT_CHANGE_STEPS_SQL, deliveryFailed, holdNamedMembers, openSupportRequest, PhoneCipher, returnedRows, type ContactChangeStep } from '@lantern/db';
import { DUE_MINUTES, SUPPORT_REQUEST_PRIORITY } from '@lantern/moderation';
import type { Job } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { SERVER_ENV } from '../config/worker-config.module';
import { DATA_SOURCE } from '../infra/worker-infra.module';

export type DeliveryOutcome = 'delivered' | 'already-delivered' | 'closed' | 'gone' | 'withdrawal-delivered' | 'contact-update-delivered' | 'held-for-redelivery';

type FailedStep = 'delivery_failed' | 'withdrawal_delivery_failed' | 'contact_update_delivery_failed';
/** The steps a delivery that failed every attempt records. */
const FAILED_STEPS: readonly FailedStep[] = ['delivery_failed', 'withdrawal_delivery_failed', 'contact_update_delivery_failed'];

/**
 * A delivery's step on the hand-off's timeline, and the same in the audit log (the system as
 * actor). A failure is recorded once by its key (`failureKey`): false when it already was.
 */
async function recordStep(
  manager: Pick<EntityManager, 'query'>,
  escalationId: string,
  status: 'delivered' | 'withdrawal_delivered' | 'contact_update_delivered' | FailedStep,
  note: string,
  failure?: string,
): Promise<boolean> {
  const recorded = returnedRows(
    await manager.query(
      `INSERT INTO escalation_events (escalation_id, status, note, failure_key) VALUES ($1, $2, $3, $4)
       ON CONFLICT (failure_key) WHERE failure_key IS NOT NULL DO NOTHING RETURNING id`,
      [escalationId, status, note, failure ?? null],
    ),
  );
  if (recorded.length === 0) return false;
  await manager.query(`INSERT INTO audit_log (actor_id, actor_role, action, target_type, target_id, reason) VALUES (NULL, 'system', $3, 'escalation', $1, $2)`, [
    escalationId,
    note,
    `partner_${status}`,
  ]);
  return true;
}

/** Names one failure of one job (the moment BullMQ failed it): a job an admin retries that fails again is another failure. */
function failureKey(job: Pick<Job, 'id' | 'finishedOn'>): string {
  return `${job.id ?? 'unknown'}@${job.finishedOn ?? 0}`;
}

/** A contact change in a timeline note: the n-th, and what it was as sent (never the number). */
function contactChange(change: ContactChangeStep | null, channel: EscalationContactUpdatedWebhook['channel'], delivery: number): string {
  if (change === 'danger_told') return `someone may be hurting the member ${delivery}`;
  return channel === 'phone' ? `new number ${delivery}` : `messages instead of a call ${delivery}`;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as README shows partners how to verify. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Seeds the advisory-lock key of a case's delivery turn (hashtextextended of its id), apart from any other lock on the same id. */
const CASE_TURN_SEED = 0x4c77;

/**
 * Sends one escalation to its partner as a signed JSON webhook. A non-2xx answer or a timeout
 * throws, so BullMQ retries with backoff; the idempotency key is the escalation id, the same on
 * every retry and re-delivery, so a partner can drop what it already has.
 */
@Injectable()
export class WebhookProcessor {
  private readonly phones: PhoneCipher;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVER_ENV) private readonly env: ServerEnv,
  ) {
    this.phones = new PhoneCipher(env);
  }

  async process(job: Job<PartnerDeliveryJob>): Promise<DeliveryOutcome> {
    if (job.data.event === 'escalation.withdrawn') return this.oneAtATime(job.data.escalationId, () => this.processWithdrawal(job));
    if (job.data.event === 'escalation.contact_updated') return this.processContactUpdate(job);
    return this.oneAtATime(job.data.escalationId, () => this.processCase(job));
  }

  /**
   * The case's own delivery and its withdrawal take turns, on every worker replica (a PostgreSQL
   * advisory lock on the case, held by a transaction of its own while one is sent): a withdrawal
   * never reaches the line while the case is still on its way there, where a line could take the
   * case after the "no" and call someone who withdrew. The case's delivery reads the case inside
   * the turn, so one that comes after a withdrawal finds it closed and sends nothing. A turn is
   * waited for (asked every 100 ms, so no statement waits on it) as long as a delivery can take,
   * WEBHOOK_TIMEOUT_MS, and a little more; past that the job is retried later. The turn's
   * transaction holds nothing but the lock (the delivery's own writes are its own transactions).
   */
  private async oneAtATime(escalationId: string, deliver: () => Promise<DeliveryOutcome>): Promise<DeliveryOutcome> {
    const turn = this.dataSource.createQueryRunner();
    await turn.connect();
    try {
      // A transaction's lock: its end (whatever happens, the connection breaking too) ends the turn.
      await turn.startTransaction();
      try {
        const until = Date.now() + this.env.WEBHOOK_TIMEOUT_MS + 2_000;
        for (;;) {
          const [{ got }]: Array<{ got: boolean }> = await turn.query(`SELECT pg_try_advisory_xact_lock(hashtextextended($1, ${CASE_TURN_SEED})) AS got`, [escalationId]);
          if (got) break;
          if (Date.now() > until) throw new Error('another delivery of this case is still under way; tried again later');
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return await deliver();
      } finally {
        await turn.rollbackTransaction().catch(() => undefined);
      }
    } finally {
      await turn.release();
    }
  }

  private async processCase(job: Job<PartnerDeliveryJob>): Promise<DeliveryOutcome> {
    const { escalationId } = job.data;
    const [row]: Array<{
      id: string;
      basis: EscalationWebhook['basis'];
      status: string;
      payload: EscalationPayload;
      phone_ciphertext: string | null;
      danger_told_at: Date | null;
      created_at: Date;
      webhook_url: string;
      webhook_secret: string;
    }> = await this.dataSource.query(
      `SELECT e.id, e.basis, e.status, e.payload, e.phone_ciphertext, e.danger_told_at, e.created_at, p.webhook_url, p.webhook_secret
         FROM escalations e JOIN partners p ON p.id = e.partner_id WHERE e.id = $1`,
      [escalationId],
    );
    if (!row) return 'gone';
    if (row.status === 'closed') return 'closed';
    const webhook: EscalationWebhook = {
      event: 'escalation.created',
      escalationId: row.id,
      basis: row.basis,
      payload: row.payload,
      phone: row.phone_ciphertext ? this.phones.open(row.phone_ciphertext) : null,
      dangerFromOther: row.danger_told_at !== null,
      createdAt: row.created_at.toISOString(),
    };
    const status = await this.send(row, webhook, row.id);
    return this.dataSource.transaction(async (manager) => {
      const updated = returnedRows<{ id: string }>(await manager.query(`UPDATE escalations SET status = 'delivered', updated_at = now() WHERE id = $1 AND status = 'created' RETURNING id`, [row.id]));
      const note = `delivery ${job.data.delivery}, attempt ${job.attemptsMade + 1}: HTTP ${status}`;
      await recordStep(manager, row.id, 'delivered', note);
      return updated.length > 0 ? 'delivered' : 'already-delivered';
    });
  }

  /**
   * The member withdrew their consent: the partner is told with an event of its own, signed the
   * same way, whose idempotency key (`<escalation id>:withdrawn`) is the same on every retry.
   * Retried as the first delivery is; the case is already closed in Lantern whatever happens.
   */
  private async processWithdrawal(job: Job<PartnerDeliveryJob>): Promise<DeliveryOutcome> {
    const [row]: Array<{ id: string; withdrawn_at: Date | null; webhook_url: string; webhook_secret: string }> = await this.dataSource.query(
      `SELECT e.id, e.withdrawn_at, p.webhook_url, p.webhook_secret FROM escalations e JOIN partners p ON p.id = e.partner_id WHERE e.id = $1`,
      [job.data.escalationId],
    );
    if (!row?.withdrawn_at) return 'gone';
    const webhook: EscalationWithdrawnWebhook = { event: 'escalation.withdrawn', escalationId: row.id, withdrawnAt: row.withdrawn_at.toISOString() };
    const status = await this.send(row, webhook, `${row.id}:withdrawn`);
    const note = `withdrawal, attempt ${job.attemptsMade + 1}: HTTP ${status}`;
    await this.dataSource.transaction(async (manager) => {
      await recordStep(manager, row.id, 'withdrawal_delivered', note);
    });
    return 'withdrawal-delivered';
  }

  /**
   * The member changed how to reach them on an open case (a new number, a call instead of messages,
   * or messages instead of a call), or their words since tell of someone hurting them (`dangerFromOther`):
   * the partner is sent the channel, number and caution current now (a later
   * change sent first is never undone by an older one), signed the same way, with an idempotency key
   * per change (`<escalation id>:contact:<n>`). Nothing is sent once the case is closed, nor once the
   * member is gone (a withdrawal, an erasure deleting the number): there is no one to reach any more;
   * nor for a case the line never got (held for its re-delivery, which carries the change).
   */
  private async processContactUpdate(job: Job<PartnerDeliveryJob>): Promise<DeliveryOutcome> {
    const [row]: Array<{
      id: string;
      status: string;
      channel: EscalationContactUpdatedWebhook['channel'];
      member_id: string | null;
      phone_ciphertext: string | null;
      danger_told_at: Date | null;
      stranded: boolean;
      updated_at: Date | null;
      change: ContactChangeStep | null;
      webhook_url: string;
      webhook_secret: string;
    }> = await this.dataSource.query(
      `SELECT e.id, e.status, e.payload->>'channel' AS channel, e.member_id, e.phone_ciphertext, e.danger_told_at, ${deliveryFailed('e')} AS stranded, p.webhook_url, p.webhook_secret,
              (SELECT max(v.at) FROM escalation_events v WHERE v.escalation_id = e.id AND v.status IN ${CONTACT_CHANGE_STEPS_SQL}) AS updated_at,
              (SELECT v.status FROM escalation_events v WHERE v.escalation_id = e.id AND v.status IN ${CONTACT_CHANGE_STEPS_SQL} ORDER BY v.id OFFSET $2 LIMIT 1) AS change
         FROM escalations e JOIN partners p ON p.id = e.partner_id WHERE e.id = $1`,
      [job.data.escalationId, Math.max(0, job.data.delivery - 1)],
    );
    if (!row) return 'gone';
    const reachable = row.channel === 'phone' ? row.phone_ciphertext !== null : row.member_id !== null;
    if (row.status === 'closed' || !reachable || !row.updated_at) return 'closed';
    // The line never got the case: its delivery failed every attempt, and the moderators and admins
    // were told. There is nothing there to change, and failing this too would only tell the admins
    // again. An admin's re-delivery, or the moderators' new hand-off, sends the case as it is then:
    // this change (the number, the channel, the caution) with it.
    if (row.stranded) return 'held-for-redelivery';
    // The line has not got the case yet (its delivery is in flight or being retried): a change for
    // a case it does not know could be dropped. Retried with backoff until the case is there; the
    // case's own webhook reads the channel and number as they are when sent, so this one then repeats them at worst.
    if (row.status === 'created') throw new Error('the case has not reached the crisis line yet; its new contact follows it');
    const webhook: EscalationContactUpdatedWebhook = {
      event: 'escalation.contact_updated',
      escalationId: row.id,
      channel: row.channel,
      phone: row.channel === 'phone' && row.phone_ciphertext ? this.phones.open(row.phone_ciphertext) : null,
      dangerFromOther: row.danger_told_at !== null,
      updatedAt: row.updated_at.toISOString(),
    };
    const status = await this.send(row, webhook, `${row.id}:contact:${job.data.delivery}`);
    const note = `${contactChange(row.change, webhook.channel, job.data.delivery)}, attempt ${job.attemptsMade + 1}: HTTP ${status}`;
    await this.dataSource.transaction(async (manager) => {
      await recordStep(manager, row.id, 'contact_update_delivered', note);
    });
    return 'contact-update-delivered';
  }

  /** POSTs one signed event; answers the partner's status, or throws (so BullMQ retries) on anything but 2xx. */
  private async send(
    partner: { webhook_url: string; webhook_secret: string },
    webhook: EscalationWebhook | EscalationWithdrawnWebhook | EscalationContactUpdatedWebhook,
    idempotencyKey: string,
  ): Promise<number> {
    // A line added over plain http before the rule (or by hand): nothing it carries goes unencrypted.
    // Retried and then failed as any delivery is, so the member is put back on top of the queue.
    const insecure = webhookUrlProblem(partner.webhook_url, this.env.NODE_ENV);
    if (insecure) throw new Error(insecure);
    const body = JSON.stringify(webhook);
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(partner.webhook_url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Lantern-Webhooks/1',
        [WEBHOOK_HEADERS.signature]: signWebhook(partner.webhook_secret, timestamp, body),
        [WEBHOOK_HEADERS.idempotencyKey]: idempotencyKey,
        [WEBHOOK_HEADERS.event]: webhook.event,
      },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(this.env.WEBHOOK_TIMEOUT_MS),
    });
    // The status is the whole answer: the body is never read (a partner answering with an endless
    // or huge one would hold the delivery and fill the worker's memory), only let go of.
    await response.body?.cancel().catch(() => undefined);
    if (!response.ok) throw new Error(`the partner answered ${response.status}`);
    return response.status;
  }

  /**
   * After the last attempt: on the admins' list and announced to them, and the member back on top
   * of the moderators' queue (they were promised a counsellor who will not come unless a human
   * acts), announced to every moderator. Once per failure (`failureKey`), however often it is
   * asked: by the worker as the job fails, and by its sweep of failed jobs.
   */
  async deadLetter(job: Job<PartnerDeliveryJob>, reason: string): Promise<void> {
    if (job.data.event === 'escalation.withdrawn') return this.followUpDeadLetter(job, reason, 'withdrawal', 'withdrawal_delivery_failed');
    if (job.data.event === 'escalation.contact_updated') return this.followUpDeadLetter(job, reason, `contact change ${job.data.delivery}`, 'contact_update_delivery_failed');
    await this.dataSource.transaction(async (manager) => {
      const note = `after ${job.attemptsMade} attempts: ${reason}`.slice(0, 500);
      const { escalationId } = job.data;
      // The member first: an erasure under way (holding the account, then unlinking the hand-off)
      // finishes, and the hand-off is read with nobody left to open a request for.
      await holdNamedMembers(manager, { sql: `SELECT member_id FROM escalations WHERE id = $1`, parameters: [escalationId] });
      // Then the member's open items, before the case: the moderators' order (item, then case), and
      // the worker's as it tells a case of danger beside a support request; taken the other way
      // round, the two could deadlock.
      await manager.query(
        `SELECT id FROM flags WHERE content_type = 'member' AND content_id = (SELECT member_id FROM escalations WHERE id = $1) AND status <> 'resolved' ORDER BY id FOR UPDATE`,
        [escalationId],
      );
      if (!(await recordStep(manager, escalationId, 'delivery_failed', note, failureKey(job)))) return;
      const [escalation]: Array<{ member_id: string | null; status: string; partner: string }> = await manager.query(
        `SELECT e.member_id, e.status, p.name AS partner FROM escalations e JOIN partners p ON p.id = e.partner_id WHERE e.id = $1 FOR UPDATE OF e`,
        [escalationId],
      );
      // Only while nothing reached the partner: a re-delivery that failed after an earlier one got through changes nothing for the member.
      const stranded = escalation?.status === 'created' && escalation.member_id !== null;
      const flag = stranded
        ? await openSupportRequest(manager, {
            memberId: escalation.member_id as string,
            reason: 'partner_delivery_failed',
            priority: SUPPORT_REQUEST_PRIORITY,
            due: new Date(Date.now() + DUE_MINUTES.imminent * 60_000),
          })
        : undefined;
      const alert: HandoffFailedAlert = { kind: 'delivery_failed', escalationId, flagId: flag?.flagId ?? null, partner: escalation?.partner ?? null };
      await manager.query(`SELECT pg_notify('lantern_admin', $1)`, [JSON.stringify(alert)]);
    });
  }

  /**
   * A withdrawal or a new number the partner never received: the case is closed in Lantern, or its
   * portal shows the new number, but the line's own system may still hold the old state (and a
   * counsellor may call a number that cannot reach the member). On its timeline and the admins'
   * list, and announced to them, so someone can phone the line.
   */
  private async followUpDeadLetter(
    job: Job<PartnerDeliveryJob>,
    reason: string,
    what: string,
    step: 'withdrawal_delivery_failed' | 'contact_update_delivery_failed',
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const note = `${what}, after ${job.attemptsMade} attempts: ${reason}`.slice(0, 500);
      const { escalationId } = job.data;
      if (!(await recordStep(manager, escalationId, step, note, failureKey(job)))) return;
      const [escalation]: Array<{ partner: string }> = await manager.query(`SELECT p.name AS partner FROM escalations e JOIN partners p ON p.id = e.partner_id WHERE e.id = $1`, [escalationId]);
      const alert: HandoffFailedAlert = { kind: 'delivery_failed', escalationId, flagId: null, partner: escalation?.partner ?? null };
      await manager.query(`SELECT pg_notify('lantern_admin', $1)`, [JSON.stringify(alert)]);
    });
  }

  /**
   * Whether this failure was recorded before failures had keys (by the worker that ran it, at or
   * after the moment it failed): the sweep then leaves it alone rather than tell everyone again.
   */
  async recordedWithoutKey(job: Job<PartnerDeliveryJob>): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM escalation_events WHERE escalation_id = $1 AND failure_key IS NULL AND status = ANY($2) AND at >= to_timestamp($3 / 1000.0) LIMIT 1`,
      [job.data.escalationId, FAILED_STEPS, job.finishedOn ?? 0],
    );
    return rows.length > 0;
  }
}
