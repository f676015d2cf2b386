import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  ACCOUNT_EXPORT_FORMAT,
  type AccountExport,
  type CrisisNoticeContentType,
  type ExportedChatMessage,
  type ExportedCrisisNotice,
  type ExportedFollow,
  type ExportedModeratorAlert,
  type ExportedPost,
  type ExportedReaction,
  type ExportedReplyToYou,
  type ExportedReport,
  type ExportedSafetyPlan,
  type ExportedSupportRequest,
  type ExportedThread,
  type ExportedWarning,
  type MemberPreferences,
  type MemberRole,
  type ReactionKind,
  type ReplyKind,
} from '@lantern/contracts';
import { crisisNoticeConcern } from '@lantern/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../auth/auth.decorators';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { HiddenMembersService } from '../hides/hidden-members.service';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { RateLimitService, type RatePolicy } from '../rate-limit/rate-limit.service';
import { SafetyPlanService } from '../safety-plan/safety-plan.service';

interface AccountRow {
  pseudonym: string;
  role: MemberRole;
  region: string | null;
  preferences: MemberPreferences;
  created_at: Date;
  muted_until: Date | null;
  suspended_until: Date | null;
  name_changed_at: Date[];
}

interface ThreadRow {
  id: string;
  title: string;
  category_slug: string;
  category_name: string;
  content_warning: string | null;
  status: string;
  author_alias: string | null;
  created_at: Date;
}

interface PostRow {
  id: string;
  thread_id: string;
  thread_title: string | null;
  category_slug: string;
  category_name: string;
  body: string;
  author_alias: string | null;
  status: string;
  created_at: Date;
  edited_at: Date | null;
  earlier_versions: Array<{ version: number; body: string; written_at: string }>;
}

interface MessageRow {
  id: string;
  room: string;
  body: string;
  status: string;
  created_at: Date;
}

interface NoticeRow {
  created_at: Date;
  for_other: boolean;
  danger: boolean;
  content_type: CrisisNoticeContentType;
  content_id: string;
  closed_at: Date | null;
  closed_how: string | null;
  support_requested_at: Date | null;
}

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * A member's data, theirs to take with them (GDPR access and portability): what they wrote,
 * gave, asked for and were told, read in one snapshot. Every query is keyed on the member's own
 * id and selects only columns that are theirs or that they were shown; other members appear as
 * content ids, or as the name the member saw when they hid someone. Moderators' notes, review
 * items, classifier results and the audit log are not the member's words and stay out.
 */
