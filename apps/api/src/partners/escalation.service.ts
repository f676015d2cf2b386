import { randomBytes } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { clipText, LANGUAGE_TAG, normaliseRegionCode, webhookUrlProblem } from '@lantern/contracts';
import type {
  AdminEscalation,
  CreatePartnerRequest,
  Escalation,
  EscalationBasis,
  EscalationPayload,
  Handoff,
  OutreachChannel,
  OutreachProgress,
  OutreachRequest,
  OutreachStatus,
  PartnerSummary,
  PartnerUpdate,
} from '@lantern/contracts';
import { deliveryFailed, memberInDanger, PhoneCipher, recordContactStep, returnedRows } from '@lantern/db';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { holdLiveAccount } from '../auth/sanctions';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { ASKED_AGAIN_WITHIN_SECONDS, CrisisService } from '../crisis/crisis.service';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { ContentEvents, type PrivateRoomLeft, type PrivateRoomReady } from '../moderation/content-events';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { RateLimitService, type RatePolicy } from '../rate-limit/rate-limit.service';
import { OutboxService } from '../outbox/outbox.service';

interface EscalationRow {
  id: string;
  partner_id: string;
  basis: EscalationBasis;
  status: Escalation['status'];
  payload: EscalationPayload;
  outcome: string | null;
  room_slug: string | null;
  created_at: Date;
  delivery_failed: boolean;
  withdrawn_at: Date | null;
  danger_told_at: Date | null;
}

/** What only the partner reads of an escalation: its number to call. */
type EscalationWithoutPhone = Omit<Escalation, 'phone'>;

/** The audit action for a counsellor shown a member's number. */
const PHONE_READ = 'escalation_phone_read';

export interface EscalateInput {
  flag: { id: string; risk: string; authorId: string | null; contentType: string };
  partnerId: string;
  basis?: EscalationBasis;
  reason?: string;
  excerpt?: string;
}

/** Statuses a partner may move to, from each status: forward only. */
const NEXT: Record<Escalation['status'], ReadonlyArray<Escalation['status']>> = {
  created: ['acknowledged', 'in_contact', 'closed'],
  delivered: ['acknowledged', 'in_contact', 'closed'],
  acknowledged: ['in_contact', 'closed'],
  in_contact: ['closed'],
  closed: [],
};

/**
 * Hand-offs to crisis-line partners. A case goes out only with the member's consent (their
 * outreach request) or, without it, on a moderator's recorded judgement of imminent risk with a
 * written reason. The payload is the minimum: risk, region, language, the excerpt the moderator
 * chose, and the channel. Delivery is a signed webhook sent by the worker, through the outbox.
 */
