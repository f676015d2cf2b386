import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { holdNamedMembers, openingPostId, returnedRows } from '@lantern/db';
import { threadHeading } from '@lantern/moderation';
import {
  FORUM_LIMITS,
  REACTION_KINDS,
  type Category,
  type CreatePostRequest,
  type CreateThreadRequest,
  type Page,
  type Post,
  type PostReportReceipt,
  type PostStatus,
  type ReactionKind,
  type ReportPostRequest,
  type SearchHit,
  type Thread,
  type ThreadSummary,
} from '@lantern/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertMaySpeak, holdLiveAccount } from '../auth/sanctions';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { ReadReplica } from '../infra/read-replica.service';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { OutboxService } from '../outbox/outbox.service';
import { decodeCursor, toPage } from './forum-cursor';
import { plainExcerpt, renderPostVersion } from './render-markdown';
import { ReportFlagger } from '../moderation/report-flagger';
import { FORMER_MEMBER, readForum, readForumFromReplica, SEARCH_SQL } from './forum-read-sql';
import { WatchedWordsService } from '../watched-words/watched-words.service';
import { WithheldWordsService } from '../withheld-words/withheld-words.service';
import { RateLimitedException, RateLimitService, type RatePolicy } from '../rate-limit/rate-limit.service';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { ThreadAliasService } from './thread-alias.service';
import { RepliesToYouService } from '../replies-to-you/replies-to-you.service';
import { toAuthor, type AuthorColumns } from './forum-author';
import { clientPostOf, earlierClientPost, isClientPostTaken, type ClientPost } from './client-post-id';

/** Who is reading or writing. Moderators and admins also see hidden content and member ids. */
export interface Viewer {
  id: string;
  role: 'member' | 'moderator' | 'admin' | 'partner';
}

const isStaff = (viewer: Viewer) => viewer.role === 'moderator' || viewer.role === 'admin';

interface ThreadRow extends AuthorColumns {
  id: string;
  cursor_at: string;
  category_slug: string;
  category_name: string;
  title: string;
  content_warning: string | null;
  reply_count: number;
  created_at: Date;
  last_activity_at: Date;
  first_post_id: string;
  open_to_viewer: boolean;
  crisis_support: boolean;
  following: boolean;
  unread: number;
  /** Only read by `threadById`. */
  hidden_by_you?: boolean;
}

interface PostRow extends AuthorColumns {
  id: string;
  cursor_at: string;
  thread_id: string;
  body: string;
  status: Post['status'];
  version: number;
  created_at: Date;
  edited_at: Date | null;
  moderator_note: string | null;
  quote_post_id: string | null;
  quote_body: string | null;
  quote_status: Post['status'] | null;
  quote_author_name: string | null;
  hug: number;
  me_too: number;
  thank_you: number;
  my_reactions: ReactionKind[];
  hidden_by_you: boolean;
  quote_hidden_by_you: boolean;
}

/** The author columns every list joins in the same way. */

