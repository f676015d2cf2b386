import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { io } from 'socket.io-client';
import { expect, expectNoAxeViolations, test } from './support/axe';
import { forgetRecoverableSessionsHolding, sendAs } from './support/chat-sockets';
import { openAs, operatorGrant, registeredMember as member, seedSession } from './support/operators';

/**
 * Stands in for what a node answers the page's joins, the rest of its socket going through: each
 * join's answer is replaced by what `instead` returns for it (unchanged when it returns nothing),
 * and an event `dropped` says was never sent is not passed on.
 */
async function answerJoinsInstead(page: Page, instead: (ack: Record<string, unknown>) => Record<string, unknown> | undefined, dropped: (frame: string) => boolean = () => false) {
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    let joinId: string | null = null;
    ws.onMessage((message) => {
      const join = typeof message === 'string' ? /^42(\d+)\["room:join"/.exec(message) : null;
      if (join) joinId = join[1];
      server.send(message);
    });
    server.onMessage((message) => {
      if (typeof message === 'string' && joinId !== null && message.startsWith(`43${joinId}[`)) {
        const [ack] = JSON.parse(message.slice(`43${joinId}`.length)) as [Record<string, unknown>];
        const answer = instead(ack);
        if (answer) {
          ws.send(`43${joinId}${JSON.stringify([answer])}`);
          return;
        }
      }
      if (typeof message === 'string' && dropped(message)) return;
      ws.send(message);
    });
  });
}

/**
 * Stands between the page and the server on every connection the page opens, for the sends whose
 * words hold a marker given to `lose`: the send itself is lost on its way ('send'), or only the
 * server's answer to it ('answer'), `times` times. With `drop` the connection drops there and then,
 * and stays down (each new one closed at once) until `up()`: socket.io-client fails the send's
 * answer at once. `hideCopy` keeps the room's copy of such a message (message:new) from the page too.
 * `sends` counts the sends of each marker that went out from the page. `arriveLate` hands the server
 * a send that was lost on its way, as a network that held it would, on the page's live connection,
 * and returns the server's answer to it (kept from the page, which gave up on it long before).
 */
async function loseSends(page: Page) {
  const losses = new Map<string, { what: 'send' | 'answer'; drop: boolean; times: number; hideCopy: boolean }>();
  const sends = new Map<string, number>();
  // Sends lost on their way, as the page sent them, by marker; and the live connection's server side.
  const lostSends = new Map<string, string>();
  let live: { server: { send(message: string): void }; answers: Map<string, (message: string) => void> } | undefined;
  let down = false;
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (down) {
      void ws.close();
      return;
    }
    const server = ws.connectToServer();
    const answers = new Map<string, (message: string) => void>();
    live = { server, answers };
    let closed = false;
    // The ids of the sends whose answers are to be lost (Socket.IO: 42<id>[...] asks, 43<id>[...] answers).
    const unanswered = new Map<string, { drop: boolean }>();
    const drop = () => {
      closed = true;
      down = true;
      void server.close();
      void ws.close();
    };
    ws.onMessage((message) => {
      if (closed) return;
      const send = typeof message === 'string' ? /^42(\d+)\["message:send"/.exec(message) : null;
      const marker = send ? [...losses.keys()].find((candidate) => message.includes(candidate)) : undefined;
      if (send && marker !== undefined) sends.set(marker, (sends.get(marker) ?? 0) + 1);
      const loss = marker !== undefined ? losses.get(marker) : undefined;
      if (send && marker !== undefined && loss && loss.times > 0) {
        loss.times -= 1;
        if (loss.what === 'send') {
          lostSends.set(marker, message as string);
          if (loss.drop) drop();
          return;
        }
        unanswered.set(send[1], { drop: loss.drop });
      }
      server.send(message);
    });
    server.onMessage((message) => {
      if (closed) return;
      if (typeof message === 'string') {
        const answer = /^43(\d+)\[/.exec(message);
        const late = answer ? answers.get(answer[1]) : undefined;
        if (answer && late) {
          answers.delete(answer[1]);
          late(message.slice(2 + answer[1].length));
          return;
        }
        const lost = answer ? unanswered.get(answer[1]) : undefined;
        if (answer && lost) {
          unanswered.delete(answer[1]);
          if (lost.drop) drop();
          return;
        }
        if (message.startsWith('42["message:new"') && [...losses].some(([marker, loss]) => loss.hideCopy && message.includes(marker))) return;
      }
      ws.send(message);
    });
  });
  return {
    lose: (marker: string, loss: { what: 'send' | 'answer'; drop?: boolean; times?: number; hideCopy?: boolean }) => {
      losses.set(marker, { drop: false, times: 1, hideCopy: false, ...loss });
      sends.set(marker, 0);
    },
    up: () => {
      down = false;
    },
    sends: (marker: string) => sends.get(marker) ?? 0,
    arriveLate: (marker: string) =>
      new Promise<{ ok: boolean; error?: { code: string } }>((resolve, reject) => {
        const lost = lostSends.get(marker);
        if (!lost || !live) return reject(new Error(`no lost send of "${marker}" to deliver, or no live connection`));
        // Under an ack id the page never uses, so its answer is told apart from the page's own.
        const id = '999999';
        live.answers.set(id, (answer) => resolve((JSON.parse(answer) as [{ ok: boolean; error?: { code: string } }])[0]));
        live.server.send(lost.replace(/^42\d+/, `42${id}`));
      }),
  };
}

/** How many times `body` is in a room's history, as another member reads it. */
async function timesInRoom(request: APIRequestContext, reader: { accessToken: string }, room: string, body: string): Promise<number> {
  const history = await request.get(`/api/v1/rooms/${room}/messages`, { headers: { Authorization: `Bearer ${reader.accessToken}` } });
  expect(history.status(), await history.text()).toBe(200);
  return ((await history.json()) as { items: Array<{ body: string }> }).items.filter((message) => message.body === body).length;
}

/** A writer (in the test's own page), a reader and a moderator (each in a context of their own), all in one room. */
async function threeInRoom(browser: Browser, page: Page, request: APIRequestContext, slug: string, name: string) {
  const [writer, reader] = [await member(request), await member(request)];
  const moderator = await operatorGrant(request, 'moderator');
  await openAs(page, writer, `/chat/${slug}`);
  const readerPage = await openAs(browser, reader, `/chat/${slug}`);
  const modPage = await openAs(browser, moderator, `/chat/${slug}`);
  for (const opened of [page, readerPage, modPage]) await expect(opened.getByRole('heading', { level: 1, name })).toBeVisible();
  const log = (opened: Page) => opened.getByRole('log', { name: `Messages in ${name}` });
  // A first message every page shows: all three have joined, so what follows reaches them live.
  const hello = `Hello, it's me ${Date.now()}`;
  const box = page.getByRole('textbox', { name: 'Your message' });
  await box.fill(hello);
  await box.press('Enter');
  for (const opened of [page, readerPage, modPage]) await expect(log(opened)).toContainText(hello);
  return { writer, reader, moderator, writerLog: log(page), readerPage, readerLog: log(readerPage), modPage, modLog: log(modPage) };
}

