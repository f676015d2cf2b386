import type { Locator, Page, WebSocketRoute } from '@playwright/test';
import { expect, test } from './support/axe';
import { forgetRecoverableSessionsHolding, sendAs } from './support/chat-sockets';
import { openAs, registeredMember as member } from './support/operators';

/** One change to the message log, in the order the page made them. */
type LogChange = { kind: 'busy'; value: string | null } | { kind: 'messages'; texts: string[]; busy: string | null };

/**
 * Records, from the first script on the page, every change of the log's aria-busy and every
 * message put into it, each with the aria-busy in force when it went in: what decides whether a
 * screen reader reads it out. Observer callbacks run after the changes, so the value at a change is
 * the old value of the log's next aria-busy change, or the value now when there is none.
 */
async function recordLogChanges(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const changes: LogChange[] = [];
    (window as unknown as { logChanges: LogChange[] }).logChanges = changes;
    new MutationObserver((records) => {
      const busyAfter = (log: Element, index: number) => {
        const next = records.slice(index + 1).find((record) => record.type === 'attributes' && record.target === log);
        return next ? next.oldValue : log.getAttribute('aria-busy');
      };
      records.forEach((record, index) => {
        if (record.type === 'attributes') {
          if (record.target instanceof Element && record.target.getAttribute('role') === 'log') changes.push({ kind: 'busy', value: busyAfter(record.target, index) });
          return;
        }
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          const log = node.closest('[role=log]');
          const rows = node.matches('[data-testid=chat-message]') ? [node] : [...node.querySelectorAll('[data-testid=chat-message]')];
          if (log && rows.length) changes.push({ kind: 'messages', texts: rows.map((row) => row.textContent ?? ''), busy: busyAfter(log, index) });
        }
      });
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
  });
}

/** The aria-busy the log had when the message holding `words` went into it. */
async function busyWhenShown(page: Page, words: string): Promise<Array<string | null>> {
  const changes = await page.evaluate(() => (window as unknown as { logChanges: LogChange[] }).logChanges);
  return changes.flatMap((change) => (change.kind === 'messages' && change.texts.some((text) => text.includes(words)) ? [change.busy] : []));
}

/**
 * Every place `words` are on the page: whether in the message log, and whether a screen reader
 * announces them there: the nearest element that says whether it is live decides (an aria-live
 * other than off, or a role log, status or alert without one), and nothing aria-busy around it.
 */
async function whereSaid(page: Page, words: string): Promise<Array<{ inLog: boolean; announced: boolean }>> {
  return page.evaluate((text) => {
    const places: Array<{ inLog: boolean; announced: boolean }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.includes(text)) continue;
      const region = element.closest('[aria-live], [role=log], [role=status], [role=alert]');
      const live = region !== null && region.getAttribute('aria-live') !== 'off';
      places.push({ inLog: element.closest('[role=log]') !== null, announced: live && element.closest('[aria-busy=true]') === null });
    }
    return places;
  }, words);
}

/** Shown in the log and read out once, from the announcer beside it. */
const SAID_LIVE = [
  { inLog: true, announced: false },
  { inLog: false, announced: true },
];
/** Shown in the log, and not read out. */
const SHOWN_ONLY = [{ inLog: true, announced: false }];

/**
 * Watches the log from now on: every message element taken out of it (by its text), and every
 * "New messages" separator put into it. A live log's screen reader reads out whatever is inserted,
 * so a message taken out and put back is heard again, and a separator put in is heard too.
 */
async function watchLog(log: Locator): Promise<void> {
  await log.evaluate((element) => {
    const seen = { removed: [] as string[], separators: 0 };
    (window as unknown as { logWatch: typeof seen }).logWatch = seen;
    const rows = (node: Node) => (node instanceof Element ? (node.matches('[data-testid=chat-message]') ? [node] : [...node.querySelectorAll('[data-testid=chat-message]')]) : []);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) seen.removed.push(...rows(node).map((row) => row.textContent ?? ''));
        for (const node of record.addedNodes) {
          if (node instanceof Element && (node.matches('[role=separator]') || node.querySelector('[role=separator]'))) seen.separators++;
        }
      }
    }).observe(element, { childList: true, subtree: true });
  });
}

