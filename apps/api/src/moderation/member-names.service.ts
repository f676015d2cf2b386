import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { NewMemberNameRequest, NewMemberNameResult } from '@lantern/contracts';
import { returnedRows } from '@lantern/db';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { isNameInUse, replaceName } from '../auth/former-pseudonyms';
import { generatePseudonym } from '../auth/pseudonyms';
import { SessionsEnded } from '../auth/sessions-ended.service';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { ContentEvents } from './content-events';

const ATTEMPTS = 10;

/** The generated name is someone's former name: try another. */
class NameTaken extends Error {}

/** What the member reads, in the moderators' notes: the new name, how to sign in, and the moderator's own words. */
export function newNameNote(pseudonym: string, message: string | undefined): string {
  const why = message ? ` ${message}` : '';
  return `A moderator gave you a new name: “${pseudonym}”. Others now see it beside everything you have written.${why}\n\nSign in with “${pseudonym}” from now on. Your passphrase and recovery code stay the same, and your old name still signs you in (nobody else can take it).`;
}

/**
 * A moderator replaces a member's name that slipped past the lists (a slur, their real name,
 * someone else's) with a friendly generated one, shown at once beside everything they wrote. The
 * member is not signed out: their devices trade their tokens for ones with the new name, and a
 * note tells them the name they sign in with now. Their old name keeps signing them in, and nobody
 * else can take it (`former_pseudonyms`, which keeps only a hash of it).
 */
@Injectable()
export class MemberNamesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsEnded,
    private readonly events: ContentEvents,
  ) {}

  async giveNewName(memberId: string, input: NewMemberNameRequest, moderator: AuditActor): Promise<NewMemberNameResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { result, note, renewal } = await this.dataSource.transaction((manager) => this.rename(manager, memberId, input, moderator, attempt - 1));
        this.sessions.renewed(renewal);
        this.events.moderatorNote.next({ memberId, note });
        return result;
      } catch (error) {
        if (!(error instanceof NameTaken || isNameInUse(error))) throw error;
        if (attempt === ATTEMPTS) throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'Could not find a free name just now; please try again.');
      }
    }
  }

  private async rename(manager: EntityManager, memberId: string, input: NewMemberNameRequest, moderator: AuditActor, attempt: number) {
    // The account first, as an erasure holds it first: one under way finishes, and is seen.
    const [member]: Array<{ pseudonym: string; role: string; deleted_at: Date | null }> = await manager.query(
      `SELECT pseudonym, role, deleted_at FROM members WHERE id = $1 FOR UPDATE`,
      [memberId],
    );
    if (!member) throw new ApiException(HttpStatus.NOT_FOUND, 'MEMBER_NOT_FOUND', 'There is no such member.');
    if (member.deleted_at) throw new ApiException(HttpStatus.GONE, 'MEMBER_ERASED', 'This member erased their account: their name is already gone.');
    if (member.role !== 'member') {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, 'NOT_A_MEMBER', 'Only a member’s name can be replaced here; the names of moderators, admins and partners are an operator’s to change.');
    }
    const pseudonym = generatePseudonym(attempt);
    if (!(await replaceName(manager, memberId, member.pseudonym, pseudonym, 'moderator'))) throw new NameTaken();
    const renewal = await this.sessions.renew(manager, memberId);
    const [note] = returnedRows<{ id: string; message: string; created_at: Date }>(
      await manager.query(`INSERT INTO member_warnings (member_id, message, kind) VALUES ($1, $2, 'new_name') RETURNING id, message, created_at`, [
        memberId,
        newNameNote(pseudonym, input.message),
      ]),
    );
    // The old name is not written here either: the record says who replaced a name, when and why.
    await this.audit.record(manager, moderator, { action: 'new_name', targetType: 'member', targetId: memberId, reason: input.reason, after: { pseudonym } });
    return {
      result: { id: memberId, pseudonym },
      note: { id: note.id, message: note.message, createdAt: note.created_at.toISOString(), seenAt: null },
      renewal,
    };
  }
}
