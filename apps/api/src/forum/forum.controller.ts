import { Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import {
  categorySchema,
  createCategorySchema,
  createPostSchema,
  createThreadSchema,
  cursorQuerySchema,
  editPostSchema,
  listSchema,
  pageSchema,
  postReportReceiptSchema,
  postSchema,
  reactionKindSchema,
  type ReactionKind,
  reactSchema,
  reportPostSchema,
  searchHitSchema,
  searchQuerySchema,
  threadSchema,
  threadSummarySchema,
  updateCategorySchema,
  type Category,
  type Page,
  type Post as ForumPost,
  type PostReportReceipt,
  type SearchHit,
  type Thread,
  type ThreadSummary,
} from '@lantern/contracts';
import { CurrentMember, Public, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { ForumService } from './forum.service';
import { pathId, pathSlug } from './parse-id';
import { ValidBody, ValidParam, ValidQuery, type Valid } from '../http/valid-input.decorators';
import { Responds } from '../http/responds.decorator';

/** Reading and writing need an account (one click, anonymous): members' words are not for scrapers. */
const READERS = ['member', 'moderator', 'admin'] as const;
const THREAD_ID = pathId('thread');
const POST_ID = pathId('post');
const CATEGORY_SLUG = pathSlug('category');

@Controller('v1')
export class ForumController {
  constructor(private readonly forum: ForumService) {}

  @Public()
  @Get('categories')
  @Responds(listSchema(categorySchema))
  categories(): Promise<{ items: Category[] }> {
    return this.forum.listCategories();
  }

  @Roles('admin')
  @Post('categories')
  @Responds(categorySchema)
  createCategory(@ValidBody(createCategorySchema) body: Valid<typeof createCategorySchema>, @CurrentMember() member: AuthenticatedMember): Promise<Category> {
    return this.forum.createCategory(body, member);
  }

  /** Edit, or archive with `{archived: true}` (threads stay readable; the category leaves lists). */
  @Roles('admin')
  @Patch('categories/:slug')
  @Responds(categorySchema)
  updateCategory(@ValidParam('slug', CATEGORY_SLUG) slug: string, @ValidBody(updateCategorySchema) body: Valid<typeof updateCategorySchema>, @CurrentMember() member: AuthenticatedMember): Promise<Category> {
    return this.forum.updateCategory(slug, body, member);
  }

  @Roles(...READERS)
  @Get('categories/:slug/threads')
  @Responds(pageSchema(threadSummarySchema))
  threadsInCategory(@ValidParam('slug', CATEGORY_SLUG) slug: string, @ValidQuery(cursorQuerySchema) query: Valid<typeof cursorQuerySchema>, @CurrentMember() member: AuthenticatedMember): Promise<Page<ThreadSummary>> {
    return this.forum.listThreads(slug, query.cursor, member);
  }

  /** Recent threads across every category, for the home page. */
  @Roles(...READERS)
  @Get('threads')
  @Responds(pageSchema(threadSummarySchema))
  recentThreads(@ValidQuery(cursorQuerySchema) query: Valid<typeof cursorQuerySchema>, @CurrentMember() member: AuthenticatedMember): Promise<Page<ThreadSummary>> {
    return this.forum.listThreads(null, query.cursor, member);
  }

  @Roles(...READERS)
  @Post('threads')
  @Responds(threadSchema)
  createThread(@ValidBody(createThreadSchema) body: Valid<typeof createThreadSchema>, @CurrentMember() member: AuthenticatedMember): Promise<Thread> {
    return this.forum.createThread(body, member);
  }

  @Roles(...READERS)
  @Get('threads/:id')
  @Responds(threadSchema)
  thread(@ValidParam('id', pathId('thread')) id: string, @CurrentMember() member: AuthenticatedMember): Promise<Thread> {
    return this.forum.getThread(id, member);
  }

  @Roles(...READERS)
  @Get('threads/:id/posts')
  @Responds(pageSchema(postSchema))
  posts(@ValidParam('id', THREAD_ID) id: string, @ValidQuery(cursorQuerySchema) query: Valid<typeof cursorQuerySchema>, @CurrentMember() member: AuthenticatedMember): Promise<Page<ForumPost>> {
    return this.forum.listPosts(id, query.cursor, member);
  }

  @Roles(...READERS)
  @Post('threads/:id/posts')
  @Responds(postSchema)
  reply(@ValidParam('id', THREAD_ID) id: string, @ValidBody(createPostSchema) body: Valid<typeof createPostSchema>, @CurrentMember() member: AuthenticatedMember): Promise<ForumPost> {
    return this.forum.createPost(id, body, member);
  }

  @Roles(...READERS)
  @Put('threads/:id/follow')
  @Responds(threadSchema)
  follow(@ValidParam('id', pathId('thread')) id: string, @CurrentMember() member: AuthenticatedMember): Promise<Thread> {
    return this.forum.setFollowing(id, member, true);
  }

  @Roles(...READERS)
  @Delete('threads/:id/follow')
  @Responds(threadSchema)
  unfollow(@ValidParam('id', pathId('thread')) id: string, @CurrentMember() member: AuthenticatedMember): Promise<Thread> {
    return this.forum.setFollowing(id, member, false);
  }

  @Roles(...READERS)
  @Get('posts/:id')
  @Responds(postSchema)
  post(@ValidParam('id', pathId('post')) id: string, @CurrentMember() member: AuthenticatedMember): Promise<ForumPost> {
    return this.forum.getPost(id, member);
  }

  @Roles(...READERS)
  @Patch('posts/:id')
  @Responds(postSchema)
  edit(@ValidParam('id', POST_ID) id: string, @ValidBody(editPostSchema) body: Valid<typeof editPostSchema>, @CurrentMember() member: AuthenticatedMember): Promise<ForumPost> {
    return this.forum.editPost(id, body.body, member, body.version);
  }

  @Roles(...READERS)
  @Delete('posts/:id')
  @HttpCode(204)
  async remove(@ValidParam('id', pathId('post')) id: string, @CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.forum.deletePost(id, member);
  }

  @Roles(...READERS)
  @Post('posts/:id/reactions')
  @Responds(postSchema)
  react(@ValidParam('id', POST_ID) id: string, @ValidBody(reactSchema) body: Valid<typeof reactSchema>, @CurrentMember() member: AuthenticatedMember): Promise<ForumPost> {
    return this.forum.react(id, body.kind, member, true);
  }

  @Roles(...READERS)
  @Delete('posts/:id/reactions/:kind')
  @Responds(postSchema)
  unreact(@ValidParam('id', pathId('post')) id: string, @ValidParam('kind', reactionKindSchema) kind: ReactionKind, @CurrentMember() member: AuthenticatedMember): Promise<ForumPost> {
    return this.forum.react(id, kind, member, false);
  }

  @Roles(...READERS)
  @Post('posts/:id/reports')
  @Responds(postReportReceiptSchema)
  report(@ValidParam('id', POST_ID) id: string, @ValidBody(reportPostSchema) body: Valid<typeof reportPostSchema>, @CurrentMember() member: AuthenticatedMember): Promise<PostReportReceipt> {
    return this.forum.report(id, body, member);
  }

  @Roles(...READERS)
  @Get('search')
  @Responds(pageSchema(searchHitSchema))
  search(@ValidQuery(searchQuerySchema) query: Valid<typeof searchQuerySchema>, @CurrentMember() member: AuthenticatedMember): Promise<Page<SearchHit>> {
    const { q, cursor } = query;
    return this.forum.search(q, cursor, member);
  }
}
