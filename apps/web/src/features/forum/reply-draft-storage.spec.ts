import {
  canKeepReplyDrafts,
  clearMemberReplyDrafts,
  clearReplyDraft,
  DRAFT_MAX_AGE_MS,
  draftAfterSending,
  keepReplyDraft,
  readReplyDraft,
  replyDraftKey,
  withClientPostId,
  writeReplyDraft,
  type DraftStorage,
  type ReplyDraft,
} from './reply-draft-storage';
import { forgetNewThreadDraftKeptHere, keepNewThreadDraft, newThreadDraftKey, readNewThreadDraft, writeNewThreadDraft, type NewThreadDraft } from './new-thread-draft-storage';
import { clearPostEditDraft, postEditDraftKey, readPostEditDraft, writePostEditDraft } from './post-edit-draft-storage';

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
    writePostEditDraft('m1', 'p1', { body: 'changed', baseVersion: 1 }, NOW, storage);
    writePostEditDraft('m2', 'p2', { body: 'not mine either', baseVersion: 1 }, NOW, storage);
    items.set('lantern.refreshToken', 'kept');
    const listing = { get length() { return items.size; }, key: (i: number) => [...items.keys()][i] ?? null, removeItem: (key: string) => void items.delete(key) };
    clearMemberReplyDrafts('m1', listing);
    expect([...items.keys()].sort()).toEqual(['lantern.refreshToken', replyDraftKey('m2', 't1'), newThreadDraftKey('m2'), postEditDraftKey('m2', 'p2')].sort());
  });

  it('an emptied box forgets its own stored draft but never one another tab stored since', () => {
    const storage = mapStorage();
    const mine = { body: 'Mornings are better.', quote: null, postAs: 'pseudonym' as const };
    const keptHere = keepReplyDraft('m1', 't1', mine, null, NOW, storage);
    // Posted here, nothing else written meanwhile: the draft goes.
    expect(keepReplyDraft('m1', 't1', { ...mine, body: '' }, keptHere, NOW, storage)).toBeNull();
    expect(storage.items.size).toBe(0);
    // Another tab stores its own words after this one: this tab posting keeps them.
    const keptAgain = keepReplyDraft('m1', 't1', mine, null, NOW, storage);
    writeReplyDraft('m1', 't1', { ...mine, body: 'A note from the other tab.' }, NOW + 5, storage);
    keepReplyDraft('m1', 't1', { ...mine, body: '' }, keptAgain, NOW + 10, storage);
    expect(readReplyDraft('m1', 't1', NOW + 10, storage)?.body).toBe('A note from the other tab.');
    // A tab that never wrote leaves whatever is stored.
    keepReplyDraft('m1', 't1', { ...mine, body: '' }, null, NOW + 10, storage);
    expect(readReplyDraft('m1', 't1', NOW + 10, storage)?.body).toBe('A note from the other tab.');
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

  it('once posted, forgets the thread only while it is still the one this tab kept', () => {
    const storage = mapStorage();
    const draft = { ...thread, title: 'Mornings', body: 'My chest gets tight.' };
    const keptHere = keepNewThreadDraft('m1', draft, null, NOW, storage);
    forgetNewThreadDraftKeptHere('m1', keptHere, NOW, storage);
    expect(storage.items.size).toBe(0);
    const keptAgain = keepNewThreadDraft('m1', draft, null, NOW, storage);
    writeNewThreadDraft('m1', { ...draft, title: 'Another tab' }, NOW + 5, storage);
    forgetNewThreadDraftKeptHere('m1', keptAgain, NOW + 10, storage);
    expect(readNewThreadDraft('m1', NOW + 10, storage)?.title).toBe('Another tab');
    keepNewThreadDraft('m1', thread, keptAgain, NOW + 10, storage);
    expect(readNewThreadDraft('m1', NOW + 10, storage)?.title).toBe('Another tab');
  });
});

describe('post edit draft storage', () => {
  it('keeps unsaved changes per member and post with the version they began from, and forgets them when cleared, old or damaged', () => {
    const storage = mapStorage();
    writePostEditDraft('m1', 'p1', { body: 'Today I made tea.', baseVersion: 3 }, NOW, storage);
    expect(readPostEditDraft('m1', 'p1', NOW + 1000, storage)).toEqual({ body: 'Today I made tea.', baseVersion: 3 });
    expect(readPostEditDraft('m2', 'p1', NOW, storage)).toBeNull();
    expect(readPostEditDraft('m1', 'p2', NOW, storage)).toBeNull();
    clearPostEditDraft('m1', 'p1', storage);
    expect(storage.items.size).toBe(0);
    writePostEditDraft('m1', 'p1', { body: 'Old', baseVersion: 1 }, NOW, storage);
    expect(readPostEditDraft('m1', 'p1', NOW + DRAFT_MAX_AGE_MS + 1, storage)).toBeNull();
    expect(storage.items.size).toBe(0);
    storage.items.set(postEditDraftKey('m1', 'p1'), JSON.stringify({ body: 'no version', savedAt: NOW }));
    expect(readPostEditDraft('m1', 'p1', NOW, storage)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('leaves the editor working when storage refuses', () => {
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => writePostEditDraft('m1', 'p1', { body: 'x', baseVersion: 1 }, NOW, refusing)).not.toThrow();
    expect(readPostEditDraft('m1', 'p1', NOW, refusing)).toBeNull();
    expect(() => clearPostEditDraft('m1', 'p1', refusing)).not.toThrow();
  });
});

describe('the id a draft is posted with (clientPostId)', () => {
  it('is made with the first words and kept through storage, so a retry after a reload sends the same id', () => {
    const storage = mapStorage();
    const empty: ReplyDraft = { body: '', quote: null, postAs: 'pseudonym' };
    expect(withClientPostId(empty, true)).toEqual(empty);
    const draft = withClientPostId({ ...empty, body: 'Still here.' }, false);
    expect(draft.clientPostId).toMatch(/^[0-9a-f-]{36}$/);
    expect(withClientPostId(draft, false)).toBe(draft);
    keepReplyDraft('m1', 't1', draft, null, NOW, storage);
    expect(readReplyDraft('m1', 't1', NOW, storage)).toEqual(draft);
    const thread: NewThreadDraft = { categorySlug: 'anxiety', title: 'Long nights', body: 'Again.', withWarning: false, contentWarning: '', asAlias: false, clientPostId: 'thread-draft-id' };
    writeNewThreadDraft('m1', thread, NOW, storage);
    expect(readNewThreadDraft('m1', NOW, storage)).toEqual(thread);
  });

  it('goes with the reply that landed: words typed meanwhile are another reply', () => {
    const left = draftAfterSending({ body: 'First. And more', quote: null, postAs: 'pseudonym', clientPostId: 'sent-id' }, { body: 'First.' });
    expect(left).toEqual({ body: 'And more', quote: null, postAs: 'pseudonym' });
  });
});
