import { HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApiException } from '../http/api-exception';

/**
 * A moderator's sanction, checked where members write: a suspension stops all posting, a mute
 * stops chat. The refusal names the end time. (Crisis never leads here: the classifier flags
 * crisis for a human and never sanctions; only a moderator's decision about abuse does.)
 */
export interface SanctionState {
  muted_until: Date | null;
  suspended_until: Date | null;
}

/** What a paused member can still do, in every refusal: nobody is cut off from a person. */
const STILL_OPEN = 'You can still read, and reach a person any time from "Get help now".';

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * "in 45 minutes", "in 3 hours", "in 2 days": the server does not know the member's time zone, so
 * the sentence says how long; `details.until` carries the instant for a client to show in its own.
 */
export function whenAgain(until: Date, now = Date.now()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now) / 60_000));
  if (minutes < 90) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return hours < 48 ? relative.format(hours, 'hour') : relative.format(Math.round(hours / 24), 'day');
}

/**
 * Whether the member may write now, checked in the writing transaction. The row is held
 * (holdLiveAccount) until the words are stored: an account erasure, which takes the row first,
 * waits for a write already under way (and then unlinks it), and a write that comes after it
 * finds the account gone, so no words stay linked to an erased account.
 */
export async function assertMaySpeak(manager: EntityManager, memberId: string, where: 'forum' | 'chat'): Promise<void> {
  assertNotSanctioned(await holdLiveAccount(manager, memberId), where);
}

/**
 * The member's row, held until the caller's transaction ends, or a 401 when the account is
 * erased: whatever the transaction stores about the member is either unlinked by an erasure that
 * waits for it (the erasure takes the row FOR UPDATE), or never stored. FOR KEY SHARE, the
 * weakest lock that holds an erasure off: a moderator's mute or suspension of the member (an
 * update of other columns) does not wait for it, so the two cannot deadlock. 'alone' (FOR NO KEY
 * UPDATE) also makes the member's own writes of that kind take turns, for a check that counts
 * what they already have (the hide limit); it still lets foreign keys to the member through.
 */
export async function holdLiveAccount(manager: EntityManager, memberId: string, strength: 'shared' | 'alone' = 'shared'): Promise<SanctionState> {
  const [row]: Array<SanctionState & { deleted_at: Date | null }> = await manager.query(
    `SELECT muted_until, suspended_until, deleted_at FROM members WHERE id = $1 ${strength === 'alone' ? 'FOR NO KEY UPDATE' : 'FOR KEY SHARE'}`,
    [memberId],
  );
  if (!row || row.deleted_at) throw new ApiException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'That account has been deleted; nothing more can be written from it.');
  return row;
}

/** The same rule, for callers that read the member's sanction columns in a query of their own. */
export function assertNotSanctioned(row: SanctionState | undefined, where: 'forum' | 'chat', now = Date.now()): void {
  const suspended = row?.suspended_until && row.suspended_until.getTime() > now ? row.suspended_until : null;
  if (suspended) {
    throw new ApiException(HttpStatus.FORBIDDEN, 'SANCTIONED', `A moderator has paused your posting; you can post again ${whenAgain(suspended, now)}. ${STILL_OPEN}`, {
      sanction: 'suspended',
      until: suspended.toISOString(),
    });
  }
  const muted = where === 'chat' && row?.muted_until && row.muted_until.getTime() > now ? row.muted_until : null;
  if (muted) {
    throw new ApiException(HttpStatus.FORBIDDEN, 'MUTED', `A moderator has paused your chat messages; you can chat again ${whenAgain(muted, now)}. ${STILL_OPEN}`, {
      sanction: 'muted',
      until: muted.toISOString(),
    });
  }
}
