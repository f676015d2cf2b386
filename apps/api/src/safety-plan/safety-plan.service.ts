import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { emptySafetyPlanSections, type SafetyPlan, type SaveSafetyPlanRequest } from '@lantern/contracts';
import { returnedRows } from '@lantern/db';
import type { DataSource } from 'typeorm';
import { holdLiveAccount } from '../auth/sanctions';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { SafetyPlanCipher, SafetyPlanUnreadable } from './safety-plan-cipher';

interface SafetyPlanRow {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
  updated_at: Date;
}

/**
 * `updated_at` for a save: now, to the millisecond (what JSON carries back as `baseUpdatedAt`),
 * and always later than the version it replaces, so two saves in one millisecond still differ and
 * the second tab's stale copy is still caught.
 */
const NEXT_UPDATED_AT = `date_trunc('milliseconds', clock_timestamp())`;

/**
 * A member's own safety plan. Protective, not content: it is never put on the outbox (so never
 * classified or queued for moderators), never audited, and no staff route reads it. The words
 * exist in clear only in this process, on their way in and out of SafetyPlanCipher.
 */
@Injectable()
export class SafetyPlanService {
  private readonly logger = new Logger(SafetyPlanService.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly cipher: SafetyPlanCipher,
  ) {}

  async read(memberId: string): Promise<SafetyPlan> {
    const [row]: SafetyPlanRow[] = await this.dataSource.query(`SELECT ciphertext, iv, tag, updated_at FROM safety_plans WHERE member_id = $1`, [memberId]);
    if (!row) return { sections: emptySafetyPlanSections(), updatedAt: null };
    try {
      return { sections: this.cipher.open(memberId, row), updatedAt: row.updated_at.toISOString() };
    } catch (error) {
      if (!(error instanceof SafetyPlanUnreadable)) throw error;
      // The server's key changed (or the row was tampered with). The row is kept, and nothing can
      // overwrite it without its version, so restoring the key brings the plan back.
      this.logger.error('a stored safety plan could not be opened with the configured key (SAFETY_PLAN_KEY or JWT_SECRET changed?)');
      throw new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'SAFETY_PLAN_UNREADABLE',
        "Your saved safety plan can't be opened just now. It is kept safe and nothing has been lost; please try again later. If you need it right now, the help page has people you can reach.",
      );
    }
  }

  /**
   * Replaces the plan if it is still the version the member started from (`baseUpdatedAt`; null
   * when they started from no plan). One statement decides, so of two tabs saving at once one
   * wins and the other is refused: the row lock makes the second UPDATE re-check its condition
   * against the first one's row, and the INSERT of a first save gives way to an existing plan.
   */
  async save(memberId: string, request: SaveSafetyPlanRequest): Promise<SafetyPlan> {
    const sealed = this.cipher.seal(memberId, request.sections);
    const values = [memberId, sealed.ciphertext, sealed.iv, sealed.tag];
    // The account held while the plan is stored: a save racing an erasure is deleted by it or never made.
    const saved = await this.dataSource.transaction(async (manager) => {
      await holdLiveAccount(manager, memberId);
        return returnedRows<{ updated_at: Date }>(
        request.baseUpdatedAt === null
          ? await manager.query(
              `INSERT INTO safety_plans (member_id, ciphertext, iv, tag, updated_at) VALUES ($1, $2, $3, $4, ${NEXT_UPDATED_AT})
               ON CONFLICT (member_id) DO NOTHING RETURNING updated_at`,
              values,
            )
          : await manager.query(
              `UPDATE safety_plans SET ciphertext = $2, iv = $3, tag = $4,
                 updated_at = greatest(${NEXT_UPDATED_AT}, updated_at + interval '1 millisecond')
               WHERE member_id = $1 AND updated_at = $5::timestamptz RETURNING updated_at`,
              [...values, request.baseUpdatedAt],
            ),
      );
    });
    if (saved.length === 0) {
      throw new ApiException(
        HttpStatus.CONFLICT,
        'SAFETY_PLAN_CHANGED',
        'Your safety plan was changed in another tab or on another device since you opened it. Here is the newer version; what you wrote is still there to add again.',
        { current: await this.read(memberId) },
      );
    }
    return { sections: request.sections, updatedAt: saved[0].updated_at.toISOString() };
  }
}
