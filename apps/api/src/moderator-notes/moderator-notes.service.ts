import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { ModeratorNote } from '@lantern/contracts';
import { returnedRows } from '@lantern/db';
import type { DataSource } from 'typeorm';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';

interface NoteRow {
  id: string;
  message: string;
  created_at: Date;
  seen_at: Date | null;
}

/** The newest notes a member is shown; older ones stay in their data export. */
export const MODERATOR_NOTES_SHOWN = 50;

const toNote = (row: NoteRow): ModeratorNote => ({ id: row.id, message: row.message, createdAt: row.created_at.toISOString(), seenAt: row.seen_at?.toISOString() ?? null });

/**
 * What moderators wrote to a member (their warnings), read by that member only: never which
 * moderator, never the review item behind it. Erasing the account deletes them.
 */
@Injectable()
export class ModeratorNotesService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async list(memberId: string): Promise<{ items: ModeratorNote[] }> {
    const rows: NoteRow[] = await this.dataSource.query(
      `SELECT id, message, created_at, seen_at FROM member_warnings WHERE member_id = $1 ORDER BY created_at DESC, id DESC LIMIT ${MODERATOR_NOTES_SHOWN}`,
      [memberId],
    );
    return { items: rows.map(toNote) };
  }

  /** The member has read it; saying so again keeps the first time. Another member's note is not found. */
  async markSeen(memberId: string, id: string): Promise<ModeratorNote> {
    const [row] = returnedRows<NoteRow>(
      await this.dataSource.query(
        `UPDATE member_warnings SET seen_at = coalesce(seen_at, now()) WHERE id = $1 AND member_id = $2 RETURNING id, message, created_at, seen_at`,
        [id, memberId],
      ),
    );
    if (!row) throw new ApiException(HttpStatus.NOT_FOUND, 'MODERATOR_NOTE_NOT_FOUND', 'There is no such note from the moderators for you.');
    return toNote(row);
  }
}
