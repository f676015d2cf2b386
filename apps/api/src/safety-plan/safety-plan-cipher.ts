import { Inject, Injectable } from '@nestjs/common';
import { safetyPlanSchema, type SafetyPlanSections } from '@lantern/contracts';
import { SealedBox, sealingKey, type Sealed } from '@lantern/db';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';

/** What the safety_plans row holds instead of the words. */
export type SealedSafetyPlan = Sealed;

/**
 * HKDF's `info` when the key is derived from JWT_SECRET: a fixed label, so this key differs from
 * every other key derived from the same secret (phone numbers use their own). Changing it would
 * leave every stored plan unreadable, hence the version in it.
 */
export const SAFETY_PLAN_KEY_INFO = 'lantern safety-plans v1';

/** The 32-byte key: SAFETY_PLAN_KEY (already checked by the config) or HKDF-SHA256 of JWT_SECRET. */
export function safetyPlanKey(env: Pick<ServerEnv, 'SAFETY_PLAN_KEY' | 'JWT_SECRET'>): Buffer {
  return sealingKey('SAFETY_PLAN_KEY', env.SAFETY_PLAN_KEY, env.JWT_SECRET, SAFETY_PLAN_KEY_INFO);
}

export class SafetyPlanUnreadable extends Error {
  constructor() {
    super('A stored safety plan could not be opened with this key.');
    this.name = 'SafetyPlanUnreadable';
  }
}

/**
 * Seals a member's safety plan (SealedBox: AES-256-GCM, a fresh IV per save), so a database dump
 * or backup alone reveals nothing of the people and reasons in it. The member's id is the
 * associated data: a sealed plan copied into another member's row does not open.
 */
@Injectable()
export class SafetyPlanCipher {
  private readonly box: SealedBox;

  constructor(@Inject(SERVER_ENV) env: Pick<ServerEnv, 'SAFETY_PLAN_KEY' | 'JWT_SECRET'>) {
    this.box = new SealedBox(safetyPlanKey(env));
  }

  seal(memberId: string, sections: SafetyPlanSections): SealedSafetyPlan {
    return this.box.seal(JSON.stringify(sections), memberId);
  }

  /**
   * Throws SafetyPlanUnreadable for another key, another member's row or altered bytes. Nothing
   * of the plaintext reaches the error (a JSON or schema error could quote it into the logs).
   */
  open(memberId: string, sealed: SealedSafetyPlan): SafetyPlanSections {
    try {
      return safetyPlanSchema.shape.sections.parse(JSON.parse(this.box.open(sealed, memberId)));
    } catch {
      throw new SafetyPlanUnreadable();
    }
  }
}
