import { randomInt } from 'node:crypto';
import { classify } from '@lantern/moderation';
import { looksLikeAlias } from '../forum/thread-alias.service';

const ADJECTIVES = ['Quiet', 'Gentle', 'Brave', 'Calm', 'Kind', 'Steady', 'Warm', 'Hopeful', 'Patient', 'Bright', 'Soft', 'Still', 'Morning', 'Evening', 'Little', 'Wise'];
const ANIMALS = ['Otter', 'Heron', 'Fox', 'Wren', 'Owl', 'Badger', 'Finch', 'Hare', 'Seal', 'Robin', 'Deer', 'Moth', 'Lark', 'Dove', 'Panda', 'Koala'];

/** "Quiet Otter 42": friendly, easy to say, and nothing about the person. */
export function generatePseudonym(): string {
  return `${ADJECTIVES[randomInt(ADJECTIVES.length)]} ${ANIMALS[randomInt(ANIMALS.length)]} ${randomInt(10, 100)}`;
}

/**
 * Names no one should have to read. A short list of slurs for obvious cases; the moderation
 * lexicon (hate, harassment, sexual content, incitement) catches spelling tricks and the rest.
 */
const REFUSED = ['nigger', 'nigga', 'faggot', 'fag', 'kike', 'spic', 'chink', 'tranny', 'retard', 'wetback', 'gook'];
const REFUSED_CATEGORIES = new Set(['hate', 'harassment', 'sexual', 'incitement', 'threat', 'spam', 'drug_selling']);

/** Also the names that claim an authority the person does not have. */
const IMPERSONATION = /\b(admin|administrator|moderator|mod team|lantern team|staff|official)\b/i;
/** The names Lantern itself shows in place of an author who is gone. */
const STANDS_IN = /^\s*(former|erased|deleted)\s+(member|account|user)\s*$/i;

export function pseudonymProblem(pseudonym: string): string | null {
  const compact = pseudonym.toLowerCase().replace(/[^a-z]/g, '');
  if (REFUSED.some((word) => compact.includes(word))) return 'That pseudonym contains a slur. Please choose another.';
  if (IMPERSONATION.test(pseudonym)) return 'Pseudonyms cannot suggest a Lantern role such as moderator or staff.';
  if (STANDS_IN.test(pseudonym)) return 'That is what Lantern shows for an erased account. Please choose another.';
  if (looksLikeAlias(pseudonym)) return 'That looks like a thread alias, which would confuse readers. Please choose another.';
  const result = classify(pseudonym);
  if (result.categories.some((category) => REFUSED_CATEGORIES.has(category))) return 'That pseudonym could hurt other members. Please choose another.';
  return null;
}

/**
 * The pseudonym of a joined `members` row as others may be shown it: NULL once the account is
 * erased (erasure replaces the pseudonym with an internal placeholder, which is nobody's name),
 * so the caller's "former member" / "former moderator" stands in. For the moderators' record,
 * which keeps an erased moderator's id and actions but not their name.
 */
export function shownPseudonym(alias: string): string {
  return `CASE WHEN ${alias}.deleted_at IS NULL THEN ${alias}.pseudonym END`;
}