@Injectable()
export class AccountExportService {
  /** Each export reads everything the member ever wrote: a few an hour is plenty for a person, and bounds a loop. */
  private readonly policy: RatePolicy;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly limits: RateLimitService,
    private readonly hides: HiddenMembersService,
    private readonly safetyPlans: SafetyPlanService,
    @Inject(SERVER_ENV) env: ServerEnv,
  ) {
    this.policy = {
      name: 'exports',
      points: env.RATE_LIMIT_EXPORTS_PER_HOUR,
      durationSeconds: 3600,
      message: "You've downloaded your data several times in a short while, so we've paused new downloads for a bit. The last file you saved has everything.",
    };
  }

  async export(member: AuthenticatedMember): Promise<AccountExport> {
    await this.limits.consume(this.policy, `member:${member.id}`);
    const exportedAt = new Date();
    // One snapshot, so a post written mid-export cannot appear in one list and be missing from another.
    const fromDatabase = await this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, member.id));
    const [hidden, safetyPlan] = await Promise.all([this.hides.list({ id: member.id, role: member.role }), this.safetyPlan(member.id)]);
    return {
      format: ACCOUNT_EXPORT_FORMAT,
      exportedAt: exportedAt.toISOString(),
      ...fromDatabase,
      hiddenMembers: hidden.items,
      safetyPlan,
    };
  }

  private async read(manager: EntityManager, memberId: string): Promise<Omit<AccountExport, 'format' | 'exportedAt' | 'hiddenMembers' | 'safetyPlan'>> {
    const [account]: AccountRow[] = await manager.query(
      `SELECT pseudonym, role, region, preferences, created_at, muted_until, suspended_until, name_changed_at FROM members WHERE id = $1 AND deleted_at IS NULL`,
      [memberId],
    );
    // An erased account's access token outlives it by up to 15 minutes; it gets nothing.
    if (!account) throw new ApiException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'This account no longer exists.');
    return {
      account: {
        pseudonym: account.pseudonym,
        role: account.role,
        region: account.region,
        preferences: account.preferences,
        createdAt: iso(account.created_at),
        nameChangedAt: [...account.name_changed_at].sort((a, b) => a.getTime() - b.getTime()).map(iso),
      },
      threads: await this.threads(manager, memberId),
      posts: await this.posts(manager, memberId),
      chatMessages: await this.chatMessages(manager, memberId),
      reactions: await this.reactions(manager, memberId),
      follows: await this.follows(manager, memberId),
      reports: await this.reports(manager, memberId),
      repliesToYou: await this.repliesToYou(manager, memberId),
      moderation: {
        warnings: await this.warnings(manager, memberId),
        // The end of the latest mute or suspension, as the member was told it (past or present).
        mutedUntil: isoOrNull(account.muted_until),
        suspendedUntil: isoOrNull(account.suspended_until),
      },
      crisisSupport: {
        notices: await this.crisisNotices(manager, memberId),
        requests: await this.supportRequests(manager, memberId),
        moderatorsTold: await this.moderatorAlerts(manager, memberId),
      },
    };
  }

  private async threads(manager: EntityManager, memberId: string): Promise<ExportedThread[]> {
    const rows: ThreadRow[] = await manager.query(
      `SELECT t.id, t.title, c.slug AS category_slug, c.name AS category_name, t.content_warning, t.status, t.author_alias, t.created_at
         FROM threads t JOIN categories c ON c.id = t.category_id
        WHERE t.author_id = $1 ORDER BY t.created_at, t.id`,
      [memberId],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      category: { slug: row.category_slug, name: row.category_name },
      contentWarning: row.content_warning,
      status: row.status,
      alias: row.author_alias,
      createdAt: iso(row.created_at),
    }));
  }

  private async posts(manager: EntityManager, memberId: string): Promise<ExportedPost[]> {
    const rows: PostRow[] = await manager.query(
      // Another member's thread is named only while it is up: one a moderator hid or removed, or its
      // writer deleted, is theirs, and its title is no more the reader's to keep than its words.
      `SELECT p.id, p.thread_id, CASE WHEN t.author_id = $1 OR t.status = 'visible' THEN t.title END AS thread_title, c.slug AS category_slug, c.name AS category_name,
              p.body, p.author_alias, p.status, p.created_at, p.edited_at,
              (SELECT coalesce(json_agg(json_build_object('version', r.version, 'body', r.body, 'written_at', r.written_at) ORDER BY r.version), '[]')
                 FROM post_revisions r WHERE r.post_id = p.id) AS earlier_versions
         FROM posts p JOIN threads t ON t.id = p.thread_id JOIN categories c ON c.id = t.category_id
        WHERE p.author_id = $1 ORDER BY p.created_at, p.id`,
      [memberId],
    );
    return rows.map((row) => ({
      id: row.id,
      thread: { id: row.thread_id, title: row.thread_title },
      category: { slug: row.category_slug, name: row.category_name },
      body: row.body,
      alias: row.author_alias,
      status: row.status,
      createdAt: iso(row.created_at),
      editedAt: isoOrNull(row.edited_at),
      earlierVersions: row.earlier_versions.map((earlier) => ({ version: earlier.version, body: earlier.body, writtenAt: iso(new Date(earlier.written_at)) })),
    }));
  }

  private async chatMessages(manager: EntityManager, memberId: string): Promise<ExportedChatMessage[]> {
    const rows: MessageRow[] = await manager.query(
      `SELECT m.id, r.slug AS room, m.body, m.status, m.created_at FROM messages m JOIN rooms r ON r.id = m.room_id
        WHERE m.author_id = $1 ORDER BY m.created_at, m.id`,
      [memberId],
    );
    return rows.map((row) => ({ id: row.id, room: row.room, body: row.body, status: row.status, createdAt: iso(row.created_at) }));
  }

  private async reactions(manager: EntityManager, memberId: string): Promise<ExportedReaction[]> {
    const rows: Array<{ post_id: string; kind: ReactionKind; created_at: Date }> = await manager.query(
      `SELECT post_id, kind, created_at FROM post_reactions WHERE member_id = $1 ORDER BY created_at, post_id, kind`,
      [memberId],
    );
    return rows.map((row) => ({ postId: row.post_id, kind: row.kind, createdAt: iso(row.created_at) }));
  }

  private async follows(manager: EntityManager, memberId: string): Promise<ExportedFollow[]> {
    const rows: Array<{ thread_id: string; created_at: Date }> = await manager.query(
      `SELECT thread_id, created_at FROM thread_follows WHERE member_id = $1 ORDER BY created_at, thread_id`,
      [memberId],
    );
    return rows.map((row) => ({ threadId: row.thread_id, followedAt: iso(row.created_at) }));
  }

  private async reports(manager: EntityManager, memberId: string): Promise<ExportedReport[]> {
    const rows: Array<{ content_type: 'post' | 'message'; content_id: string; reason: string; note: string | null; created_at: Date }> = await manager.query(
      `SELECT 'post' AS content_type, post_id AS content_id, reason, note, created_at FROM post_reports WHERE reporter_id = $1
       UNION ALL
       SELECT 'message', message_id, reason, note, created_at FROM message_reports WHERE reporter_id = $1
       ORDER BY created_at, content_id`,
      [memberId],
    );
    return rows.map((row) => ({ contentType: row.content_type, contentId: row.content_id, reason: row.reason, note: row.note, createdAt: iso(row.created_at) }));
  }

  /** Each reply recorded for the member and when they read it: ids only, the reply itself is its writer's. */
  private async repliesToYou(manager: EntityManager, memberId: string): Promise<ExportedReplyToYou[]> {
    const rows: Array<{ post_id: string; thread_id: string; kind: ReplyKind; created_at: Date; read_at: Date | null }> = await manager.query(
      `SELECT post_id, thread_id, kind, created_at, read_at FROM reply_notices WHERE member_id = $1 ORDER BY created_at, post_id`,
      [memberId],
    );
    return rows.map((row) => ({ postId: row.post_id, threadId: row.thread_id, kind: row.kind, createdAt: iso(row.created_at), readAt: isoOrNull(row.read_at) }));
  }

  private async warnings(manager: EntityManager, memberId: string): Promise<ExportedWarning[]> {
    const rows: Array<{ kind: ExportedWarning['kind']; message: string; created_at: Date; seen_at: Date | null }> = await manager.query(
      `SELECT kind, message, created_at, seen_at FROM member_warnings WHERE member_id = $1 ORDER BY created_at, id`,
      [memberId],
    );
    return rows.map((row) => ({ kind: row.kind, message: row.message, createdAt: iso(row.created_at), seenAt: isoOrNull(row.seen_at) }));
  }

  /** The notices and whether the member asked for a moderator; not the risk the classifier saw (that is not something they were shown). */
  private async crisisNotices(manager: EntityManager, memberId: string): Promise<ExportedCrisisNotice[]> {
    const rows: NoticeRow[] = await manager.query(
      `SELECT created_at, for_other, danger, content_type, content_id, closed_at, closed_how, support_requested_at
         FROM crisis_notices WHERE member_id = $1 ORDER BY created_at, id`,
      [memberId],
    );
    return rows.map((row) => ({
      createdAt: iso(row.created_at),
      concern: crisisNoticeConcern(row),
      contentType: row.content_type,
      contentId: row.content_id,
      closedAt: isoOrNull(row.closed_at),
      closedHow: row.closed_how,
      moderatorAskedAt: isoOrNull(row.support_requested_at),
    }));
  }

  /**
   * What the member asked for themself: "talk to a moderator now" and a counsellor. A failed
   * hand-off to a crisis line also puts them on the queue, but that was not their request.
   */
  private async supportRequests(manager: EntityManager, memberId: string): Promise<ExportedSupportRequest[]> {
    const rows: Array<{ created_at: Date; reason: 'talk_to_moderator' | 'outreach_requested' }> = await manager.query(
      `SELECT s.created_at, s.reason FROM flag_signals s JOIN flags f ON f.id = s.flag_id
        WHERE f.content_type = 'member' AND f.content_id = $1 AND s.source = 'support_request' AND s.reason IN ('talk_to_moderator', 'outreach_requested')
        ORDER BY s.created_at, s.id`,
      [memberId],
    );
    return rows.map((row) => ({ askedAt: iso(row.created_at), askedFor: row.reason === 'talk_to_moderator' ? 'moderator' : 'counsellor' }));
  }

  /** Lantern's own reasons for putting the member on the queue (the worker's, never a request of theirs). */
  private async moderatorAlerts(manager: EntityManager, memberId: string): Promise<ExportedModeratorAlert[]> {
    const rows: Array<{ created_at: Date; reason: ExportedModeratorAlert['because'] }> = await manager.query(
      `SELECT s.created_at, s.reason FROM flag_signals s JOIN flags f ON f.id = s.flag_id
        WHERE f.content_type = 'member' AND f.content_id = $1 AND s.source = 'support_request'
          AND s.reason IN ('crisis_in_report_note', 'crisis_in_withheld_words', 'crisis_in_edited_words', 'partner_delivery_failed')
        ORDER BY s.created_at, s.id`,
      [memberId],
    );
    return rows.map((row) => ({ at: iso(row.created_at), because: row.reason }));
  }

  /** A plan the configured key cannot open is named in the file instead of failing the whole export. */
  private async safetyPlan(memberId: string): Promise<ExportedSafetyPlan> {
    try {
      const plan = await this.safetyPlans.read(memberId);
      if (plan.updatedAt === null) return { status: 'none' };
      return { status: 'included', updatedAt: plan.updatedAt, sections: plan.sections };
    } catch (error) {
      if (!(error instanceof ApiException) || error.code !== 'SAFETY_PLAN_UNREADABLE') throw error;
      return {
        status: 'unreadable',
        message: "Your saved safety plan couldn't be opened for this file just now. It is kept safe and nothing has been lost; download your data again later to include it.",
      };
    }
  }
}
