import {
  categorySchema,
  editConflictDetailsSchema,
  pageSchema,
  postSchema,
  searchHitSchema,
  threadSchema,
  threadSummarySchema,
  type Category,
  type CreatePostRequest,
  type CreateThreadRequest,
  type EditConflictDetails,
  type Page,
  type Post,
  type ReactionKind,
  type ReportPostRequest,
  type SearchHit,
  type Thread,
  type ThreadSummary,
} from '@lantern/contracts';
import { z } from 'zod';
import { apiFetch, isApiError } from '../../api/api-client';

/**
 * The forum endpoints, each answer checked against its contracts schema so a page never renders
 * a shape it does not expect (a mismatch becomes BAD_RESPONSE, shown as a calm error).
 */
const categoryListSchema = z.object({ items: z.array(categorySchema) });
const threadPageSchema = pageSchema(threadSummarySchema);
const postPageSchema = pageSchema(postSchema);
const searchPageSchema = pageSchema(searchHitSchema);
const reportReceiptSchema = z.object({ id: z.string(), reason: z.string(), created: z.boolean() });

export type ReportReceipt = z.infer<typeof reportReceiptSchema>;

function withCursor(path: string, cursor: string | null | undefined, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

const segment = encodeURIComponent;

export async function fetchCategories(signal?: AbortSignal): Promise<Category[]> {
  const { items } = await apiFetch('/api/v1/categories', { signal, parse: (body) => categoryListSchema.parse(body) });
  return items;
}

export function fetchRecentThreads(cursor: string | null, signal?: AbortSignal): Promise<Page<ThreadSummary>> {
  return apiFetch(withCursor('/api/v1/threads', cursor), { signal, parse: (body) => threadPageSchema.parse(body) });
}

export function fetchCategoryThreads(slug: string, cursor: string | null, signal?: AbortSignal): Promise<Page<ThreadSummary>> {
  return apiFetch(withCursor(`/api/v1/categories/${segment(slug)}/threads`, cursor), {
    signal,
    parse: (body) => threadPageSchema.parse(body),
  });
}

export function fetchThread(threadId: string, signal?: AbortSignal): Promise<Thread> {
  return apiFetch(`/api/v1/threads/${segment(threadId)}`, { signal, parse: (body) => threadSchema.parse(body) });
}

export function fetchThreadPosts(threadId: string, cursor: string | null, signal?: AbortSignal): Promise<Page<Post>> {
  return apiFetch(withCursor(`/api/v1/threads/${segment(threadId)}/posts`, cursor), {
    signal,
    parse: (body) => postPageSchema.parse(body),
  });
}

export function searchForum(query: string, cursor: string | null, signal?: AbortSignal): Promise<Page<SearchHit>> {
  return apiFetch(withCursor('/api/v1/search', cursor, { q: query }), { signal, parse: (body) => searchPageSchema.parse(body) });
}

/** `postAs` has a server-side default, so callers may leave it out. */
export type NewThreadInput = Omit<CreateThreadRequest, 'postAs'> & Partial<Pick<CreateThreadRequest, 'postAs'>>;
export type NewPostInput = Omit<CreatePostRequest, 'postAs'> & Partial<Pick<CreatePostRequest, 'postAs'>>;

export function createThread(input: NewThreadInput): Promise<Thread> {
  return apiFetch('/api/v1/threads', { method: 'POST', json: input, parse: (body) => threadSchema.parse(body) });
}

export function createPost(threadId: string, input: NewPostInput): Promise<Post> {
  return apiFetch(`/api/v1/threads/${segment(threadId)}/posts`, {
    method: 'POST',
    json: input,
    parse: (body) => postSchema.parse(body),
  });
}

/** `version` is the post's version the editor started from: a post changed since is refused (EDIT_CONFLICT), never overwritten. */
export function editPost(postId: string, body: string, version: number): Promise<Post> {
  return apiFetch(`/api/v1/posts/${segment(postId)}`, { method: 'PATCH', json: { body, version }, parse: (answer) => postSchema.parse(answer) });
}

/**
 * The post as it is now, and whether a moderator changed it, from a 409 EDIT_CONFLICT
 * (`details`); null for any other error, or details not of the shape expected.
 */
export function editConflictFrom(error: unknown): EditConflictDetails | null {
  if (!isApiError(error) || error.code !== 'EDIT_CONFLICT') return null;
  const parsed = editConflictDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

export async function deletePost(postId: string): Promise<void> {
  await apiFetch(`/api/v1/posts/${segment(postId)}`, { method: 'DELETE' });
}

export function setReaction(postId: string, kind: ReactionKind, on: boolean): Promise<Post> {
  const parse = (body: unknown) => postSchema.parse(body);
  return on
    ? apiFetch(`/api/v1/posts/${segment(postId)}/reactions`, { method: 'POST', json: { kind }, parse })
    : apiFetch(`/api/v1/posts/${segment(postId)}/reactions/${segment(kind)}`, { method: 'DELETE', parse });
}

export function reportPost(postId: string, input: ReportPostRequest): Promise<ReportReceipt> {
  return apiFetch(`/api/v1/posts/${segment(postId)}/reports`, {
    method: 'POST',
    json: input,
    parse: (body) => reportReceiptSchema.parse(body),
  });
}

export function setFollowing(threadId: string, follow: boolean): Promise<Thread> {
  return apiFetch(`/api/v1/threads/${segment(threadId)}/follow`, {
    method: follow ? 'PUT' : 'DELETE',
    parse: (body) => threadSchema.parse(body),
  });
}
