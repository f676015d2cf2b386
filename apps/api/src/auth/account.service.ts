import { Inject, Injectable } from '@nestjs/common';
import type { MemberView } from '@lantern/contracts';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { AuthService, toMemberView } from './auth.service';

/**
 * A member's own account: reading it, changing region and preferences, and erasing it.
 *
 * Erasure keeps the words a member posted in threads (replies from others would stop making
 * sense without them) but unlinks them: posts and chat messages lose their author and read as
 * "former member"; aliases, reactions, follows, notices, warnings, the safety plan, credentials
 * and sessions are deleted; the pseudonym is replaced so it can be taken again. Moderators' audit
 * rows about the account stay, because accountability for their actions must outlive any one member.
 */
@Injectable()
export class AccountService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly auth: AuthService,
  ) {}

  async me(memberId: string): Promise<MemberView> {
    return toMemberView(await this.auth.member(memberId));
  }

  async update(memberId: string, change: { region?: string | null; preferences?: Record<string, string | number | boolean> }): Promise<MemberView> {
    await this.auth.member(memberId);
    await this.dataSource.query(
      `UPDATE members SET region = CASE WHEN $2 THEN $3 ELSE region END, preferences = COALESCE($4::jsonb, preferences) WHERE id = $1`,
      [memberId, change.region !== undefined, change.region ?? null, change.preferences === undefined ? null : JSON.stringify(change.preferences)],
    );
    return this.me(memberId);
  }

  async erase(memberId: string): Promise<void> {
    await this.auth.member(memberId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE posts SET author_id = NULL, author_alias = NULL WHERE author_id = $1`, [memberId]);
      await manager.query(`UPDATE threads SET author_id = NULL, author_alias = NULL WHERE author_id = $1`, [memberId]);
      await manager.query(`UPDATE messages SET author_id = NULL WHERE author_id = $1`, [memberId]);
      await manager.query(`UPDATE flags SET author_id = NULL WHERE author_id = $1`, [memberId]);
      // The safety plan goes with the account, whole: nothing of it is anyone else's.
      for (const table of ['thread_aliases', 'post_reactions', 'thread_follows', 'crisis_notices', 'member_warnings', 'refresh_tokens', 'room_members', 'chat_send_windows', 'safety_plans']) {
        await manager.query(`DELETE FROM ${table} WHERE member_id = $1`, [memberId]);
      }
      // Whom they hid, and every hide of them: a name nobody can see any more needs no hiding.
      await manager.query(`DELETE FROM member_hides WHERE member_id = $1 OR hidden_id = $1`, [memberId]);
      await manager.query(`UPDATE post_reports SET reporter_id = NULL WHERE reporter_id = $1`, [memberId]);
      await manager.query(`UPDATE message_reports SET reporter_id = NULL WHERE reporter_id = $1`, [memberId]);
      await manager.query(
        `UPDATE members SET pseudonym = $2, passphrase_hash = NULL, recovery_code_hash = NULL, region = NULL, preferences = '{}', deleted_at = now() WHERE id = $1`,
        [memberId, `erased-${randomBytes(8).toString('hex')}`],
      );
    });
  }
}
