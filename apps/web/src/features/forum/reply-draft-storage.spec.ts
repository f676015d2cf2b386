import {
  canKeepReplyDrafts,
  clearMemberReplyDrafts,
  clearReplyDraft,
  DRAFT_MAX_AGE_MS,
  draftAfterSending,
  readReplyDraft,
  replyDraftKey,
  writeReplyDraft,
  type DraftStorage,
} from './reply-draft-storage';
import { newThreadDraftKey, readNewThreadDraft, writeNewThreadDraft, type NewThreadDraft } from './new-thread-draft-storage';

function mapStorage(items = new Map<string, string>()): DraftStorage & { items: Map<string, string> } {
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const quote = { postId: 'p1', authorName: 'Quiet Otter 42', excerpt: 'It helped to write it down.' };
const NOW = 1_700_000_000_000;

describe('reply draft storage', () => {
  it('says drafts can be kept only where storage takes a write, and leaves nothing behind asking', () => {
    const storage = mapStorage();
    expect(canKeepReplyDrafts(storage)).toBe(true);
    expect(storage.items.size).toBe(0);
    const full: DraftStorage = { ...storage, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(canKeepReplyDrafts(full)).toBe(false);
  });

  it('keeps a draft per member and thread, and gives it back', () => {
    const storage = mapStorage();
    writeReplyDraft('m1', 't1', { body: 'Thank you for sharing', quote, postAs: 'alias' }, NOW, storage);
    expect(readReplyDraft('m1', 't1', NOW + 1000, storage)).toEqual({ body: 'Thank you for sharing', quote, postAs: 'alias' });
    expect(readReplyDraft('m1', 't2', NOW, storage)).toBeNull();
    // Another member on the same browser sees nothing.
    expect(readReplyDraft('m2', 't1', NOW, storage)).toBeNull();
    expect([...storage.items.keys()]).toEqual([replyDraftKey('m1', 't1')]);
  });

  it('removes the entry instead of storing an empty draft', () => {
    const storage = mapStorage();
    writeReplyDraft('m1', 't1', { body: 'Hello', quote: null, postAs: 'pseudonym' }, NOW, storage);
    writeReplyDraft('m1', 't1', { body: '   ', quote: null, postAs: 'pseudonym' }, NOW, storage);
    expect(storage.items.size).toBe(0);
  });

  it('keeps a quote even before any words are written', () => {
    const storage = mapStorage();
    writeReplyDraft('m1', 't1', { body: '', quote, postAs: 'pseudonym' }, NOW, storage);
    expect(readReplyDraft('m1', 't1', NOW, storage)?.quote).toEqual(quote);
  });

  it('clears after sending', () => {
    const storage = mapStorage();
    writeReplyDraft('m1', 't1', { body: 'Hello', quote: null, postAs: 'pseudonym' }, NOW, storage);
    clearReplyDraft('m1', 't1', storage);
    expect(readReplyDraft('m1', 't1', NOW, storage)).toBeNull();
  });

  it('forgets drafts that are too old, and ones it cannot read', () => {
    const storage = mapStorage();
    writeReplyDraft('m1', 't1', { body: 'Old words', quote: null, postAs: 'pseudonym' }, NOW, storage);
    expect(readReplyDraft('m1', 't1', NOW + DRAFT_MAX_AGE_MS + 1, storage)).toBeNull();
    expect(storage.items.size).toBe(0);

    storage.items.set(replyDraftKey('m1', 't1'), 'not json');
    expect(readReplyDraft('m1', 't1', NOW, storage)).toBeNull();
    storage.items.set(replyDraftKey('m1', 't1'), JSON.stringify({ body: 'x', savedAt: NOW, quote: { postId: 1 }, postAs: 'nonsense' }));
    expect(readReplyDraft('m1', 't1', NOW, storage)).toEqual({ body: 'x', quote: null, postAs: 'pseudonym' });
  });

  it('works without storage, and survives storage that throws', () => {
    expect(readReplyDraft('m1', 't1', NOW, undefined)).toBeNull();
    const throwing: DraftStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(() => writeReplyDraft('m1', 't1', { body: 'Hi', quote: null, postAs: 'pseudonym' }, NOW, throwing)).not.toThrow();
    expect(readReplyDraft('m1', 't1', NOW, throwing)).toBeNull();
    expect(() => clearReplyDraft('m1', 't1', throwing)).not.toThrow();
  });

  it("forgets all of one member's drafts on sign-out, and only theirs", () => {
    const items = new Map<string, string>();
    const storage = mapStorage(items);
    writeReplyDraft('m1', 't1', { body: 'one', quote: null, postAs: 'pseudonym' }, NOW, storage);
    writeReplyDraft('m1', 't2', { body: 'two', quote: null, postAs: 'pseudonym' }, NOW, storage);
    writeReplyDraft('m2', 't1', { body: 'not mine', quote: null, postAs: 'pseudonym' }, NOW, storage);
    writeNewThreadDraft('m1', { ...thread, title: 'Mine' }, NOW, storage);
    writeNewThreadDraft('m2', { ...thread, title: 'Not mine' }, NOW, storage);
    items.set('lantern.refreshToken', 'kept');
    const listing = { get length() { return items.size; }, key: (i: number) => [...items.keys()][i] ?? null, removeItem: (key: string) => void items.delete(key) };
    clearMemberReplyDrafts('m1', listing);
    expect([...items.keys()].sort()).toEqual(['lantern.refreshToken', replyDraftKey('m2', 't1'), newThreadDraftKey('m2')].sort());
  });

  it('keeps only what was typed after the sent words once a reply lands', () => {
    const sent = { body: 'First thought.', quotePostId: 'p1' };
    expect(draftAfterSending({ body: 'First thought.', quote, postAs: 'alias' }, sent)).toEqual({ body: '', quote: null, postAs: 'alias' });
    expect(draftAfterSending({ body: 'First thought. And a second one.', quote, postAs: 'pseudonym' }, sent)).toEqual({ body: 'And a second one.', quote: null, postAs: 'pseudonym' });
    // Sent words changed while sending: nothing is taken out. A quote chosen meanwhile stays.
    const other = { ...quote, postId: 'p2' };
    expect(draftAfterSending({ body: 'First thoughts.', quote: other, postAs: 'pseudonym' }, sent)).toEqual({ body: 'First thoughts.', quote: other, postAs: 'pseudonym' });
  });
});

const thread: NewThreadDraft = { categorySlug: 'anxiety', title: '', body: '', withWarning: false, contentWarning: '', asAlias: false };

describe('new thread draft storage', () => {
  it('keeps the thread being started per member, gives it back, and forgets it when empty or old', () => {
    const storage = mapStorage();
    const draft = { ...thread, title: 'Mornings', body: 'My chest gets tight.', withWarning: true, contentWarning: 'panic', asAlias: true };
    writeNewThreadDraft('m1', draft, NOW, storage);
    expect(readNewThreadDraft('m1', NOW + 1000, storage)).toEqual(draft);
    expect(readNewThreadDraft('m2', NOW, storage)).toBeNull();
    writeNewThreadDraft('m1', { ...thread, title: '  ' }, NOW, storage);
    expect(storage.items.size).toBe(0);
    writeNewThreadDraft('m1', draft, NOW, storage);
    expect(readNewThreadDraft('m1', NOW + DRAFT_MAX_AGE_MS + 1, storage)).toBeNull();
    expect(storage.items.size).toBe(0);
    storage.items.set(newThreadDraftKey('m1'), '{not json');
    expect(readNewThreadDraft('m1', NOW, storage)).toBeNull();
  });
});