test.describe('chat rooms', () => {
  test('two members chat live in a room; a moderator removes a message (asked first, with a reason), it disappears for both but not for them, and they restore it', async ({ browser, page, request, axe }) => {
    test.setTimeout(90_000);
    const [alice, bob] = [await member(request), await member(request)];
    const moderator = await operatorGrant(request, 'moderator');

    // The room list with online counts, in the test's own page (checked with axe).
    await seedSession(page, alice);
    await page.goto('/chat');
    await expect(page.getByRole('heading', { level: 1, name: 'Chat rooms' })).toBeVisible();
    const rooms = page.getByRole('list', { name: 'Rooms' });
    await expect(rooms.getByRole('link', { name: 'Night owls' })).toBeVisible();
    await expect(rooms.getByRole('listitem').filter({ hasText: 'Night owls' })).toContainText('online');
    await axe.check('room list');
    await rooms.getByRole('link', { name: 'Night owls' }).click();
    const aliceLog = page.getByRole('log', { name: 'Messages in Night owls' });
    await expect(page.getByRole('heading', { level: 1, name: 'Night owls' })).toBeVisible();

    const bobPage = await openAs(browser, bob, '/chat/night-owls');
    const bobLog = bobPage.getByRole('log', { name: 'Messages in Night owls' });
    await expect(page.getByRole('heading', { level: 1, name: 'Night owls' }).locator('..').getByText(/\d+ online/)).toBeVisible();

    // Alice sends with Enter; Bob sees it, and answers.
    const aliceBox = page.getByRole('textbox', { name: 'Your message' });
    await aliceBox.fill('Anyone else awake? Cannot sleep again.');
    await aliceBox.press('Enter');
    await expect(aliceBox).toHaveValue('');
    await expect(aliceLog).toContainText('You: Anyone else awake? Cannot sleep again.');
    await expect(bobLog).toContainText(`${alice.member.pseudonym}: Anyone else awake? Cannot sleep again.`);
    const bobBox = bobPage.getByRole('textbox', { name: 'Your message' });
    await bobBox.fill('Me too. Want to keep each other company?');
    await bobBox.press('Enter');
    await expect(aliceLog).toContainText(`${bob.member.pseudonym}: Me too. Want to keep each other company?`);
    await axe.check('chat room');

    // A message that should not stay: the moderator removes it from their own tab, through a dialog
    // that asks first and takes a reason for the audit log.
    const removedText = 'this one is going to be removed';
    await bobBox.fill(removedText);
    await bobBox.press('Enter');
    await expect(aliceLog).toContainText(removedText);
    const modPage = await openAs(browser, moderator, '/chat/night-owls');
    const modLog = modPage.getByRole('log', { name: 'Messages in Night owls' });
    await expect(modLog).toContainText(removedText);
    const removeButton = modLog.getByRole('button', { name: new RegExp(`^Remove the message from ${bob.member.pseudonym}: ${removedText}`) });
    const dialog = modPage.getByRole('dialog', { name: 'Remove this message?' });
    // "Keep it" changes nothing.
    await removeButton.click();
    await expect(dialog).toContainText(`${bob.member.pseudonym}: ${removedText}`);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(aliceLog).toContainText(removedText);
    await removeButton.click();
    // A long paste is kept whole, not cut at the limit: the field says it is too long, and Remove waits.
    const reasonBox = dialog.getByLabel('Why (for the audit log; the writer is not told)');
    const longReason = `${'They named a place and a time, and I am reaching out to them now. '.repeat(9)}THE END`;
    await reasonBox.fill(longReason);
    await expect(reasonBox).toHaveValue(longReason);
    await expect(dialog).toContainText(`That is ${longReason.length} characters; a reason holds up to 500 characters`);
    await expect(dialog.getByRole('button', { name: 'Remove', exact: true })).toBeDisabled();
    await reasonBox.fill('Testing the removal dialog.');
    await expect(dialog.getByRole('button', { name: 'Remove', exact: true })).toBeEnabled();
    await expectNoAxeViolations(modPage, test.info(), 'the remove-message dialog');
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(aliceLog).not.toContainText(removedText);
    await expect(bobLog).not.toContainText(removedText);
    // The moderator still sees it, dimmed and marked, with a way back; after a reload too.
    const removedForMod = modLog.getByTestId('chat-message').filter({ hasText: removedText });
    await expect(removedForMod.getByText('Removed', { exact: true })).toBeVisible();
    await expect(removedForMod.getByRole('button', { name: /^Remove the message/ })).toHaveCount(0);
    await expect(removedForMod.getByRole('button', { name: new RegExp(`^Restore the message from ${bob.member.pseudonym}: ${removedText}`) })).toBeVisible();
    await expectNoAxeViolations(modPage, test.info(), 'a removed message in the moderator log');
    await modPage.reload();
    await expect(removedForMod.getByText('Removed', { exact: true })).toBeVisible();
    await expect(aliceLog).toContainText('Me too. Want to keep each other company?');
    // The reason is in the audit log.
    const audit = await request.get('/api/v1/moderation/audit?action=remove', { headers: { Authorization: `Bearer ${moderator.accessToken}` } });
    expect(((await audit.json()) as { items: Array<{ reason: string | null }> }).items[0]?.reason).toBe('Testing the removal dialog.');

    // Said after it; then the moderator restores it, and it is back for the members, in its place.
    await aliceBox.fill('Still here with you.');
    await aliceBox.press('Enter');
    await expect(bobLog).toContainText('Still here with you.');
    await removedForMod.getByRole('button', { name: /^Restore the message from / }).click();
    await expect(bobLog).toContainText(`You: ${removedText}`);
    await expect(aliceLog).toContainText(`${bob.member.pseudonym}: ${removedText}`);
    await expect(aliceLog.getByTestId('chat-message')).toContainText(['Me too. Want to keep each other company?', removedText, 'Still here with you.']);
    await expect(removedForMod.getByText('Removed', { exact: true })).toHaveCount(0);
    await expect(removedForMod.getByRole('button', { name: /^Remove the message from / })).toBeVisible();
    await axe.check('chat room, a restored message');
    await expectNoAxeViolations(modPage, test.info(), 'the moderator log after a restore');

    // The moderator speaks in the room: their message carries a badge, and members may not hide them.
    const modBox = modPage.getByRole('textbox', { name: 'Your message' });
    await modBox.fill('I am around tonight if anyone wants to talk.');
    await modBox.press('Enter');
    const fromMod = aliceLog.getByTestId('chat-message').filter({ hasText: 'I am around tonight if anyone wants to talk.' });
    await expect(fromMod).toContainText(moderator.member.pseudonym);
    await expect(fromMod.getByText('Moderator', { exact: true })).toBeVisible();
    await expect(fromMod.getByRole('button', { name: /^Report the message from / })).toBeVisible();
    await expect(fromMod.getByRole('button', { name: /^Hide / })).toHaveCount(0);
    const fromBob = aliceLog.getByTestId('chat-message').filter({ hasText: 'Me too. Want to keep each other company?' });
    await expect(fromBob.getByText('Moderator', { exact: true })).toHaveCount(0);
    await expect(fromBob.getByRole('button', { name: `Hide ${bob.member.pseudonym} from your view` })).toBeVisible();
    await axe.check("chat room with a moderator's message");

    // Away and back: a dropped connection shows the banner, and what was said meanwhile arrives.
    await bobPage.context().setOffline(true);
    await expect(bobPage.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible({ timeout: 15_000 });
    await aliceBox.fill('Said while Bob was away');
    await aliceBox.press('Enter');
    await bobPage.context().setOffline(false);
    await expect(bobLog).toContainText('Said while Bob was away', { timeout: 20_000 });
    await expect(bobPage.getByRole('status').filter({ hasText: 'Reconnecting…' })).toHaveCount(0);

    await Promise.all([bobPage.context().close(), modPage.context().close()]);
  });

  test('on a phone with large text, a message reads across the log, its Report and Hide below it rather than squeezing it to a word a line', async ({ page, request, baseURL, axe }) => {
    const [reader, writer] = [await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    const words = `I keep waking at three and lying there with my thoughts going round (${tag})`;
    await sendAs(baseURL!, writer, 'night-owls', [words]);
    await page.setViewportSize({ width: 360, height: 740 });
    await openAs(page, reader, '/chat/night-owls');
    const log = page.getByRole('log', { name: 'Messages in Night owls' });
    const row = log.getByTestId('chat-message').filter({ hasText: words });
    const report = row.getByRole('button', { name: /^Report the message from / });
    await expect(report).toBeVisible();
    // Text made larger as a reader's phone setting does (small-screens.e2e.ts: the root font size).
    for (const fontSize of ['150%', '200%']) {
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      const text = await row.getByText(words).evaluate((element) => {
        const box = (element.closest('p') as HTMLElement).getBoundingClientRect();
        return { width: box.width, bottom: box.bottom };
      });
      const room = await log.evaluate((element) => {
        const style = getComputedStyle(element);
        return element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      });
      expect(text.width, `${fontSize}: the words' width of the log's ${room}px`).toBeGreaterThanOrEqual(room * 0.9);
      expect((await report.boundingBox())?.y, `${fontSize}: Report below the words`).toBeGreaterThanOrEqual(text.bottom - 1);
      await axe.check(`chat room on a phone, text at ${fontSize}`);
    }
  });

  test('on a phone, a member writing when the connection drops sees it is reconnecting where they are writing, and a screen reader hears it once', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const [writerOnPhone, talker] = [await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    // A room that has been talking: its log fills the screen above the composer.
    await sendAs(baseURL!, talker, 'anxiety-check-in', Array.from({ length: 5 }, (_, n) => `Earlier today (${tag}), ${n + 1}: ${'breathing slowly helped me a little this afternoon. '.repeat(3)}`));
    await page.setViewportSize({ width: 360, height: 740 });
    await openAs(page, writerOnPhone, '/chat/anxiety-check-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Anxiety check-in' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();
    await axe.check('chat room on a phone');
    // Scrolled down to the composer, writing, as a member on a phone is.
    const box = page.getByRole('textbox', { name: 'Your message' });
    await page.getByRole('button', { name: 'Send', exact: true }).scrollIntoViewIfNeeded();
    await box.fill(`Is anyone still here? (${tag})`);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    await page.context().setOffline(true);
    const reconnecting = page.getByRole('status').filter({ hasText: 'Reconnecting…' });
    await expect(reconnecting).toBeVisible({ timeout: 15_000 });
    await expect(reconnecting).toBeInViewport();
    await expect(box).toBeInViewport();
    // Inside one live region only: another around it (an alert in the status) says it again.
    const liveRegions = await reconnecting.getByText('The connection dropped.').evaluate((element) => {
      let count = 0;
      for (let at: Element | null = element; at; at = at.parentElement) if (at.matches('[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log]')) count++;
      return count;
    });
    expect(liveRegions).toBe(1);
    await axe.check('chat room on a phone, reconnecting');
    await page.context().setOffline(false);
    await expect(reconnecting).toHaveCount(0, { timeout: 20_000 });
  });

  test('a message in Arabic or Hebrew reads right to left, in the log and in the composer, without reordering the line around it', async ({ page, request, baseURL, axe }) => {
    const [writer, reader] = [await member(request), await member(request)];
    const arabic = `مرحبا، أنا هنا الليلة ${Date.now()}`;
    await sendAs(baseURL ?? '', writer, 'night-owls', [arabic]);
    await openAs(page, reader, '/chat/night-owls');
    const message = page.getByRole('log', { name: 'Messages in Night owls' }).getByTestId('chat-message').filter({ hasText: arabic });
    await expect(message).toBeVisible();
    // :dir() reads the direction the browser resolved for the element (dir=auto, bdi).
    const direction = (element: Element) => (element.matches(':dir(rtl)') ? 'rtl' : 'ltr');
    expect(await message.locator('bdi').filter({ hasText: arabic }).evaluate(direction)).toBe('rtl');
    // The writer's name, and the line it sits in, keep their own direction.
    expect(await message.locator('bdi').filter({ hasText: writer.member.pseudonym }).evaluate(direction)).toBe('ltr');
    const composer = page.getByRole('textbox', { name: 'Your message' });
    await composer.fill('שלום לכולם');
    expect(await composer.evaluate(direction)).toBe('rtl');
    await axe.check('a room with a message in Arabic');
  });

  test('a member worried about someone in a room reports their message to the moderators, who find it on the queue', async ({ page, request, baseURL, axe }) => {
    const [writer, reader] = [await member(request), await member(request)];
    const body = `Saying goodbye to everyone here ${Date.now()}`;
    await sendAs(baseURL ?? '', writer, 'grief-circle', [body]);

    await openAs(page, reader, '/chat/grief-circle');
    const log = page.getByRole('log', { name: 'Messages in Grief circle' });
    const message = log.getByTestId('chat-message').filter({ hasText: body });
    await expect(message).toBeVisible();
    // Nobody is offered to report their own words.
    await expect(log.getByTestId('chat-message').filter({ hasText: 'You:' }).getByRole('button', { name: /^Report/ })).toHaveCount(0);
    await axe.check('a room with messages to report');
    await message.getByRole('button', { name: `Report the message from ${writer.member.pseudonym}: ${body.slice(0, 40)}` }).click();

    const dialog = page.getByRole('dialog', { name: `Report a message by ${writer.member.pseudonym}` });
    const form = dialog.getByRole('form', { name: 'Report this message' });
    await form.getByRole('button', { name: 'Send report' }).click();
    await expect(form.getByText('Please choose a reason.')).toBeVisible();
    await form.getByRole('radio', { name: /worried/i }).check();
    // A long paste is kept whole, said to be too long, and not sent until it fits.
    const note = form.getByLabel('Anything the moderators should know? (optional)');
    const long = `${'They said goodbye to everyone and gave their things away. '.repeat(18)}They live near the old bridge.`;
    await note.focus();
    await page.keyboard.insertText(long);
    await expect(note).toHaveValue(long);
    await expect(form.getByText(`That is ${long.length.toLocaleString('en')} characters; a note holds up to 1,000 characters`)).toBeVisible();
    await expect(form.getByRole('button', { name: 'Send report' })).toBeDisabled();
    await axe.check('the report dialog, a note too long');
    await note.fill('It sounded like a final goodbye.');
    await axe.check('the report dialog for a message');
    await form.getByRole('button', { name: 'Send report' }).click();
    await expect(dialog.getByRole('status')).toContainText('A volunteer moderator will look at it as a priority');
    await expect(dialog.getByRole('link', { name: 'find a helpline or emergency number' })).toBeVisible();
    // What the worried member can do themselves, step by step, and that the lines are for them too.
    const howToHelp = dialog.getByRole('region', { name: 'How to help someone who is struggling' });
    await expect(howToHelp.getByRole('listitem').first()).toContainText('Ask them directly');
    await expect(howToHelp).toContainText('These lines are there for you too.');
    await axe.check('the report sent');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toHaveCount(0);

    const moderator = await operatorGrant(request, 'moderator');
    const queue = (await (await request.get('/api/v1/moderation/queue', { headers: { Authorization: `Bearer ${moderator.accessToken}` } })).json()) as {
      items: Array<{ contentType: string; excerpt: string; kind: string; reports: number }>;
    };
    expect(queue.items.find((item) => item.contentType === 'message' && item.excerpt === body)).toMatchObject({ kind: 'crisis', reports: 1 });
  });

  test('a message the safety checks hide leaves the other members at once; its writer keeps it, marked, and a moderator reaches its review item from the room', async ({ browser, page, request, axe }) => {
    test.setTimeout(60_000);
    const { writer, writerLog, readerPage, readerLog, modPage, modLog } = await threeInRoom(browser, page, request, 'lounge', 'Lounge');

    const harmful = `nobody wants you here, kys ${Date.now()}`;
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill(harmful);
    await box.press('Enter');
    // The worker classifies it and hides it (often within milliseconds of its delivery, so the
    // reader may never see it drawn): once its writer's page marks it, the reader's page, which
    // was sent it live, no longer holds it, without a reload.
    const forWriter = writerLog.getByTestId('chat-message').filter({ hasText: harmful });
    await expect(forWriter.getByText('Hidden', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(readerLog).not.toContainText(harmful);
    await expect(page.getByText('Only you can see this message while a moderator takes a look.', { exact: false })).toBeVisible();
    await axe.check("a writer's hidden message");

    // The moderator sees it marked, with its review item rather than Remove or Restore.
    const forMod = modLog.getByTestId('chat-message').filter({ hasText: harmful });
    await expect(forMod.getByText('Hidden', { exact: true })).toBeVisible();
    await expect(forMod.getByRole('button', { name: /^(Remove|Restore) the message/ })).toHaveCount(0);
    const review = forMod.getByRole('link', { name: `Review item for the hidden message from ${writer.member.pseudonym}` });
    await expect(review).toBeVisible();
    await expectNoAxeViolations(modPage, test.info(), "a hidden message in the moderator's log");

    // After a reload the same: the writer's is still marked, the reader never gets it back.
    await page.reload();
    await expect(forWriter.getByText('Hidden', { exact: true })).toBeVisible();
    await readerPage.reload();
    await expect(readerPage.getByRole('heading', { level: 1, name: 'Lounge' })).toBeVisible();
    await expect(readerLog).not.toContainText(harmful);
    await expectNoAxeViolations(readerPage, test.info(), 'the room without the hidden message');

    await review.click();
    await expect(modPage).toHaveURL(/\/mod\/items\/[0-9a-f-]{36}$/);
    await expect(modPage.getByText(harmful).first()).toBeVisible();
    await expectNoAxeViolations(modPage, test.info(), 'the review item of a hidden chat message');
    await Promise.all([readerPage.context().close(), modPage.context().close()]);
  });

  test('a member takes back their own message: asked first, it leaves the others at once, and moderators see it marked as deleted', async ({ browser, page, request, axe }) => {
    test.setTimeout(60_000);
    const { writer, reader, moderator, writerLog, readerPage, readerLog, modPage, modLog } = await threeInRoom(browser, page, request, 'anxiety-check-in', 'Anxiety check-in');

    const overshared = `My full name is on my work badge, oops ${Date.now()}`;
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill(overshared);
    await box.press('Enter');
    await expect(readerLog).toContainText(overshared);
    await expect(modLog).toContainText(overshared);
    // Someone reported it before it went: its review item stays, and cannot publish it again.
    const auth = (grant: { accessToken: string }) => ({ Authorization: `Bearer ${grant.accessToken}` });
    const history = (await (await request.get('/api/v1/rooms/anxiety-check-in/messages', { headers: auth(writer) })).json()) as { items: Array<{ id: string; body: string }> };
    const messageId = history.items.find((message) => message.body === overshared)?.id;
    expect((await request.post(`/api/v1/rooms/anxiety-check-in/messages/${messageId}/reports`, { headers: auth(reader), data: { reason: 'other' } })).status()).toBe(201);
    // Only the writer is offered Delete, on their own words; the reader has Report and Hide.
    await expect(readerLog.getByTestId('chat-message').filter({ hasText: overshared }).getByRole('button', { name: /^Delete/ })).toHaveCount(0);
    // A moderator was about to remove it as its writer took it back.
    const forMod = modLog.getByTestId('chat-message').filter({ hasText: overshared });
    const modDialog = modPage.getByRole('dialog', { name: 'Remove this message?' });
    await forMod.getByRole('button', { name: /^Remove the message from / }).click();
    await expect(modDialog).toContainText(overshared);
    await page.bringToFront();
    const mine = writerLog.getByTestId('chat-message').filter({ hasText: overshared });
    const dialog = page.getByRole('dialog', { name: 'Delete your message?' });
    await mine.getByRole('button', { name: `Delete your message: ${overshared.slice(0, 40)}` }).click();
    await expect(dialog).toContainText("this can't be undone");
    await expect(dialog.getByRole('textbox')).toHaveCount(0);
    await axe.check('the delete-your-message dialog');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(readerLog).toContainText(overshared);
    await mine.getByRole('button', { name: /^Delete your message/ }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(writerLog).not.toContainText(overshared);
    // The Delete that opened the dialog is gone: focus comes back to the composer, not to the top of the page.
    await expect(box).toBeFocused();
    await expect(readerLog).not.toContainText(overshared);
    await axe.check('the room after deleting a message');
    // The moderator's Remove, pressed after, changes nothing: their log keeps it as its writer's
    // deletion, never as a removal with a Restore that could not be.
    await expect(forMod.getByText('Deleted by its writer', { exact: true })).toBeVisible();
    await modDialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(modDialog).toHaveCount(0);
    // The moderator's log keeps it, marked, with nothing to restore it by; after a reload too.
    await expect(forMod.getByText('Removed', { exact: true })).toHaveCount(0);
    await expect(forMod.getByText('Deleted by its writer', { exact: true })).toBeVisible();
    // Its one control is Review: what its writer did is still theirs to answer for.
    await expect(forMod.getByRole('button')).toHaveText(['Review']);
    await expectNoAxeViolations(modPage, test.info(), "a deleted message in the moderator's log");
    await modPage.reload();
    await expect(forMod.getByText('Deleted by its writer', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Anxiety check-in' })).toBeVisible();
    await expect(writerLog).not.toContainText(overshared);

    const queue = (await (await request.get('/api/v1/moderation/queue', { headers: auth(moderator) })).json()) as { items: Array<{ id: string; contentId: string }> };
    const itemId = queue.items.find((item) => item.contentId === messageId)?.id;
    await modPage.goto(`/mod/items/${itemId}`);
    const action = modPage.getByRole('combobox', { name: 'Action' });
    await expect(modPage.getByText('Its writer deleted this, so it cannot be restored or edited')).toBeVisible();
    await expect(action.locator('option', { hasText: /^Remove$/ })).toHaveCount(1);
    await expect(action.locator('option', { hasText: /^(Restore|Edit, with a visible note)$/ })).toHaveCount(0);
    await expectNoAxeViolations(modPage, test.info(), 'the review item of a message its writer deleted');
    await Promise.all([readerPage.context().close(), modPage.context().close()]);
  });

  test('a member whose session cannot be recovered sees everything said meanwhile, more than one page of it', async ({ browser, request, baseURL }) => {
    test.setTimeout(90_000);
    const bob = await member(request);
    const tag = crypto.randomUUID().slice(0, 8); // this attempt's messages, apart from any other
    const [early, ...senders] = await Promise.all(Array.from({ length: 13 }, () => member(request)));
    const bobPage = await openAs(browser, bob, '/chat/grief-circle');
    const bobLog = bobPage.getByRole('log', { name: 'Messages in Grief circle' });
    await sendAs(baseURL!, early, 'grief-circle', ['Before Bob lost his signal']);
    await expect(bobLog).toContainText('Before Bob lost his signal');

    await bobPage.context().setOffline(true);
    await expect(bobPage.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible({ timeout: 15_000 });
    // Sixty messages (five from each of twelve members, inside the rate limit): more than the 50
    // the join answers and more than one REST page.
    for (const [i, sender] of senders.entries()) await sendAs(baseURL!, sender, 'grief-circle', Array.from({ length: 5 }, (_, n) => `While Bob was away (${tag}), number ${i * 5 + n + 1}.`));
    await forgetRecoverableSessionsHolding(tag);
    await bobPage.context().setOffline(false);
    await expect(bobPage.getByRole('status').filter({ hasText: 'Reconnecting…' })).toHaveCount(0, { timeout: 20_000 });

    // Every one of them, the first included, and nothing twice.
    for (const n of [1, 2, 10, 11, 59, 60]) await expect(bobLog).toContainText(`While Bob was away (${tag}), number ${n}.`);
    const rows = await bobLog.getByTestId('chat-message').filter({ hasText: `While Bob was away (${tag})` }).allTextContents();
    const numbers = rows.map((row) => Number(/number (\d+)\./.exec(row)?.[1]));
    // (Two sends can share a millisecond, and then their order on screen is the ids'.)
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    await expect(bobLog).toContainText('Before Bob lost his signal');
    await bobPage.context().close();
  });

  test('a member writing fast, or with no connection, never has to press retry: every message reaches the room, in order, and a waiting one can be taken back', async ({ browser, request }, testInfo) => {
    test.setTimeout(90_000);
    const [alice, bob] = [await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    const alicePage = await openAs(browser, alice, '/chat/anxiety-check-in');
    const bobPage = await openAs(browser, bob, '/chat/anxiety-check-in');
    const [aliceLog, bobLog] = [alicePage, bobPage].map((page) => page.getByRole('log', { name: 'Messages in Anxiety check-in' }));
    const box = alicePage.getByRole('textbox', { name: 'Your message' });
    await expect(alicePage.getByRole('heading', { level: 1, name: 'Anxiety check-in' }).locator('..').getByText(/\d+ online/)).toBeVisible();

    // Seven in a row: past the limit of five in ten seconds. The sixth waits, then goes by itself.
    for (let n = 1; n <= 7; n++) {
      await box.fill(`Racing thoughts (${tag}) ${n}`);
      await box.press('Enter');
    }
    const sixth = aliceLog.getByTestId('chat-message').filter({ hasText: `Racing thoughts (${tag}) 6` });
    await expect(sixth).toContainText('a short pause: goes in');
    // The wait counts down as it passes.
    const given = Number(/goes in (\d+) s/.exec((await sixth.textContent()) ?? '')?.[1]);
    expect(given).toBeGreaterThan(2);
    await expect(sixth).toContainText(new RegExp(`goes in (${Array.from({ length: given - 1 }, (_, i) => i + 1).join('|')}) s`), { timeout: 3_000 });
    // The seventh waits behind it, and can be taken back: its words return to the composer.
    await expect(aliceLog.getByTestId('chat-message').filter({ hasText: `Racing thoughts (${tag}) 7` })).toContainText('goes after the one before it');
    await aliceLog.getByRole('button', { name: `Don't send: Racing thoughts (${tag}) 7` }).click();
    await expect(aliceLog).not.toContainText(`Racing thoughts (${tag}) 7`);
    await expect(box).toHaveValue(`Racing thoughts (${tag}) 7`);
    await expect(bobLog).toContainText(`Racing thoughts (${tag}) 6`, { timeout: 30_000 });
    await expect(bobLog).not.toContainText(`Racing thoughts (${tag}) 7`);
    // Sent again after all, it follows the sixth.
    await box.press('Enter');
    await expect(bobLog).toContainText(`Racing thoughts (${tag}) 7`, { timeout: 30_000 });
    const seen = await bobLog.getByTestId('chat-message').filter({ hasText: `Racing thoughts (${tag})` }).allTextContents();
    expect(seen.map((row) => Number(new RegExp(`\\(${tag}\\) (\\d+)`).exec(row)?.[1]))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    await expect(aliceLog.getByRole('button', { name: /Not sent/ })).toHaveCount(0);

    // Written with no connection: it waits, says so, and goes when the connection is back.
    await alicePage.context().setOffline(true);
    await expect(alicePage.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible({ timeout: 15_000 });
    // The banner is read by people under stress: it passes axe (its title once failed contrast).
    await expectNoAxeViolations(alicePage, testInfo, 'chat room, reconnecting');
    await box.fill(`Written offline (${tag})`);
    await box.press('Enter');
    await expect(aliceLog.getByTestId('chat-message').filter({ hasText: `Written offline (${tag})` })).toContainText('goes when the connection is back');
    await alicePage.context().setOffline(false);
    await expect(bobLog).toContainText(`Written offline (${tag})`, { timeout: 30_000 });
    await expect(aliceLog.getByTestId('chat-message').filter({ hasText: `Written offline (${tag})` })).not.toContainText('goes when');
    await expect(aliceLog.getByRole('button', { name: /Not sent/ })).toHaveCount(0);
    await Promise.all([alicePage.context().close(), bobPage.context().close()]);
  });

  test('a message whose answer a dropped connection took is never given back as unsent: Lantern finds it in the room first, and gives back only words that never arrived, which then never will, however late the send comes', async ({ page, request, axe }) => {
    test.setTimeout(120_000);
    const [alice, bob] = [await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    const network = await loseSends(page);
    await openAs(page, alice, '/chat/night-owls');
    const log = page.getByRole('log', { name: 'Messages in Night owls' });
    const box = page.getByRole('textbox', { name: 'Your message' });
    const said = (text: string) => page.getByRole('status').filter({ hasText: text });
    await expect(page.getByRole('heading', { level: 1, name: 'Night owls' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();

    // The send reaches the room; only its answer is lost, as the connection drops with it.
    const reached = `It did reach the room (${tag})`;
    network.lose(reached, { what: 'answer', drop: true });
    await box.fill(reached);
    await box.press('Enter');
    const reachedRow = log.getByTestId('chat-message').filter({ hasText: reached });
    await expect(reachedRow).toContainText('goes when the connection is back');
    await expect.poll(() => timesInRoom(request, bob, 'night-owls', reached)).toBe(1);
    // Taken back while offline, it is not given back as if never sent: it stays, and says why.
    await reachedRow.getByRole('button', { name: `Don't send: ${reached}` }).click();
    await expect(reachedRow).toContainText('may already have reached the room: Lantern checks when the connection is back');
    await expect(reachedRow.getByRole('button', { name: /^Don't send/ })).toHaveCount(0);
    await expect(box).toHaveValue('');
    // The button went with the message's wait: focus is back where the member writes, and they hear why.
    await expect(box).toBeFocused();
    await expect(said('That message may already have reached the room. Lantern checks when the connection is back')).toBeVisible();
    await axe.check('chat room, a message taken back while the connection is away');
    // Back: it was in the room, so it stays, theirs to delete, and they are told so. It went once.
    // Never shown twice meanwhile, not even for a moment: the room's copy comes back with the
    // connection while Lantern is still being asked to take it back.
    await page.evaluate((text) => {
      const shown = () => [...document.querySelectorAll('[data-testid="chat-message"]')].filter((row) => row.textContent?.includes(text)).length;
      const counted = window as unknown as { mostShown: number };
      counted.mostShown = shown();
      new MutationObserver(() => (counted.mostShown = Math.max(counted.mostShown, shown()))).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, reached);
    network.up();
    await expect(reachedRow.getByRole('button', { name: `Delete your message: ${reached}` })).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { mostShown: number }).mostShown)).toBe(1);
    // Said under it (as a held message's note is), beside its Delete.
    await expect(log.locator(':scope > div').filter({ has: page.getByTestId('chat-message').filter({ hasText: reached }) })).toContainText('This message had already reached the room when you asked not to send it. You can delete it.');
    await expect(said('That message had already reached the room before you asked, so it stays. You can delete it.')).toBeVisible();
    await expect(reachedRow).toHaveCount(1);
    await expect(box).toHaveValue('');
    expect(await timesInRoom(request, bob, 'night-owls', reached)).toBe(1);
    await axe.check('chat room, a message taken back that had already reached the room');

    // The send itself is lost with the connection: the room never had it, so once Lantern knows,
    // its words come back, after what is being written.
    await expect(said('Reconnecting…')).toHaveCount(0, { timeout: 20_000 });
    const lost = `It never left (${tag})`;
    network.lose(lost, { what: 'send', drop: true });
    await box.fill(lost);
    await box.press('Enter');
    const lostRow = log.getByTestId('chat-message').filter({ hasText: lost });
    await expect(lostRow).toContainText('goes when the connection is back');
    await box.fill('And one more thing');
    await lostRow.getByRole('button', { name: `Don't send: ${lost}` }).click();
    await expect(lostRow).toContainText('may already have reached the room');
    await expect(box).toHaveValue('And one more thing');
    network.up();
    await expect(lostRow).toHaveCount(0, { timeout: 30_000 });
    await expect(box).toHaveValue(`And one more thing\n${lost}`);
    await expect(said('That message was not sent, and Lantern made sure it will not be: its words are back where you write.')).toBeVisible();
    expect(await timesInRoom(request, bob, 'night-owls', lost)).toBe(0);
    expect(network.sends(lost)).toBe(1);
    // The lost send reaches the server after all (a network that held it): it is refused, as the
    // member was told, and the room never shows it.
    expect((await network.arriveLate(lost)).error?.code).toBe('MESSAGE_TAKEN_BACK');
    expect(await timesInRoom(request, bob, 'night-owls', lost)).toBe(0);
    await expect(lostRow).toHaveCount(0);
    await axe.check('chat room, a message taken back that had never reached the room');
  });

  test('a message whose answer is lost on a live connection shows once, as the room’s copy; taken back while it waits to go again, it is found in the room, not given back, or said to be out of the room since', async ({ page, request, axe }) => {
    test.setTimeout(120_000);
    const [alice, bob] = [await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    const network = await loseSends(page);
    await openAs(page, alice, '/chat/grief-circle');
    const log = page.getByRole('log', { name: 'Messages in Grief circle' });
    const box = page.getByRole('textbox', { name: 'Your message' });
    await expect(page.getByRole('heading', { level: 1, name: 'Grief circle' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();

    // Its answer is lost but the connection stays: the room's copy comes back at once, and the
    // message waits for its answer (10 s) and to go again (3 s). Shown once meanwhile, as the copy.
    const once = `Shown once (${tag})`;
    network.lose(once, { what: 'answer' });
    await box.fill(once);
    await box.press('Enter');
    await expect.poll(() => timesInRoom(request, bob, 'grief-circle', once)).toBe(1);
    const onceRows = log.getByTestId('chat-message').filter({ hasText: once });
    await expect(onceRows.getByRole('button', { name: `Delete your message: ${once}` })).toBeVisible({ timeout: 5_000 });
    await expect(onceRows).toHaveCount(1, { timeout: 5_000 });
    await expect(onceRows).not.toContainText('sending…');
    // It went again by itself, was stored once, and still shows once.
    await expect.poll(() => network.sends(once), { timeout: 30_000 }).toBe(2);
    await expect(onceRows).toHaveCount(1);
    await expect(onceRows).not.toContainText(/sending…|no answer yet/);
    expect(await timesInRoom(request, bob, 'grief-circle', once)).toBe(1);

    // Every answer lost, the room's copy too: after 10 s it says it had no answer and goes again
    // in 3 s. "Don't send" then finds it in the room rather than give its words back.
    const found = `Found in the room (${tag})`;
    network.lose(found, { what: 'answer', times: 10, hideCopy: true });
    await box.fill(found);
    await box.press('Enter');
    const foundRow = log.getByTestId('chat-message').filter({ hasText: found });
    await expect(foundRow).toContainText('no answer yet: trying again', { timeout: 20_000 });
    await foundRow.getByRole('button', { name: `Don't send: ${found}` }).click({ timeout: 40_000 });
    await expect(foundRow.getByRole('button', { name: `Delete your message: ${found}` })).toBeVisible();
    await expect(log.locator(':scope > div').filter({ has: page.getByTestId('chat-message').filter({ hasText: found }) })).toContainText('This message had already reached the room when you asked not to send it. You can delete it.');
    await expect(page.getByRole('status').filter({ hasText: 'That message had already reached the room before you asked, so it stays.' })).toBeVisible();
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
    await expect(foundRow).toHaveCount(1);
    expect(await timesInRoom(request, bob, 'grief-circle', found)).toBe(1);
    await axe.check('chat room, a message taken back on a live connection that had already reached the room');

    // The same, but taken out of the room before "Don't send" (deleted from another of the
    // writer's devices): it goes from the page, its words stay out, and the member is told why.
    const deleted = `Deleted meanwhile (${tag})`;
    network.lose(deleted, { what: 'answer', times: 10, hideCopy: true });
    await box.fill(deleted);
    await box.press('Enter');
    const deletedRow = log.getByTestId('chat-message').filter({ hasText: deleted });
    // It goes once the wait the message before it was under is over, and is stored; its answer is lost.
    await expect.poll(() => network.sends(deleted), { timeout: 20_000 }).toBe(1);
    const storedId = async () => {
      const mine = await request.get('/api/v1/rooms/grief-circle/messages', { headers: { Authorization: `Bearer ${alice.accessToken}` } });
      return ((await mine.json()) as { items: Array<{ id: string; body: string }> }).items.find((message) => message.body === deleted)?.id;
    };
    await expect.poll(storedId).toBeDefined();
    const removal = await request.delete(`/api/v1/rooms/grief-circle/messages/${await storedId()}`, { headers: { Authorization: `Bearer ${alice.accessToken}` } });
    expect(removal.status(), await removal.text()).toBe(204);
    await expect(deletedRow).toContainText('no answer yet: trying again', { timeout: 20_000 });
    await deletedRow.getByRole('button', { name: `Don't send: ${deleted}` }).click({ timeout: 40_000 });
    await expect(deletedRow).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'That message had already reached the room before you asked, and it is no longer shown there.' })).toBeVisible();
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
    expect(await timesInRoom(request, bob, 'grief-circle', deleted)).toBe(0);
    await axe.check('chat room, a message taken back that had been taken out of the room since');
  });

  test('a message whose answer was lost, and whose replaced word an admin rewrote before it went again, is found in the room and shown once, as stored', async ({ page, request, axe }) => {
    test.setTimeout(120_000);
    const [alice, bob] = [await member(request), await member(request)];
    const admin = await operatorGrant(request, 'admin');
    const headers = { Authorization: `Bearer ${admin.accessToken}` };
    const tag = crypto.randomUUID().slice(0, 8);
    const word = `flumpet${tag}`;
    const replaceWith = async (replacement: string) => {
      const rule = await request.post('/api/v1/admin/watched-words', { headers, data: { pattern: word, action: 'replace', replacement } });
      expect(rule.status(), await rule.text()).toBe(201);
      return ((await rule.json()) as { id: string }).id;
    };
    const stored = `my (first ${tag}) broke`;
    const rules = [await replaceWith(`(first ${tag})`)];
    try {
      const network = await loseSends(page);
      await openAs(page, alice, '/chat/lounge');
      const log = page.getByRole('log', { name: 'Messages in Lounge' });
      const box = page.getByRole('textbox', { name: 'Your message' });
      await expect(page.getByRole('heading', { level: 1, name: 'Lounge' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();
      // Stored as "my (first …) broke"; its answer is lost, so it waits to go again.
      network.lose(word, { what: 'answer' });
      await box.fill(`my ${word} broke`);
      await box.press('Enter');
      await expect.poll(() => timesInRoom(request, bob, 'lounge', stored)).toBe(1);
      // Meanwhile an admin rewrites the replacement: the resend's words now read otherwise, and
      // Lantern refuses them as another message's under the same clientMsgId.
      expect((await request.delete(`/api/v1/admin/watched-words/${rules.pop()}`, { headers })).status()).toBe(204);
      rules.push(await replaceWith(`(second ${tag})`));
      // All before it went again (10 s without an answer, then 3 s): else it would be a plain resend.
      expect(network.sends(word)).toBe(1);
      // The room's history out of reach when the refusal comes: it says it is checking, and goes
      // again later, rather than failing.
      const history = '**/api/v1/rooms/lounge/messages**';
      await page.route(history, (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"SERVICE_UNAVAILABLE","message":"away"}}' }));
      await expect.poll(() => network.sends(word), { timeout: 30_000 }).toBe(2);
      const rows = log.getByTestId('chat-message').filter({ hasText: tag });
      await expect(rows.filter({ hasText: 'checking the room: trying again' })).toHaveCount(1);
      await page.unroute(history);
      await expect.poll(() => network.sends(word), { timeout: 30_000 }).toBe(3);
      // The page finds it in the room: one row, as stored, sent, theirs to delete; no error.
      await expect(rows.getByRole('button', { name: `Delete your message: ${stored}` })).toBeVisible();
      await expect(rows).toHaveCount(1);
      await expect(log.getByRole('alert')).toHaveCount(0);
      await expect(rows).not.toContainText(/sending…|no answer yet|Not sent/);
      expect(await timesInRoom(request, bob, 'lounge', stored)).toBe(1);
      await axe.check('chat room, a resent message found in the room after its words were rewritten');
    } finally {
      for (const id of rules) await request.delete(`/api/v1/admin/watched-words/${id}`, { headers });
    }
  });

  test('a message the room refuses keeps its reason, and taking it back returns the words to the composer', async ({ browser, request }) => {
    test.setTimeout(60_000);
    const alice = await member(request);
    const admin = await operatorGrant(request, 'admin');
    const headers = { Authorization: `Bearer ${admin.accessToken}` };
    const tag = crypto.randomUUID().slice(0, 8);
    const blocked = `zork${tag}`;
    const page = await openAs(browser, alice, '/chat/lounge');
    const log = page.getByRole('log', { name: 'Messages in Lounge' });
    const box = page.getByRole('textbox', { name: 'Your message' });
    // Joined: Alice herself is counted online (the page shows no count until the join answers).
    await expect(page.getByRole('heading', { level: 1, name: 'Lounge' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();
    // The admins block a word; a message with it is refused, with the reason, and not sent again by itself.
    const word = await request.post('/api/v1/admin/watched-words', { headers, data: { pattern: blocked, action: 'block' } });
    expect(word.status(), await word.text()).toBe(201);
    const { id } = (await word.json()) as { id: string };
    try {
      await box.fill(`Words I want to keep ${blocked}`);
      await box.press('Enter');
      const entry = log.getByTestId('chat-message').filter({ hasText: `Words I want to keep ${blocked}` });
      await expect(entry.getByRole('button', { name: 'Not sent — retry' })).toBeVisible();
      await expect(log.getByRole('alert')).toContainText(`does not allow "${blocked}"`);
      await log.getByRole('button', { name: `Don't send: Words I want to keep ${blocked}` }).click();
      await expect(log).not.toContainText(`Words I want to keep ${blocked}`);
      await expect(box).toHaveValue(`Words I want to keep ${blocked}`);
    } finally {
      await request.delete(`/api/v1/admin/watched-words/${id}`, { headers });
      await page.context().close();
    }
  });

  test('words written offline survive leaving the room; a room opened while offline is joined when the connection is back; a member’s messages are theirs in every tab', async ({ browser, request, baseURL }) => {
    test.setTimeout(120_000);
    const [alice, bob] = [await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    const context = await browser.newContext();
    const page = await openAs(await context.newPage(), alice, '/chat/lounge');
    const otherTab = await openAs(await context.newPage(), alice, '/chat/lounge');
    const lounge = (opened: Page) => opened.getByRole('log', { name: 'Messages in Lounge' });
    for (const opened of [page, otherTab]) await expect(opened.getByRole('heading', { level: 1, name: 'Lounge' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();

    // Sent from one tab, it is "You" with Delete in the other too, not a stranger's to report.
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill(`From my first tab (${tag})`);
    await box.press('Enter');
    const mirrored = lounge(otherTab).getByTestId('chat-message').filter({ hasText: `From my first tab (${tag})` });
    await expect(mirrored).toContainText('You:');
    await expect(mirrored.getByRole('button', { name: /^Delete your message/ })).toBeVisible();
    await expect(mirrored.getByRole('button', { name: /^Report/ })).toHaveCount(0);

    // Offline, a message written in the Lounge waits; Alice then goes to Night owls, still offline.
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible({ timeout: 15_000 });
    await box.fill(`Written offline before I left the room (${tag})`);
    await box.press('Enter');
    await expect(lounge(page).getByTestId('chat-message').filter({ hasText: `Written offline before I left the room (${tag})` })).toContainText('goes when the connection is back');
    await page.getByRole('link', { name: 'All rooms' }).click();
    await page.getByRole('link', { name: 'Night owls' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Night owls' })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: 'Reconnecting…' })).toHaveCount(0, { timeout: 20_000 });
    // Joined there once the connection is back: counted, and what Bob says reaches her.
    await expect(page.getByRole('heading', { level: 1, name: 'Night owls' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible({ timeout: 15_000 });
    await sendAs(baseURL!, bob, 'night-owls', [`Anyone awake? (${tag})`]);
    await expect(page.getByRole('log', { name: 'Messages in Night owls' })).toContainText(`Anyone awake? (${tag})`);

    // Back in the Lounge, the words she wrote are there and go by themselves, once.
    await page.getByRole('link', { name: 'All rooms' }).click();
    await page.getByRole('link', { name: 'Lounge' }).click();
    await expect(lounge(otherTab)).toContainText(`Written offline before I left the room (${tag})`, { timeout: 30_000 });
    await expect(lounge(page).getByTestId('chat-message').filter({ hasText: `Written offline before I left the room (${tag})` })).not.toContainText('goes when');
    await expect(lounge(otherTab).getByTestId('chat-message').filter({ hasText: `Written offline before I left the room (${tag})` })).toHaveCount(1);
    const history = await request.get('/api/v1/rooms/lounge/messages', { headers: { Authorization: `Bearer ${bob.accessToken}` } });
    const stored = ((await history.json()) as { items: Array<{ body: string }> }).items.filter((message) => message.body === `Written offline before I left the room (${tag})`);
    expect(stored).toHaveLength(1);
    await context.close();
  });

  test('the composer keeps every word: lines stay lines, a long paste is not cut, and a waiting message taken back joins what is being written', async ({ browser, request }) => {
    test.setTimeout(90_000);
    const alice = await member(request);
    const tag = crypto.randomUUID().slice(0, 8);
    const page = await openAs(browser, alice, '/chat/anxiety-check-in');
    const log = page.getByRole('log', { name: 'Messages in Anxiety check-in' });
    const box = page.getByRole('textbox', { name: 'Your message' });
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await expect(page.getByRole('heading', { level: 1, name: 'Anxiety check-in' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();

    // Shift+Enter breaks a line, and the room shows the lines.
    await box.fill(`Things that helped today (${tag}):`);
    await box.press('Shift+Enter');
    await box.pressSequentially('1. a walk');
    await box.press('Enter');
    const listed = log.getByTestId('chat-message').filter({ hasText: `Things that helped today (${tag}):` });
    await expect(listed).toBeVisible();
    expect(await listed.evaluate((row) => (row as HTMLElement).innerText)).toContain(`Things that helped today (${tag}):\n1. a walk`);

    // Sent with the Send button from the keyboard, focus comes back to the composer (the button, now disabled, would drop it to the page).
    await box.fill(`2. a friend (${tag})`);
    await send.focus();
    await page.keyboard.press('Enter');
    await expect(log).toContainText(`2. a friend (${tag})`);
    await expect(box).toBeFocused();

    // A paste past the limit stays whole; the field says how long it is, and nothing is sent until it fits.
    const long = `${'I need to say all of this. '.repeat(80)}THE END ${tag}`;
    await box.fill(long);
    await expect(box).toHaveValue(long);
    await expect(page.getByText(/characters; a message holds 2,000/)).toBeVisible();
    await expect(send).toBeDisabled();
    await box.press('Enter');
    await expect(box).toHaveValue(long);
    await expect(log).not.toContainText(`THE END ${tag}`);

    // Offline, a message waits; taken back while something else is being written, its words join it.
    await box.fill('');
    await page.context().setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible({ timeout: 15_000 });
    await box.fill(`The first thing I wanted to say (${tag})`);
    await box.press('Enter');
    await box.fill('and also');
    await log.getByRole('button', { name: `Don't send: The first thing I wanted to say (${tag})`.slice(0, 52) }).click();
    await expect(box).toHaveValue(`and also\nThe first thing I wanted to say (${tag})`);
    // The button is gone with the message: focus is where the words went, not lost to the page.
    await expect(box).toBeFocused();
    await page.context().setOffline(false);
    await page.context().close();
  });

  test('a member turned away from a locked room is let in when the moderators unlock it, without reloading', async ({ browser, request }) => {
    test.setTimeout(90_000);
    const alice = await member(request);
    const moderator = await operatorGrant(request, 'moderator');
    const headers = { Authorization: `Bearer ${moderator.accessToken}` };
    expect((await request.patch('/api/v1/rooms/grief-circle', { headers, data: { locked: true } })).status()).toBe(200);
    try {
      const page = await openAs(browser, alice, '/chat/grief-circle');
      const refused = page.getByRole('alert').filter({ hasText: 'The moderators have locked this room for now' });
      await expect(refused).toBeVisible();
      await expect(page.getByRole('log', { name: 'Messages in Grief circle' })).not.toContainText('No messages yet');
      expect((await request.patch('/api/v1/rooms/grief-circle', { headers, data: { locked: false } })).status()).toBe(200);
      // Unlocked (room:updated reaches pages outside the room too): the page joins by itself.
      await expect(refused).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1, name: 'Grief circle' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Your message' })).toBeEnabled();
      await page.context().close();
    } finally {
      await request.patch('/api/v1/rooms/grief-circle', { headers, data: { locked: false } });
    }
  });

  test('a room Lantern could not open for a moment (its database away) is joined again by itself, and what was written meanwhile is kept and sent', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const alice = await member(request);
    // The first answer to joining is the one a node gives when its database is away for a moment.
    let refusedOnce = false;
    await answerJoinsInstead(page, () => {
      if (refusedOnce) return undefined;
      refusedOnce = true;
      return { ok: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'Lantern cannot reach its database right now; nothing was changed. Please try again.', retryAfterSeconds: 3 } };
    });
    await openAs(page, alice, '/chat/night-owls');
    const notice = page.getByRole('alert').filter({ hasText: 'Lantern could not open the room just now. It tries again by itself in 3 s' });
    await expect(notice).toBeVisible();
    // The box stays open meanwhile (the member may be in the middle of writing), Send waits.
    const box = page.getByRole('textbox', { name: 'Your message' });
    await expect(box).toBeEnabled({ timeout: 1_000 });
    const words = `still here after the blip ${crypto.randomUUID().slice(0, 8)}`;
    await box.fill(words, { timeout: 1_000 });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled();
    await axe.check('a chat room Lantern could not open for a moment');
    // Joined by itself a moment later: the notice goes, and the words go when sent.
    await expect(notice).toHaveCount(0, { timeout: 10_000 });
    await box.press('Enter');
    await expect(page.getByRole('log', { name: 'Messages in Night owls' })).toContainText(words);
    await expect(box).toHaveValue('');
    expect(refusedOnce).toBe(true);
  });

  test('while Lantern cannot count who is in a room (its Redis away), the list and the room show no count rather than "0 online", and a count that comes later is shown', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const [alice, bob] = [await member(request), await member(request)];
    // The answers a node gives while its Redis is away: the room list and the join say online: null.
    await page.route('**/api/v1/rooms', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { items: Array<Record<string, unknown>> };
      await route.fulfill({ response, json: { ...body, items: body.items.map((room) => ({ ...room, online: null })) } });
    });
    let joinsAnswered = 0;
    let counting = false;
    await answerJoinsInstead(
      page,
      (ack) => {
        joinsAnswered += 1;
        return { ...ack, online: null };
      },
      // Nor is the room told a count (the node sends none while it cannot count).
      (message) => !counting && message.startsWith('42["presence"'),
    );
    await seedSession(page, alice);
    await page.goto('/chat');
    const nightOwls = page.getByRole('list', { name: 'Rooms' }).getByRole('listitem').filter({ hasText: 'Night owls' });
    await expect(nightOwls.getByRole('link', { name: 'Night owls' })).toBeVisible();
    await expect(nightOwls).not.toContainText('online');
    await axe.check('room list without counts');
    await nightOwls.getByRole('link', { name: 'Night owls' }).click();
    await expect(page.getByRole('log', { name: 'Messages in Night owls' })).toBeVisible();
    await expect.poll(() => joinsAnswered).toBeGreaterThan(0);
    await expect(page.getByRole('textbox', { name: 'Your message' })).toBeEnabled();
    const heading = page.getByRole('heading', { level: 1, name: 'Night owls' }).locator('..');
    await expect(heading.getByText(/online/)).toHaveCount(0);
    await axe.check('a chat room without a count');
    // Counted again (Redis back: the server tells the room its count when someone comes in).
    counting = true;
    const bobSocket = io(baseURL!, { path: '/socket.io', auth: { token: bob.accessToken }, transports: ['websocket'] });
    try {
      const joined = (await bobSocket.timeout(10_000).emitWithAck('room:join', { room: 'night-owls' })) as { ok: boolean; online: number };
      expect(joined.ok).toBe(true);
      await expect(heading.getByText(`${joined.online} online`)).toBeVisible();
    } finally {
      bobSocket.disconnect();
    }
  });

  test('messages that came while the tab was hidden wait under the New marker; earlier messages keep the reader’s place; their own send brings them to the end', async ({ browser, request, baseURL }) => {
    test.setTimeout(120_000);
    const alice = await member(request);
    const tag = crypto.randomUUID().slice(0, 8);
    // Sixty messages from twelve members (five each, inside the rate limit): more than the 50 a join brings.
    const senders = await Promise.all(Array.from({ length: 12 }, () => member(request)));
    for (const [i, sender] of senders.entries()) await sendAs(baseURL!, sender, 'night-owls', Array.from({ length: 5 }, (_, n) => `Earlier tonight (${tag}) number ${i * 5 + n + 1}.`));
    const page = await openAs(browser, alice, '/chat/night-owls');
    const log = page.getByRole('log', { name: 'Messages in Night owls' });
    await expect(log).toContainText(`Earlier tonight (${tag}) number 60.`);

    // Hidden (another tab in front), two messages arrive; back, they are under the marker.
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { value, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    // A hidden tab does not render: the page's effects and the scroll that follows the new message
    // may run only once the tab is back in front. So the tab comes back in the very turn the message
    // lands, before either, and neither may count as reading it.
    await page.evaluate((text) => {
      const element = document.querySelector('[role="log"]')!;
      const observer = new MutationObserver(() => {
        if (!element.textContent?.includes(text)) return;
        observer.disconnect();
        Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      observer.observe(element, { childList: true, subtree: true, characterData: true });
    }, `While you were in another tab (${tag})`);
    await sendAs(baseURL!, await member(request), 'night-owls', [`While you were in another tab (${tag})`]);
    await expect(log).toContainText(`While you were in another tab (${tag})`);
    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
    const marker = log.getByRole('separator', { name: 'New messages' });
    await expect(marker).toBeVisible();
    expect(await marker.evaluate((element) => element.parentElement?.textContent ?? '')).toContain(`While you were in another tab (${tag})`);

    // At the very top, earlier messages load above what the reader was looking at, which stays in view.
    await log.evaluate((element) => (element.scrollTop = 0));
    const looking = log.getByTestId('chat-message').first();
    const lookingText = (await looking.textContent()) ?? '';
    await page.getByRole('button', { name: 'Show earlier messages' }).click();
    await expect(log.getByTestId('chat-message').first()).not.toHaveText(lookingText);
    const inView = async () => {
      const [row, box] = [await log.getByTestId('chat-message').filter({ hasText: lookingText.slice(0, 60) }).first().boundingBox(), await log.boundingBox()];
      return row !== null && box !== null && row.y >= box.y - 1 && row.y < box.y + box.height;
    };
    await expect.poll(inView).toBe(true);

    // Scrolled up, their own message brings them to the end, where it is; on a phone too, where a
    // long one wraps taller once stored (its Delete narrows the line) and must not end out of sight.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('textbox', { name: 'Your message' }).fill(`Still here (${tag}), reading back through everything you all wrote tonight. ${'It helps more than I can say. '.repeat(6)}`);
    await page.getByRole('textbox', { name: 'Your message' }).press('Enter');
    const stillHere = log.getByTestId('chat-message').filter({ hasText: `Still here (${tag})` });
    await expect(stillHere).toBeInViewport();
    // Once stored it gains its Delete, and the row grows: the log still ends where it ends, the whole row in sight.
    await expect(stillHere.getByRole('button', { name: /^Delete your message/ })).toBeVisible();
    await expect.poll(() => log.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight)).toBeLessThanOrEqual(1);
    await expect(marker).toHaveCount(0);
    await page.context().close();
  });

  test('a member who steps out of a room finds what was said meanwhile under the New messages marker when they come back, and not again once read', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const [returner, talker] = [await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    await openAs(page, returner, '/chat/grief-circle');
    const log = page.getByRole('log', { name: 'Messages in Grief circle' });
    await expect(page.getByRole('heading', { level: 1, name: 'Grief circle' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();
    await sendAs(baseURL!, talker, 'grief-circle', [`Before you stepped out (${tag})`]);
    await expect(log).toContainText(`Before you stepped out (${tag})`);
    const marker = log.getByRole('separator', { name: 'New messages' });
    await expect(marker).toHaveCount(0);
    await axe.check('chat room');

    // Out to the room list; two messages are said meanwhile; back into the room.
    await page.getByRole('link', { name: 'All rooms' }).click();
    const rooms = page.getByRole('list', { name: 'Rooms' });
    await expect(rooms.getByRole('link', { name: 'Grief circle' })).toBeVisible();
    const griefCircle = rooms.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Grief circle' }) });
    await expect(griefCircle).not.toContainText('new messages');
    await axe.check('room list');
    await sendAs(baseURL!, talker, 'grief-circle', [`While you were out, first (${tag})`, `While you were out, second (${tag})`]);
    // The list says so (read again here; it polls every 15 s); a room never opened in this browser is not marked.
    await page.reload();
    await expect(griefCircle.getByText('new messages')).toBeVisible();
    await expect(rooms.getByText('new messages')).toHaveCount(1);
    await axe.check('room list with a room marked new messages');
    await rooms.getByRole('link', { name: 'Grief circle' }).click();
    await expect(log).toContainText(`While you were out, second (${tag})`);
    await expect(marker).toBeVisible();
    // Right above the first message said since they left, and only there.
    await expect(marker).toHaveCount(1);
    expect(await marker.evaluate((element) => element.parentElement?.textContent ?? '')).toContain(`While you were out, first (${tag})`);
    await axe.check('chat room with the New messages marker');

    // They had the end of the log in front of them, so it is read: opened again, nothing is new.
    await page.reload();
    await expect(log).toContainText(`While you were out, second (${tag})`);
    await expect(log).toHaveAttribute('aria-busy', 'false');
    await expect(marker).toHaveCount(0);
    await page.getByRole('link', { name: 'All rooms' }).click();
    await expect(rooms.getByRole('link', { name: 'Grief circle' })).toBeVisible();
    await expect(griefCircle).not.toContainText('new messages');
  });

  test('a member who comes back to more than the log shows at once starts at the New messages marker, and has read it all once at the end', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const [returner, first, second] = [await member(request), await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    await openAs(page, returner, '/chat/lounge');
    const log = page.getByRole('log', { name: 'Messages in Lounge' });
    await sendAs(baseURL!, first, 'lounge', [`Read before leaving (${tag})`]);
    await expect(log).toContainText(`Read before leaving (${tag})`);
    await axe.check('lounge');
    await page.getByRole('link', { name: 'All rooms' }).click();
    await expect(page.getByRole('list', { name: 'Rooms' })).toBeVisible();
    await axe.check('room list, before a long conversation');
    // A long conversation meanwhile: far more than the log's height.
    const said = (who: string, n: number) => `${who} ${n} (${tag}): ${'It has been a long week and I wanted to say how much this room helps me on nights like this one. '.repeat(3)}`;
    await sendAs(baseURL!, first, 'lounge', [1, 2, 3, 4].map((n) => said('First', n)));
    await sendAs(baseURL!, second, 'lounge', [1, 2, 3, 4].map((n) => said('Second', n)));
    await page.getByRole('list', { name: 'Rooms' }).getByRole('link', { name: 'Lounge' }).click();
    await expect(log).toContainText(said('Second', 4));
    const marker = log.getByRole('separator', { name: 'New messages' });
    // The marker and the first thing said after it are in view; the newest is further down.
    await expect(marker).toBeInViewport();
    await expect(log.getByTestId('chat-message').filter({ hasText: said('First', 1) })).toBeInViewport();
    await expect(log.getByTestId('chat-message').filter({ hasText: said('Second', 4) })).not.toBeInViewport();
    await axe.check('lounge, opened at the New messages marker');
    // Read down to the end: it is all read, and the marker goes.
    await log.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect(marker).toHaveCount(0);
    await page.reload();
    await expect(log).toContainText(said('Second', 4));
    await expect(log).toHaveAttribute('aria-busy', 'false');
    await expect(marker).toHaveCount(0);
  });

  test('on a phone, a member who writes in crisis keeps help in sight beside the composer after sending, is told where the panel came and taken to it; the others in the room are told nothing', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const [alice, bob] = [await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    // A room that has been talking: its log fills the screen, and Send is below the fold.
    await sendAs(baseURL!, await member(request), 'grief-circle', Array.from({ length: 5 }, (_, n) => `Earlier this evening (${tag}), ${n + 1}: ${'it has been a long week, and I am glad this room is here. '.repeat(3)}`));
    await page.setViewportSize({ width: 360, height: 740 });
    await openAs(page, alice, '/chat/grief-circle');
    await expect(page.getByRole('heading', { level: 1, name: 'Grief circle' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();
    await axe.check('chat room on a phone');
    // Bob is in the room on a socket of his own, and hears everything the room is sent.
    const bobSocket = io(baseURL!, { path: '/socket.io', auth: { token: bob.accessToken }, transports: ['websocket'] });
    const bobHeard: string[] = [];
    bobSocket.onAny((event: string, payload: { body?: string }) => bobHeard.push(`${event} ${payload?.body ?? ''}`));
    try {
      expect(await bobSocket.timeout(5_000).emitWithAck('room:join', { room: 'grief-circle' })).toMatchObject({ ok: true });
      const box = page.getByRole('textbox', { name: 'Your message' });
      const words = `I cannot do this anymore, I want to kill myself tonight (${tag})`;
      // Scrolled down to where Send is, as a member writing on a phone has it.
      await page.getByRole('button', { name: 'Send', exact: true }).scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await box.fill(words);
      const nudge = page.getByRole('complementary', { name: 'Support while you write' });
      await expect(nudge).toBeVisible();
      await box.press('Enter');
      await expect(box).toHaveValue('');
      await expect(page.getByRole('log', { name: 'Messages in Grief circle' })).toContainText(words);
      // The panel comes at the top of the page, above where a phone shows the composer; the lines stay beside it.
      await expect(page.getByRole('region', { name: 'Support you can reach now' })).toBeAttached();
      await axe.check('chat room on a phone after a message in crisis');
      // Bob got the message, and nothing about help for its writer.
      await expect.poll(() => bobHeard.some((line) => line === `message:new ${words}`)).toBe(true);
      expect(bobHeard.filter((line) => line.startsWith('crisis:'))).toEqual([]);
      // Still there well after the note's 300 ms pause has read the emptied composer.
      await page.waitForTimeout(600);
      await expect(nudge).toBeInViewport();
      await expect(nudge.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
      // Writing something else, the note follows the new words.
      await box.fill('Thank you for being here.');
      await expect(nudge).toHaveCount(0);
      // Where they are, a word that the panel came, read out once, and the way to it.
      const panel = page.getByRole('region', { name: 'Support you can reach now' });
      await expect(panel).not.toBeInViewport();
      await expect(panel.getByRole('status')).toContainText('People you can talk to now are at the top of the page.');
      const callout = page.getByRole('complementary', { name: 'Help is here' });
      await expect(callout).toBeInViewport();
      await callout.getByRole('button', { name: 'Show me' }).click();
      await expect(panel).toBeInViewport();
      await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
      await expect(callout).toHaveCount(0);
      await axe.check('chat room on a phone, the crisis panel brought into view');
    } finally {
      bobSocket.close();
    }
  });

  test('a moderator slows and locks a room from inside it; the members in it see each change live, and write again once it opens', async ({ browser, page: alicePage, request, axe }) => {
    test.setTimeout(90_000);
    const alice = await member(request);
    const moderator = await operatorGrant(request, 'moderator');
    const tag = crypto.randomUUID().slice(0, 8);
    const modPage = await openAs(browser, moderator, '/chat/anxiety-check-in');
    const page = await openAs(alicePage, alice, '/chat/anxiety-check-in');
    const heading = page.getByRole('heading', { level: 1, name: 'Anxiety check-in' });
    await expect(heading.locator('..').getByText(/[1-9]\d* online/)).toBeVisible();
    // Members see no settings of the room's; moderators do.
    await expect(page.getByRole('region', { name: 'Room settings (moderators)' })).toHaveCount(0);
    const settings = modPage.getByRole('region', { name: 'Room settings (moderators)' });
    await expect(settings).toBeVisible();
    await expectNoAxeViolations(modPage, test.info(), 'chat room, moderator settings');

    try {
      // Slow mode, chosen by the moderator, shows on Alice's page without a reload.
      await settings.getByLabel('Slow mode').selectOption('30');
      await expect(heading.locator('..').getByText('slow mode: one message every 30 s')).toBeVisible();
      await settings.getByLabel('Slow mode').selectOption('0');
      await expect(heading.locator('..').getByText(/slow mode/)).toHaveCount(0);

      // Locked: Alice is told, kindly and with a way to a person, and may write but not send.
      await settings.getByRole('button', { name: 'Lock the room' }).click();
      await expect(settings.getByRole('button', { name: 'Unlock the room' })).toBeVisible();
      const notice = page.getByRole('alert').filter({ hasText: 'The moderators have locked this room for now' });
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('link', { name: 'people are there to talk to' })).toHaveAttribute('href', '/help');
      const box = page.getByRole('textbox', { name: 'Your message' });
      await box.fill(`Is anyone still here? (${tag})`);
      await box.press('Enter');
      await expect(box).toHaveValue(`Is anyone still here? (${tag})`);
      await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
      await axe.check('chat room, locked for a member');
      // The moderator still speaks in it.
      const modBox = modPage.getByRole('textbox', { name: 'Your message' });
      await modBox.fill(`Back in a few minutes (${tag})`);
      await modBox.press('Enter');
      await expect(page.getByRole('log', { name: 'Messages in Anxiety check-in' })).toContainText(`Back in a few minutes (${tag})`);

      // Unlocked: the notice goes, and what Alice wrote goes with Enter.
      await settings.getByRole('button', { name: 'Unlock the room' }).click();
      await expect(notice).toHaveCount(0);
      await box.press('Enter');
      await expect(box).toHaveValue('');
      await expect(modPage.getByRole('log', { name: 'Messages in Anxiety check-in' })).toContainText(`Is anyone still here? (${tag})`);
    } finally {
      const headers = { Authorization: `Bearer ${moderator.accessToken}` };
      await request.patch('/api/v1/rooms/anxiety-check-in', { headers, data: { locked: false, slowModeSeconds: 0 } });
      await modPage.context().close();
    }
  });
  test('on a slow device, deleting a message still brings keyboard focus back to the composer', async ({ browser, request }) => {
    test.setTimeout(90_000);
    const page = await openAs(browser, await member(request), '/chat/lounge');
    try {
      const box = page.getByRole('textbox', { name: 'Your message' });
      const log = page.getByRole('log', { name: 'Messages in Lounge' });
      const words = `Said too much ${Date.now()}`;
      await box.fill(words);
      await box.press('Enter');
      await expect(log).toContainText(words);
      await log.getByTestId('chat-message').filter({ hasText: words }).getByRole('button', { name: /^Delete your message/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete your message?' });
      await expect(dialog).toBeVisible();
      // A phone, or a machine busy with other work: the dialog takes far longer than its 200 ms to
      // animate out, and focus must not be left on the page's body when it has.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(dialog).toHaveCount(0, { timeout: 30_000 });
      await expect(box).toBeFocused({ timeout: 30_000 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    } finally {
      await page.context().close();
    }
  });
  test('a moderator watching a room opens a message nobody reported for review, mutes its writer from the item, and the writer is told at once', async ({ browser, page, request, axe }, testInfo) => {
    test.setTimeout(90_000);
    const writer = await member(request);
    const moderator = await operatorGrant(request, 'moderator');
    await openAs(page, writer, '/chat/grief-circle');
    await expect(page.getByRole('heading', { level: 1, name: 'Grief circle' })).toBeVisible();
    const modPage = await openAs(browser, moderator, '/chat/grief-circle');
    try {
      const modLog = modPage.getByRole('log', { name: 'Messages in Grief circle' });
      await expect(modPage.getByRole('heading', { level: 1, name: 'Grief circle' })).toBeVisible();
      const words = `Get over it already, nobody wants to hear about your dead dog ${Date.now()}`;
      const box = page.getByRole('textbox', { name: 'Your message' });
      await box.fill(words);
      // Sent once the room's join is answered (Send waits for it), not before.
      await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
      await box.press('Enter');
      await expect(modLog).toContainText(words);

      // Members see no Review; the moderator does, on someone else's message, and lands on its item.
      await expect(page.getByRole('button', { name: /^Review the message from / })).toHaveCount(0);
      await modLog.getByTestId('chat-message').filter({ hasText: words }).getByRole('button', { name: `Review the message from ${writer.member.pseudonym}: ${words.slice(0, 40)}` }).click();
      await expect(modPage).toHaveURL(/\/mod\/items\/[0-9a-f-]{36}$/);
      await expect(modPage.locator('main')).toContainText('claimed by you');
      await expect(modPage.getByRole('region', { name: 'Why it is here' })).toContainText('opened by a moderator');
      await expect(modPage.getByRole('region', { name: 'The member' })).toContainText(`${writer.member.pseudonym} · member`);
      await expectNoAxeViolations(modPage, testInfo, 'a review item a moderator opened from a room');

      const form = modPage.getByRole('form', { name: 'Act on this item' });
      await form.getByLabel('Action').selectOption('mute');
      await form.getByLabel('For how many minutes').fill('30');
      await form.getByRole('button', { name: 'Confirm' }).click();
      await expect(modPage.getByTestId('item-outcome')).toBeVisible();

      // The writer, still in the room, is told without a reload, and cannot send.
      await expect(page.getByRole('region', { name: 'Your chat messages are paused' })).toContainText('A moderator has paused your chat messages until');
      await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
      await axe.check('a room whose writer a moderator muted from a review item they opened');
    } finally {
      await modPage.context().close();
    }
  });
});