async function logWatched(page: Page): Promise<{ removed: string[]; separators: number }> {
  return page.evaluate(() => (window as unknown as { logWatch: { removed: string[]; separators: number } }).logWatch);
}

test.describe('chat announcements', () => {
  test('a screen reader hears what others say live in a room, as name and words, not the history a join or a catch-up after a long drop brings at once, nor their own words', async ({ browser, request, baseURL }) => {
    test.setTimeout(90_000);
    const tag = crypto.randomUUID().slice(0, 8);
    const [reader, writer] = [await member(request), await member(request)];
    await sendAs(baseURL!, writer, 'night-owls', [`Earlier tonight (${tag}), first`, `Earlier tonight (${tag}), second`]);

    const page = await (await browser.newContext()).newPage();
    await recordLogChanges(page);
    await openAs(page, reader, '/chat/night-owls');
    const log = page.getByRole('log', { name: 'Messages in Night owls' });
    await expect(log).toContainText(`Earlier tonight (${tag}), second`);
    await expect(log).toHaveAttribute('aria-busy', 'false');
    // The history arrived while the log said it was busy, so it is there to read, not read out.
    for (const words of [`Earlier tonight (${tag}), first`, `Earlier tonight (${tag}), second`]) expect(await busyWhenShown(page, words)).toEqual(['true']);

    for (const words of [`Earlier tonight (${tag}), first`, `Earlier tonight (${tag}), second`]) expect(await whereSaid(page, words)).toEqual(SHOWN_ONLY);

    // What someone says now is announced: their name and words, not the row's time and buttons.
    await sendAs(baseURL!, writer, 'night-owls', [`Still up? (${tag})`]);
    await expect(log).toContainText(`Still up? (${tag})`);
    expect(await busyWhenShown(page, `Still up? (${tag})`)).toEqual(['false']);
    expect(await whereSaid(page, `Still up? (${tag})`)).toEqual(SAID_LIVE);
    const announcer = page.getByTestId('chat-announcer');
    await expect(announcer).toHaveText(`${writer.member.pseudonym}: Still up? (${tag})`);
    await expect(log.getByTestId('chat-message').filter({ hasText: `Still up? (${tag})` }).getByRole('button', { name: /^Report/ })).toBeVisible();

    // What the reader says themself is not said back to them.
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill(`Yes, can't sleep (${tag})`);
    await box.press('Enter');
    await expect(log.getByTestId('chat-message').filter({ hasText: `Yes, can't sleep (${tag})` }).getByRole('button', { name: /^Delete your message/ })).toBeVisible();
    expect(await whereSaid(page, `Yes, can't sleep (${tag})`)).toEqual(SHOWN_ONLY);

    // A drop the server cannot recover: what was said meanwhile comes back from history, quietly.
    await page.context().setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible({ timeout: 15_000 });
    await sendAs(baseURL!, writer, 'night-owls', [`While you were away (${tag})`]);
    await forgetRecoverableSessionsHolding(tag);
    await page.context().setOffline(false);
    await expect(log).toContainText(`While you were away (${tag})`, { timeout: 20_000 });
    await expect(log).toHaveAttribute('aria-busy', 'false');
    expect(await busyWhenShown(page, `While you were away (${tag})`)).toEqual(['true']);
    expect(await whereSaid(page, `While you were away (${tag})`)).toEqual(SHOWN_ONLY);

    await sendAs(baseURL!, writer, 'night-owls', [`Glad you are back (${tag})`]);
    await expect(log).toContainText(`Glad you are back (${tag})`);
    expect(await busyWhenShown(page, `Glad you are back (${tag})`)).toEqual(['false']);
    expect(await whereSaid(page, `Glad you are back (${tag})`)).toEqual(SAID_LIVE);
    // Each said once and let go after a while, so reading the page back does not meet it twice.
    await expect.poll(() => whereSaid(page, `Still up? (${tag})`), { timeout: 15_000 }).toEqual(SHOWN_ONLY);
    await page.context().close();
  });

  test('what someone says while a room’s history is still loading is read out, and the history is not', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const tag = crypto.randomUUID().slice(0, 8);
    const [reader, writer] = [await member(request), await member(request)];
    const [history, during, after] = [`Earlier tonight (${tag})`, `Is anyone around? (${tag})`, `Glad you made it (${tag})`];
    await sendAs(baseURL!, writer, 'night-owls', [history]);
    // The REST catch-up after the join is held: the log stays busy for as long as the test needs.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let catchUpAsked = false;
    await page.route(/\/api\/v1\/rooms\/[^/]+\/messages(\?|$)/, async (route) => {
      catchUpAsked = true;
      await held;
      await route.continue();
    });
    try {
      await openAs(page, reader, '/chat/night-owls');
      const log = page.getByRole('log', { name: 'Messages in Night owls' });
      await expect(log).toContainText(history);
      await expect.poll(() => catchUpAsked).toBe(true);
      await expect(log).toHaveAttribute('aria-busy', 'true');

      // Said while the log is busy: shown in it, and heard from the region beside it.
      await sendAs(baseURL!, writer, 'night-owls', [during]);
      await expect(log).toContainText(during);
      await expect(log).toHaveAttribute('aria-busy', 'true');
      expect(await whereSaid(page, during)).toEqual(SAID_LIVE);
      // The history is in the busy log only.
      expect(await whereSaid(page, history)).toEqual(SHOWN_ONLY);
      await axe.check('a room whose history is still loading');
    } finally {
      release();
    }
    const log = page.getByRole('log', { name: 'Messages in Night owls' });
    await expect(log).toHaveAttribute('aria-busy', 'false');
    // Once the history is in, what is said is read out the same way, once.
    await sendAs(baseURL!, writer, 'night-owls', [after]);
    await expect(log).toContainText(after);
    expect(await whereSaid(page, after)).toEqual(SAID_LIVE);
    // And the announcer lets go of what it said, so reading the page back does not meet it twice.
    await expect.poll(() => whereSaid(page, during), { timeout: 15_000 }).toEqual(SHOWN_ONLY);
  });

  test('a rejoin whose answer a dropped connection took leaves the log busy no longer once the session is recovered, and what is said next is read out', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const tag = crypto.randomUUID().slice(0, 8);
    const [reader, writer] = [await member(request), await member(request)];
    // Every connection the page opens passes through here, in order: the first as it is; the
    // second as one the server could not recover (the node that held the session went away: it
    // comes without the session's id), whose answer to the rejoin is lost as the connection
    // drops again; the third as it is, recovering the second's session.
    const connections: Array<{ page: WebSocketRoute; server: WebSocketRoute; joins: number }> = [];
    let answerLost = false;
    await page.routeWebSocket(/\/socket\.io\//, (ws) => {
      const server = ws.connectToServer();
      const connection = { page: ws, server, joins: 0 };
      connections.push(connection);
      const second = connections.length === 2;
      let joinId: string | null = null;
      ws.onMessage((message) => {
        let sent = message;
        if (typeof message === 'string') {
          // Socket.IO packets: 40 is the handshake, 42<id>[...] an event with an answer asked for, 43<id>[...] that answer.
          const join = /^42(\d+)\["room:join"/.exec(message);
          if (join) {
            connection.joins++;
            joinId = join[1];
          }
          if (second && message.startsWith('40')) {
            const { pid: _pid, offset: _offset, ...auth } = JSON.parse(message.slice(2)) as Record<string, unknown>;
            sent = `40${JSON.stringify(auth)}`;
          }
        }
        server.send(sent);
      });
      server.onMessage((message) => {
        if (second && joinId !== null && typeof message === 'string' && message.startsWith(`43${joinId}[`)) {
          answerLost = true;
          void server.close();
          void ws.close();
          return;
        }
        ws.send(message);
      });
    });
    await openAs(page, reader, '/chat/night-owls');
    const log = page.getByRole('log', { name: 'Messages in Night owls' });
    await expect(log).toHaveAttribute('aria-busy', 'false');
    // Something said live, which also gives the page the place in the room's stream a recovery starts from.
    await sendAs(baseURL!, writer, 'night-owls', [`Before the drop (${tag})`]);
    await expect(log).toContainText(`Before the drop (${tag})`);

    await connections[0].server.close();
    await connections[0].page.close();
    await expect.poll(() => answerLost, { timeout: 15_000 }).toBe(true);
    await expect.poll(() => connections.length, { timeout: 15_000 }).toBe(3);
    await expect(page.getByRole('status').filter({ hasText: 'Reconnecting…' })).toHaveCount(0, { timeout: 15_000 });
    // Well before the rejoin's 10 s wait for its answer would have run out.
    await expect(log).toHaveAttribute('aria-busy', 'false', { timeout: 5_000 });
    // The session was recovered: the room was not joined again.
    expect(connections.map((connection) => connection.joins)).toEqual([1, 1, 0]);

    await sendAs(baseURL!, writer, 'night-owls', [`After the drop (${tag})`]);
    await expect(log).toContainText(`After the drop (${tag})`);
    expect(await whereSaid(page, `After the drop (${tag})`)).toEqual(SAID_LIVE);
    await axe.check('a room after a recovered reconnect');
  });

  test('the messages already in a room stay put when the member sends and when their connection comes back: only new ones go in, so a screen reader does not hear the room again', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(90_000);
    const tag = crypto.randomUUID().slice(0, 8);
    const [listener, talker] = [await member(request), await member(request)];
    await sendAs(baseURL!, talker, 'night-owls', [`Before you came in (${tag})`]);
    await openAs(page, listener, '/chat/night-owls');
    const log = page.getByRole('log', { name: 'Messages in Night owls' });
    await expect(log).toContainText(`Before you came in (${tag})`);
    await expect(log).toHaveAttribute('aria-busy', 'false');
    await sendAs(baseURL!, talker, 'night-owls', [`Glad you are here (${tag})`]);
    await expect(log).toContainText(`Glad you are here (${tag})`);
    const earlier = log.getByTestId('chat-message').filter({ hasText: `Before you came in (${tag})` });
    await earlier.evaluate((row) => ((window as unknown as { earlierRow: Element }).earlierRow = row));
    await watchLog(log);

    // Their own message: on its way, then stored; the same element throughout.
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill(`Thank you, me too (${tag})`);
    await box.press('Enter');
    const mine = log.getByTestId('chat-message').filter({ hasText: `Thank you, me too (${tag})` });
    await mine.evaluate((row) => ((window as unknown as { mineRow: Element }).mineRow = row));
    await expect(mine.getByRole('button', { name: /^Delete your message/ })).toBeVisible();

    // A drop the server recovers from, then one it cannot (the history is read again): what was
    // said meanwhile is added, and nothing else moves. What they wrote offline goes once it is
    // back, in the element it waited in.
    const waited = log.getByTestId('chat-message').filter({ hasText: `Written offline (${tag})` });
    for (const [n, recoverable] of [[1, true], [2, false]] as const) {
      await page.context().setOffline(true);
      await expect(page.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible({ timeout: 15_000 });
      if (n === 1) {
        await box.fill(`Written offline (${tag})`);
        await box.press('Enter');
        await expect(waited).toContainText('goes when the connection is back');
        await waited.evaluate((row) => ((window as unknown as { waitedRow: Element }).waitedRow = row));
      }
      await sendAs(baseURL!, talker, 'night-owls', [`While you were away, ${n} (${tag})`]);
      if (!recoverable) await forgetRecoverableSessionsHolding(`While you were away, ${n} (${tag})`);
      await page.context().setOffline(false);
      await expect(log).toContainText(`While you were away, ${n} (${tag})`, { timeout: 20_000 });
      await expect(page.getByRole('status').filter({ hasText: 'Reconnecting…' })).toHaveCount(0);
      await expect(log).toHaveAttribute('aria-busy', 'false');
    }
    await sendAs(baseURL!, talker, 'night-owls', [`Welcome back (${tag})`]);
    await expect(log).toContainText(`Welcome back (${tag})`);
    await expect(waited.getByRole('button', { name: /^Delete your message/ })).toBeVisible();

    expect(await logWatched(page)).toEqual({ removed: [], separators: 0 });
    expect(await earlier.evaluate((row) => row === (window as unknown as { earlierRow: Element }).earlierRow)).toBe(true);
    expect(await mine.evaluate((row) => row === (window as unknown as { mineRow: Element }).mineRow)).toBe(true);
    expect(await waited.evaluate((row) => row === (window as unknown as { waitedRow: Element }).waitedRow)).toBe(true);
    await axe.check('a room after a send and two reconnects');
  });
});
