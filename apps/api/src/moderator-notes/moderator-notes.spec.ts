import type { MemberRestrictedEvent, MemberView, ModeratorNote, QueueItem, Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { collect, TestSockets } from '../../test/support/socket-client';
import { waitFor } from '../../test/support/worker-process';

interface ErrorBody {
  error: { code: string; message: string };
}

describe("what the moderators tell a member: their notes, and a pause (real PostgreSQL, Redis, two api nodes)", () => {
  const sockets = new TestSockets();
  let api: ApiHarness;
  let node2: ApiHarness;
  let alice: Session;
  let bob: Session;
  let moderator: Session;

  beforeAll(async () => {
    api = await startApi('moderator-notes');
    await seedDemoData(api.db.dataSource);
    node2 = await startApiNode(api.db, api.env);
    alice = await registerMember(api, 'Alice Wren');
    bob = await registerMember(api, 'Bob Linnet');
    moderator = await withRole(api, await registerMember(api, 'Mod Plover'), 'moderator');
  });

  afterAll(async () => {
    sockets.closeAll();
    await node2.close();
    await api.close();
  });

  const notes = (who: Session) => rest<{ items: ModeratorNote[] } & ErrorBody>(api, 'GET', '/api/v1/me/moderator-notes', { token: who.token });
  const seen = (who: Session, id: string) => rest<ModeratorNote & ErrorBody>(node2, 'POST', `/api/v1/me/moderator-notes/${id}/seen`, { token: who.token });

  /** Alice posts, Bob reports it, and the moderator warns her with these words. */
  const warnAlice = (words: string, title: string) => actOnAlice({ action: 'warn', body: words }, title);

  /** Alice posts, Bob reports it, and the moderator resolves the review item so. */
  async function actOnAlice(resolution: Record<string, unknown>, title: string): Promise<void> {
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: alice.token, body: { categorySlug: 'depression', title, body: `${title}: sharp words` } })).body;
    expect((await rest(api, 'POST', `/api/v1/posts/${thread.firstPost.id}/reports`, { token: bob.token, body: { reason: 'harassment' } })).status).toBe(201);
    const item = await waitFor(
      async () => (await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.find((entry) => entry.contentId === thread.firstPost.id),
      10_000,
      'the review item',
    );
    const resolved = await rest(api, 'POST', `/api/v1/moderation/flags/${item.id}/resolve`, { token: moderator.token, body: resolution });
    expect(resolved.status).toBe(200);
  }

  it("reaches the member's open tab at once on another node, stays until read, and is the member's alone", async () => {
    expect((await notes(alice)).body.items).toEqual([]);
    const tab = await sockets.connected(node2, alice.token);
    const live = collect<ModeratorNote>(tab, 'member:moderator-note');
    const elsewhere = collect<ModeratorNote>(await sockets.connected(node2, bob.token), 'member:moderator-note');

    await warnAlice('Please keep replies kind; people here are hurting too.', 'Notes one');
    await waitFor(async () => live.length === 1, 5000, 'the note on the member socket');
    expect(live[0]).toMatchObject({ message: 'Please keep replies kind; people here are hurting too.', seenAt: null });
    // Never who wrote it, nor the review item behind it.
    expect(Object.keys(live[0]).sort()).toEqual(['createdAt', 'id', 'message', 'seenAt']);
    expect(elsewhere).toEqual([]);

    const listed = (await notes(alice)).body.items;
    expect(listed).toEqual([live[0]]);
    expect((await notes(bob)).body.items).toEqual([]);

    // Another member cannot read or mark it; a malformed id is a 400.
    const stranger = await seen(bob, live[0].id);
    expect([stranger.status, stranger.body.error.code]).toEqual([404, 'MODERATOR_NOTE_NOT_FOUND']);
    expect((await seen(alice, 'not-an-id')).status).toBe(400);
    expect((await notes(alice)).body.items[0].seenAt).toBeNull();

    // Read: the first time is kept when it is said again.
    const first = await seen(alice, live[0].id);
    expect(first.status).toBe(200);
    expect(first.body.seenAt).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await seen(alice, live[0].id)).body.seenAt).toBe(first.body.seenAt);
    expect((await notes(alice)).body.items[0].seenAt).toBe(first.body.seenAt);

    // A second note comes first in the list, unread.
    await warnAlice('A second reminder about our guidelines.', 'Notes two');
    const both = (await notes(alice)).body.items;
    expect(both.map((note) => [note.message, note.seenAt === null])).toEqual([
      ['A second reminder about our guidelines.', true],
      ['Please keep replies kind; people here are hurting too.', false],
    ]);
  });

  it("tells the member's open tabs at once when a moderator pauses their chat or their posting, and until when", async () => {
    const live = collect<MemberRestrictedEvent>(await sockets.connected(node2, alice.token), 'member:restricted');
    const elsewhere = collect<MemberRestrictedEvent>(await sockets.connected(api, bob.token), 'member:restricted');
    try {
      await actOnAlice({ action: 'mute', durationMinutes: 30 }, 'Restricted one');
      await waitFor(async () => live.length === 1, 5000, 'the mute on the member socket');
      const me = (await rest<MemberView>(api, 'GET', '/api/v1/me', { token: alice.token })).body;
      expect(live[0]).toEqual({ kind: 'muted', until: me.mutedUntil });
      expect(Date.parse(live[0].until) - Date.now()).toBeGreaterThan(29 * 60_000);

      await actOnAlice({ action: 'suspend', durationMinutes: 120 }, 'Restricted two');
      await waitFor(async () => live.length === 2, 5000, 'the suspension on the member socket');
      expect(live[1]).toEqual({ kind: 'suspended', until: (await rest<MemberView>(api, 'GET', '/api/v1/me', { token: alice.token })).body.suspendedUntil });
      expect(elsewhere).toEqual([]);
    } finally {
      await api.db.dataSource.query(`UPDATE members SET muted_until = NULL, suspended_until = NULL WHERE id = $1`, [alice.memberId]);
    }
  });

  it('answers without a sign-in with 401, and partners, who write nothing moderators warn, with 403', async () => {
    expect((await rest(api, 'GET', '/api/v1/me/moderator-notes')).status).toBe(401);
    const partner = await withRole(api, await registerMember(api, 'Partner Ibis'), 'partner');
    expect((await rest(api, 'GET', '/api/v1/me/moderator-notes', { token: partner.token })).status).toBe(403);
  });
});
