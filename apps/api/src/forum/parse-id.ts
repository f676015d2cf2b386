import { HttpStatus } from '@nestjs/common';
import { SLUG_PATTERN } from '@lantern/contracts';
import { z } from 'zod';
import { ApiException } from '../http/api-exception';
import type { PathParamCheck } from '../http/valid-input.decorators';

const uuid = z.uuid();

/** An id that is not even a UUID names nothing: a 404, never a database error. */
export function parseId(id: string, what: 'thread' | 'post'): string {
  if (uuid.safeParse(id).success) return id;
  throw what === 'thread'
    ? new ApiException(HttpStatus.NOT_FOUND, 'THREAD_NOT_FOUND', 'That thread does not exist, or is no longer visible.')
    : new ApiException(HttpStatus.NOT_FOUND, 'POST_NOT_FOUND', 'That post does not exist, or is no longer visible.');
}

/** The same check as a path parameter for @ValidParam (documented as a UUID). */
export function pathId(what: 'thread' | 'post'): PathParamCheck {
  return { schema: uuid, parse: (raw) => parseId(raw, what) };
}

const slug = z.string().max(64).regex(SLUG_PATTERN);

/**
 * A category's or room's name in a path. One that cannot be a slug (a NUL, a slash, capitals)
 * names nothing: the same 404 as an unknown one, decided before any query is sent.
 */
export function pathSlug(what: 'category' | 'room'): PathParamCheck {
  return {
    schema: slug,
    parse: (raw) => {
      if (slug.safeParse(raw).success) return raw;
      throw what === 'category'
        ? new ApiException(HttpStatus.NOT_FOUND, 'CATEGORY_NOT_FOUND', 'There is no such category.')
        : new ApiException(HttpStatus.NOT_FOUND, 'ROOM_NOT_FOUND', 'There is no such room.');
    },
  };
}
