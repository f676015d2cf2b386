import { createNodeRedisClient, TimeoutError, type NodeRedisClient } from '@lantern/queue';
import { parseServerEnv } from '@lantern/contracts';
import { dropQueueKeys, uniqueQueuePrefix } from '@lantern/db/testing';
import { TcpProxy } from '../../test/support/tcp-proxy';
import { PRESENCE_REDIS_BOUND_MS, PRESENCE_TTL_MS, PresenceService, type SocketPresence } from './presence.service';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A score long past: what an entry looks like once the node that held it stopped refreshing it. */
const EXPIRED = 1;

describe('PresenceService against the real Redis', () => {
  let client: NodeRedisClient;
  let prefix: string;
  let presence: PresenceService;
  const proxies: TcpProxy[] = [];
  const clients: NodeRedisClient[] = [];

  const tab = (memberId: string, socketId: string): SocketPresence => ({ memberId, socketId });
  const membersKey = (room: string) => `${prefix}:presence:members:${room}`;
  const socketsKey = (room: string, memberId: string) => `${prefix}:presence:sockets:${room}:${memberId}`;
  const serviceOn = (redis: NodeRedisClient) => new PresenceService(redis, parseServerEnv({ NODE_ENV: 'test', QUEUE_PREFIX: prefix, REDIS_URL }));

  /** A presence whose Redis connection passes through a proxy the test can watch or freeze. */
  async function proxiedPresence(): Promise<{ proxy: TcpProxy; service: PresenceService }> {
    const url = new URL(REDIS_URL);
    const proxy = new TcpProxy(url.hostname, Number(url.port || 6379));
    await proxy.start();
    proxies.push(proxy);
    const proxied = createNodeRedisClient(proxy.urlFor(REDIS_URL), 'lantern-presence-proxied', { commandTimeout: false });
    clients.push(proxied);
    await proxied.connect();
    return { proxy, service: serviceOn(proxied) };
  }

  beforeAll(async () => {
    // As the api's connection runs: no node-redis timeout per command, the service bounds its waits.
    client = createNodeRedisClient(REDIS_URL, 'lantern-presence-spec', { commandTimeout: false });
    await client.connect();
    prefix = uniqueQueuePrefix('presence');
    presence = serviceOn(client);
  });

  afterAll(async () => {
    for (const proxied of clients) proxied.destroy();
    for (const proxy of proxies) await proxy.stop();
    await client.quit();
    await dropQueueKeys(prefix);
  });

  it('counts a member with two tabs once, keeps them while one tab is open, and drops them with the last', async () => {
    const room = 'two-tabs';
    expect(await presence.enter(room, tab('dana', 'laptop'))).toEqual({ online: 1, changed: true });
    // Her phone is a second tab: the count stands, and the room need not be told it again.
    expect(await presence.enter(room, tab('dana', 'phone'))).toEqual({ online: 1, changed: false });
    expect(await presence.enter(room, tab('erin', 'tab'))).toEqual({ online: 2, changed: true });
    expect(await presence.enter(room, tab('erin', 'tab'))).toEqual({ online: 2, changed: false });
    expect(await presence.count(room)).toBe(2);

    // Her laptop last refreshed before her phone: once the phone closes, she counts until the laptop's expiry, not the phone's.
    const laptopExpiry = Number(await client.zScore(socketsKey(room, 'dana'), 'laptop')) - 10_000;
    await client.zAdd(socketsKey(room, 'dana'), { score: laptopExpiry, value: 'laptop' }, { condition: 'XX' });
    expect(await presence.leave(room, tab('dana', 'phone'))).toBe(2);
    expect(await client.zScore(membersKey(room), 'dana')).toBe(laptopExpiry);
    expect(await presence.count(room)).toBe(2);
    expect(await presence.leave(room, tab('dana', 'laptop'))).toBe(1);
    expect(await presence.count(room)).toBe(1);
    // Her last tab gone, nothing of hers is left in the room.
    expect(await client.zRange(membersKey(room), 0, -1)).toEqual(['erin']);
    expect(await client.exists(socketsKey(room, 'dana'))).toBe(0);
  });

  it('leaves out the sockets of a dead node from counts at once, and the next refresh takes them out and says the room changed, and a tab there keeps nobody in a room they left elsewhere', async () => {
    const room = 'dead-node';
    await presence.enter(room, tab('gone', 'on-dead-node'));
    await presence.enter(room, tab('fran', 'on-dead-node'));
    await presence.enter(room, tab('fran', 'on-live-node'));
    await presence.enter(room, tab('gail', 'on-live-node'));
    expect(await presence.count(room)).toBe(3);

    // The dead node stopped refreshing: its sockets' expiries pass. Fran's latest is her live tab's.
    await client.zAdd(membersKey(room), { score: EXPIRED, value: 'gone' }, { condition: 'XX' });
    await client.zAdd(socketsKey(room, 'gone'), { score: EXPIRED, value: 'on-dead-node' }, { condition: 'XX' });
    await client.zAdd(socketsKey(room, 'fran'), { score: EXPIRED, value: 'on-dead-node' }, { condition: 'XX' });
    expect(await presence.count(room)).toBe(2);
    expect(await presence.counts([room])).toEqual({ [room]: 2 });
    // A count (the room list) only reads: the live node's refresh takes the dead node's people out, and says so, for the room to be told.
    expect(await client.zRange(membersKey(room), 0, -1)).toEqual(expect.arrayContaining(['gone']));
    const live = [{ room, ...tab('fran', 'on-live-node') }, { room, ...tab('gail', 'on-live-node') }];
    expect(await presence.refresh(live)).toEqual(new Map([[room, 2]]));
    expect(await client.zRange(membersKey(room), 0, -1)).toEqual(expect.not.arrayContaining(['gone']));
    expect(await presence.refresh(live)).toEqual(new Map());

    // Fran closes her live tab: the dead one does not keep her counted.
    expect(await presence.leave(room, tab('fran', 'on-live-node'))).toBe(1);
    expect(await client.exists(socketsKey(room, 'fran'))).toBe(0);
  });

  it('says which counts a refresh changed: none on a steady tick, the members a Redis restart lost once they are counted again, and a dead node\'s once they are gone', async () => {
    const [lounge, owls] = ['refresh-lounge', 'refresh-owls'];
    const held = [{ room: lounge, ...tab('nia', 'tab') }, { room: lounge, ...tab('omar', 'tab') }, { room: lounge, ...tab('omar', 'phone') }, { room: owls, ...tab('nia', 'tab') }];
    expect(await presence.refresh(held)).toEqual(new Map([[lounge, 2], [owls, 1]]));
    expect(await presence.refresh(held)).toEqual(new Map());

    // A restart keeps nothing: the next refresh counts everyone again, and says each room's whole count.
    await client.del([membersKey(lounge), socketsKey(lounge, 'nia'), socketsKey(lounge, 'omar'), membersKey(owls), socketsKey(owls, 'nia')]);
    expect(await presence.refresh(held)).toEqual(new Map([[lounge, 2], [owls, 1]]));
    // One member lost alone: the count is said once they are back, as a join of theirs would say it.
    await client.zRem(membersKey(lounge), 'omar');
    expect(await presence.enter(lounge, tab('omar', 'tab'))).toEqual({ online: 2, changed: true });

    // A member held by a node that died falls out at the next refresh, and the room is told the lower count.
    await presence.enter(owls, tab('gone', 'on-dead-node'));
    await client.zAdd(membersKey(owls), { score: EXPIRED, value: 'gone' }, { condition: 'XX' });
    expect(await presence.refresh(held)).toEqual(new Map([[owls, 1]]));
  });

  it('keeps the same member in two rooms apart', async () => {
    await presence.enter('room-a', tab('hana', 'tab'));
    await presence.enter('room-b', tab('hana', 'tab'));
    await presence.enter('room-b', tab('ivan', 'tab'));
    expect(await presence.counts(['room-a', 'room-b', 'room-empty'])).toEqual({ 'room-a': 1, 'room-b': 2, 'room-empty': 0 });

    expect(await presence.leave('room-a', tab('hana', 'tab'))).toBe(0);
    expect(await presence.counts(['room-a', 'room-b'])).toEqual({ 'room-a': 0, 'room-b': 2 });
  });

  it('lets a room nobody refreshes vanish by itself: every key it writes expires within the presence TTL', async () => {
    const room = 'left-behind';
    await presence.refresh([{ room, ...tab('jo', 'tab') }, { room, ...tab('jo', 'other-tab') }]);
    expect(await presence.count(room)).toBe(1);
    for (const key of [membersKey(room), socketsKey(room, 'jo')]) {
      const ttl = await client.pTTL(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(PRESENCE_TTL_MS);
    }
    // A leave that keeps the member (another tab open) re-arms the room's TTL too.
    await client.pExpire(membersKey(room), 5_000);
    expect(await presence.leave(room, tab('jo', 'other-tab'))).toBe(1);
    expect(await client.pTTL(membersKey(room))).toBeGreaterThan(5_000);
  });

  it('costs one round trip of a few bytes per join, leave and count, however many are in the room', async () => {
    const { proxy, service } = await proxiedPresence();
    const crowded = 'grief-circle-after-a-tragedy';
    const quiet = 'quiet-room';
    const crowd = Array.from({ length: 500 }, (_, index) => ({ room: crowded, ...tab(`member-${index}`, `socket-${index}`) }));
    await service.refresh([...crowd, { room: quiet, ...tab('kai', 'tab') }]);
    expect(await service.counts([crowded, quiet])).toEqual({ [crowded]: 500, [quiet]: 1 });

    const newcomer = tab('newcomer', 'first-tab');
    const trafficOf = async (step: () => Promise<unknown>) => {
      const before = { ...proxy.fromTarget };
      await step();
      return { bytes: proxy.fromTarget.bytes - before.bytes, reads: proxy.fromTarget.reads - before.reads };
    };
    for (const room of [crowded, quiet]) {
      // Once before measuring: Redis may not have seen the scripts yet (a restart), and asks for them.
      await service.enter(room, newcomer);
      await service.leave(room, newcomer);
      for (const step of [() => service.enter(room, newcomer), () => service.leave(room, newcomer), () => service.count(room)]) {
        const traffic = await trafficOf(step);
        expect(traffic.reads).toBe(1);
        // A count's worth of bytes, never a list of who is in the room.
        expect(traffic.bytes).toBeLessThan(24);
      }
    }
    // The room list asks for every room at once.
    expect((await trafficOf(() => service.counts([crowded, quiet, 'lounge', 'night-owls']))).reads).toBe(1);
  });

  it('answers null (not known, never 0) when Redis is away, and within its bound when Redis stops answering', async () => {
    const away = createNodeRedisClient('redis://127.0.0.1:1', 'lantern-presence-away', { commandTimeout: false });
    const offline = serviceOn(away);
    expect(await offline.enter('lounge', tab('lee', 'tab'))).toBeNull();
    expect(await offline.leave('lounge', tab('lee', 'tab'))).toBeNull();
    expect(await offline.counts(['lounge', 'night-owls'])).toEqual({ lounge: null, 'night-owls': null });
    expect(await offline.count('lounge')).toBeNull();

    const { proxy, service } = await proxiedPresence();
    await service.enter('stalled', tab('mo', 'tab'));
    proxy.freeze();
    const started = Date.now();
    expect(await service.counts(['stalled'])).toEqual({ stalled: null });
    await expect(service.enter('stalled', tab('mo', 'other-tab'))).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(3 * PRESENCE_REDIS_BOUND_MS);
    proxy.thaw();
  });
});
