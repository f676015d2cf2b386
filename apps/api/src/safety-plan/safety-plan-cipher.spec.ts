import { emptySafetyPlanSections, type SafetyPlanSections } from '@lantern/contracts';
import { hkdfSync } from 'node:crypto';
import { SAFETY_PLAN_KEY_INFO, SafetyPlanCipher, SafetyPlanUnreadable, safetyPlanKey } from './safety-plan-cipher';

const memberId = '6f1c2f0e-0000-4000-8000-000000000001';
const plan: SafetyPlanSections = { ...emptySafetyPlanSections(), people: ['Aunt Rosa 555 010 0199'], reasonsToLive: ['my cat Biscuit'] };

describe('SafetyPlanCipher', () => {
  const cipher = new SafetyPlanCipher({ JWT_SECRET: 'a'.repeat(40) });

  it('opens what it sealed, and the sealed bytes hold none of the words', () => {
    const sealed = cipher.seal(memberId, plan);
    expect(cipher.open(memberId, sealed)).toEqual(plan);
    for (const bytes of [sealed.ciphertext, sealed.iv, sealed.tag]) {
      expect(bytes.includes('Rosa')).toBe(false);
      expect(bytes.includes('Biscuit')).toBe(false);
    }
    expect([sealed.iv.length, sealed.tag.length]).toEqual([12, 16]);
    // A fresh IV each time: the same plan saved twice does not look the same.
    expect(cipher.seal(memberId, plan).ciphertext.equals(sealed.ciphertext)).toBe(false);
  });

  it('cannot be opened with a wrong key, for another member, or once altered', () => {
    const sealed = cipher.seal(memberId, plan);
    expect(() => new SafetyPlanCipher({ JWT_SECRET: 'b'.repeat(40) }).open(memberId, sealed)).toThrow(SafetyPlanUnreadable);
    expect(() => new SafetyPlanCipher({ SAFETY_PLAN_KEY: Buffer.alloc(32, 3).toString('base64'), JWT_SECRET: 'a'.repeat(40) }).open(memberId, sealed)).toThrow(SafetyPlanUnreadable);
    expect(() => cipher.open('6f1c2f0e-0000-4000-8000-000000000002', sealed)).toThrow(SafetyPlanUnreadable);
    const altered = Buffer.from(sealed.ciphertext);
    altered[0] ^= 1;
    expect(() => cipher.open(memberId, { ...sealed, ciphertext: altered })).toThrow(SafetyPlanUnreadable);
  });

  it('uses SAFETY_PLAN_KEY when set, else HKDF of JWT_SECRET with the documented info', () => {
    const explicit = Buffer.alloc(32, 7);
    expect(safetyPlanKey({ SAFETY_PLAN_KEY: explicit.toString('base64'), JWT_SECRET: 'a'.repeat(40) }).equals(explicit)).toBe(true);
    const derived = Buffer.from(hkdfSync('sha256', 'a'.repeat(40), 'lantern', SAFETY_PLAN_KEY_INFO, 32));
    expect(safetyPlanKey({ JWT_SECRET: 'a'.repeat(40) }).equals(derived)).toBe(true);
    const withKey = new SafetyPlanCipher({ SAFETY_PLAN_KEY: explicit.toString('base64') });
    expect(withKey.open(memberId, withKey.seal(memberId, plan))).toEqual(plan);
  });
});
