import { MemoryStorage } from '../../testing/memory-storage';
import { forgetReadMarks, keepReadMark, recallReadMark } from './read-marks';

describe('where a member had read each chat room to, kept in this browser', () => {
  const first = { createdAt: '2026-12-04T13:00:00.000Z', id: 'a' };
  const later = { createdAt: '2026-12-04T13:05:00.000Z', id: 'b' };

  it('gives back the mark per member and room, and none for a room never opened here', () => {
    const storage = new MemoryStorage();
    keepReadMark('m1', 'lounge', first, storage);
    expect(recallReadMark('m1', 'lounge', storage)).toEqual({ readTo: first });
    expect(recallReadMark('m1', 'night-owls', storage)).toBeNull();
    expect(recallReadMark('m2', 'lounge', storage)).toBeNull();
    // Opened when nobody else had said anything: everything said since is new.
    keepReadMark('m1', 'grief-circle', null, storage);
    expect(recallReadMark('m1', 'grief-circle', storage)).toEqual({ readTo: null });
  });

  it('only ever moves on: another tab that read less does not take it back', () => {
    const storage = new MemoryStorage();
    keepReadMark('m1', 'lounge', null, storage);
    keepReadMark('m1', 'lounge', later, storage);
    keepReadMark('m1', 'lounge', first, storage);
    keepReadMark('m1', 'lounge', null, storage);
    expect(recallReadMark('m1', 'lounge', storage)).toEqual({ readTo: later });
  });

  it('skips what it cannot read, and works without storage or with storage that throws', () => {
    const storage = new MemoryStorage();
    for (const stored of ['{not json', '3', '{}', JSON.stringify({ readTo: { id: 'a' } }), JSON.stringify({ readTo: { createdAt: 'soon', id: 'a' } })]) {
      storage.setItem('lantern.chat.read.m1.lounge', stored);
      expect(recallReadMark('m1', 'lounge', storage)).toBeNull();
    }
    expect(recallReadMark('m1', 'lounge', undefined)).toBeNull();
    const throwing = new MemoryStorage();
    throwing.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() => keepReadMark('m1', 'lounge', first, throwing)).not.toThrow();
  });

  it('forgets one member’s marks in every room at sign-out, and only theirs', () => {
    const storage = new MemoryStorage();
    keepReadMark('m1', 'lounge', first, storage);
    keepReadMark('m1', 'grief-circle', later, storage);
    keepReadMark('m10', 'lounge', first, storage);
    forgetReadMarks('m1', storage);
    expect(recallReadMark('m1', 'lounge', storage)).toBeNull();
    expect(recallReadMark('m1', 'grief-circle', storage)).toBeNull();
    expect(recallReadMark('m10', 'lounge', storage)).toEqual({ readTo: first });
  });
});
