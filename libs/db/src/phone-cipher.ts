import { SealedBox, sealingKey } from './sealed-box';

/**
 * A member's phone number for a counsellor's call, sealed with AES-256-GCM. The key is
 * PHONE_ENCRYPTION_KEY (32 bytes, base64) when set, otherwise derived from JWT_SECRET with HKDF,
 * so a database dump alone never reveals a number. Stored as `v1.<iv>.<tag>.<ciphertext>`.
 */
export class PhoneCipher {
  private readonly box: SealedBox;

  constructor(secrets: { PHONE_ENCRYPTION_KEY?: string; JWT_SECRET?: string }) {
    this.box = new SealedBox(sealingKey('PHONE_ENCRYPTION_KEY', secrets.PHONE_ENCRYPTION_KEY, secrets.JWT_SECRET, 'phone-numbers v1'));
  }

  seal(phone: string): string {
    const { iv, tag, ciphertext } = this.box.seal(phone);
    return ['v1', iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  open(stored: string): string {
    const [version, iv, tag, sealed] = stored.split('.');
    if (version !== 'v1' || !iv || !tag || !sealed) throw new Error('not a sealed phone number');
    return this.box.open({ iv: Buffer.from(iv, 'base64url'), tag: Buffer.from(tag, 'base64url'), ciphertext: Buffer.from(sealed, 'base64url') });
  }
}
