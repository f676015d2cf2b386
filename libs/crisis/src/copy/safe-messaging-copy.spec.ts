import { hotlinesFor } from '../hotlines/hotline-directory';
import { crisisPanelCopyFor } from './format-copy';
import { SAFE_MESSAGING_COPY } from './safe-messaging-copy';

/**
 * Words that describe means or methods, or frame suicide as a crime or an achievement. Safe
 * messaging guidance says such copy must never contain them; the list is short on purpose and
 * matched as whole words (with endings), so "changes" does not trip on "hang".
 */
const BANNED_WORDS = [
  'pills?',
  'tablets?',
  'overdos\\w*',
  'hang\\w*',
  'rope\\w*',
  'noose\\w*',
  'jump\\w*',
  'bridges?',
  'cut\\w*',
  'guns?',
  'firearms?',
  'knife',
  'knives',
  'blades?',
  'razors?',
  'poison\\w*',
  'drown\\w*',
  'suffocat\\w*',
  'ligatures?',
  'shoot\\w*',
  'methods?',
  'commit(ted|s)? suicide',
  'successful suicide',
  'failed attempt',
];
const BANNED = new RegExp(`\\b(${BANNED_WORDS.join('|')})\\b`, 'i');

/** Every string in the copy with a path naming where it sits, for readable failures. */
function stringLeaves(value: unknown, path: string): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => stringLeaves(child, `${path}.${key}`));
  }
  return [[path, value]];
}

const leaves = stringLeaves(SAFE_MESSAGING_COPY, 'copy');

describe('safe-messaging copy', () => {
  it('has a fair number of strings to check', () => {
    expect(leaves.length).toBeGreaterThan(30);
  });

  it.each(leaves)('%s is a non-empty string', (_path, value) => {
    expect(typeof value).toBe('string');
    expect(String(value).trim()).not.toBe('');
  });

  it.each(leaves)('%s contains no method words', (_path, value) => {
    expect(String(value)).not.toMatch(BANNED);
  });

  it('has no empty lists', () => {
    expect(SAFE_MESSAGING_COPY.crisisPanel.concernForOther.steps.length).toBeGreaterThan(0);
    expect(SAFE_MESSAGING_COPY.copingResources.items.length).toBeGreaterThan(0);
    const ids = SAFE_MESSAGING_COPY.copingResources.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the agreed button and nudge wording', () => {
    expect(SAFE_MESSAGING_COPY.actions).toEqual({
      talkToModerator: 'Talk to a moderator now',
      imSafe: "I'm safe right now",
      getHelpNow: 'Get help now',
      leaveQuickly: 'Leave quickly',
    });
    expect(SAFE_MESSAGING_COPY.preSendNudge.message).toBe('You can still post — and you can talk to someone right now.');
  });

  it('offers a person to talk to, and no blame, when Lantern cannot be reached', () => {
    const copy = SAFE_MESSAGING_COPY.unreachable;
    expect(copy.helpMessage).toMatch(/a person answers/);
    expect(copy.message).toMatch(/isn't anything you did/);
    expect(Object.values(copy).join(' ')).not.toMatch(/\b(your fault|you should|error)\b/i);
  });

  it('always offers a person to talk to in the crisis panels', () => {
    expect(crisisPanelCopyFor('self', hotlinesFor('US').hotlines).message).toMatch(/talk|listen/i);
    expect(crisisPanelCopyFor('concern_for_other', hotlinesFor('US').hotlines).steps.join(' ')).toMatch(/crisis line/i);
    expect(crisisPanelCopyFor('concern_for_other', hotlinesFor('US').hotlines).steps[0]).toMatch(/^Ask them directly/);
  });
});

describe('the banned-word check itself', () => {
  it.each([['Jumping'], ['a rope'], ['took pills'], ['she committed suicide'], ['CUT']])('catches %p', (text) => {
    expect(text).toMatch(BANNED);
  });

  it.each([['changes'], ['shortcuts'], ['computer'], ['bridget'], ['hello']])('leaves %p alone', (text) => {
    expect(text).not.toMatch(BANNED);
  });
});