@Injectable()
export class ForumService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly replica: ReadReplica,
    private readonly outbox: OutboxService,
    private readonly relay: OutboxRelayService,
    private readonly aliases: ThreadAliasService,
    private readonly reports: ReportFlagger,
    private readonly audit: AuditService,
    private readonly watched: WatchedWordsService,
    private readonly withheld: WithheldWordsService,
    private readonly limits: RateLimitService,
    private readonly replies: RepliesToYouService,
    @Inject(SERVER_ENV) env: ServerEnv,
  ) {
    this.postPolicy = {
      name: 'posts',
      points: env.RATE_LIMIT_POSTS_PER_MINUTE,
      durationSeconds: 60,
      message: "You're posting very quickly, so we've paused new posts for a moment. Your words are still in the box.",
      bySource: true,
    };
    // An edit spends the same budget, but the door is not shut on the post's address once one is
    // refused (bySource): the next edit may take words out, which has a budget of its own.
    this.editPolicy = {
      ...this.postPolicy,
      bySource: false,
      message: "You're posting very quickly, so we've paused edits that add or change words for a moment. Your words are still in the box. Taking words out of a post still works now, and so does deleting it.",
    };
    this.takeOutPolicy = {
      name: 'post-take-outs',
      points: env.RATE_LIMIT_POSTS_PER_MINUTE,
      durationSeconds: 60,
      message: "You've edited your posts very quickly, so we've paused edits for a moment. Deleting a post still works now.",
    };
  }

  private readonly postPolicy: RatePolicy;
  private readonly editPolicy: RatePolicy;
  private readonly takeOutPolicy: RatePolicy;

  async listCategories(): Promise<{ items: Category[] }> {
    const rows: Array<{ id: string; slug: string; name: string; description: string; content_warning: boolean; thread_count: number }> =
      await this.dataSource.query(
        `SELECT c.id, c.slug, c.name, c.description, c.content_warning,
                (SELECT count(*)::int FROM threads t WHERE t.category_id = c.id AND t.status = 'visible') AS thread_count
           FROM categories c WHERE c.archived_at IS NULL ORDER BY c.position, c.name`,
      );
    return {
      items: rows.map((row) => ({
        id: row.id,
        slug: row.slug,
        name: row.name,
        description: row.description,
        contentWarning: row.content_warning,
        threadCount: row.thread_count,
      })),
    };
  }

  async createCategory(input: { slug: string; name: string; description: string; contentWarning: boolean }, admin: Viewer): Promise<Category> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
        `INSERT INTO categories (slug, name, description, content_warning, position)
         VALUES ($1, $2, $3, $4, (SELECT COALESCE(max(position), 0) + 1 FROM categories)) ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [input.slug, input.name, input.description, input.contentWarning],
      );
      if (!rows[0]) throw new ApiException(HttpStatus.CONFLICT, 'CATEGORY_EXISTS', `A category "${input.slug}" already exists.`);
      await this.audit.record(manager, admin, { action: 'category_create', targetType: 'category', targetId: rows[0].id, after: input });
      return { id: rows[0].id, slug: input.slug, name: input.name, description: input.description, contentWarning: input.contentWarning, threadCount: 0 };
    });
  }

  async updateCategory(slug: string, change: { name?: string; description?: string; contentWarning?: boolean; archived?: boolean }, admin: Viewer): Promise<Category> {
    return this.dataSource.transaction(async (manager) => {
      const [before]: Array<{ id: string; name: string; description: string; content_warning: boolean; archived_at: Date | null }> = await manager.query(
        `SELECT id, name, description, content_warning, archived_at FROM categories WHERE slug = $1 FOR UPDATE`,
        [slug],
      );
      if (!before) throw new ApiException(HttpStatus.NOT_FOUND, 'CATEGORY_NOT_FOUND', `There is no category "${slug}".`);
      await manager.query(
        `UPDATE categories SET name = COALESCE($2, name), description = COALESCE($3, description), content_warning = COALESCE($4, content_warning),
                archived_at = CASE WHEN $5::boolean IS NULL THEN archived_at WHEN $5 THEN COALESCE(archived_at, now()) ELSE NULL END WHERE id = $1`,
        [before.id, change.name ?? null, change.description ?? null, change.contentWarning ?? null, change.archived ?? null],
      );
      await this.audit.record(manager, admin, {
        action: change.archived === true ? 'category_archive' : 'category_update',
        targetType: 'category',
        targetId: before.id,
        before: { name: before.name, description: before.description, contentWarning: before.content_warning, archived: before.archived_at !== null },
        after: change,
      });
      const [row]: Array<{ id: string; slug: string; name: string; description: string; content_warning: boolean; thread_count: number }> = await manager.query(
        `SELECT c.id, c.slug, c.name, c.description, c.content_warning, (SELECT count(*)::int FROM threads t WHERE t.category_id = c.id AND t.status = 'visible') AS thread_count
           FROM categories c WHERE c.id = $1`,
        [before.id],
      );
      return { id: row.id, slug: row.slug, name: row.name, description: row.description, contentWarning: row.content_warning, threadCount: row.thread_count };
    });
  }

  /**
   * Threads in a category by latest activity, keyset-paged; `null` slug lists every category.
   * Read from the replica when there is one: a list a moment behind is fine (a new thread opens
   * on its own page, which reads the primary).
   */
  async listThreads(slug: string | null, cursor: string | undefined, viewer: Viewer): Promise<Page<ThreadSummary>> {
    if (slug !== null) {
      const found = await readForumFromReplica(this.replica, 'categoryOpen', [slug], viewer.id);
      if (found.length === 0) throw new ApiException(HttpStatus.NOT_FOUND, 'CATEGORY_NOT_FOUND', `There is no category "${slug}".`);
    }
    const after = decodeCursor(cursor);
    const rows = await readForumFromReplica<ThreadRow>(this.replica, 'threadList', [
      slug,
      isStaff(viewer),
      after?.at ?? null,
      after?.id ?? null,
        viewer.id,
        FORUM_LIMITS.pageSize + 1,
      ],
      viewer.id,
    );
    return toPage(rows, FORUM_LIMITS.pageSize, (row) => this.toThreadSummary(row, viewer));
  }

  async getThread(threadId: string, viewer: Viewer): Promise<Thread> {
    const row = await this.findThread(threadId, viewer);
    return {
      ...this.toThreadSummary(row, viewer),
      firstPost: { id: row.first_post_id },
      category: { slug: row.category_slug, name: row.category_name },
      crisisSupport: row.crisis_support,
      hiddenByYou: row.hidden_by_you === true,
    };
  }

  /**
   * A retry with the draft's `clientPostId` (the answer to the first attempt was lost or too late)
   * is answered with the thread stored then, whatever holds now, costing nothing; one that finds
   * nothing stored (the first attempt was refused) is judged afresh.
   */
  async createThread(raw: CreateThreadRequest, viewer: Viewer): Promise<Thread> {
    // Refused for a blocked word, a pause or its pace, the words still go to the worker's crisis check.
    return this.withheld.unlessRefused(viewer.id, 'thread', `${threadHeading(raw.title, raw.contentWarning)}\n\n${raw.body}`, () => this.writeThread(raw, viewer));
  }

  private async writeThread(raw: CreateThreadRequest, viewer: Viewer): Promise<Thread> {
    const clientPost = clientPostOf(raw.clientPostId, ['thread', raw.categorySlug, raw.title, raw.body, raw.contentWarning ?? null, raw.postAs]);
    const earlier = await earlierClientPost(this.dataSource, viewer.id, clientPost);
    if (earlier) return this.getThread(earlier.threadId, viewer);
    await this.limits.consume(this.postPolicy, `member:${viewer.id}`);
    // The content warning is words every reader of the lists sees: screened like the title.
    const input = {
      ...raw,
      title: await this.watched.screen(raw.title),
      contentWarning: raw.contentWarning === undefined ? undefined : await this.watched.screen(raw.contentWarning),
      body: await this.watched.screen(raw.body),
    };
    const created = () => this.dataSource.transaction(async (manager) => {
      await assertMaySpeak(manager, viewer.id, 'forum');
      const categories: Array<{ id: string; archived_at: Date | null }> = await manager.query(`SELECT id, archived_at FROM categories WHERE slug = $1`, [
        input.categorySlug,
      ]);
      if (categories.length === 0) throw new ApiException(HttpStatus.NOT_FOUND, 'CATEGORY_NOT_FOUND', `There is no category "${input.categorySlug}".`);
      if (categories[0].archived_at) throw new ApiException(HttpStatus.CONFLICT, 'CATEGORY_ARCHIVED', 'That category is archived; please choose another.');
      const [thread]: Array<{ id: string }> = await manager.query(
        `INSERT INTO threads (category_id, author_id, title, content_warning) VALUES ($1, $2, $3, $4) RETURNING id`,
        [categories[0].id, viewer.id, input.title, input.contentWarning ?? null],
      );
      const alias = input.postAs === 'alias' ? await this.aliases.aliasFor(manager, thread.id, viewer.id) : null;
      if (alias) await manager.query(`UPDATE threads SET author_alias = $2 WHERE id = $1`, [thread.id, alias]);
      await this.insertPost(manager, thread.id, viewer.id, input.body, alias, null, clientPost);
      await this.follow(manager, thread.id, viewer.id);
      return thread.id;
    });
    const threadId = await this.storedOnce(clientPost, viewer, created, (stored) => stored.threadId);
    this.relay.kick();
    return this.getThread(threadId, viewer);
  }

  async listPosts(threadId: string, cursor: string | undefined, viewer: Viewer): Promise<Page<Post>> {
    const after = decodeCursor(cursor);
    // One statement: the page checks itself that the thread may be shown. Only an empty page asks
    // why (a thread that is gone or hidden is a 404, not an empty list).
    const rows = await readForum<PostRow>(this.dataSource, 'postPage', [
      viewer.id,
      threadId,
      after?.at ?? null,
      after?.id ?? null,
      FORUM_LIMITS.pageSize + 1,
      isStaff(viewer),
    ]);
    if (rows.length === 0) await this.findThread(threadId, viewer);
    const page = toPage(rows, FORUM_LIMITS.pageSize, (row) => this.toPost(row, viewer));
    // Replies to the viewer on this page are read now, up to its newest post and no further.
    const shown = rows.slice(0, FORUM_LIMITS.pageSize);
    const newest = shown[shown.length - 1];
    if (newest && shown.some((row) => row.author_id !== viewer.id)) await this.replies.markThreadRead(viewer.id, threadId, newest.cursor_at);
    // A follower who reaches the end of the thread has read it. Only then, and only when there is
    // something new since their last visit, is anything written: a read path stays a read.
    if (page.nextCursor === null && viewer.id) {
      await this.dataSource.query(
        `UPDATE thread_follows f SET last_read_at = now()
          WHERE f.thread_id = $1 AND f.member_id = $2
            AND EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = $1 AND p.created_at > f.last_read_at)`,
        [threadId, viewer.id],
      );
    }
    return page;
  }

  /** Idempotent with `clientPostId`, as createThread is. */
  async createPost(threadId: string, raw: CreatePostRequest, viewer: Viewer): Promise<Post> {
    return this.withheld.unlessRefused(viewer.id, 'post', raw.body, () => this.writePost(threadId, raw, viewer));
  }

  private async writePost(threadId: string, raw: CreatePostRequest, viewer: Viewer): Promise<Post> {
    const clientPost = clientPostOf(raw.clientPostId, ['reply', threadId, raw.body, raw.quotePostId ?? null, raw.postAs]);
    const earlier = await earlierClientPost(this.dataSource, viewer.id, clientPost);
    if (earlier) return this.getPost(earlier.postId, viewer);
    await this.limits.consume(this.postPolicy, `member:${viewer.id}`);
    const input = { ...raw, body: await this.watched.screen(raw.body) };
    const writing = () => this.dataSource.transaction(async (manager) => {
      await assertMaySpeak(manager, viewer.id, 'forum');
      // The members this reply answers (the thread's starter, the quoted post's writer), held
      // before the thread: no notice is then left for one erased meanwhile.
      await holdNamedMembers(manager, {
        sql: `SELECT author_id FROM threads WHERE id = $1 UNION SELECT author_id FROM posts WHERE id = $2::uuid`,
        parameters: [threadId, input.quotePostId ?? null],
      });
      const threads: Array<{ status: string }> = await manager.query(`SELECT status FROM threads WHERE id = $1 FOR UPDATE`, [threadId]);
      if (threads.length === 0 || (threads[0].status !== 'visible' && !isStaff(viewer))) throw this.threadNotFound();
      if (input.quotePostId) {
        const [quoted]: Array<{ status: Post['status'] }> = await manager.query(`SELECT status FROM posts WHERE id = $1 AND thread_id = $2`, [input.quotePostId, threadId]);
        if (!quoted) throw new ApiException(HttpStatus.BAD_REQUEST, 'QUOTE_NOT_IN_THREAD', 'You can only quote a post from the same thread.');
        // Only what the thread's readers can read may be quoted: a post taken down or deleted while
        // the reply was written would otherwise be answered by a quote nobody is shown.
        if (quoted.status === 'deleted' || !this.canSee(quoted.status, viewer)) {
          throw new ApiException(
            HttpStatus.CONFLICT,
            'QUOTE_UNAVAILABLE',
            'The post you quoted has been taken down or deleted since you began, so it cannot be quoted any more. Post your reply without the quote.',
          );
        }
      }
      const alias = input.postAs === 'alias' ? await this.aliases.aliasFor(manager, threadId, viewer.id) : null;
      const id = await this.insertPost(manager, threadId, viewer.id, input.body, alias, input.quotePostId ?? null, clientPost);
      await manager.query(`UPDATE threads SET last_activity_at = now(), reply_count = reply_count + 1 WHERE id = $1`, [threadId]);
      await this.follow(manager, threadId, viewer.id);
      return { id, answered: await this.replies.record(manager, id) };
    });
    // A duplicate that lost the race answers nobody: the reply it repeats already told them.
    const written = await this.storedOnce(clientPost, viewer, writing, (stored) => ({ id: stored.postId, answered: [] }));
    this.relay.kick();
    // Committed: the members it answers hear their new count at once, on whatever node they are.
    this.replies.announce(written.answered);
    return this.getPost(written.id, viewer);
  }

  /**
   * Runs a create that stores its post under `clientPost`. When the insert loses to the same
   * request stored meanwhile (a duplicate in flight at once, held by the unique index until the
   * first commits), everything it wrote is rolled back and the first one's answer is given, and
   * the posting budget it spent is given back: a repeat costs nothing, at once or later.
   */
  private async storedOnce<T>(clientPost: ClientPost | null, viewer: Viewer, create: () => Promise<T>, fromEarlier: (stored: { postId: string; threadId: string }) => T): Promise<T> {
    try {
      return await create();
    } catch (error) {
      if (!isClientPostTaken(error)) throw error;
      const stored = await earlierClientPost(this.dataSource, viewer.id, clientPost);
      if (!stored) throw error;
      await this.limits.refund(this.postPolicy, `member:${viewer.id}`);
      return fromEarlier(stored);
    }
  }

  /**
   * One post, as its thread's pages would show it: a post in a thread taken down (or held) is
   * not found, as the thread's pages show nothing of it, for everyone but staff, the thread's own
   * writer while it is held, and the post's own writer (their words, as they wrote them).
   */
  async getPost(postId: string, viewer: Viewer): Promise<Post> {
    const rows = await readForum<PostRow & { thread_status: string; thread_author_id: string | null }>(this.dataSource, 'postById', [viewer.id, postId]);
    const row = rows[0];
    if (!row) throw this.postNotFound();
    const own = row.author_id !== null && row.author_id === viewer.id;
    const threadOpen = this.canSee(row.thread_status, viewer) || (row.thread_status === 'hidden' && row.thread_author_id === viewer.id);
    if (!own && (!this.canSee(row.status, viewer) || !threadOpen)) throw this.postNotFound();
    return this.toPost(row, viewer);
  }

  /**
   * An author edits within the window; every earlier version is kept for moderators. With
   * `baseVersion` (the version the editor started from) an edit of a post that changed since is
   * refused, 409 EDIT_CONFLICT with the post as it is now: a save from a stale page never silently
   * undoes a moderator's edit (personal details taken out) or the writer's own edit elsewhere.
   */
  async editPost(postId: string, raw: string, viewer: Viewer, baseVersion?: number): Promise<Post> {
    return this.withheld.unlessRefused(viewer.id, 'post', raw, () => this.writeEdit(postId, raw, viewer, baseVersion));
  }

  private async writeEdit(postId: string, raw: string, viewer: Viewer, baseVersion?: number): Promise<Post> {
    const body = await this.watched.screen(raw);
    const conflict = await this.dataSource.transaction(async (manager): Promise<{ byModerator: boolean } | null> => {
      await assertMaySpeak(manager, viewer.id, 'forum');
      const rows: Array<{
        author_id: string | null;
        body: string;
        version: number;
        status: string;
        created_at: Date;
        edited_at: Date | null;
        moderator_note: string | null;
      }> = await manager.query(
        // NO KEY UPDATE, as moderators and the worker take it: the edit changes no key, so a report
        // or a quoting reply (FOR KEY SHARE through their foreign keys) need not wait on it.
        `SELECT author_id, body, version, status, created_at, edited_at, moderator_note FROM posts WHERE id = $1 FOR NO KEY UPDATE`,
        [postId],
      );
      const post = rows[0];
      if (!post || (post.status !== 'visible' && post.author_id !== viewer.id)) throw this.postNotFound();
      if (post.author_id !== viewer.id) throw new ApiException(HttpStatus.FORBIDDEN, 'NOT_YOUR_POST', 'You can only edit your own posts.');
      if (post.status === 'deleted' || post.status === 'removed') throw new ApiException(HttpStatus.CONFLICT, 'POST_NOT_EDITABLE', 'This post was deleted and can no longer be edited.');
      const windowEnds = post.created_at.getTime() + FORUM_LIMITS.editWindowMinutes * 60_000;
      if (Date.now() > windowEnds) {
        throw new ApiException(HttpStatus.FORBIDDEN, 'EDIT_WINDOW_CLOSED', `Posts can be edited for ${FORUM_LIMITS.editWindowMinutes} minutes after posting; you can reply instead.`);
      }
      // Saving what the post already says changes nothing, however old the editor's copy.
      if (post.body === body) return null;
      // A client that says nothing of the version it started from cannot be told from one that
      // never saw a moderator's edit: over one, its save is refused as stale, with the post as it
      // is now (an old page must not put back the personal details a moderator took out).
      if (baseVersion === undefined && post.moderator_note !== null) return { byModerator: true };
      if (baseVersion !== undefined && baseVersion !== post.version) {
        // Only a moderator's edit leaves a note, so only then is the audit log asked whose it was.
        return { byModerator: post.moderator_note !== null && (await this.moderatorEditedSince(manager, postId, baseVersion)) };
      }
      // An edit is a post written again (a revision kept, read again by the worker): it spends the
      // posting budget, but only once it would change something.
      await this.spendOnEdit(viewer.id, post.body, body);
      await manager.query(`INSERT INTO post_revisions (post_id, version, body, written_at) VALUES ($1, $2, $3, $4)`, [
        postId,
        post.version,
        post.body,
        post.edited_at ?? post.created_at,
      ]);
      await manager.query(`UPDATE posts SET body = $2, version = version + 1, edited_at = now(), updated_at = now() WHERE id = $1`, [postId, body]);
      await this.outbox.recordModeration(manager, { contentType: 'post', contentId: postId, version: post.version + 1 });
      return null;
    });
    if (conflict) {
      const current = await this.getPost(postId, viewer);
      throw new ApiException(
        HttpStatus.CONFLICT,
        'EDIT_CONFLICT',
        conflict.byModerator
          ? 'A moderator edited this post after you began editing, so your changes were not saved over theirs. Here is the post as it is now; your words are still there to look over.'
          : 'This post was changed (in another tab or on another device) after you began editing, so your changes were not saved over it. Here is the post as it is now; your words are still there to look over.',
        { current, byModerator: conflict.byModerator },
      );
    }
    this.relay.kick();
    return this.getPost(postId, viewer);
  }

  /**
   * Spends the posting budget on an edit. Once it is spent, an edit that only takes words out (a
   * phone number, a name, a line the writer regrets) spends a budget of its own instead: a member
   * who posted quickly is not kept waiting to take back what they wish they had not shared. Each
   * such edit makes the post shorter, and has a limit of its own, so it cannot be a flood either.
   */
  private async spendOnEdit(memberId: string, before: string, after: string): Promise<void> {
    try {
      await this.limits.consume(this.editPolicy, `member:${memberId}`);
    } catch (error) {
      if (!(error instanceof RateLimitedException) || !takesWordsOut(before, after)) throw error;
      await this.limits.consume(this.takeOutPolicy, `member:${memberId}`);
    }
  }

  /** Whether a moderator's edit (a review item resolved with "edit") made a version of the post newer than `version`. */
  private async moderatorEditedSince(manager: EntityManager, postId: string, version: number): Promise<boolean> {
    const rows: Array<{ edited: boolean }> = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM flags f JOIN audit_log a ON a.target_type = 'flag' AND a.target_id = f.id
          WHERE f.content_type = 'post' AND f.content_id = $1 AND a.action = 'edit'
            AND (a.after #>> '{post,version}')::int > $2
       ) AS edited`,
      [postId, version],
    );
    return rows[0]?.edited === true;
  }

  /** Soft delete: the words leave every reader's view; the row stays for moderation history. */
  async deletePost(postId: string, viewer: Viewer): Promise<void> {
    const rows: Array<{ author_id: string | null; status: string }> = await this.dataSource.query(`SELECT author_id, status FROM posts WHERE id = $1`, [postId]);
    const post = rows[0];
    if (!post || post.status === 'deleted') throw this.postNotFound();
    if (post.author_id !== viewer.id) throw new ApiException(HttpStatus.FORBIDDEN, 'NOT_YOUR_POST', 'You can only delete your own posts.');
    // Once: of two deletes at the same moment, the second finds it deleted, as a later one would.
    // A reply taken back no longer counts in its thread's "N replies" (the opening post never
    // did); in the same statement, so the count goes down exactly when the post goes.
    const deleted = returnedRows<{ id: string }>(
      await this.dataSource.query(
        `WITH gone AS (
           UPDATE posts SET status = 'deleted', updated_at = now() WHERE id = $1 AND author_id = $2 AND status <> 'deleted' RETURNING id, thread_id
         ), uncounted AS (
           UPDATE threads t SET reply_count = GREATEST(t.reply_count - 1, 0) FROM gone WHERE t.id = gone.thread_id AND gone.id <> ${openingPostId('t.id')}
         )
         SELECT id FROM gone`,
        [postId, viewer.id],
      ),
    );
    if (deleted.length === 0) throw this.postNotFound();
    // Taken back: it no longer counts for the members it answered.
    this.replies.announce(await this.replies.answered(postId));
  }

  async react(postId: string, kind: ReactionKind, viewer: Viewer, on: boolean): Promise<Post> {
    await this.getPost(postId, viewer);
    if (on) {
      // The account held while the reaction is stored: one racing an erasure is unlinked by it or never made.
      await this.dataSource.transaction(async (manager) => {
        await holdLiveAccount(manager, viewer.id);
        await manager.query(`INSERT INTO post_reactions (post_id, member_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [postId, viewer.id, kind]);
      });
    } else {
      await this.dataSource.query(`DELETE FROM post_reactions WHERE post_id = $1 AND member_id = $2 AND kind = $3`, [postId, viewer.id, kind]);
    }
    return this.getPost(postId, viewer);
  }

  /**
   * One report per member per post: a second report updates the reason instead of counting twice.
   * The first one becomes a signal on the post's review item in the same transaction.
   */
  async report(postId: string, input: ReportPostRequest, viewer: Viewer): Promise<PostReportReceipt> {
    await this.reports.admit(viewer.id);
    const post = await this.getPost(postId, viewer);
    const receipt = await this.dataSource.transaction(async (manager) => {
      // The reporter's account held while the report is stored: one racing their erasure is unlinked by it or never made.
      await holdLiveAccount(manager, viewer.id);
      // A new note is read afresh by the worker (note_checked_at cleared); the same words again are not.
      const [{ note_unread: noteUnread, ...row }]: Array<PostReportReceipt & { note_unread: boolean }> = await manager.query(
        `INSERT INTO post_reports (post_id, reporter_id, reason, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT post_reports_once_key DO UPDATE SET reason = EXCLUDED.reason, note = COALESCE(EXCLUDED.note, post_reports.note),
           note_checked_at = CASE WHEN EXCLUDED.note IS DISTINCT FROM post_reports.note AND EXCLUDED.note IS NOT NULL THEN NULL ELSE post_reports.note_checked_at END
         RETURNING id, reason, (xmax = 0) AS created, (note IS NOT NULL AND note_checked_at IS NULL) AS note_unread`,
        [postId, viewer.id, input.reason, input.note ?? null],
      );
      const [{ author_id: authorId }]: Array<{ author_id: string | null }> = await manager.query(`SELECT author_id FROM posts WHERE id = $1`, [post.id]);
      if (row.created) await this.reports.record(manager, { contentType: 'post', contentId: postId, authorId, reporterId: viewer.id, reason: input.reason });
      // The note may say the reporter is in crisis themself: the worker reads it, never this request.
      if (noteUnread && input.note) await this.outbox.recordReportNote(manager, { reportKind: 'post', reportId: row.id });
      return { receipt: row, noteUnread };
    });
    if (receipt.noteUnread && input.note) this.relay.kick();
    return receipt.receipt;
  }

  async setFollowing(threadId: string, viewer: Viewer, on: boolean): Promise<Thread> {
    await this.findThread(threadId, viewer);
    if (on) {
      await this.dataSource.transaction(async (manager) => {
        await holdLiveAccount(manager, viewer.id);
        await this.follow(manager, threadId, viewer.id);
      });
    } else {
      await this.dataSource.query(`DELETE FROM thread_follows WHERE thread_id = $1 AND member_id = $2`, [threadId, viewer.id]);
    }
    return this.getThread(threadId, viewer);
  }

  /** Full-text search over titles and bodies (`SEARCH_SQL`). Read from the replica when there is one. */
  async search(q: string, cursor: string | undefined, viewer: Viewer): Promise<Page<SearchHit>> {
    const after = decodeCursor(cursor);
    const rows: Array<{
      id: string;
      cursor_at: string;
      thread_id: string;
      title: string;
      category_slug: string;
      content_warning: string | null;
      category_warns: boolean;
      body: string;
      created_at: Date;
      status: PostStatus;
      thread_status: PostStatus;
    }> = await this.replica.query(SEARCH_SQL, [q, isStaff(viewer), after?.at ?? null, after?.id ?? null, FORUM_LIMITS.pageSize + 1, viewer.id], viewer.id);
    return toPage(rows, FORUM_LIMITS.pageSize, (row) => ({
      threadId: row.thread_id,
      postId: row.id,
      title: row.title,
      categorySlug: row.category_slug,
      // A mixed list: the warning travels with the hit, and the web folds the excerpt behind it.
      contentWarning: row.content_warning,
      categoryContentWarning: row.category_warns,
      excerpt: plainExcerpt(row.body, 240),
      createdAt: row.created_at.toISOString(),
      // Staff also find words members never see; each hit says which, so a removed post is not
      // taken for a live one. Members only get visible words, so the field would say nothing new.
      ...(isStaff(viewer) ? { status: row.status, threadStatus: row.thread_status } : {}),
    }));
  }

  private async insertPost(
    manager: EntityManager,
    threadId: string,
    authorId: string,
    body: string,
    alias: string | null,
    quotePostId: string | null,
    clientPost: ClientPost | null,
  ): Promise<string> {
    const [post]: Array<{ id: string }> = await manager.query(
      `INSERT INTO posts (thread_id, author_id, body, author_alias, quote_post_id, client_post_id, client_request_digest) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [threadId, authorId, body, alias, quotePostId, clientPost?.id ?? null, clientPost?.digest ?? null],
    );
    await this.outbox.recordModeration(manager, { contentType: 'post', contentId: post.id, version: 1 });
    return post.id;
  }

  /**
   * Follows from now on; an existing follow keeps its read point. Posting (or pressing Follow
   * again) is not reading: a reply someone wrote since the member last reached the thread's end,
   * which their open page never showed, stays new until they read it.
   */
  private async follow(manager: EntityManager, threadId: string, memberId: string): Promise<void> {
    await manager.query(
      `INSERT INTO thread_follows (thread_id, member_id) VALUES ($1, $2) ON CONFLICT (member_id, thread_id) DO NOTHING`,
      [threadId, memberId],
    );
  }

  private async findThread(threadId: string, viewer: Viewer): Promise<ThreadRow> {
    const rows = await readForum<ThreadRow>(this.dataSource, 'threadById', [viewer.id, threadId]);
    const row = rows[0];
    if (!row || !(row.open_to_viewer || isStaff(viewer))) throw this.threadNotFound();
    return row;
  }

  private canSee(status: string, viewer: Viewer): boolean {
    return status === 'visible' || isStaff(viewer);
  }

  private toThreadSummary(row: ThreadRow, viewer: Viewer): ThreadSummary {
    return {
      id: row.id,
      categorySlug: row.category_slug,
      title: row.title,
      contentWarning: row.content_warning,
      author: toAuthor(row, viewer),
      replyCount: row.reply_count,
      createdAt: row.created_at.toISOString(),
      lastActivityAt: row.last_activity_at.toISOString(),
      following: row.following,
      unread: row.unread,
    };
  }

  /**
   * Hidden, removed and deleted posts keep their place in the thread (so replies still make
   * sense) but lose their words for everyone except moderators, and a hidden post's writer: held
   * for a look (a threat said beside words of crisis, a held watched word), it is still theirs to
   * read, as a held chat message is.
   */
  private toPost(row: PostRow, viewer: Viewer): Post {
    const visible = this.canSee(row.status, viewer) && row.status !== 'deleted';
    const staffView = isStaff(viewer);
    const mine = row.author_id === viewer.id;
    const showWords = visible || (staffView && row.status !== 'visible') || (mine && row.status === 'hidden');
    // A quote of a post that was since hidden or deleted must not keep its words alive.
    const quoteVisible = row.quote_post_id !== null && row.quote_body !== null && row.quote_status !== null && this.canSee(row.quote_status, viewer) && row.quote_status !== 'deleted';
    return {
      id: row.id,
      threadId: row.thread_id,
      author: toAuthor(row, viewer),
      bodyHtml: showWords ? renderPostVersion(row.id, row.version, row.body) : '',
      ...(showWords && (mine || staffView) ? { body: row.body } : {}),
      // A quote of someone the viewer hid names them but keeps their words out, as their own post does.
      quote: quoteVisible && row.quote_post_id
        ? row.quote_hidden_by_you
          ? { postId: row.quote_post_id, authorName: row.quote_author_name ?? FORMER_MEMBER, excerpt: '', hiddenByYou: true }
          : { postId: row.quote_post_id, authorName: row.quote_author_name ?? FORMER_MEMBER, excerpt: plainExcerpt(row.quote_body ?? '', 200) }
        : null,
      status: row.status,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      editedAt: row.edited_at ? row.edited_at.toISOString() : null,
      moderatorNote: showWords ? row.moderator_note : null,
      reactions: { hug: row.hug, me_too: row.me_too, thank_you: row.thank_you },
      myReactions: row.my_reactions.filter((kind): kind is ReactionKind => (REACTION_KINDS as readonly string[]).includes(kind)),
      canEdit: mine && row.status === 'visible' && Date.now() <= row.created_at.getTime() + FORUM_LIMITS.editWindowMinutes * 60_000,
      hiddenByYou: row.hidden_by_you,
    };
  }

  private threadNotFound(): ApiException {
    return new ApiException(HttpStatus.NOT_FOUND, 'THREAD_NOT_FOUND', 'That thread does not exist, or is no longer visible.');
  }

  private postNotFound(): ApiException {
    return new ApiException(HttpStatus.NOT_FOUND, 'POST_NOT_FOUND', 'That post does not exist, or is no longer visible.');
  }
}

const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });

/** A text's words and marks (each emoji, flag or sign whole), spaces left out. */
function wordsOf(text: string): string[] {
  const pieces: string[] = [];
  for (const { segment } of WORDS.segment(text)) if (segment.trim()) pieces.push(segment);
  return pieces;
}

/**
 * Whether `after` is `before` with words or marks taken out and nothing put in: fewer of them, and
 * each one of `before`'s, whole and in the same order. Whole words, so none can be made of
 * letters left behind ("a bit better" does not become "bitter", nor one phone number another).
 */
export function takesWordsOut(before: string, after: string): boolean {
  const had = wordsOf(before);
  const kept = wordsOf(after);
  if (kept.length >= had.length) return false;
  let at = 0;
  for (const piece of kept) {
    while (at < had.length && had[at] !== piece) at++;
    if (at === had.length) return false;
    at++;
  }
  return true;
}
