import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  createCategorySchema,
  createPostSchema,
  createThreadSchema,
  cursorQuerySchema,
  editPostSchema,
  reactionKindSchema,
  reactSchema,
  reportPostSchema,
  searchQuerySchema,
  updateCategorySchema,
  type Category,
  type Page,
  type Post as ForumPost,
  type SearchHit,
  type Thread,
  type ThreadSummary,
} from '@lantern/contracts';
import { CurrentMember, Public, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { parseInput } from '../http/parse-input';
import { ForumService } from './forum.service';
import { parseId } from './parse-id';

/** Reading and writing need an account (one click, anonymous): members' words are not for scrapers. */
const READERS = ['member', 'moderator', 'admin'] as const;

@Controller('v1')
export class ForumController {
  constructor(private readonly forum: ForumService) {}

  @Public()
  @Get('categories')
  categories(): Promise<{ items: Category[] }> {
    return this.forum.listCategories();
  }

  @Roles('admin')
  @Post('categories')
  createCategory(@Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<Category> {
    return this.forum.createCategory(parseInput(createCategorySchema, body), member);
  }

  /** Edit, or archive with `{archived: true}` (threads stay readable; the category leaves lists). */
  @Roles('admin')
  @Patch('categories/:slug')
  updateCategory(@Param('slug') slug: string, @Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<Category> {
    return this.forum.updateCategory(slug, parseInput(updateCategorySchema, body), member);
  }

  @Roles(...READERS)
  @Get('categories/:slug/threads')
  threadsInCategory(@Param('slug') slug: string, @Query() query: unknown, @CurrentMember() member: AuthenticatedMember): Promise<Page<ThreadSummary>> {
    return this.forum.listThreads(slug, parseInput(cursorQuerySchema, query).cursor, member);
  }

  /** Recent threads across every category, for the home page. */
  @Roles(...READERS)
  @Get('threads')
  recentThreads(@Query() query: unknown, @CurrentMember() member: AuthenticatedMember): Promise<Page<ThreadSummary>> {
    return this.forum.listThreads(null, parseInput(cursorQuerySchema, query).cursor, member);
  }

  @Roles(...READERS)
  @Post('threads')
  createThread(@Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<Thread> {
    return this.forum.createThread(parseInput(createThreadSchema, body), member);
  }

  @Roles(...READERS)
  @Get('threads/:id')
  thread(@Param('id') id: string, @CurrentMember() member: AuthenticatedMember): Promise<Thread> {
    return this.forum.getThread(parseId(id, 'thread'), member);
  }

  @Roles(...READERS)
  @Get('threads/:id/posts')
  posts(@Param('id') id: string, @Query() query: unknown, @CurrentMember() member: AuthenticatedMember): Promise<Page<ForumPost>> {
    return this.forum.listPosts(parseId(id, 'thread'), parseInput(cursorQuerySchema, query).cursor, member);
  }

  @Roles(...READERS)
  @Post('threads/:id/posts')
  reply(@Param('id') id: string, @Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<ForumPost> {
    return this.forum.createPost(parseId(id, 'thread'), parseInput(createPostSchema, body), member);
  }

  @Roles(...READERS)
  @Put('threads/:id/follow')
  follow(@Param('id') id: string, @CurrentMember() member: AuthenticatedMember): Promise<Thread> {
    return this.forum.setFollowing(parseId(id, 'thread'), member, true);
  }

  @Roles(...READERS)
  @Delete('threads/:id/follow')
  unfollow(@Param('id') id: string, @CurrentMember() member: AuthenticatedMember): Promise<Thread> {
    return this.forum.setFollowing(parseId(id, 'thread'), member, false);
  }

  @Roles(...READERS)
  @Get('posts/:id')
  post(@Param('id') id: string, @CurrentMember() member: AuthenticatedMember): Promise<ForumPost> {
    return this.forum.getPost(parseId(id, 'post'), member);
  }

  @Roles(...READERS)
  @Patch('posts/:id')
  edit(@Param('id') id: string, @Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<ForumPost> {
    return this.forum.editPost(parseId(id, 'post'), parseInput(editPostSchema, body).body, member);
  }

  @Roles(...READERS)
  @Delete('posts/:id')
  @HttpCode(204)
  async remove(@Param('id') id: string, @CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.forum.deletePost(parseId(id, 'post'), member);
  }

  @Roles(...READERS)
  @Post('posts/:id/reactions')
  react(@Param('id') id: string, @Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<ForumPost> {
    return this.forum.react(parseId(id, 'post'), parseInput(reactSchema, body).kind, member, true);
  }

  @Roles(...READERS)
  @Delete('posts/:id/reactions/:kind')
  unreact(@Param('id') id: string, @Param('kind') kind: string, @CurrentMember() member: AuthenticatedMember): Promise<ForumPost> {
    return this.forum.react(parseId(id, 'post'), parseInput(reactionKindSchema, kind), member, false);
  }

  @Roles(...READERS)
  @Post('posts/:id/reports')
  report(@Param('id') id: string, @Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<{ id: string; reason: string; created: boolean }> {
    return this.forum.report(parseId(id, 'post'), parseInput(reportPostSchema, body), member);
  }

  @Roles(...READERS)
  @Get('search')
  search(@Query() query: unknown, @CurrentMember() member: AuthenticatedMember): Promise<Page<SearchHit>> {
    const { q, cursor } = parseInput(searchQuerySchema, query);
    return this.forum.search(q, cursor, member);
  }
}
