import { randomUUID } from 'node:crypto';
import type { CrisisResources } from '@lantern/contracts';
import { pushCrisis, type CrisisSent } from './crisis-push';

/** A tab's socket: what it was sent, in order. */
function tab() {
  const seen: CrisisResources[] = [];
  return { seen, socket: { data: {} as { crisisSent?: CrisisSent }, emit: (_event: 'crisis:resources', notice: CrisisResources) => seen.push(notice) } };
}

function notice(noticeId: string, concern: CrisisResources['concern'], alsoInDanger = false): CrisisResources {
  return { noticeId, concern, alsoInDanger } as CrisisResources;
}

describe('pushCrisis', () => {
  it('sends a notice once though the connection’s read and the live push both bring it', () => {
    const { seen, socket } = tab();
    const id = randomUUID();
    pushCrisis(socket, notice(id, 'self'));
    pushCrisis(socket, notice(id, 'self'));
    expect(seen.map((each) => each.concern)).toEqual(['self']);
  });

  it('sends a notice again when its concern has changed', () => {
    const { seen, socket } = tab();
    const id = randomUUID();
    pushCrisis(socket, notice(id, 'concern_for_other'));
    pushCrisis(socket, notice(id, 'self'));
    pushCrisis(socket, notice(id, 'self', true));
    expect(seen.map((each) => [each.concern, each.alsoInDanger])).toEqual([
      ['concern_for_other', false],
      ['self', false],
      ['self', true],
    ]);
  });

  it('does not put an older concern back: a connection’s read made before the change, answered after its live push', () => {
    const { seen, socket } = tab();
    const id = randomUUID();
    const other = randomUUID();
    pushCrisis(socket, notice(id, 'self', true)); // the live push of danger told later
    pushCrisis(socket, notice(id, 'self')); // the connection's read, from before it
    pushCrisis(socket, notice(other, 'concern_for_other')); // another notice in the same read
    pushCrisis(socket, notice(randomUUID(), 'danger'));
    const pushed = randomUUID();
    pushCrisis(socket, notice(pushed, 'danger'));
    pushCrisis(socket, notice(pushed, 'concern_for_other'));
    expect(seen.map((each) => [each.noticeId, each.concern, each.alsoInDanger])).toEqual([
      [id, 'self', true],
      [other, 'concern_for_other', false],
      [expect.any(String), 'danger', false],
      [pushed, 'danger', false],
    ]);
  });
});
