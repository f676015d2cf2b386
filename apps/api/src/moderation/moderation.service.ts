import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CLAIM_MINUTES, clipText, type CreateEscalationRequest, type MemberRole, type QueueItem, type QueueQuery, type ResolveFlagRequest } from '@lantern/contracts';
import { contentTable, deliveryFailed, holdNamedMembers, returnedRows } from '@lantern/db';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { plainExcerpt } from '../forum/render-markdown';
import { ApiException } from '../http/api-exception';
import { shownPseudonym } from '../auth/pseudonyms';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { OutboxService } from '../outbox/outbox.service';
import { EscalationService } from '../partners/escalation.service';
import { RepliesToYouService } from '../replies-to-you/replies-to-you.service';
import { ContentEvents, type MemberRestricted, type MessageRemoved, type ModeratorNoteSent } from './content-events';
import { resolvedFlagSet } from './flag-resolution';

interface FlagRow {
  id: string;
  kind: QueueItem['kind'];
  status: QueueItem['status'];
  priority: number;
  risk: string;
  content_type: string;
  content_id: string;
  author_id: string | null;
  author_role: MemberRole | null;
  categories: string[];
  created_at: Date;
  due_at: Date;
  claimed_by: string | null;
  claimer_pseudonym: string | null;
  claim_expires_at: Date | null;
  claim_live: boolean;
  resolved_by: string | null;
  resolver_pseudonym: string | null;
  resolved_at: Date | null;
  version: number;
  body: string | null;
  reports: number;
  talk_requested: boolean;
  /** The member wrote in a report's note that they are in crisis themself (the worker read it). */
  crisis_in_report_note: boolean;
  /** Words of crisis they could not post (paused, or a blocked word): the worker read them, then deleted them. */
  crisis_in_withheld_words: boolean;
  /** Words of crisis in a post they changed before the worker read them (the earlier version is on the post's page). */
  crisis_in_edited_words: boolean;
  outreach_channel: 'in_app' | 'phone' | null;
  outreach_withdrawn: boolean | null;
  outreach_number_changed: boolean | null;
  handoff_failed_before: boolean;
  failed_handoff: { partner: string; channel: 'in_app' | 'phone' } | null;
  second_opinion: boolean;
}

/**
 * Why a member is on top of the queue, in the moderator's words: a hand-off that never reached
 * its partner, and what they asked for (to talk now, a counsellor and how, or both).
 */
function supportRequestExcerpt(row: FlagRow): string {
  const sentences: string[] = [];
  if (row.failed_handoff) {
    const how = row.failed_handoff.channel === 'phone' ? 'by phone' : 'in a private chat here';
    sentences.push(`The hand-off to ${row.failed_handoff.partner} (${how}) could not be delivered; no counsellor has the case.`);
  } else if (row.handoff_failed_before) {
    sentences.push("A hand-off to a crisis line could not be delivered at first; the item's page has its timeline.");
  }
  // Which report is never said: reporters stay unnamed on the reported item, and this would name one.
  if (row.crisis_in_report_note) sentences.push('Wrote in a report’s note that they are in crisis themself; they were shown their crisis lines.');
  // The words themselves are not kept: they were never posted.
  if (row.crisis_in_withheld_words) {
    sentences.push('Tried to post words that sound like crisis, which Lantern could not post (they are paused, or used a blocked word). Their words were not kept: reach out and ask how they are.');
  }
  if (row.crisis_in_edited_words) {
    sentences.push('Wrote words that sound like crisis in a post, then changed them before Lantern read them; the earlier version is in the post’s history. Reach out and ask how they are.');
  }
  const how = row.outreach_channel === 'phone' ? 'by phone' : 'in a private chat here';
  const counsellor = row.outreach_channel ? `for a crisis counsellor to contact them ${how}` : null;
  if (row.talk_requested && counsellor) sentences.push(`Asked to talk to a moderator now, and ${counsellor}.`);
  else if (counsellor) sentences.push(`Asked ${counsellor}.`);
  else if (row.talk_requested || sentences.length === 0) sentences.push('Asked to talk to a moderator now.');
  if (row.outreach_withdrawn) sentences.push('They have since withdrawn their request for a counsellor; any number they gave is deleted.');
  // Moderators never read the number itself: only that the one a hand-off will carry is the member's newest.
  else if (row.outreach_number_changed) sentences.push('They have since changed the number to call; a hand-off sends the new one.');
  // Only an erasure unlinks a support request from its member (closing it in the same transaction).
  if (row.author_id === null) sentences.push('They have since erased their account: Lantern can no longer reach them.');
  return sentences.join(' ');
}

