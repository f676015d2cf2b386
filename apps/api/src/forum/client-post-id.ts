import { HttpStatus } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApiException } from '../http/api-exception';

/** The unique index that stores one post per author and client id (migration ClientPostIds). */
const CLIENT_POST_KEY = 'posts_client_post_key';

/** A create's client id with the digest of what it asked for. */
export interface ClientPost {
  id: string;
  digest: string;
}

/**
 * The client id of a thread or reply being created and a digest of the request (its kind, place,
 * words and choices, as validated, before watched words are applied), or null without an id. The
 * digest, not the stored words, tells a retry from another post: the words may be edited or
 * screened differently later, and a true retry must still be recognised.
 */
export function clientPostOf(clientPostId: string | undefined, request: ReadonlyArray<string | null>): ClientPost | null {
  if (clientPostId === undefined) return null;
  return { id: clientPostId, digest: createHash('sha256').update(JSON.stringify(request)).digest('base64url') };
}

/** True when an insert lost to another post of the same author and client id (a duplicate in flight). */
export function isClientPostTaken(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === CLIENT_POST_KEY;
}

/**
 * The post this member already stored under this client id, when this request is a retry of it;
 * null when nothing was stored (a first attempt, or one that was refused: it is judged afresh).
 * The same id on another request is no retry and is refused rather than answered with the other post.
 */
export async function earlierClientPost(dataSource: DataSource, memberId: string, clientPost: ClientPost | null): Promise<{ postId: string; threadId: string } | null> {
  if (!clientPost) return null;
  const [stored]: Array<{ id: string; thread_id: string; client_request_digest: string }> = await dataSource.query(
    `SELECT id, thread_id, client_request_digest FROM posts WHERE author_id = $1 AND client_post_id = $2`,
    [memberId, clientPost.id],
  );
  if (!stored) return null;
  if (stored.client_request_digest !== clientPost.digest) {
    throw new ApiException(
      HttpStatus.CONFLICT,
      'CLIENT_POST_ID_REUSED',
      'That clientPostId already belongs to another of your posts, written with other words or elsewhere; send this one with a new clientPostId.',
      { postId: stored.id, threadId: stored.thread_id },
    );
  }
  return { postId: stored.id, threadId: stored.thread_id };
}
