import { MemoryStorage } from '../../testing/memory-storage';
import { forgetUnsent, keepDraft, keepUnsent, recallDraft, recallUnsent } from './unsent-messages';

describe('unsent chat messages kept for the tab', () => {
  const waiting = { clientMsgId: 'c-1', body: 'are you still there?', createdAt: '2026-12-04T13:00:00.000Z' };
  const refused = { clientMsgId: 'c-2', body: 'this one was refused', createdAt: '2026-12-04T13:00:01.000Z', error: 'The room is locked.' };

  it('gives back what was kept, per member and room, and removes the entry when nothing is left', () => {
    const storage = new MemoryStorage();
    keepUnsent('m1', 'lounge', [waiting, refused], storage);
    expect(recallUnsent('m1', 'lounge', storage)).toEqual([waiting, refused]);
    expect(recallUnsent('m1', 'night-owls', storage)).toEqual([]);
    expect(recallUnsent('m2', 'lounge', storage)).toEqual([]);
    keepUnsent('m1', 'lounge', [], storage);
    expect(storage.length).toBe(0);
  });

  it('skips what it cannot read, and works without storage or with storage that throws', () => {
    const storage = new MemoryStorage();
    storage.setItem('lantern.chat.unsent.m1.lounge', JSON.stringify([waiting, { body: 3 }, null]));
    expect(recallUnsent('m1', 'lounge', storage)).toEqual([waiting]);
    storage.setItem('lantern.chat.unsent.m1.lounge', '{not json');
    expect(recallUnsent('m1', 'lounge', storage)).toEqual([]);
    expect(recallUnsent('m1', 'lounge', undefined)).toEqual([]);
    const throwing = new MemoryStorage();
    throwing.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() => keepUnsent('m1', 'lounge', [waiting], throwing)).not.toThrow();
  });

  it('keeps whether the room may already have a message, and one being taken back until Lantern knows', () => {
    const storage = new MemoryStorage();
    const mayBeThere = { ...waiting, clientMsgId: 'c-3', maybeStoredSince: '2026-12-04T13:00:02.000Z' };
    const takingBack = { ...waiting, clientMsgId: 'c-4', maybeStoredSince: '2026-12-04T13:00:03.000Z', takingBack: true as const };
    keepUnsent('m1', 'lounge', [mayBeThere, takingBack], storage);
    expect(recallUnsent('m1', 'lounge', storage)).toEqual([mayBeThere, takingBack]);
    // A mark it cannot read is read the careful way, and the words are kept: "may be in the room"
    // since it was written, "asked not to send" as asked (checked, never sent); no words, nothing.
    storage.setItem(
      'lantern.chat.unsent.m1.lounge',
      JSON.stringify([{ ...mayBeThere, maybeStoredSince: 5 }, { ...takingBack, takingBack: 'yes' }, { ...waiting, body: 7 }, takingBack]),
    );
    expect(recallUnsent('m1', 'lounge', storage)).toEqual([{ ...mayBeThere, maybeStoredSince: waiting.createdAt }, takingBack, takingBack]);
  });

  it('forgets one member’s unsent messages in every room at sign-out, and only theirs', () => {
    const storage = new MemoryStorage();
    keepUnsent('m1', 'lounge', [waiting], storage);
    keepUnsent('m1', 'grief-circle', [refused], storage);
    keepUnsent('m10', 'lounge', [waiting], storage);
    forgetUnsent('m1', storage);
    expect(recallUnsent('m1', 'lounge', storage)).toEqual([]);
    expect(recallUnsent('m1', 'grief-circle', storage)).toEqual([]);
    expect(recallUnsent('m10', 'lounge', storage)).toEqual([waiting]);
  });

  it('keeps a composer’s words per member and room, drops an empty one, and forgets them at sign-out', () => {
    const storage = new MemoryStorage();
    keepDraft('m1', 'lounge', 'I have been holding this in all day', storage);
    keepDraft('m1', 'night-owls', 'half a thought', storage);
    keepDraft('m10', 'lounge', 'someone else’s words', storage);
    expect(recallDraft('m1', 'lounge', storage)).toBe('I have been holding this in all day');
    expect(recallDraft('m2', 'lounge', storage)).toBe('');
    keepDraft('m1', 'night-owls', '  ', storage);
    expect(recallDraft('m1', 'night-owls', storage)).toBe('');
    forgetUnsent('m1', storage);
    expect(recallDraft('m1', 'lounge', storage)).toBe('');
    expect(recallDraft('m10', 'lounge', storage)).toBe('someone else’s words');
    expect(recallDraft('m1', 'lounge', undefined)).toBe('');
  });
});
