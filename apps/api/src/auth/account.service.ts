import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { MEMBER_PREFERENCES_MAX, type MemberView } from '@lantern/contracts';
import { returnedRows } from '@lantern/db';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { resolvedFlagSet } from '../moderation/flag-resolution';
import { AuthService, toMemberView } from './auth.service';
import { SessionsEnded } from './sessions-ended.service';

/**
 * A member's own account: reading it, changing region and preferences, and erasing it.
 *
 * Erasure keeps the words a member posted in threads (replies from others would stop making
 * sense without them) but unlinks them: posts and chat messages lose their author and read as
 * "former member"; aliases, reactions, follows, replies to them, notices, warnings, the safety plan,
 * requests for a counsellor (and the phone number given), credentials and sessions are deleted;
 * reports and hand-offs to partners stay without them; the pseudonym is replaced so it can be taken
 * again. Moderators' audit rows and review items about the account stay, under its id alone,
 * because accountability for their actions must outlive any one member.
 */
@Injectable()
export class AccountService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly sessionsEnded: SessionsEnded,
  ) {}

  async me(memberId: string): Promise<MemberView> {
    return toMemberView(await this.auth.member(memberId));
  }

  /**
   * Region and preferences. Preferences are merged key by key (a `null` value removes that key), so
   * a page that changes one setting (replies to you, say) leaves the others as they were.
   */
  async update(memberId: string, change: { region?: string | null; preferences?: Record<string, string | number | boolean | null> }): Promise<MemberView> {
    await this.auth.member(memberId);
    const rows = returnedRows<{ id: string }>(
      await this.dataSource.query(
        `WITH changed AS (SELECT id, CASE WHEN $4::jsonb IS NULL THEN preferences ELSE jsonb_strip_nulls(preferences || $4::jsonb) END AS preferences FROM members WHERE id = $1)
         UPDATE members m SET region = CASE WHEN $2 THEN $3 ELSE m.region END, preferences = changed.preferences
           FROM changed WHERE m.id = changed.id AND (SELECT count(*) FROM jsonb_object_keys(changed.preferences)) <= ${MEMBER_PREFERENCES_MAX}
         RETURNING m.id`,
        [memberId, change.region !== undefined, change.region ?? null, change.preferences === undefined ? null : JSON.stringify(change.preferences)],
      ),
    );
    if (rows.length === 0) {
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `An account keeps at most ${MEMBER_PREFERENCES_MAX} preferences; remove one (set it to null) first.`);
    }
    return this.me(memberId);
  }

  async erase(memberId: string): Promise<void> {
    await this.auth.member(memberId);
    await this.dataSource.transaction(async (manager) => {
      // The account's row first: a write under way (which holds it, assertMaySpeak) finishes before
      // its words are unlinked below; one that starts now waits and then finds the account gone.
      const [live] = await manager.query(`SELECT id FROM members WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`, [memberId]);
      if (!live) return; // erased meanwhile by another request: nothing left to do
      // The id the writer's device chose for a resend is theirs too (any client may choose it), and
      // without an author it can never be resent: a post's goes, a message's own id takes its place.
      await manager.query(`UPDATE posts SET author_id = NULL, author_alias = NULL, client_post_id = NULL, client_request_digest = NULL WHERE author_id = $1`, [memberId]);
      await manager.query(`UPDATE threads SET author_id = NULL, author_alias = NULL WHERE author_id = $1`, [memberId]);
      await manager.query(`UPDATE messages SET author_id = NULL, client_msg_id = id::text WHERE author_id = $1`, [memberId]);
      // Their open requests for support close now, in the moderators' record: nobody is left to
      // reach, and an item "asking for help now" would otherwise sit on top of the queue (and
      // count as overdue imminent risk) with nothing a moderator could do for it.
      await manager.query(
        `WITH closed AS (
           UPDATE flags SET ${resolvedFlagSet('NULL', `'member_erased'`)}
            WHERE content_type = 'member' AND content_id = $1 AND status <> 'resolved' RETURNING id)
         INSERT INTO audit_log (actor_id, actor_role, action, target_type, target_id, reason, after)
         SELECT NULL, 'system', 'member_erased', 'flag', id, $2, '{"flag": {"status": "resolved", "resolution": "member_erased"}}'::jsonb FROM closed`,
        [memberId, 'The member erased their account: Lantern can no longer reach them.'],
      );
      await manager.query(`UPDATE flags SET author_id = NULL WHERE author_id = $1`, [memberId]);
      // A moderator who leaves lets go of the items they were working on, so another can take
      // them now rather than when the claim lapses (an imminent-risk item cannot wait 15 minutes).
      await manager.query(`UPDATE flags SET status = 'open', claimed_by = NULL, claim_expires_at = NULL WHERE claimed_by = $1 AND status = 'claimed'`, [memberId]);
      // The safety plan goes with the account, whole: nothing of it is anyone else's. So do words
      // refused and still waiting for the worker's crisis check, the marks of messages they took
      // back, and any name a moderator replaced (kept only so that it signed them in): free for
      // anyone again, as their last name is.
      for (const table of ['thread_aliases', 'post_reactions', 'thread_follows', 'reply_notices', 'crisis_notices', 'member_warnings', 'refresh_tokens', 'room_members', 'chat_send_windows', 'chat_take_backs', 'safety_plans', 'withheld_words', 'former_pseudonyms']) {
        await manager.query(`DELETE FROM ${table} WHERE member_id = $1`, [memberId]);
      }
      // Whom they hid, and every hide of them: a name nobody can see any more needs no hiding.
      await manager.query(`DELETE FROM member_hides WHERE member_id = $1 OR hidden_id = $1`, [memberId]);
      await manager.query(`UPDATE post_reports SET reporter_id = NULL WHERE reporter_id = $1`, [memberId]);
      await manager.query(`UPDATE message_reports SET reporter_id = NULL WHERE reporter_id = $1`, [memberId]);
      // The report's signal on the review item too: moderators keep the report, not who made it.
      await manager.query(`UPDATE flag_signals SET reporter_id = NULL WHERE reporter_id = $1`, [memberId]);
      // Asking for a counsellor: the consent and any phone number given with it go. A hand-off a
      // partner already has stays theirs to finish, but no longer leads to the account, and
      // Lantern's copy of the number goes now rather than when the case closes.
      await manager.query(`DELETE FROM outreach_requests WHERE member_id = $1`, [memberId]);
      // A hand-off not delivered yet has not reached the line, and now never will: closed as a
      // withdrawal closes one (its excerpt cleared), so neither a retry nor an admin's redelivery
      // sends the words of someone who has left, whom nobody could reach.
      await manager.query(
        `WITH closed AS (
           UPDATE escalations SET status = 'closed', outcome = $2, phone_ciphertext = NULL, payload = jsonb_set(payload, '{excerpt}', 'null'), updated_at = now()
            WHERE member_id = $1 AND status = 'created' RETURNING id)
         INSERT INTO escalation_events (escalation_id, status, note) SELECT id, 'closed', $3 FROM closed`,
        [memberId, 'Not sent: the member erased their account first.', 'The member erased their account before the line had the case; it was not sent.'],
      );
      await manager.query(`UPDATE escalations SET member_id = NULL, phone_ciphertext = NULL WHERE member_id = $1`, [memberId]);
      // A withdrawal is the member's own step on the case's timeline; rows written before it stopped
      // naming them (it names nobody now) lose the name here.
      await manager.query(`UPDATE escalation_events SET actor_id = NULL WHERE actor_id = $1 AND status = 'withdrawn'`, [memberId]);
      // Every device's access token stops counting now, not when it runs out.
      await this.sessionsEnded.end(manager, memberId);
      await manager.query(
        `UPDATE members SET pseudonym = $2, passphrase_hash = NULL, recovery_code_hash = NULL, region = NULL, preferences = '{}', deleted_at = now() WHERE id = $1`,
        [memberId, `erased-${randomBytes(8).toString('hex')}`],
      );
    });
  }
}
