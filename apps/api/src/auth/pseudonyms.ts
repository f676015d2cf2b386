import { randomInt } from 'node:crypto';
import { classify, normalise } from '@lantern/moderation';
import { looksLikeAlias } from '../forum/thread-alias.service';

const ADJECTIVES = ['Quiet', 'Gentle', 'Brave', 'Calm', 'Kind', 'Steady', 'Warm', 'Hopeful', 'Patient', 'Bright', 'Soft', 'Still', 'Morning', 'Evening', 'Little', 'Wise'];
/** Never Heron or Moth: thread aliases once drew them, and a name must not pass for an alias (pseudonymProblem). */
const ANIMALS = ['Otter', 'Swan', 'Fox', 'Wren', 'Owl', 'Badger', 'Finch', 'Hare', 'Seal', 'Robin', 'Deer', 'Puffin', 'Lark', 'Dove', 'Panda', 'Koala'];

/** Every name `generatePseudonym` can give, without its number: each must pass what a chosen name must. */
export const GENERATED_NAME_PARTS = { adjectives: ADJECTIVES, animals: ANIMALS } as const;

/**
 * "Quiet Otter 42": friendly, easy to say, and nothing about the person. Two digits give 23,040
 * names, which a community outgrows: each `attempt` after a name was found taken draws from a
 * wider range (three digits from the fifth, four from the eighth), so a full range of short names
 * never leaves someone unable to join.
 */
export function generatePseudonym(attempt = 0): string {
  const [low, high] = attempt < 4 ? [10, 100] : attempt < 7 ? [100, 1_000] : [1_000, 10_000];
  return `${ADJECTIVES[randomInt(ADJECTIVES.length)]} ${ANIMALS[randomInt(ANIMALS.length)]} ${randomInt(low, high)}`;
}

/**
 * Names no one should have to read. A short list of slurs for obvious cases; the moderation
 * lexicon (hate, harassment, sexual content, incitement) catches spelling tricks and the rest.
 */
const REFUSED = ['nigger', 'nigga', 'faggot', 'fag', 'kike', 'spic', 'chink', 'tranny', 'retard', 'wetback', 'gook'];
const REFUSED_CATEGORIES = new Set(['hate', 'harassment', 'sexual', 'incitement', 'threat', 'spam', 'drug_selling']);

/**
 * Names that claim an authority the person does not have, read the way the moderation tokeniser
 * reads words: lower case, look-alike letters, leetspeak and accents undone, doubled letters
 * squeezed ("staff" is "staf"). So "Lantern_Moderator", "Moderator2", "Admin1", "M0derator",
 * "TheModerator" and a "Мoderator" with a Cyrillic М are refused like "Lantern Moderator".
 */
const ROLE_WORDS = readAll([
  'admin', 'admins', 'administrator', 'administrators', 'moderator', 'moderators', 'staff', 'staffs', 'official', 'officials',
  // A crisis line's counsellor is shown to members as one: a member's name must not pass for them.
  'counsellor', 'counsellors', 'counselor', 'counselors', 'therapist', 'therapists', 'helpline', 'samaritans',
  // Some of the same roles in the other languages members write in.
  'moderador', 'moderadores', 'moderadora', 'moderadoras', 'modérateur', 'modératrice', 'moderatore', 'moderatori', 'moderatrice', 'moderatorin', 'moderatoren',
  'administrador', 'administradora', 'administrateur', 'administratrice', 'amministratore', 'amministratrice', 'administratorin',
  'consejero', 'consejera', 'conseiller', 'conseillère', 'therapeut', 'therapeutin', 'seelsorger', 'seelsorgerin', 'telefonseelsorge',
  'модератор', 'модераторы', 'администратор', 'админ', 'модер',
]);
/** Two words that together claim to speak for Lantern or a crisis line ("Mod Team", "LanternSupport", "Crisis Line"), read as above. */
const ROLE_PAIRS = readAll([
  'mod team', 'mods team', 'lantern team', 'lantern mod', 'lantern mods', 'lantern support', 'lantern crew', 'lantern office', 'lantern bot', 'lantern help', 'lantern crisis',
  'crisis line', 'crisis team', 'crisis support', 'crisis worker', 'crisis hotline', 'crisis helpline', 'suicide hotline', 'help line', 'support team',
]);
/** Long enough that no innocent word holds them: refused inside any word ("TheModerator", "CrisisCounsellor"). */
const ROLE_INSIDE = readAll(['moderator', 'administrator', 'counsellor', 'counselor', 'модератор', 'администратор']);

/** Words as the tokeniser reads them, so a list can be written as people spell the words. */
function readAll(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => normalise(word).tokens.map((token) => token.text).join(' ')));
}
/** The names Lantern itself shows in place of an author who is gone, read the same way. */
const STANDS_IN = /^(former|erased|deleted) ?(member|acount|user)s?$/;
/** Scripts whose letters pass for Latin ones: mixed with Latin (or each other) they copy another name. */
const LOOK_ALIKE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/** The name's words as the tokeniser reads them, also with camel case and digits split off ("AdminJo1" → "admin jo"). */
function readings(pseudonym: string): string[][] {
  const split = pseudonym.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/\p{N}+/gu, ' ');
  return [pseudonym, split].map((text) => normalise(text).tokens.filter((token) => token.kind !== 'number').map((token) => token.text));
}

function claimsARole(words: string[]): boolean {
  if (words.some((word) => ROLE_WORDS.has(word))) return true;
  if (words.some((word, i) => i > 0 && ROLE_PAIRS.has(`${words[i - 1]} ${word}`))) return true;
  const compact = words.join('');
  return [...ROLE_INSIDE].some((word) => compact.includes(word)) || [...ROLE_PAIRS].some((pair) => compact === pair.replace(' ', ''));
}

/**
 * Why a chosen name is refused, or null. `mayClaimRole`: an operator names a staff member or a
 * crisis line's counsellor (the CLI), who may be named for what they are; everything else holds.
 */
export function pseudonymProblem(pseudonym: string, options: { mayClaimRole?: boolean } = {}): string | null {
  const compact = pseudonym.toLowerCase().replace(/[^a-z]/g, '');
  if (REFUSED.some((word) => compact.includes(word))) return 'That pseudonym contains a slur. Please choose another.';
  if (LOOK_ALIKE_SCRIPTS.filter((script) => script.test(pseudonym)).length > 1) {
    return 'That pseudonym mixes letters from alphabets that look alike (such as Latin and Cyrillic), so it could pass for someone else. Please write it in one alphabet.';
  }
  const words = readings(pseudonym);
  if (!options.mayClaimRole && words.some(claimsARole)) return 'Pseudonyms cannot suggest a role such as moderator, staff or crisis counsellor.';
  if (words.some((reading) => STANDS_IN.test(reading.join(' ')) || STANDS_IN.test(reading.join('')))) return 'That is what Lantern shows for an erased account. Please choose another.';
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
