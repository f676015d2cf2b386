import { Inject, Injectable } from '@nestjs/common';
import { safetyPlanSchema, type SafetyPlanSections } from '@lantern/contracts';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';

/** What the safety_plans row holds instead of the words. */
export interface SealedSafetyPlan {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
}

/**
 * HKDF's `info` when the key is derived from JWT_SECRET: a fixed label, so this key differs from
 * every other key derived from the same secret (phone numbers use their own). Changing it would
 * leave every stored plan unreadable, hence the version in it.
 */
export const SAFETY_PLAN_KEY_INFO = 'lantern safety-plans v1';
/** Outside production a missing JWT_SECRET falls back to this; the config refuses that in production. */
const DEVELOPMENT_SECRET = 'lantern-development-secret-never-use-in-production';
const ALGORITHM = 'aes-256-gcm';

/** The 32-byte key: SAFETY_PLAN_KEY (already checked by the config) or HKDF-SHA256 of JWT_SECRET. */
export function safetyPlanKey(env: Pick<ServerEnv, 'SAFETY_PLAN_KEY' | 'JWT_SECRET'>): Buffer {
  if (env.SAFETY_PLAN_KEY) return Buffer.from(env.SAFETY_PLAN_KEY, 'base64');
  return Buffer.from(hkdfSync('sha256', env.JWT_SECRET ?? DEVELOPMENT_SECRET, 'lantern', SAFETY_PLAN_KEY_INFO, 32));
}

export class SafetyPlanUnreadable extends Error {
  constructor() {
    super('A stored safety plan could not be opened with this key.');
    this.name = 'SafetyPlanUnreadable';
  }
}

/**
 * Seals a member's safety plan with AES-256-GCM, a fresh 96-bit IV per save, so a database dump
 * or backup alone reveals nothing of the people and reasons in it. The member's id is the
 * additional authenticated data: a sealed plan copied into another member's row does not open.
 */
@Injectable()
export class SafetyPlanCipher {
  private readonly key: Buffer;

  constructor(@Inject(SERVER_ENV) env: Pick<ServerEnv, 'SAFETY_PLAN_KEY' | 'JWT_SECRET'>) {
    this.key = safetyPlanKey(env);
    if (this.key.length !== 32) throw new Error('SAFETY_PLAN_KEY must be 32 bytes, base64-encoded.');
  }

  seal(memberId: string, sections: SafetyPlanSections): SealedSafetyPlan {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    cipher.setAAD(Buffer.from(memberId, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(sections), 'utf8'), cipher.final()]);
    return { ciphertext, iv, tag: cipher.getAuthTag() };
  }

  /**
   * Throws SafetyPlanUnreadable for another key, another member's row or altered bytes. Nothing
   * of the plaintext reaches the error (a JSON or schema error could quote it into the logs).
   */
  open(memberId: string, sealed: SealedSafetyPlan): SafetyPlanSections {
    try {
      const decipher = createDecipheriv(ALGORITHM, this.key, sealed.iv);
      decipher.setAAD(Buffer.from(memberId, 'utf8'));
      decipher.setAuthTag(sealed.tag);
      const plaintext = Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
      return safetyPlanSchema.shape.sections.parse(JSON.parse(plaintext));
    } catch {
      throw new SafetyPlanUnreadable();
    }
  }
}
