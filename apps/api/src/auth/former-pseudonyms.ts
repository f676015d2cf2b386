import { createHash } from 'node:crypto';

/**
 * The key a replaced name is kept under (`former_pseudonyms`): a SHA-256 of the name in lower
 * case, so the table never shows the name itself, and a name typed in another case still finds it.
 */
export function formerNameHash(pseudonym: string): string {
  return createHash('sha256').update(pseudonym.toLowerCase()).digest('hex');
}

/** The keys a typed name may be kept under: as typed, and with its runs of spaces as one (as names are stored). */
export function formerNameHashes(typed: string): string[] {
  const trimmed = typed.trim();
  return [...new Set([trimmed, trimmed.replace(/\s+/g, ' ')])].map(formerNameHash);
}
