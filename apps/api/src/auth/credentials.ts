import argon2 from 'argon2';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassphrase(passphrase: string): Promise<string> {
  return argon2.hash(passphrase, ARGON2_OPTIONS);
}

export async function verifyPassphrase(hash: string, passphrase: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, passphrase);
  } catch {
    return false;
  }
}

/** A hash to verify against when the pseudonym does not exist, so timing does not tell. */
let decoy: Promise<string> | undefined;
export async function verifyAgainstDecoy(passphrase: string): Promise<false> {
  decoy ??= hashPassphrase(randomBytes(16).toString('hex'));
  await verifyPassphrase(await decoy, passphrase);
  return false;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A recovery code: 20 characters of Crockford base32 (100 bits), grouped for reading aloud.
 * High-entropy secrets need no slow hash; SHA-256 is stored and compared in constant time.
 */
export function newRecoveryCode(): string {
  const bytes = randomBytes(20);
  const chars = Array.from(bytes, (byte) => CROCKFORD[byte % 32]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

/** Case, dashes and the look-alike letters people mistype do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(hash: string | null, secret: string): boolean {
  if (!hash) return false;
  const a = Buffer.from(hash, 'hex');
  const b = Buffer.from(hashSecret(secret), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** An opaque refresh token; only its hash is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}