@Injectable()
export class EscalationService {
  private readonly phones: PhoneCipher;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVER_ENV) env: ServerEnv,
    private readonly crisis: CrisisService,
    private readonly outbox: OutboxService,
    private readonly relay: OutboxRelayService,
    private readonly audit: AuditService,
    private readonly events: ContentEvents,
    private readonly limits: RateLimitService,
  ) {
    this.phones = new PhoneCipher(env);
    this.nodeEnv = env.NODE_ENV;
  }

  /**
   * Changes of how to reach them (a number, the channel) sent to a crisis line that has the
   * member's case: enough to mend a mistyped number several times over, too few to flood the line
   * with signed webhooks.
   */
  private readonly contactChanges: RatePolicy = {
    name: 'outreach-contact-changes',
    points: 10,
    durationSeconds: 3600,
    message:
      'This change was not passed on: the crisis line has had many changes of how to reach you in a short time, and keeps the one you gave before. If you need to talk now, the lines above are open.',
  };

  private readonly nodeEnv: string;

  /**
   * "I'd like a crisis counsellor to contact me": consent, the channel, and a moderator on top of the queue.
   * While a counsellor's line already has the member's case (not closed), asking again starts no
   * second one: the answer is that case (`created: false`), so the member keeps its private room.
   * A change of how to reach them is the exception a crisis line needs: a different number for a
   * phone case, or the other channel (a call instead of messages, or messages instead of a call, the
   * number then erased). The case takes it, and the line is sent it (a signed
   * `escalation.contact_updated`), or the counsellor would call a number that cannot reach the member,
   * or call someone who can no longer talk. Before a hand-off, the new request replaces the unused one,
   * as always; a change is audited either way (never the number itself).
   */
  async requestOutreach(
    member: AuditActor,
    input: OutreachRequest,
  ): Promise<{ outreachId: string; flagId: string; created: boolean; phoneUpdated: boolean; channelUpdated: boolean }> {
    let told = false;
    let ready: PrivateRoomReady | undefined;
    const answer = await this.dataSource.transaction(async (manager) => {
      // In the withdrawal's lock order (member, review items, request, hand-off), and read only once
      // they are held: read before, a moderator's hand-off committing meanwhile went unseen, and the
      // new number went to a request nobody would act on while the line called the old one.
      await holdLiveAccount(manager, member.id);
      await this.holdOutreachItems(manager, member.id);
      const [open]: OpenCase[] = await manager.query(
        `SELECT o.id, COALESCE(o.flag_id, e.flag_id) AS flag_id, e.id AS escalation_id, e.status, e.payload->>'channel' AS channel, e.phone_ciphertext, e.room_slug
           FROM outreach_requests o JOIN escalations e ON e.id = o.escalation_id
          WHERE o.member_id = $1 AND e.status <> 'closed' AND COALESCE(o.flag_id, e.flag_id) IS NOT NULL ORDER BY o.created_at DESC LIMIT 1 FOR UPDATE OF o, e`,
        [member.id],
      );
      // A call to a phone someone else may answer is not offered while the member's words tell of
      // someone hurting or threatening them; a number already given may still be changed, and a
      // case may still move to the private chat.
      if (input.channel === 'phone' && open?.channel !== 'phone') await this.refusePhoneInDanger(manager, member.id, 'member');
      if (open) {
        const channelUpdated = open.channel !== input.channel;
        const phoneUpdated = !channelUpdated && open.channel === 'phone' && !this.samePhone(open.phone_ciphertext, input.phone);
        if (phoneUpdated || channelUpdated) await this.limits.consume(this.contactChanges, `member:${member.id}`);
        if (phoneUpdated && input.phone) {
          await manager.query(`UPDATE escalations SET phone_ciphertext = $2, updated_at = now() WHERE id = $1`, [open.escalation_id, this.phones.seal(input.phone)]);
          const changes = await recordContactStep(manager, open.escalation_id, 'contact_updated', 'The member gave a new number to call.');
          await this.audit.record(manager, member, {
            action: 'outreach_contact_updated',
            targetType: 'escalation',
            targetId: open.escalation_id,
            before: { progress: open.status, channel: 'phone' },
            after: { phoneChanged: true, partnerTold: true },
          });
          // Each change is its own delivery (and idempotency key); each carries the number current when it is sent.
          await this.outbox.recordPartnerDelivery(manager, { escalationId: open.escalation_id, delivery: changes, event: 'escalation.contact_updated' });
          told = true;
        }
        if (channelUpdated) {
          ready = await this.switchCaseChannel(manager, member, open, input);
          told = true;
        }
        return { outreachId: open.id, flagId: open.flag_id, created: false, phoneUpdated, channelUpdated };
      }
      // The same request asked again within the minute (a second tab, a button pressed over and
      // over, a script) while its item is open: it is already on top of the queue, so nothing is
      // written and the moderators' consoles are not told again (each change of the item reaches
      // every moderator live). Its item was held above, so one being resolved now is waited for,
      // found resolved, and the request heard afresh. A new channel or number is always heard.
      const [same]: Array<{ id: string; flag_id: string; channel: OutreachChannel; phone_ciphertext: string | null }> = await manager.query(
        `SELECT o.id, o.flag_id, o.channel, o.phone_ciphertext FROM outreach_requests o JOIN flags f ON f.id = o.flag_id
          WHERE o.member_id = $1 AND o.escalation_id IS NULL AND o.withdrawn_at IS NULL AND f.status <> 'resolved'
            AND o.created_at > now() - make_interval(secs => $2)
          ORDER BY o.created_at DESC LIMIT 1`,
        [member.id, ASKED_AGAIN_WITHIN_SECONDS],
      );
      if (same && same.channel === input.channel && this.samePhone(same.phone_ciphertext, input.phone)) {
        return { outreachId: same.id, flagId: same.flag_id, created: false, phoneUpdated: false, channelUpdated: false };
      }
      // The item before the request, as everywhere: when there was none to hold above, a request
      // made at the same moment opens it, and this one waits for it here, holding no request row
      // (taken the other way round, two such requests and a 'talk now' deadlocked).
      const { flagId } = await this.crisis.requestSupportIn(manager, member.id, 'outreach_requested');
      const [unused]: Array<{ channel: OutreachChannel; phone_ciphertext: string | null }> = await manager.query(
        `SELECT channel, phone_ciphertext FROM outreach_requests WHERE member_id = $1 AND escalation_id IS NULL AND withdrawn_at IS NULL ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
        [member.id],
      );
      const channelUpdated = unused !== undefined && unused.channel !== input.channel;
      const phoneUpdated = unused !== undefined && unused.phone_ciphertext !== null && input.channel === 'phone' && !this.samePhone(unused.phone_ciphertext, input.phone);
      // A newer request replaces an unused older one (and its number: a switch to messages leaves none behind);
      // a withdrawn one stays, as the record of it.
      await manager.query(`DELETE FROM outreach_requests WHERE member_id = $1 AND escalation_id IS NULL AND withdrawn_at IS NULL`, [member.id]);
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO outreach_requests (member_id, channel, phone_ciphertext, flag_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [member.id, input.channel, input.phone ? this.phones.seal(input.phone) : null, flagId],
      );
      // The moderators' item reads this row to say the number changed (moderators never see the number).
      if (phoneUpdated) {
        await this.audit.record(manager, member, {
          action: 'outreach_contact_updated',
          targetType: 'outreach_request',
          targetId: row.id,
          before: { progress: 'received', channel: 'phone' },
          after: { phoneChanged: true },
        });
      }
      // Its own action: the item's words already follow the request's channel, and "changed the number" would mislead.
      if (channelUpdated) {
        await this.audit.record(manager, member, {
          action: 'outreach_channel_updated',
          targetType: 'outreach_request',
          targetId: row.id,
          before: { progress: 'received', channel: unused.channel },
          after: { channel: input.channel },
        });
      }
      return { outreachId: row.id, flagId, created: true, phoneUpdated, channelUpdated };
    });
    if (ready) this.events.privateRoomReady.next(ready);
    if (told) this.relay.kick();
    return answer;
  }

  /**
   * 409 `PHONE_NOT_OFFERED_IN_DANGER` while one of the member's open crisis notices tells of someone
   * hurting or threatening them (its concern, or beside their own crisis): the member is pointed to
   * the lines they can call themself and the private chat, a moderator to asking them first.
   */
  private async refusePhoneInDanger(manager: EntityManager, memberId: string, asking: 'member' | 'moderator'): Promise<void> {
    if (!(await memberInDanger(manager, memberId))) return;
    throw new ApiException(
      HttpStatus.CONFLICT,
      'PHONE_NOT_OFFERED_IN_DANGER',
      asking === 'member'
        ? 'A call to your phone is not offered while someone may be hurting you: someone else could answer it or see it. The lines shown can be called when it is safe for you, and a moderator can talk with you here now.'
        : "This member's words tell of someone hurting or threatening them, and a call to their phone could put them at more risk. Open a private chat with them and ask whether a call is safe; they can give a number again once their notice is closed.",
    );
  }

  /**
   * The member would rather be reached the other way, on a case a crisis line has. A call: the case
   * takes the number, sealed. Messages here: the number is erased from the case and its request (not
   * hidden: it was given for a call that is no longer wanted), and the case gets a private room, as an
   * in-app hand-off has, which the line's counsellors who already took the case join at once (the
   * member is told, as when one acknowledges). Answers that news, to send once committed.
   */
  private async switchCaseChannel(manager: EntityManager, member: AuditActor, open: OpenCase, input: OutreachRequest): Promise<PrivateRoomReady | undefined> {
    const phone = input.channel === 'phone' && input.phone ? this.phones.seal(input.phone) : null;
    await manager.query(`UPDATE escalations SET payload = jsonb_set(payload, '{channel}', to_jsonb($2::text)), phone_ciphertext = $3, updated_at = now() WHERE id = $1`, [
      open.escalation_id,
      input.channel,
      phone,
    ]);
    // After a hand-off the request keeps no number of its own; its channel is what the member's panel reads.
    await manager.query(`UPDATE outreach_requests SET channel = $2, phone_ciphertext = NULL WHERE escalation_id = $1`, [open.escalation_id, input.channel]);
    let ready: PrivateRoomReady | undefined;
    if (input.channel === 'in_app') {
      const room = open.room_slug ?? (await this.openCareRoom(manager, open.escalation_id, member.id));
      const joined = returnedRows<{ member_id: string }>(
        await manager.query(
          `INSERT INTO room_members (room_id, member_id)
           SELECT DISTINCT r.id, m.id FROM escalations e JOIN rooms r ON r.slug = e.room_slug
             JOIN escalation_events v ON v.escalation_id = e.id AND v.status IN ('acknowledged', 'in_contact')
             JOIN members m ON m.id = v.actor_id AND m.role = 'partner' AND m.partner_id = e.partner_id
            WHERE e.id = $1
           ON CONFLICT DO NOTHING RETURNING member_id`,
          [open.escalation_id],
        ),
      );
      if (joined.length > 0) ready = { memberId: member.id, room, by: 'counsellor' };
    }
    const note = input.channel === 'phone' ? 'The member would rather be called, and gave a number to call.' : 'The member would rather be messaged in their private chat; their number is deleted.';
    const changes = await recordContactStep(manager, open.escalation_id, 'channel_updated', note);
    await this.audit.record(manager, member, {
      action: 'outreach_channel_updated',
      targetType: 'escalation',
      targetId: open.escalation_id,
      before: { progress: open.status, channel: open.channel },
      after: { channel: input.channel, partnerTold: true },
    });
    // The same event and key scheme as a new number: the line's system follows one kind of change.
    await this.outbox.recordPartnerDelivery(manager, { escalationId: open.escalation_id, delivery: changes, event: 'escalation.contact_updated' });
    return ready;
  }

  /** The warm hand-off's private room: only the member and the partner's counsellors can enter it. */
  private async openCareRoom(manager: EntityManager, escalationId: string, memberId: string | null): Promise<string> {
    // The whole escalation id, as a support room has its item's: an eight-character prefix met another
    // case's room once there were some thousands (the unique slug failed the hand-off with a 500).
    const slug = `care-${escalationId}`;
    await manager.query(`UPDATE escalations SET room_slug = $2 WHERE id = $1`, [escalationId, slug]);
    const [room]: Array<{ id: string }> = await manager.query(
      `INSERT INTO rooms (slug, name, description, position, private) VALUES ($1, 'A private conversation', 'Just you and a crisis counsellor.', 1000, true) RETURNING id`,
      [slug],
    );
    if (memberId) await manager.query(`INSERT INTO room_members (room_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [room.id, memberId]);
    return slug;
  }

  /**
   * The same number, however it was typed ("+1 555 010 0199" and "+15550100199"): only a different
   * one is a change worth a partner's call. No stored number (none was ever given) counts as different.
   */
  private samePhone(sealed: string | null, given: string | undefined): boolean {
    if (!sealed || !given) return sealed === null && given === undefined;
    const digits = (phone: string) => phone.replace(/[^0-9+]/g, '');
    return digits(this.phones.open(sealed)) === digits(given);
  }

  /**
   * Holds, in id order, the review items a change of the member's request touches: the newest
   * request's item, its hand-off's, and any item the member is on top of the queue with. Taken
   * after the member and before the request, as a moderator escalating the member's item takes them.
   */
  private async holdOutreachItems(manager: EntityManager, memberId: string): Promise<void> {
    const [latest]: Array<{ flag_id: string | null; handoff_flag_id: string | null }> = await manager.query(
      `SELECT o.flag_id, e.flag_id AS handoff_flag_id FROM outreach_requests o LEFT JOIN escalations e ON e.id = o.escalation_id
        WHERE o.member_id = $1 ORDER BY o.created_at DESC LIMIT 1`,
      [memberId],
    );
    const itemIds = [latest?.flag_id, latest?.handoff_flag_id].filter((id): id is string => typeof id === 'string');
    await manager.query(`SELECT id FROM flags WHERE id = ANY($1::uuid[]) OR (content_type = 'member' AND content_id = $2 AND status <> 'resolved') ORDER BY id FOR UPDATE`, [itemIds, memberId]);
  }

  /** The member's newest request for a counsellor and where it stands (only their own). */
  async outreachStatus(memberId: string, manager: EntityManager = this.dataSource.manager): Promise<{ request: OutreachStatus | null }> {
    const [row]: Array<{
      channel: OutreachChannel;
      created_at: Date;
      withdrawn: boolean;
      status: Escalation['status'] | null;
      room_slug: string | null;
      failed: boolean | null;
      handoff_stands: boolean;
    }> = await manager.query(
      `SELECT o.channel, o.created_at, o.withdrawn_at IS NOT NULL AS withdrawn, e.status, e.room_slug, ${deliveryFailed('e')} AS failed,
              EXISTS (SELECT 1 FROM escalations x WHERE x.member_id = o.member_id AND x.basis = 'imminent_risk' AND x.status <> 'closed') AS handoff_stands
         FROM outreach_requests o LEFT JOIN escalations e ON e.id = o.escalation_id
        WHERE o.member_id = $1 ORDER BY o.created_at DESC LIMIT 1`,
      [memberId],
    );
    if (!row) return { request: null };
    let progress: OutreachProgress;
    if (row.withdrawn) progress = 'withdrawn';
    else if (row.status === null) progress = 'received';
    else if (row.failed === true) progress = 'delayed';
    else if (row.status === 'created' || row.status === 'delivered') progress = 'sent';
    else if (row.status === 'closed') progress = 'closed';
    else progress = 'with_counsellor';
    const live = progress !== 'closed' && progress !== 'withdrawn';
    return {
      request: { channel: row.channel, progress, room: live ? row.room_slug : null, askedAt: row.created_at.toISOString(), handoffStands: progress === 'withdrawn' && row.handoff_stands },
    };
  }

  /**
   * The member takes back their request for a counsellor. Before a moderator acted on it: the
   * consent and number are gone, and the review item says so (it stays on the queue: the member
   * may still need someone). After it went to a crisis line, while the case is open: the hand-off
   * closes as withdrawn (number deleted, the member's words cleared from the partner's portal,
   * its counsellors out of the private room, which stays the member's) and the partner is told
   * with a signed `escalation.withdrawn`. A hand-off made without consent for imminent risk is not
   * the member's to withdraw: it stands, and the answer says so.
   */
  async withdrawOutreach(member: AuditActor): Promise<{ request: OutreachStatus | null }> {
    let left: PrivateRoomLeft | undefined;
    let told = false;
    const answer = await this.dataSource.transaction(async (manager) => {
      // Lock order, as a moderator escalating the member's item takes them: the member (an erasure
      // under way finishes first), then the review items this changes, then the request and its
      // hand-off. Taken the other way round, a withdrawal and an escalation of the same request
      // waited on each other and PostgreSQL ended one of them.
      await holdLiveAccount(manager, member.id);
      await this.holdOutreachItems(manager, member.id);
      const [request]: Array<{ id: string; flag_id: string | null; escalation_id: string | null; channel: OutreachChannel; withdrawn_at: Date | null }> = await manager.query(
        `SELECT id, flag_id, escalation_id, channel, withdrawn_at FROM outreach_requests WHERE member_id = $1 ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
        [member.id],
      );
      const [handoff]: Array<{ id: string; status: Escalation['status']; basis: EscalationBasis; flag_id: string | null }> = request?.escalation_id
        ? await manager.query(`SELECT id, status, basis, flag_id FROM escalations WHERE id = $1 FOR UPDATE`, [request.escalation_id])
        : [];
      const open = request && request.withdrawn_at === null && (!handoff || handoff.status !== 'closed');
      if (!open) throw new ApiException(HttpStatus.NOT_FOUND, 'OUTREACH_NOT_FOUND', 'You have no open request for a counsellor to withdraw.');
      await manager.query(`UPDATE outreach_requests SET withdrawn_at = now(), phone_ciphertext = NULL WHERE id = $1`, [request.id]);
      const closes = handoff !== undefined && handoff.basis === 'member_consent';
      if (closes) {
        const outcome = 'Withdrawn by the member.';
        await manager.query(
          `UPDATE escalations SET status = 'closed', outcome = $2, withdrawn_at = now(), phone_ciphertext = NULL, payload = jsonb_set(payload, '{excerpt}', 'null'), updated_at = now() WHERE id = $1`,
          [handoff.id, outcome],
        );
        // No actor: the member is named in the audit row alone, which erasure keeps as the moderators' record.
        await manager.query(`INSERT INTO escalation_events (escalation_id, status, note) VALUES ($1, 'withdrawn', $2)`, [handoff.id, 'The member withdrew their consent; the case is closed.']);
        // As on any close: the room stays the member's, with its history; its counsellors leave it.
        const gone = returnedRows<{ member_id: string; room: string }>(
          await manager.query(
            `DELETE FROM room_members rm USING escalations e, rooms r, members m
              WHERE e.id = $1 AND r.slug = e.room_slug AND rm.room_id = r.id AND m.id = rm.member_id AND m.role = 'partner'
              RETURNING rm.member_id, r.slug AS room`,
            [handoff.id],
          ),
        );
        if (gone.length > 0) left = { memberIds: gone.map((row) => row.member_id), room: gone[0].room };
        await this.outbox.recordPartnerDelivery(manager, { escalationId: handoff.id, delivery: 1, event: 'escalation.withdrawn' });
        told = true;
      }
      await this.audit.record(manager, member, {
        action: 'outreach_withdrawn',
        targetType: closes ? 'escalation' : 'outreach_request',
        targetId: closes ? handoff.id : request.id,
        before: { progress: handoff ? handoff.status : 'received', channel: request.channel },
        after: closes ? { status: 'closed', partnerTold: true } : { escalation: handoff ? 'stands (imminent risk)' : null },
      });
      // The moderators' queue hears it live: the request's item (and any item the member is on top
      // of the queue with, a failed hand-off's among them) changes and is announced again.
      await manager.query(
        `UPDATE flags SET version = version + 1, updated_at = now()
          WHERE id = ANY($1::uuid[]) OR (content_type = 'member' AND content_id = $2 AND status <> 'resolved')`,
        [[request.flag_id, handoff?.flag_id].filter((id): id is string => typeof id === 'string'), member.id],
      );
      return this.outreachStatus(member.id, manager);
    });
    if (left) this.events.privateRoomLeft.next(left);
    if (told) this.relay.kick();
    return answer;
  }

  /** Called by the moderation resolve, inside its transaction. Returns the escalation id. */
  async escalate(manager: EntityManager, input: EscalateInput, moderator: AuditActor): Promise<string> {
    const [partner]: Array<{ id: string; name: string; regions: string[] }> = await manager.query(`SELECT id, name, regions FROM partners WHERE id = $1`, [input.partnerId]);
    if (!partner) throw new ApiException(HttpStatus.NOT_FOUND, 'PARTNER_NOT_FOUND', 'There is no such partner.');
    const memberId = input.flag.authorId;
    // A crisis line sees only the cases of the regions it serves (none listed: every region): a
    // line in one country can neither call nor send help to someone in another.
    const [member]: Array<{ region: string | null; language: string | null }> = memberId
      ? await manager.query(`SELECT region, preferences->>'language' AS language FROM members WHERE id = $1`, [memberId])
      : [];
    // Read as the hotline directory reads it ("UK" saved before regions were stored as GB is GB).
    const region = normaliseRegionCode(member?.region) ?? this.crisis.defaultRegion();
    if (partner.regions.length > 0 && !partner.regions.some((served) => normaliseRegionCode(served) === region)) {
      throw new ApiException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'PARTNER_OUT_OF_REGION',
        `${partner.name} serves ${partner.regions.join(', ')}, not this member's region (${region}). Choose a line that serves ${region}, or give the member the lines for their region.`,
      );
    }
    const [consent]: Array<{ id: string; channel: 'in_app' | 'phone'; phone_ciphertext: string | null }> = memberId
      ? await manager.query(`SELECT id, channel, phone_ciphertext FROM outreach_requests WHERE member_id = $1 AND escalation_id IS NULL AND withdrawn_at IS NULL ORDER BY created_at DESC LIMIT 1 FOR UPDATE`, [memberId])
      : [];
    // Hand-offs of this member that never reached their partner: this one takes their place (and
    // the consent the member gave for them, with the number and the private room).
    const stranded: StrandedHandoff[] = memberId
      ? await manager.query(
          `SELECT e.id, e.room_slug, e.phone_ciphertext, e.payload->>'channel' AS channel, e.danger_told_at, o.id AS consent_id
             FROM escalations e LEFT JOIN outreach_requests o ON o.escalation_id = e.id
            WHERE e.member_id = $1 AND ${deliveryFailed('e')} ORDER BY e.created_at DESC FOR UPDATE OF e`,
          [memberId],
        )
      : [];
    const carried = consent ? undefined : stranded.find((handoff) => handoff.consent_id !== null);
    let basis: EscalationBasis;
    if (consent || carried) basis = 'member_consent';
    else if (input.basis === 'imminent_risk' && input.reason?.trim()) basis = 'imminent_risk';
    else {
      throw new ApiException(
        HttpStatus.CONFLICT,
        'CONSENT_REQUIRED',
        'This member has not asked for outreach. Escalate without consent only for imminent risk: set basis "imminent_risk" and write your reason.',
      );
    }
    const channel = consent?.channel ?? carried?.channel ?? 'in_app';
    if (memberId && channel === 'phone') await this.refusePhoneInDanger(manager, memberId, 'moderator');
    const phoneCiphertext = consent ? consent.phone_ciphertext : (carried?.phone_ciphertext ?? null);
    const payload: EscalationPayload = {
      risk: input.flag.risk,
      region,
      // A tag only (LANGUAGE_TAG): a value saved before preferences were checked is left out as 'en'.
      language: member?.language && LANGUAGE_TAG.test(member.language) ? member.language : 'en',
      excerpt: clipText(input.excerpt?.trim() ?? '', 500) || null,
      channel,
    };
    // The line is told from the first webhook when the member's words tell of someone hurting or
    // threatening them (or a hand-off this one replaces had been told): the counsellor asks first
    // whether it is safe to talk, even in the private chat, where someone may be reading along.
    const dangerTold = (memberId !== null && (await memberInDanger(manager, memberId))) || stranded.some((handoff) => handoff.danger_told_at !== null);
    const [created]: Array<{ id: string }> = await manager.query(
      `INSERT INTO escalations (flag_id, partner_id, member_id, basis, reason, payload, phone_ciphertext, created_by, danger_told_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $9::boolean THEN now() END) RETURNING id`,
      [input.flag.id, partner.id, memberId, basis, input.reason ?? null, JSON.stringify(payload), phoneCiphertext, moderator.id, dangerTold],
    );
    await this.handOn(manager, stranded, created.id, moderator);
    // The private room of a hand-off that never arrived stays the member's: the new counsellor joins them there.
    const reused = channel === 'in_app' ? stranded.find((handoff) => handoff.room_slug !== null)?.room_slug : undefined;
    if (reused) await manager.query(`UPDATE escalations SET room_slug = $2 WHERE id = $1`, [created.id, reused]);
    else if (channel === 'in_app') await this.openCareRoom(manager, created.id, memberId);
    if (consent) await manager.query(`UPDATE outreach_requests SET escalation_id = $2, phone_ciphertext = NULL WHERE id = $1`, [consent.id, created.id]);
    if (carried) await manager.query(`UPDATE outreach_requests SET escalation_id = $2 WHERE id = $1`, [carried.consent_id, created.id]);
    await manager.query(`INSERT INTO escalation_events (escalation_id, status, note, actor_id) VALUES ($1, 'created', $2, $3)`, [created.id, basis, moderator.id]);
    await this.audit.record(manager, moderator, {
      action: basis === 'imminent_risk' ? 'escalate_without_consent' : 'escalate_with_consent',
      targetType: 'escalation',
      targetId: created.id,
      reason: input.reason ?? null,
      after: { partnerId: partner.id, basis, channel },
    });
    await this.outbox.recordPartnerDelivery(manager, { escalationId: created.id, delivery: 1 });
    return created.id;
  }

  /**
   * Closes hand-offs that never reached their partner, in favour of a new one: their number and
   * room move to it, the old partner never gets the case (closed cases are not delivered, nor can
   * an admin deliver them again) and no longer sees the member's words in its portal (the excerpt
   * is cleared; risk, region and the timeline stay), and each closing is on the timeline and audited.
   */
  private async handOn(manager: EntityManager, stranded: StrandedHandoff[], replacement: string, moderator: AuditActor): Promise<void> {
    for (const handoff of stranded) {
      const outcome = 'Not delivered; replaced by a new hand-off.';
      await manager.query(
        `UPDATE escalations SET status = 'closed', outcome = $2, phone_ciphertext = NULL, room_slug = NULL, payload = jsonb_set(payload, '{excerpt}', 'null'), updated_at = now() WHERE id = $1`,
        [handoff.id, outcome],
      );
      await manager.query(`INSERT INTO escalation_events (escalation_id, status, note, actor_id) VALUES ($1, 'closed', $2, $3)`, [handoff.id, outcome, moderator.id]);
      await this.audit.record(manager, moderator, { action: 'escalation_handed_on', targetType: 'escalation', targetId: handoff.id, before: { status: 'created' }, after: { status: 'closed', replacedBy: replacement } });
    }
  }

  /** After the moderation transaction commits: wake the relay so the webhook goes now. */
  kick(): void {
    this.relay.kick();
  }

  async partnerOf(memberId: string): Promise<string> {
    const [row]: Array<{ partner_id: string | null }> = await this.dataSource.query(`SELECT partner_id FROM members WHERE id = $1`, [memberId]);
    if (!row?.partner_id) throw new ApiException(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'This account is not tied to a partner organisation.');
    return row.partner_id;
  }

  async listForPartner(reader: AuditActor, partnerId: string): Promise<{ items: Escalation[] }> {
    const rows: PartnerEscalationRow[] = await this.dataSource.query(`${SELECT} WHERE e.partner_id = $1 ORDER BY e.created_at DESC LIMIT 200`, [partnerId]);
    return { items: await this.withPhones(reader, rows) };
  }

  /** A partner sees only its own: anything else is answered as if it did not exist. */
  async getForPartner(reader: AuditActor, partnerId: string, id: string): Promise<Escalation> {
    const rows: PartnerEscalationRow[] = await this.dataSource.query(`${SELECT} WHERE e.id = $1 AND e.partner_id = $2`, [id, partnerId]);
    if (!rows[0]) throw new ApiException(HttpStatus.NOT_FOUND, 'ESCALATION_NOT_FOUND', 'There is no such escalation for your organisation.');
    return (await this.withPhones(reader, rows))[0];
  }

  /**
   * The partner's view: the number to call is the member's current one, only while the case is open and
   * on the phone channel (closing, a withdrawal or the member's switch to messages deletes it). Who
   * was shown a member's number is in the audit log before the number leaves: once per counsellor,
   * case and hour (a portal that refreshes its list is one reading, not hundreds).
   */
  private async withPhones(reader: AuditActor, rows: PartnerEscalationRow[]): Promise<Escalation[]> {
    const items = await this.withTimelines(rows);
    const shown = items.map((item, index) => {
      const sealed = rows[index].phone_ciphertext;
      return sealed && item.status !== 'closed' && item.payload.channel === 'phone' ? sealed : null;
    });
    const read = items.filter((_, index) => shown[index] !== null).map((item) => item.id);
    if (read.length > 0) {
      await this.dataSource.query(
        `INSERT INTO audit_log (actor_id, actor_role, action, target_type, target_id)
         SELECT $1, $2, '${PHONE_READ}', 'escalation', t.id FROM unnest($3::uuid[]) t(id)
          WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.target_type = 'escalation' AND a.target_id = t.id AND a.actor_id = $1
                               AND a.action = '${PHONE_READ}' AND a.created_at > now() - interval '1 hour')`,
        [reader.id, reader.role, read],
      );
    }
    return items.map((item, index) => {
      const sealed = shown[index];
      return { ...item, phone: sealed === null ? null : this.phones.open(sealed) };
    });
  }

  /**
   * A partner moves its escalation on. `input.note`, when given, is what the timeline step says
   * (otherwise the outcome). With `repeatIsNoop`, a step the escalation has already passed (an
   * acknowledgement sent twice, or after contact was recorded) answers its state unchanged.
   */
  async updateByPartner(
    actor: AuditActor,
    partnerId: string,
    id: string,
    input: PartnerUpdate & { note?: string },
    options: { repeatIsNoop?: boolean } = {},
  ): Promise<Escalation> {
    let left: PrivateRoomLeft | undefined;
    const joined = await this.dataSource.transaction(async (manager): Promise<PrivateRoomReady | undefined> => {
      const [row]: Array<{ status: Escalation['status'] }> = await manager.query(`SELECT status FROM escalations WHERE id = $1 AND partner_id = $2 FOR UPDATE`, [id, partnerId]);
      if (!row) throw new ApiException(HttpStatus.NOT_FOUND, 'ESCALATION_NOT_FOUND', 'There is no such escalation for your organisation.');
      if (row.status === 'closed') throw new ApiException(HttpStatus.CONFLICT, 'ESCALATION_CLOSED', 'This escalation is closed.');
      // A step already passed changes nothing, but a colleague acknowledging a case their line
      // already took (a shift handing over) still joins its room, so the member can be reached.
      const repeat = options.repeatIsNoop === true && (row.status === input.status || NEXT[input.status].includes(row.status));
      if (!repeat && !NEXT[row.status].includes(input.status)) {
        throw new ApiException(HttpStatus.CONFLICT, 'ESCALATION_STEP_PASSED', `An escalation that is ${row.status.replace('_', ' ')} cannot move back to ${input.status.replace('_', ' ')}.`);
      }
      if (!repeat) {
        // Closing deletes the phone number: it was for this one contact.
        await manager.query(
          `UPDATE escalations SET status = $2, outcome = COALESCE($3, outcome), phone_ciphertext = CASE WHEN $2 = 'closed' THEN NULL ELSE phone_ciphertext END, updated_at = now() WHERE id = $1`,
          [id, input.status, input.outcome ?? null],
        );
        await manager.query(`INSERT INTO escalation_events (escalation_id, status, note, actor_id) VALUES ($1, $2, $3, $4)`, [id, input.status, input.note ?? input.outcome ?? null, actor.id]);
      }
      // The counsellor who takes the case joins the private room; the member is told when one joins.
      let ready: PrivateRoomReady | undefined;
      if (input.status !== 'closed') {
        const [entered] = returnedRows<{ member_id: string | null; room: string }>(
          await manager.query(
            `WITH joined AS (
               INSERT INTO room_members (room_id, member_id) SELECT r.id, $2 FROM escalations e JOIN rooms r ON r.slug = e.room_slug WHERE e.id = $1 ON CONFLICT DO NOTHING RETURNING room_id
             )
             SELECT e.member_id, e.room_slug AS room FROM joined, escalations e WHERE e.id = $1`,
            [id, actor.id],
          ),
        );
        if (entered?.member_id) ready = { memberId: entered.member_id, room: entered.room, by: 'counsellor' };
      } else {
        // A closed case's room stays the member's, with its history; its counsellors leave it.
        const gone = returnedRows<{ member_id: string; room: string }>(
          await manager.query(
            `DELETE FROM room_members rm USING escalations e, rooms r, members m
              WHERE e.id = $1 AND r.slug = e.room_slug AND rm.room_id = r.id AND m.id = rm.member_id AND m.role = 'partner'
              RETURNING rm.member_id, r.slug AS room`,
            [id],
          ),
        );
        if (gone.length > 0) left = { memberIds: gone.map((row) => row.member_id), room: gone[0].room };
      }
      if (repeat) {
        // Who entered a member's private room is on the record, like every step of the case.
        if (ready) await this.audit.record(manager, actor, { action: 'partner_joined_room', targetType: 'escalation', targetId: id, after: { status: row.status } });
        return ready;
      }
      await this.audit.record(manager, actor, { action: `partner_${input.status}`, targetType: 'escalation', targetId: id, reason: input.outcome ?? null, before: { status: row.status }, after: { status: input.status } });
      return ready;
    });
    if (joined) this.events.privateRoomReady.next(joined);
    if (left) this.events.privateRoomLeft.next(left);
    return this.getForPartner(actor, partnerId, id);
  }

  /** Admins: every escalation, with those whose delivery failed first. */
  async listForAdmin(): Promise<{ items: AdminEscalation[] }> {
    const rows: Array<EscalationRow & { reason: string | null; partner_name: string }> = await this.dataSource.query(
      `SELECT e.id, e.partner_id, e.basis, e.status, e.payload, e.outcome, e.room_slug, e.created_at, e.reason, e.withdrawn_at, e.danger_told_at, p.name AS partner_name,
              ${deliveryFailed('e')} AS delivery_failed
         FROM escalations e JOIN partners p ON p.id = e.partner_id ORDER BY delivery_failed DESC, e.created_at DESC LIMIT 200`,
    );
    const items = await this.withTimelines(rows);
    // Named: an admin reading "delivery failed" needs to know which line to call.
    return { items: items.map((item, index) => ({ ...item, reason: rows[index].reason, partnerName: rows[index].partner_name })) };
  }

  /** Moderators, on a review item: the hand-offs of its member (or made from it), newest first. */
  handoffsFor(flagId: string, memberId: string | null): Promise<Handoff[]> {
    return this.handoffs(`e.flag_id = $1 OR e.member_id = $2`, [flagId, memberId]);
  }

  /** One hand-off as moderators see it (the answer to `POST /escalations`). */
  async handoff(id: string): Promise<Handoff> {
    const [found] = await this.handoffs(`e.id = $1`, [id]);
    if (!found) throw new ApiException(HttpStatus.NOT_FOUND, 'ESCALATION_NOT_FOUND', 'There is no such escalation.');
    return found;
  }

  private async handoffs(where: string, parameters: unknown[]): Promise<Handoff[]> {
    const rows: Array<EscalationRow & { partner_name: string; partner_hours: string }> = await this.dataSource.query(
      `SELECT e.id, e.partner_id, e.basis, e.status, e.payload, e.outcome, e.room_slug, e.created_at, e.withdrawn_at, e.danger_told_at, p.name AS partner_name, p.hours AS partner_hours,
              ${deliveryFailed('e')} AS delivery_failed
         FROM escalations e JOIN partners p ON p.id = e.partner_id
        WHERE ${where} ORDER BY e.created_at DESC LIMIT 20`,
      parameters,
    );
    const items = await this.withTimelines(rows);
    return rows.map((row, index) => ({
      id: row.id,
      partner: { id: row.partner_id, name: row.partner_name, hours: row.partner_hours },
      basis: row.basis,
      channel: row.payload.channel,
      status: row.status,
      deliveryFailed: row.delivery_failed,
      createdAt: items[index].createdAt,
      timeline: items[index].timeline,
    }));
  }

  async redeliver(id: string, admin: AuditActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = returnedRows<{ deliveries: number }>(
        await manager.query(`UPDATE escalations SET deliveries = deliveries + 1, updated_at = now() WHERE id = $1 AND status <> 'closed' RETURNING deliveries`, [id]),
      );
      if (!row) throw new ApiException(HttpStatus.NOT_FOUND, 'ESCALATION_NOT_FOUND', 'There is no such open escalation.');
      // Sent again with a number to call: not while the member's words tell of someone hurting them.
      const [phoneCase]: Array<{ member_id: string | null }> = await manager.query(`SELECT member_id FROM escalations WHERE id = $1 AND payload->>'channel' = 'phone'`, [id]);
      if (phoneCase?.member_id) await this.refusePhoneInDanger(manager, phoneCase.member_id, 'moderator');
      await manager.query(`INSERT INTO escalation_events (escalation_id, status, actor_id) VALUES ($1, 'redelivery', $2)`, [id, admin.id]);
      await this.audit.record(manager, admin, { action: 'escalation_redeliver', targetType: 'escalation', targetId: id, after: { delivery: row.deliveries } });
      await this.outbox.recordPartnerDelivery(manager, { escalationId: id, delivery: row.deliveries });
    });
    this.relay.kick();
  }

  async listPartners(): Promise<{ items: PartnerSummary[] }> {
    const rows: PartnerRow[] = await this.dataSource.query(`SELECT id, name, regions, hours, webhook_url, created_at FROM partners ORDER BY name`);
    return { items: rows.map(toPartner) };
  }

  async createPartner(input: CreatePartnerRequest, admin: AuditActor): Promise<PartnerSummary & { secret: string }> {
    const insecure = webhookUrlProblem(input.webhookUrl, this.nodeEnv);
    if (insecure) throw new ApiException(HttpStatus.BAD_REQUEST, 'WEBHOOK_NOT_HTTPS', insecure);
    const secret = randomBytes(32).toString('hex');
    const row = await this.dataSource.transaction(async (manager) => {
      const [created]: PartnerRow[] = await manager.query(
        `INSERT INTO partners (name, regions, hours, webhook_url, webhook_secret) VALUES ($1, $2, $3, $4, $5) RETURNING id, name, regions, hours, webhook_url, created_at`,
        [input.name, input.regions, input.hours, input.webhookUrl, secret],
      );
      await this.audit.record(manager, admin, { action: 'partner_create', targetType: 'partner', targetId: created.id, after: toPartner(created) });
      return created;
    });
    return { ...toPartner(row), secret };
  }

  private async withTimelines(rows: EscalationRow[]): Promise<EscalationWithoutPhone[]> {
    if (rows.length === 0) return [];
    const events: Array<{ escalation_id: string; status: string; note: string | null; at: Date }> = await this.dataSource.query(
      `SELECT escalation_id, status, note, at FROM escalation_events WHERE escalation_id = ANY($1::uuid[]) ORDER BY at, id`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      id: row.id,
      partnerId: row.partner_id,
      basis: row.basis,
      status: row.status,
      payload: row.payload,
      outcome: row.outcome,
      room: row.room_slug,
      createdAt: row.created_at.toISOString(),
      deliveryFailed: row.delivery_failed,
      withdrawnAt: row.withdrawn_at ? row.withdrawn_at.toISOString() : null,
      dangerFromOther: row.danger_told_at !== null,
      timeline: events.filter((event) => event.escalation_id === row.id).map((event) => ({ status: event.status, at: event.at.toISOString(), note: event.note })),
    }));
  }
}