function excerptOf(row: FlagRow): string {
  if (row.content_type === 'member') return supportRequestExcerpt(row);
  if (row.body === null) return '';
  // Posts are Markdown; chat messages are plain text.
  return row.content_type === 'post' ? plainExcerpt(row.body, 280) : row.body.length > 280 ? `${clipText(row.body, 279).trimEnd()}…` : row.body;
}

/** Content-changing actions, by the post status they leave behind. */
const STATUS_AFTER: Partial<Record<ResolveFlagRequest['action'], string>> = { hide: 'hidden', restore: 'visible', remove: 'removed' };

/**
 * The moderators' queue: most urgent first (priority, then due time), claims that expire, and
 * resolution guarded so two moderators can never act on the same item twice. Every action is
 * audited in the same transaction it happens in.
 */
@Injectable()
export class ModerationService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly relay: OutboxRelayService,
    private readonly events: ContentEvents,
    private readonly escalations: EscalationService,
    private readonly replies: RepliesToYouService,
  ) {}

  async queue(query: QueueQuery, moderator: AuditActor): Promise<{ items: QueueItem[] }> {
    const rows: FlagRow[] = await this.dataSource.query(
      `${this.flagSelect()}
        WHERE ($1::text IS NULL OR f.kind = $1)
          AND CASE $2::text
                WHEN 'active' THEN f.status <> 'resolved'
                WHEN 'open' THEN f.status = 'open' OR (f.status = 'claimed' AND f.claim_expires_at <= now())
                WHEN 'claimed' THEN f.status = 'claimed' AND f.claim_expires_at > now()
                ELSE f.status = 'resolved' END
          AND (NOT $3::boolean OR (f.claimed_by = $4 AND f.claim_expires_at > now()))
          AND ($5::text IS NULL OR EXISTS (
                SELECT 1 FROM posts cp JOIN threads ct ON ct.id = cp.thread_id JOIN categories cc ON cc.id = ct.category_id
                 WHERE f.content_type = 'post' AND cp.id = f.content_id AND cc.slug = $5))
          AND ($6::text IS NULL OR EXISTS (
                SELECT 1 FROM messages cm JOIN rooms cr ON cr.id = cm.room_id
                 WHERE f.content_type = 'message' AND cm.id = f.content_id AND cr.slug = $6))
        ORDER BY ${query.status === 'resolved' ? 'f.resolved_at DESC' : 'f.priority DESC, f.due_at ASC, f.created_at ASC'}
        LIMIT 200`,
      [query.kind ?? null, query.status, query.mine, moderator.id, query.category ?? null, query.room ?? null],
    );
    return { items: rows.map((row) => this.toItem(row)) };
  }

  /** Imminent-risk items past their due time that nobody holds: the ones that must not wait. */
  async overdueImminent(): Promise<QueueItem[]> {
    const rows: FlagRow[] = await this.dataSource.query(
      `${this.flagSelect()}
        WHERE f.status <> 'resolved' AND f.kind = 'crisis' AND f.risk = 'imminent' AND f.due_at < now()
          AND NOT (f.status = 'claimed' AND f.claim_expires_at > now())
        ORDER BY f.due_at LIMIT 50`,
    );
    return rows.map((row) => this.toItem(row));
  }

  async get(flagId: string): Promise<QueueItem> {
    return this.toItem(await this.find(this.dataSource.manager, flagId, false));
  }

  /**
   * "Talk to a moderator now", answered: a private room only this member and the moderators who
   * open it can enter, listed first in the member's Chat (where their crisis panel shows the way
   * in). Asking again for the same item gives the same room, and adds the moderator who asks.
   */
  async openSupportRoom(flagId: string, moderator: AuditActor): Promise<{ room: string }> {
    const opened = await this.dataSource.transaction(async (manager) => {
      const flag = await this.find(manager, flagId, true);
      if (flag.content_type !== 'member') {
        throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, 'NOT_A_SUPPORT_REQUEST', 'Only a member who asked for support can be offered a private chat.');
      }
      if (!flag.author_id) throw new ApiException(HttpStatus.GONE, 'MEMBER_ERASED', 'This member erased their account: there is no one to open a private chat with.');
      // The whole item id: a shorter prefix could meet another item's room, and joining on conflict
      // would then hand one member's private conversation to another.
      const slug = `support-${flagId}`;
      await manager.query(
        `INSERT INTO rooms (slug, name, description, position, private) VALUES ($1, 'A private conversation', 'Just you and a Lantern moderator.', 1000, true)
         ON CONFLICT (slug) DO NOTHING`,
        [slug],
      );
      const joined = returnedRows<{ member_id: string }>(
        await manager.query(
          `INSERT INTO room_members (room_id, member_id) SELECT r.id, m.id FROM rooms r, unnest($2::uuid[]) AS m(id) WHERE r.slug = $1 ON CONFLICT DO NOTHING RETURNING member_id`,
          [slug, [flag.author_id, moderator.id]],
        ),
      );
      // Written when the moderator comes into the room, not again each time they open it.
      if (joined.some((row) => row.member_id === moderator.id)) {
        await this.audit.record(manager, moderator, { action: 'open_support_room', targetType: 'flag', targetId: flagId, reason: null, after: { room: slug } });
      }
      return { room: slug, memberId: flag.author_id };
    });
    // The member hears of it wherever they are in Lantern, at once (not on the room list's next poll).
    this.events.privateRoomReady.next({ memberId: opened.memberId, room: opened.room, by: 'moderator' });
    return { room: opened.room };
  }

  /** Takes the item for CLAIM_MINUTES; claiming your own claim renews it. */
  async claim(flagId: string, moderator: AuditActor): Promise<QueueItem> {
    await this.dataSource.transaction(async (manager) => {
      const flag = await this.find(manager, flagId, true);
      this.assertActionable(flag, moderator);
      // Claimed again by the same moderator: the claim runs on, and nothing else changes (no new
      // version for colleagues' open copies, no second audit row).
      const renewed = flag.claim_live && flag.claimed_by === moderator.id;
      await manager.query(
        `UPDATE flags SET status = 'claimed', claimed_by = $2, claim_expires_at = now() + make_interval(mins => $3),
                          version = version + CASE WHEN $4 THEN 0 ELSE 1 END, updated_at = CASE WHEN $4 THEN updated_at ELSE now() END WHERE id = $1`,
        [flagId, moderator.id, CLAIM_MINUTES, renewed],
      );
      if (!renewed) await this.audit.record(manager, moderator, { action: 'claim', targetType: 'flag', targetId: flagId, before: { status: flag.status, claimedBy: flag.claimed_by } });
    });
    return this.get(flagId);
  }

  /**
   * What a post or message becomes under a moderator's action. Words their writer deleted stay
   * deleted: hiding or removing them changes nothing anyone sees, and restoring them would publish
   * what their writer took back, so that is refused.
   */
  private statusAfter(current: string, wanted: string): string {
    if (current !== 'deleted') return wanted;
    if (wanted === 'visible') throw new ApiException(HttpStatus.CONFLICT, 'CONTENT_GONE', 'Its writer deleted this, so it cannot be restored; resolve the item with another action.');
    return current;
  }

  async resolve(flagId: string, input: ResolveFlagRequest, moderator: AuditActor): Promise<QueueItem> {
    await this.act(flagId, input, moderator);
    return this.get(flagId);
  }

  /** `POST /escalations`: the review item's `escalate` action; answers the escalation's id. */
  async escalate(input: CreateEscalationRequest, moderator: AuditActor): Promise<string> {
    const { flagId, partnerId, basis, note, excerpt, version } = input;
    const escalationId = await this.act(flagId, { action: 'escalate', partnerId, basis, note, body: excerpt, version }, moderator);
    if (!escalationId) throw new Error('an escalate action made no escalation');
    return escalationId;
  }

  /** Applies a moderator's action to a review item; answers the escalation it made, if any. */
  private async act(flagId: string, input: ResolveFlagRequest, moderator: AuditActor): Promise<string | undefined> {
    let kick = false;
    let removedMessage: MessageRemoved | null = null;
    let restoredMessage: string | null = null;
    let noteSent: ModeratorNoteSent | null = null;
    let restricted: MemberRestricted | null = null;
    let escalationId: string | undefined;
    let answered: string[] = [];
    await this.dataSource.transaction(async (manager) => {
      // The content too, when the action changes it (hide, remove, restore, edit).
      const flag = await this.find(manager, flagId, true, STATUS_AFTER[input.action] !== undefined || input.action === 'edit');
      // A resolved item takes one more action: restoring what a moderator hid or removed (a key
      // pressed on the wrong item, a second look), while it is still hidden or removed.
      if (!(input.action === 'restore' && (await this.undoable(manager, flag)))) this.assertActionable(flag, moderator);
      if (input.version !== undefined && input.version !== flag.version) {
        throw new ApiException(HttpStatus.CONFLICT, 'STALE_VERSION', 'This item changed since you opened it (a new signal or another moderator). Reload it, then act.', {
          version: flag.version,
        });
      }
      // A member who asked for a person is never sanctioned from that asking: crisis is not abuse.
      // What they wrote elsewhere has its own item.
      if (flag.content_type === 'member' && (input.action === 'warn' || input.action === 'mute' || input.action === 'suspend')) {
        throw new ApiException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'ACTION_NOT_APPLICABLE',
          'A member who asked to talk to a moderator is not warned, muted or suspended for asking. Act on what they wrote from its own item.',
        );
      }
      const before: Record<string, unknown> = { flag: { status: flag.status, version: flag.version } };
      const after: Record<string, unknown> = {};
      const newStatus = STATUS_AFTER[input.action];
      if (flag.content_type === 'message' && newStatus) {
        const [message]: Array<{ status: string; slug: string }> = await manager.query(
          `SELECT g.status, r.slug FROM messages g JOIN rooms r ON r.id = g.room_id WHERE g.id = $1 FOR NO KEY UPDATE OF g`,
          [flag.content_id],
        );
        if (!message) throw new ApiException(HttpStatus.CONFLICT, 'CONTENT_GONE', 'The content of this item no longer exists.');
        before.message = { status: message.status };
        const status = this.statusAfter(message.status, newStatus);
        await manager.query(`UPDATE messages SET status = $2 WHERE id = $1`, [flag.content_id, status]);
        after.message = { status };
        // Hidden: the flag's NOTIFY withdraws it from members' screens and marks it held for its
        // writer and for moderators (RealtimeGateway); removed: it goes from every screen.
        if (status === 'removed') removedMessage = { room: message.slug, id: flag.content_id };
        else if (status === 'visible' && message.status !== 'visible') restoredMessage = flag.content_id;
      } else if (input.action === 'keep' && input.body !== undefined) {
        if (flag.content_type !== 'post') throw new ApiException(HttpStatus.CONFLICT, 'REPLY_NOT_POSSIBLE', 'A moderator reply can only follow a forum post; in chat, write in the room.');
        const [thread]: Array<{ thread_id: string }> = await manager.query(`SELECT thread_id FROM posts WHERE id = $1`, [flag.content_id]);
        if (!thread) throw new ApiException(HttpStatus.CONFLICT, 'CONTENT_GONE', 'The content of this item no longer exists.');
        const [reply]: Array<{ id: string }> = await manager.query(
          `INSERT INTO posts (thread_id, author_id, body, quote_post_id) VALUES ($1, $2, $3, $4) RETURNING id`,
          [thread.thread_id, moderator.id, input.body, flag.content_id],
        );
        await manager.query(`UPDATE threads SET last_activity_at = now(), reply_count = reply_count + 1 WHERE id = $1`, [thread.thread_id]);
        await this.outbox.recordModeration(manager, { contentType: 'post', contentId: reply.id, version: 1 });
        // A moderator answering the member is the reply that matters most: it counts as any other.
        answered = await this.replies.record(manager, reply.id);
        kick = true;
        after.reply = { postId: reply.id };
      } else if (newStatus || input.action === 'edit') {
        if (flag.content_type !== 'post') {
          const appliesTo = input.action === 'edit' ? 'forum posts' : 'forum posts and chat messages';
          throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, 'ACTION_NOT_APPLICABLE', `The action "${input.action}" applies to ${appliesTo}.`);
        }
        const [post]: Array<{ status: string; body: string; version: number; created_at: Date; edited_at: Date | null }> = await manager.query(
          `SELECT status, body, version, created_at, edited_at FROM posts WHERE id = $1 FOR NO KEY UPDATE`,
          [flag.content_id],
        );
        if (!post) throw new ApiException(HttpStatus.CONFLICT, 'CONTENT_GONE', 'The content of this item no longer exists.');
        before.post = { status: post.status, version: post.version };
        if (input.action === 'edit' && post.status === 'deleted') throw new ApiException(HttpStatus.CONFLICT, 'CONTENT_GONE', 'Its writer deleted this, so it cannot be edited; resolve the item with another action.');
        if (newStatus) {
          const status = this.statusAfter(post.status, newStatus);
          await manager.query(`UPDATE posts SET status = $2, updated_at = now() WHERE id = $1`, [flag.content_id, status]);
          after.post = { status };
        } else if (input.body !== undefined) {
          await manager.query(`INSERT INTO post_revisions (post_id, version, body, written_at) VALUES ($1, $2, $3, $4)`, [
            flag.content_id,
            post.version,
            post.body,
            post.edited_at ?? post.created_at,
          ]);
          await manager.query(`UPDATE posts SET body = $2, version = version + 1, edited_at = now(), updated_at = now(), moderator_note = $3 WHERE id = $1`, [
            flag.content_id,
            input.body,
            input.note ?? null,
          ]);
          await this.outbox.recordModeration(manager, { contentType: 'post', contentId: flag.content_id, version: post.version + 1 });
          kick = true;
          after.post = { version: post.version + 1, moderatorNote: input.note };
        }
      }
      // Only a writer can be warned, muted or suspended: with the account erased, the action would
      // reach nobody, yet the item would close as if it had.
      if ((input.action === 'warn' || input.action === 'mute' || input.action === 'suspend') && !flag.author_id) {
        throw new ApiException(HttpStatus.GONE, 'MEMBER_ERASED', 'Its writer erased their account, so there is no one to warn, mute or suspend. The other actions still apply.');
      }
      // Members only: a volunteer does not pause an admin, a fellow moderator or a crisis line's
      // counsellor from the queue (one wrong key would lock them out for a year); their roles are
      // an operator's to change.
      if ((input.action === 'warn' || input.action === 'mute' || input.action === 'suspend') && flag.author_id) {
        const [writer]: Array<{ role: string }> = await manager.query(`SELECT role FROM members WHERE id = $1`, [flag.author_id]);
        if (writer && writer.role !== 'member') {
          throw new ApiException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            'ACTION_NOT_APPLICABLE',
            'Its writer is a moderator, an admin or a crisis line’s counsellor: they are not warned, muted or suspended from the queue. Hide or remove the words, and tell an operator, who can change their role.',
          );
        }
      }
      if (input.action === 'warn' && flag.author_id && input.body) {
        const [note] = returnedRows<{ id: string; message: string; created_at: Date }>(
          await manager.query(`INSERT INTO member_warnings (member_id, flag_id, message) VALUES ($1, $2, $3) RETURNING id, message, created_at`, [flag.author_id, flagId, input.body]),
        );
        noteSent = { memberId: flag.author_id, note: { id: note.id, message: note.message, createdAt: note.created_at.toISOString(), seenAt: null } };
        after.warning = { memberId: flag.author_id };
      }
      if ((input.action === 'mute' || input.action === 'suspend') && flag.author_id && input.durationMinutes) {
        const column = input.action === 'mute' ? 'muted_until' : 'suspended_until';
        const [sanction] = returnedRows<{ until: Date }>(
          await manager.query(
            `UPDATE members SET ${column} = GREATEST(COALESCE(${column}, now()), now() + make_interval(mins => $2)) WHERE id = $1 RETURNING ${column} AS until`,
            [flag.author_id, input.durationMinutes],
          ),
        );
        after.sanction = { kind: input.action, memberId: flag.author_id, until: sanction?.until };
        if (sanction) restricted = { memberId: flag.author_id, kind: input.action === 'mute' ? 'muted' : 'suspended', until: sanction.until.toISOString() };
      }
      if (input.action === 'escalate' && input.partnerId) {
        escalationId = await this.escalations.escalate(
          manager,
          {
            flag: { id: flagId, risk: flag.risk, authorId: flag.author_id, contentType: flag.content_type },
            partnerId: input.partnerId,
            basis: input.basis,
            reason: input.note,
            excerpt: input.body,
          },
          moderator,
        );
        after.escalation = { partnerId: input.partnerId, escalationId };
      }

      if (input.action !== 'note') {
        await manager.query(
          `UPDATE flags SET ${resolvedFlagSet('$2', '$3')} WHERE id = $1`,
          [flagId, moderator.id, input.action],
        );
        after.flag = { status: 'resolved', resolution: input.action };
      }
      await this.audit.record(manager, moderator, { action: input.action, targetType: 'flag', targetId: flagId, reason: input.note ?? null, before, after });
    });
    if (kick || escalationId) this.relay.kick();
    if (removedMessage) this.events.messageRemoved.next(removedMessage);
    if (restoredMessage) this.events.messageRestored.next({ id: restoredMessage });
    if (noteSent) this.events.moderatorNote.next(noteSent);
    if (restricted) this.events.memberRestricted.next(restricted);
    this.replies.announce(answered);
    return escalationId;
  }

  /**
   * Whether a resolved item was resolved by hiding or removing its post or message, which is
   * still hidden or removed, and no newer item is open on it (whose review a restore would skip):
   * then restoring it undoes the action.
   */
  private async undoable(manager: EntityManager, flag: FlagRow): Promise<boolean> {
    const table = contentTable(flag.content_type);
    if (flag.status !== 'resolved' || !table) return false;
    const [row]: Array<{ undoable: boolean }> = await manager.query(
      `SELECT (f.resolution IN ('hide', 'remove') AND c.status IN ('hidden', 'removed')
               AND NOT EXISTS (SELECT 1 FROM flags o WHERE o.content_type = f.content_type AND o.content_id = f.content_id AND o.status <> 'resolved')) AS undoable
         FROM flags f JOIN ${table} c ON c.id = f.content_id WHERE f.id = $1`,
      [flag.id],
    );
    return row?.undoable === true;
  }

  /**
   * Refuses an action on an item resolved, or claimed by someone else. Each refusal carries the
   * item's version as it was refused, so the page can tell a copy of the item older than the
   * refusal (a read that lands late) from one newer than it, which it is no longer about.
   */
  private assertActionable(flag: FlagRow, moderator: AuditActor): void {
    if (flag.status === 'resolved') {
      throw new ApiException(HttpStatus.CONFLICT, 'ALREADY_RESOLVED', `${flag.resolver_pseudonym ?? 'Another moderator'} already resolved this item.`, {
        resolvedBy: flag.resolved_by ? { id: flag.resolved_by, pseudonym: flag.resolver_pseudonym } : null,
        resolvedAt: flag.resolved_at?.toISOString() ?? null,
        version: flag.version,
      });
    }
    if (flag.claim_live && flag.claimed_by !== moderator.id) {
      throw new ApiException(HttpStatus.CONFLICT, 'ALREADY_CLAIMED', `${flag.claimer_pseudonym ?? 'Another moderator'} is working on this item.`, {
        claimedBy: { id: flag.claimed_by, pseudonym: flag.claimer_pseudonym },
        claimExpiresAt: flag.claim_expires_at?.toISOString() ?? null,
        version: flag.version,
      });
    }
  }

  private async find(manager: EntityManager, flagId: string, lock: boolean, lockContent = false): Promise<FlagRow> {
    // Lock first, then read: a statement that waited on the lock would otherwise join the other
    // tables as they were before the winner committed (and not know who resolved the item).
    // The item's member, and for a post the thread's starter (a moderator's reply answers them),
    // are held before the item (holdNamedMembers): one erased meanwhile is read as gone, and no
    // warning, support room or reply notice is made for them.
    if (lock) {
      await holdNamedMembers(manager, {
        sql: `SELECT author_id FROM flags WHERE id = $1
              UNION ALL SELECT t.author_id FROM flags f JOIN posts p ON p.id = f.content_id JOIN threads t ON t.id = p.thread_id WHERE f.id = $1 AND f.content_type = 'post'`,
        parameters: [flagId],
      });
      // Then the post or message the action changes, then the item: the order every writer of
      // both keeps (a report's row holds the post, then opens or finds the item; the worker holds
      // the post, then writes the item). Taken after the item, a moderator hiding a post waited on
      // a report that waited on the item, and PostgreSQL ended one of them. NO KEY UPDATE, as the
      // change touches no key: reports and quoting replies, which hold the post FOR KEY SHARE
      // through their foreign keys, go on meanwhile.
      if (lockContent) {
        const [item]: Array<{ content_type: string; content_id: string }> = await manager.query(`SELECT content_type, content_id FROM flags WHERE id = $1`, [flagId]);
        const table = contentTable(item?.content_type);
        if (table) await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR NO KEY UPDATE`, [item.content_id]);
      }
      await manager.query(`SELECT id FROM flags WHERE id = $1 FOR UPDATE`, [flagId]);
    }
    const rows: FlagRow[] = await manager.query(`${this.flagSelect()} WHERE f.id = $1`, [flagId]);
    if (!rows[0]) throw new ApiException(HttpStatus.NOT_FOUND, 'FLAG_NOT_FOUND', 'There is no such review item.');
    return rows[0];
  }

  private flagSelect(): string {
    return `SELECT f.id, f.kind, f.status, f.priority, f.risk, f.content_type, f.content_id, f.author_id, am.role AS author_role, f.categories, f.created_at, f.due_at,
                   f.claimed_by, ${shownPseudonym('cm')} AS claimer_pseudonym, f.claim_expires_at,
                   (f.status = 'claimed' AND f.claim_expires_at > now()) AS claim_live,
                   f.resolved_by, ${shownPseudonym('rm')} AS resolver_pseudonym, f.resolved_at, f.version,
                   COALESCE(p.body, g.body) AS body,
                   (SELECT count(*)::int FROM flag_signals s WHERE s.flag_id = f.id AND s.source = 'report') AS reports,
                   EXISTS (SELECT 1 FROM flag_signals s WHERE s.flag_id = f.id AND s.source = 'second_opinion') AS second_opinion,
                   (f.content_type = 'member' AND EXISTS (SELECT 1 FROM flag_signals s WHERE s.flag_id = f.id AND s.reason = 'talk_to_moderator')) AS talk_requested,
                   (f.content_type = 'member' AND EXISTS (SELECT 1 FROM flag_signals s WHERE s.flag_id = f.id AND s.reason = 'crisis_in_report_note')) AS crisis_in_report_note,
                   (f.content_type = 'member' AND EXISTS (SELECT 1 FROM flag_signals s WHERE s.flag_id = f.id AND s.reason = 'crisis_in_withheld_words')) AS crisis_in_withheld_words,
                   (f.content_type = 'member' AND EXISTS (SELECT 1 FROM flag_signals s WHERE s.flag_id = f.id AND s.reason = 'crisis_in_edited_words')) AS crisis_in_edited_words,
                   CASE WHEN f.content_type = 'member' THEN (SELECT o.channel FROM outreach_requests o WHERE o.flag_id = f.id ORDER BY o.created_at DESC LIMIT 1) END AS outreach_channel,
                   CASE WHEN f.content_type = 'member' THEN (SELECT o.withdrawn_at IS NOT NULL FROM outreach_requests o WHERE o.flag_id = f.id OR (o.member_id = f.content_id AND o.withdrawn_at > f.created_at) ORDER BY o.created_at DESC LIMIT 1) END AS outreach_withdrawn,
                   CASE WHEN f.content_type = 'member' THEN (SELECT EXISTS (SELECT 1 FROM audit_log a WHERE a.target_type = 'outreach_request' AND a.target_id = o.id AND a.action = 'outreach_contact_updated')
                                                              FROM outreach_requests o WHERE o.flag_id = f.id ORDER BY o.created_at DESC LIMIT 1) END AS outreach_number_changed,
                   (f.content_type = 'member' AND EXISTS (SELECT 1 FROM flag_signals s WHERE s.flag_id = f.id AND s.reason = 'partner_delivery_failed')) AS handoff_failed_before,
                   CASE WHEN f.content_type = 'member' THEN (SELECT json_build_object('partner', pa.name, 'channel', e.payload->>'channel') FROM escalations e JOIN partners pa ON pa.id = e.partner_id
                                                              WHERE e.member_id = f.content_id AND ${deliveryFailed('e')} ORDER BY e.created_at DESC LIMIT 1) END AS failed_handoff
              FROM flags f
              LEFT JOIN members am ON am.id = f.author_id
              LEFT JOIN members cm ON cm.id = f.claimed_by
              LEFT JOIN members rm ON rm.id = f.resolved_by
              LEFT JOIN posts p ON f.content_type = 'post' AND p.id = f.content_id
              LEFT JOIN messages g ON f.content_type = 'message' AND g.id = f.content_id`;
  }

  private toItem(row: FlagRow): QueueItem {
    const claimLive = row.claim_live;
    return {
      id: row.id,
      kind: row.kind,
      status: row.status === 'claimed' && !claimLive ? 'open' : row.status,
      priority: row.priority,
      risk: row.risk,
      contentType: row.content_type,
      contentId: row.content_id,
      excerpt: excerptOf(row),
      categories: row.categories,
      createdAt: row.created_at.toISOString(),
      dueAt: row.due_at.toISOString(),
      overdue: row.status !== 'resolved' && row.due_at.getTime() < Date.now(),
      claimedBy: claimLive && row.claimed_by ? { id: row.claimed_by, pseudonym: row.claimer_pseudonym ?? 'former member' } : null,
      claimExpiresAt: claimLive && row.claim_expires_at ? row.claim_expires_at.toISOString() : null,
      version: row.version,
      reports: row.reports,
      authorId: row.author_id,
      authorRole: row.author_id === null ? null : row.author_role,
      handoffFailed: row.failed_handoff !== null,
      secondOpinion: row.second_opinion,
    };
  }
}
