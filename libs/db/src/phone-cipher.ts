import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A member's phone number for a counsellor's call, sealed with AES-256-GCM. The key is
 * PHONE_ENCRYPTION_KEY (32 bytes, base64) when set, otherwise derived from JWT_SECRET with HKDF,
 * so a database dump alone never reveals a number. Stored as `v1.<iv>.<tag>.<ciphertext>`.
 */
export class PhoneCipher {
  private readonly key: Buffer;

  constructor(secrets: { PHONE_ENCRYPTION_KEY?: string; JWT_SECRET?: string }) {
    if (secrets.PHONE_ENCRYPTION_KEY) {
      this.key = Buffer.from(secrets.PHONE_ENCRYPTION_KEY, 'base64');
      if (this.key.length !== 32) throw new Error('PHONE_ENCRYPTION_KEY must be 32 bytes, base64-encoded.');
    } else {
      const base = secrets.JWT_SECRET ?? 'lantern-development-only-secret';
      this.key = Buffer.from(hkdfSync('sha256', base, 'lantern', 'phone-numbers v1', 32));
    }
  }

  seal(phone: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
  }

  open(stored: string): string {
    const [version, iv, tag, sealed] = stored.split('.');
    if (version !== 'v1' || !iv || !tag || !sealed) throw new Error('not a sealed phone number');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  }
}
