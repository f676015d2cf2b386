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

export async function assertMaySpeak(manager: EntityManager, memberId: string, where: 'forum' | 'chat'): Promise<void> {
  const [row]: SanctionState[] = await manager.query(`SELECT muted_until, suspended_until FROM members WHERE id = $1`, [memberId]);
  assertNotSanctioned(row, where);
}

/** The same rule, for callers that read the member's sanction columns in a query of their own. */
export function assertNotSanctioned(row: SanctionState | undefined, where: 'forum' | 'chat'): void {
  const now = Date.now();
  const suspended = row?.suspended_until && row.suspended_until.getTime() > now ? row.suspended_until : null;
  if (suspended) {
    throw new ApiException(HttpStatus.FORBIDDEN, 'SANCTIONED', `A moderator has paused your posting until ${suspended.toISOString()}.`, {
      sanction: 'suspended',
      until: suspended.toISOString(),
    });
  }
  const muted = where === 'chat' && row?.muted_until && row.muted_until.getTime() > now ? row.muted_until : null;
  if (muted) {
    throw new ApiException(HttpStatus.FORBIDDEN, 'MUTED', `A moderator has paused your messages until ${muted.toISOString()}.`, { sanction: 'muted', until: muted.toISOString() });
  }
}
