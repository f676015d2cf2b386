import type { ModeratorNote } from '@lantern/contracts';
import { withNote, withUpdated } from './moderator-notes-api';

const note = (id: string, seenAt: string | null = null): ModeratorNote => ({ id, message: `note ${id}`, createdAt: '2026-12-03T10:00:00.000Z', seenAt });

describe('the notes list as live notes and "read" change it', () => {
  it('puts a live note first, once, however often the socket hears it', () => {
    const list = { items: [note('a')] };
    const once = withNote(list, note('b'));
    expect(once?.items.map((item) => item.id)).toEqual(['b', 'a']);
    expect(withNote(once, note('b'))).toBe(once);
  });

  it('leaves an unloaded list unloaded, so the first fetch brings the whole list', () => {
    expect(withNote(undefined, note('b'))).toBeUndefined();
    expect(withUpdated(undefined, note('b'))).toBeUndefined();
  });

  it('replaces a read note in its place', () => {
    const read = withUpdated({ items: [note('b'), note('a')] }, note('a', '2026-12-03T11:00:00.000Z'));
    expect(read?.items.map((item) => [item.id, item.seenAt])).toEqual([
      ['b', null],
      ['a', '2026-12-03T11:00:00.000Z'],
    ]);
  });
});