interface PartnerRow {
  id: string;
  name: string;
  regions: string[];
  hours: string;
  webhook_url: string;
  created_at: Date;
}

const toPartner = (row: PartnerRow): PartnerSummary => ({ id: row.id, name: row.name, regions: row.regions, hours: row.hours, webhookUrl: row.webhook_url, createdAt: row.created_at.toISOString() });

/** The member's request whose case a crisis line has, open, as a change of contact reads it. */
interface OpenCase {
  id: string;
  flag_id: string;
  escalation_id: string;
  status: Escalation['status'];
  channel: OutreachChannel;
  phone_ciphertext: string | null;
  room_slug: string | null;
}

interface StrandedHandoff {
  id: string;
  room_slug: string | null;
  danger_told_at: Date | null;
  phone_ciphertext: string | null;
  channel: 'in_app' | 'phone';
  consent_id: string | null;
}

/** The partner's reads: only they get the sealed number, opened for them. */
const SELECT = `SELECT e.id, e.partner_id, e.basis, e.status, e.payload, e.outcome, e.room_slug, e.created_at, e.withdrawn_at, e.danger_told_at, e.phone_ciphertext, ${deliveryFailed('e')} AS delivery_failed FROM escalations e`;

type PartnerEscalationRow = EscalationRow & { phone_ciphertext: string | null };
