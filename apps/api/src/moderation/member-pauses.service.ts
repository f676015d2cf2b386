import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { LiftPauseRequest, LiftPauseResult } from '@lantern/contracts';
import type { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { ContentEvents } from './content-events';

const COLUMN = { muted: 'muted_until', suspended: 'suspended_until' } as const;
const WHAT = { muted: 'chat messages', suspended: 'posting' } as const;

/**
 * A moderator ends a member's pause early: a mute or suspension set in error (the wrong item, a
 * year typed for an hour), or lifted because the member in pain needs to be heard. The member's
 * open tabs let them write again at once; the moderators' record says who lifted it, when and why.
 * A mute or suspension only ever grows when set (the resolve's GREATEST): this is the way down.
 */
@Injectable()
export class MemberPausesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: ContentEvents,
  ) {}

  async lift(memberId: string, input: LiftPauseRequest, moderator: AuditActor): Promise<LiftPauseResult> {
    const column = COLUMN[input.kind];
    const liftedAt = await this.dataSource.transaction(async (manager) => {
      const [member]: Array<{ until: Date | null; deleted_at: Date | null; now: Date }> = await manager.query(
        `SELECT ${column} AS until, deleted_at, now() AS now FROM members WHERE id = $1 FOR UPDATE`,
        [memberId],
      );
      if (!member) throw new ApiException(HttpStatus.NOT_FOUND, 'MEMBER_NOT_FOUND', 'There is no such member.');
      if (member.deleted_at) throw new ApiException(HttpStatus.GONE, 'MEMBER_ERASED', 'This member erased their account: there is no pause left to lift.');
      if (!member.until || member.until <= member.now) {
        throw new ApiException(HttpStatus.CONFLICT, 'NOT_PAUSED', `This member's ${WHAT[input.kind]} ${input.kind === 'muted' ? 'are' : 'is'} not paused now.`);
      }
      await manager.query(`UPDATE members SET ${column} = NULL WHERE id = $1`, [memberId]);
      await this.audit.record(manager, moderator, {
        action: 'pause_lift',
        targetType: 'member',
        targetId: memberId,
        reason: input.reason,
        before: { [input.kind]: member.until.toISOString() },
        after: { [input.kind]: null },
      });
      return member.now;
    });
    this.events.memberRestrictionLifted.next({ memberId, kind: input.kind });
    return { kind: input.kind, liftedAt: liftedAt.toISOString() };
  }
}
