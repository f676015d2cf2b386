import type { AuditEntry, OpenReviewResult, QueueItem, QueueItemDetail, Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { collect, emitAck, TestSockets } from '../../test/support/socket-client';
import { waitFor } from '../../test/support/worker-process';

interface ErrorBody {
  error: { code: string; message: string };
}

describe('a moderator opens the review item of something nobody reported (real PostgreSQL, Redis, two api nodes)', () => {
  const sockets = new TestSockets();
  let api: ApiHarness;
  let node2: ApiHarness;
  let mod1: Session;
  let mod2: Session;
  let alice: Session;
  let bob: Session;

  beforeAll(async () => {
    api = await startApi('moderator-reviews');
    await seedDemoData(api.db.dataSource);
    node2 = await startApiNode(api.db, api.env);
    mod1 = await withRole(api, await registerMember(api, 'Mod Avocet'), 'moderator');
    mod2 = await withRole(api, await registerMember(api, 'Mod Curlew'), 'moderator');
    alice = await registerMember(api, 'Alice Knot');
    bob = await registerMember(api, 'Bob Stint');
  });

  afterAll(async () => {
    sockets.closeAll();
    await node2.close();
    await api.close();
  });

  const openReview = (body: unknown, who: Session = mod1, on = api) => rest<OpenReviewResult & ErrorBody>(on, 'POST', '/api/v1/moderation/reviews', { token: who.token, body });
  const detail = async (id: string, who: Session = mod1) => (await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${id}`, { token: who.token })).body;
  const items = async (contentId: string | undefined) => api.db.dataSource.query(`SELECT id, status FROM flags WHERE content_id = $1 ORDER BY created_at`, [contentId]);
  const post = async (who: Session, body: string) =>
    (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'depression', title: 'An evening', body } })).body.firstPost.id;

  /** The member asks to talk to a moderator now, and Mod Avocet opens a private chat with them: its slug. */
  const supportRoomFor = async (asker: Session): Promise<string> => {
    const asked = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: asker.token, body: {} });
    expect(asked.status).toBe(201);
    const opened = await rest<{ room: string }>(api, 'POST', `/api/v1/moderation/flags/${asked.body.flagId}/support-room`, { token: mod1.token });
    expect(opened.status).toBe(200);
    return opened.body.room;
  };

  it('turns a chat message the checks let through into a claimed item, and a mute from it stops its writer on every node', async () => {
    const writer = await sockets.connected(node2, alice.token);
    expect((await emitAck(writer, 'room:join', { room: 'night-owls' })).ok).toBe(true);
    const sent = await emitAck(writer, 'message:send', { room: 'night-owls', body: 'nobody wants you in this room, just leave', clientMsgId: 'review-me-1' });
    expect(sent.ok).toBe(true);
    const watching = await sockets.connected(api, mod2.token);
    const announced = collect<QueueItem>(watching, 'moderation:flag');

    const opened = await openReview({ contentType: 'message', contentId: sent.id, note: 'Pushing people out of Night owls all evening.' });
    expect(opened.status).toBe(201);
    expect(opened.body).toEqual({ itemId: expect.any(String), opened: true, claimed: true });

    const item = await detail(opened.body.itemId);
    expect(item).toMatchObject({ contentType: 'message', contentId: sent.id, authorId: alice.memberId, kind: 'report', status: 'claimed', claimedBy: { id: mod1.memberId } });
    expect(item.body).toBe('nobody wants you in this room, just leave');
    expect(item.signals.map((signal) => [signal.source, signal.note])).toEqual([['moderator', 'Pushing people out of Night owls all evening.']]);
    // The other moderators hear of it live, once, as the asker's.
    await waitFor(async () => announced.some((flag) => flag.id === opened.body.itemId), 5_000, 'moderation:flag for the opened item');
    expect(announced.filter((flag) => flag.id === opened.body.itemId).map((flag) => flag.claimedBy?.id)).toEqual([mod1.memberId]);

    const muted = await rest<QueueItem>(node2, 'POST', `/api/v1/moderation/flags/${opened.body.itemId}/resolve`, { token: mod1.token, body: { action: 'mute', durationMinutes: 30 } });
    expect(muted.status).toBe(200);
    for (const on of [api, node2]) {
      const socket = await sockets.connected(on, alice.token);
      expect((await emitAck(socket, 'room:join', { room: 'night-owls' })).ok).toBe(true);
      const refused = await emitAck(socket, 'message:send', { room: 'night-owls', body: 'still here', clientMsgId: `after-mute-${on.baseUrl}` });
      expect(refused.error?.code).toBe('MUTED');
    }

    // Audited as its own step, with the moderator's note.
    const audit = await rest<{ items: AuditEntry[] }>(api, 'GET', `/api/v1/moderation/audit?action=open_review&targetId=${opened.body.itemId}`, { token: mod2.token });
    expect(audit.body.items.map((entry) => [entry.actorId, entry.reason, entry.after])).toEqual([
      [mod1.memberId, 'Pushing people out of Night owls all evening.', { contentType: 'message', contentId: sent.id, opened: true, claimed: true }],
    ]);
  });

  it('finds the item already open (a member reported it) instead of doubling it, and claims it only when nobody else is on it', async () => {
    const postId = await post(bob, 'honestly some of you should just stop posting');
    expect((await rest(api, 'POST', `/api/v1/posts/${postId}/reports`, { token: alice.token, body: { reason: 'harassment', note: 'This is aimed at me.' } })).status).toBe(201);
    const [reported] = await items(postId);

    const first = await openReview({ contentType: 'post', contentId: postId }, mod2, node2);
    expect([first.status, first.body]).toEqual([200, { itemId: reported.id, opened: false, claimed: true }]);
    // A second moderator gets the same item, claimed by the first, and their note is kept on it.
    const second = await openReview({ contentType: 'post', contentId: postId, note: 'Seen this writer do it before.' });
    expect([second.status, second.body]).toEqual([200, { itemId: reported.id, opened: false, claimed: false }]);
    // Asking again adds no second signal for the same moderator; a note given now is kept.
    expect((await openReview({ contentType: 'post', contentId: postId, note: 'A pattern.' }, mod2)).body).toEqual({ itemId: reported.id, opened: false, claimed: true });
    expect(await items(postId)).toEqual([{ id: reported.id, status: 'claimed' }]);

    const item = await detail(reported.id);
    expect(item.claimedBy?.id).toBe(mod2.memberId);
    expect(item.signals.map((signal) => [signal.source, signal.note]).sort()).toEqual(
      [
        ['moderator', 'A pattern.'],
        ['moderator', 'Seen this writer do it before.'],
        ['report', 'This is aimed at me.'],
      ].sort(),
    );
    // Reports are still counted as reports: a moderator's asking is not one.
    expect(item.reports).toBe(1);
  });

  it('opens a new item once the last one was resolved, and works on a message already removed from the room', async () => {
    const writer = await sockets.connected(api, bob.token);
    expect((await emitAck(writer, 'room:join', { room: 'lounge' })).ok).toBe(true);
    const sent = await emitAck(writer, 'message:send', { room: 'lounge', body: 'you lot are a joke', clientMsgId: 'review-me-2' });
    expect((await rest(api, 'DELETE', `/api/v1/rooms/lounge/messages/${sent.id}`, { token: mod1.token, body: { reason: 'rude' } })).status).toBe(204);

    const first = await openReview({ contentType: 'message', contentId: sent.id });
    expect([first.status, first.body.opened]).toEqual([201, true]);
    expect((await detail(first.body.itemId)).authorId).toBe(bob.memberId);
    expect((await rest(api, 'POST', `/api/v1/moderation/flags/${first.body.itemId}/resolve`, { token: mod1.token, body: { action: 'warn', body: 'Please be kind in the lounge.' } })).status).toBe(200);

    const again = await openReview({ contentType: 'message', contentId: sent.id }, mod2);
    expect([again.status, again.body.opened, again.body.claimed]).toEqual([201, true, true]);
    expect(again.body.itemId).not.toBe(first.body.itemId);
    expect((await items(sent.id)).map((row: { status: string }) => row.status)).toEqual(['resolved', 'claimed']);
  });

  it('opens a message of a member’s support room only for the people in it: another moderator is told there is no such message', async () => {
    const asker = await registerMember(api, 'Carol Sanderling');
    const room = await supportRoomFor(asker);
    const socket = await sockets.connected(node2, asker.token);
    expect((await emitAck(socket, 'room:join', { room: room })).ok).toBe(true);
    const sent = await emitAck(socket, 'message:send', { room: room, body: 'Thank you for sitting with me tonight.', clientMsgId: 'support-room-1' });
    expect(sent.ok).toBe(true);

    const outsider = await openReview({ contentType: 'message', contentId: sent.id }, mod2);
    expect([outsider.status, outsider.body.error.code]).toEqual([404, 'MESSAGE_NOT_FOUND']);
    expect(await items(sent.id)).toEqual([]);
    const inside = await openReview({ contentType: 'message', contentId: sent.id });
    expect([inside.status, inside.body.opened]).toEqual([201, true]);
  });

  it('shows another moderator a support room’s flagged message alone, never the conversation around it', async () => {
    const asker = await registerMember(api, 'Gale Sanderling');
    const room = await supportRoomFor(asker);
    // Opened again by the same moderator (a second tab): the same room, and one line in the log.
    const [{ flag_id: flagId }] = await api.db.dataSource.query(`SELECT substring($1 from 9)::uuid AS flag_id`, [room]);
    expect((await rest<{ room: string }>(api, 'POST', `/api/v1/moderation/flags/${flagId}/support-room`, { token: mod1.token })).body.room).toBe(room);
    const openedLog = await api.db.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'open_support_room' AND target_id = $1`, [flagId]);
    expect(openedLog).toHaveLength(1);
    const moderator = await sockets.connected(api, mod1.token);
    expect((await emitAck(moderator, 'room:join', { room })).ok).toBe(true);
    expect((await emitAck(moderator, 'message:send', { room, body: 'Is anyone with you at home right now?', clientMsgId: 'asked-at-home' })).ok).toBe(true);
    const socket = await sockets.connected(node2, asker.token);
    expect((await emitAck(socket, 'room:join', { room })).ok).toBe(true);
    const sent = await emitAck(socket, 'message:send', { room, body: 'No, he left. I have been saving my pills.', clientMsgId: 'support-room-crisis' });
    expect(sent.ok).toBe(true);
    const opened = await openReview({ contentType: 'message', contentId: sent.id });
    expect(opened.status).toBe(201);

    const inside = (await detail(opened.body.itemId, mod1)).context;
    expect(inside.entries.map((entry) => entry.body)).toEqual(['Is anyone with you at home right now?', 'No, he left. I have been saving my pills.']);
    expect(inside.href).toBe(`/chat/${room}`);
    const outside = await detail(opened.body.itemId, mod2);
    expect(outside.body).toBe('No, he left. I have been saving my pills.');
    expect(outside.context.entries.map((entry) => [entry.body, entry.current])).toEqual([['No, he left. I have been saving my pills.', true]]);
    expect(outside.context.href).toBeNull();
    expect(JSON.stringify(outside)).not.toContain('Is anyone with you at home');
  });

  it('lets a paused member talk with the moderator in their own support room, and nowhere else', async () => {
    const asker = await registerMember(api, 'Erin Turnstone');
    // Muted and suspended by a moderator, for something said earlier.
    await api.db.dataSource.query(`UPDATE members SET muted_until = now() + interval '1 hour', suspended_until = now() + interval '1 day' WHERE id = $1`, [asker.memberId]);
    const room = await supportRoomFor(asker);
    const moderator = await sockets.connected(api, mod1.token);
    expect((await emitAck(moderator, 'room:join', { room: room })).ok).toBe(true);
    const heard = collect<{ body: string }>(moderator, 'message:new');
    const typing = collect<{ room: string }>(moderator, 'typing');

    const socket = await sockets.connected(node2, asker.token);
    expect((await emitAck(socket, 'room:join', { room: room })).ok).toBe(true);
    expect((await emitAck(socket, 'typing', { room: room })).ok).toBe(true);
    const sent = await emitAck(socket, 'message:send', { room: room, body: 'I am still here. I do not know what to do.', clientMsgId: 'paused-support-1' });
    expect(sent.ok).toBe(true);
    await waitFor(async () => heard.some((message) => message.body === 'I am still here. I do not know what to do.'), 5_000, 'the message in the support room');
    await waitFor(async () => typing.some((notice) => notice.room === room), 5_000, 'typing in the support room');
    // In the peer rooms the pause holds, typing included.
    expect((await emitAck(socket, 'room:join', { room: 'lounge' })).ok).toBe(true);
    expect((await emitAck(socket, 'message:send', { room: 'lounge', body: 'hello all', clientMsgId: 'paused-lounge-1' })).error?.code).toBe('SANCTIONED');
    expect((await emitAck(socket, 'typing', { room: 'lounge' })).error?.code).toBe('SANCTIONED');
    const [{ n }] = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE author_id = $1`, [asker.memberId]);
    expect(n).toBe(1);
  });

  it('opens words the classifier read as crisis as a crisis item, whatever became of the earlier one, never as a plain report', async () => {
    const writer = await sockets.connected(api, (await registerMember(api, 'Dana Whimbrel')).token);
    expect((await emitAck(writer, 'room:join', { room: 'night-owls' })).ok).toBe(true);
    const sent = await emitAck(writer, 'message:send', { room: 'night-owls', body: 'honestly what is even the point of me being here', clientMsgId: 'review-crisis-1' });
    expect(sent.ok).toBe(true);
    // As the worker records its reading of the words (it does not run in this spec).
    await api.db.dataSource.query(
      `INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk, categories) VALUES ('message', $1, 1, true, true, 'high', '{suicidal_ideation}')`,
      [sent.id],
    );
    const opened = await openReview({ contentType: 'message', contentId: sent.id });
    expect(opened.status).toBe(201);
    expect(await detail(opened.body.itemId)).toMatchObject({ kind: 'crisis', risk: 'high', categories: ['suicidal_ideation'], status: 'claimed' });

    // Words it read as harm, not crisis, open as harm; words it never flagged, as a report.
    const harm = await post(bob, 'a post the checks read as unkind');
    const [postVersion] = await api.db.dataSource.query(`SELECT version FROM posts WHERE id = $1`, [harm]);
    await api.db.dataSource.query(
      `INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk, categories) VALUES ('post', $1, $2, true, false, 'none', '{harassment}')`,
      [harm, postVersion.version],
    );
    expect(await detail((await openReview({ contentType: 'post', contentId: harm })).body.itemId)).toMatchObject({ kind: 'harm', risk: 'none', categories: ['harassment'] });
  });

  it('refuses bad input with a code and a sentence, and anyone who is not staff', async () => {
    const missing = '5b1e4b1e-0000-4000-8000-000000000000';
    const cases: Array<[unknown, number, string]> = [
      [{ contentType: 'post', contentId: missing }, 404, 'POST_NOT_FOUND'],
      [{ contentType: 'message', contentId: missing }, 404, 'MESSAGE_NOT_FOUND'],
      [{ contentType: 'member', contentId: alice.memberId }, 400, 'VALIDATION_FAILED'],
      [{ contentType: 'post', contentId: 'not-an-id' }, 400, 'VALIDATION_FAILED'],
      [{ contentType: 'post' }, 400, 'VALIDATION_FAILED'],
      [{ contentType: 'post', contentId: missing, note: 'x'.repeat(1_001) }, 400, 'VALIDATION_FAILED'],
      [{ contentType: 'post', contentId: missing, note: '   ' }, 400, 'VALIDATION_FAILED'],
      [{ contentType: 'post', contentId: missing, extra: true }, 400, 'VALIDATION_FAILED'],
      [['post', 'message'], 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const refused = await openReview(body);
      expect([body, refused.status, refused.body.error.code]).toEqual([body, status, code]);
      expect(refused.body.error.message).toMatch(/^\S.*\.( \(and \d+ more\))?$/);
    }
    const postId = await post(alice, 'just a quiet evening here');
    const member = await openReview({ contentType: 'post', contentId: postId }, bob);
    expect([member.status, member.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await rest(api, 'POST', '/api/v1/moderation/reviews', { body: { contentType: 'post', contentId: postId } })).status).toBe(401);
    expect(await items(postId)).toEqual([]);
  });
});
