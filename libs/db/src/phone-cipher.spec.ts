import { PhoneCipher } from './phone-cipher';

describe('PhoneCipher', () => {
  it('seals a number so the stored form reveals nothing, and opens it with the same key only', () => {
    const cipher = new PhoneCipher({ JWT_SECRET: 'a'.repeat(40) });
    const sealed = cipher.seal('+1 555 010 0199');
    expect(sealed).not.toContain('555');
    expect(sealed).not.toBe(cipher.seal('+1 555 010 0199'));
    expect(cipher.open(sealed)).toBe('+1 555 010 0199');
    expect(() => new PhoneCipher({ JWT_SECRET: 'b'.repeat(40) }).open(sealed)).toThrow();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => cipher.open(tampered)).toThrow();
  });

  it('takes an explicit 32-byte key and refuses a wrong-sized one', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(new PhoneCipher({ PHONE_ENCRYPTION_KEY: key }).open(new PhoneCipher({ PHONE_ENCRYPTION_KEY: key }).seal('0800 543 354'))).toBe('0800 543 354');
    expect(() => new PhoneCipher({ PHONE_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/32 bytes/);
  });
});
