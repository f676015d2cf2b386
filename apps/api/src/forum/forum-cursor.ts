import { HttpStatus } from '@nestjs/common';
import { instantInputSchema } from '@lantern/contracts';
import { z } from 'zod';
import { ApiException } from '../http/api-exception';

/**
 * Keyset cursors: the sort key of the last item seen, opaque to clients. The timestamp travels as
 * PostgreSQL's own text (microseconds intact), so the next page starts exactly after that row
 * even when rows share a millisecond, and new rows arriving meanwhile never shift the pages.
 */
const cursorSchema = z.tuple([instantInputSchema().max(64), z.uuid()]);

export interface Keyset {
  at: string;
  id: string;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.at, keyset.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const [at, id] = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { at, id };
  } catch {
    throw new ApiException(HttpStatus.BAD_REQUEST, 'INVALID_CURSOR', 'That page cursor is not one Lantern gave out; start again from the first page.');
  }
}

/** Builds `{items, nextCursor}` from a query that fetched one row more than the page size. */
export function toPage<Row extends { cursor_at: string; id: string }, Item>(rows: Row[], size: number, map: (row: Row) => Item): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  return { items: page.map(map), nextCursor: rows.length > size && last ? encodeCursor({ at: last.cursor_at, id: last.id }) : null };
}
