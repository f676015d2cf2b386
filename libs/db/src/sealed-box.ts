import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Outside production a missing JWT_SECRET falls back to this; the config refuses that in production. */
const DEVELOPMENT_SECRET = 'lantern-development-only-secret';

/**
 * A 32-byte key: the variable's own value (base64) when set, otherwise HKDF-SHA256 of JWT_SECRET
 * with `info` naming what it seals, so each kind of secret has a key of its own. Changing `info`
 * would leave everything sealed before unreadable; hence the version in each one.
 */
export function sealingKey(variable: string, explicit: string | undefined, jwtSecret: string | undefined, info: string): Buffer {
  if (explicit) {
    const key = Buffer.from(explicit, 'base64');
    if (key.length !== 32) throw new Error(`${variable} must be 32 bytes, base64-encoded.`);
    return key;
  }
  return Buffer.from(hkdfSync('sha256', jwtSecret ?? DEVELOPMENT_SECRET, 'lantern', info, 32));
}

export interface Sealed {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

/**
 * AES-256-GCM with a fresh 96-bit IV per seal, so a database dump or backup alone reveals nothing.
 * `aad` (associated data) binds a sealed value to its owner: opened with another, it fails.
 */
export class SealedBox {
  constructor(private readonly key: Buffer) {}

  seal(plaintext: string, aad?: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    if (aad !== undefined) cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { iv, tag: cipher.getAuthTag(), ciphertext };
  }

  /** Throws for another key, other associated data or altered bytes. */
  open(sealed: Sealed, aad?: string): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.iv);
    if (aad !== undefined) decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
  }
}
