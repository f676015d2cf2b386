import type { Page } from '@playwright/test';
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

test.describe('chat announcements', () => {
  test('a screen reader hears what is said live in a room, not the history a join or a catch-up after a long drop brings at once', async ({ browser, request, baseURL }) => {
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

    // What someone says now is announced.
    await sendAs(baseURL!, writer, 'night-owls', [`Still up? (${tag})`]);
    await expect(log).toContainText(`Still up? (${tag})`);
    expect(await busyWhenShown(page, `Still up? (${tag})`)).toEqual(['false']);

    // A drop the server cannot recover: what was said meanwhile comes back from history, quietly.
    await page.context().setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible({ timeout: 15_000 });
    await sendAs(baseURL!, writer, 'night-owls', [`While you were away (${tag})`]);
    await forgetRecoverableSessionsHolding(tag);
    await page.context().setOffline(false);
    await expect(log).toContainText(`While you were away (${tag})`, { timeout: 20_000 });
    await expect(log).toHaveAttribute('aria-busy', 'false');
    expect(await busyWhenShown(page, `While you were away (${tag})`)).toEqual(['true']);

    await sendAs(baseURL!, writer, 'night-owls', [`Glad you are back (${tag})`]);
    await expect(log).toContainText(`Glad you are back (${tag})`);
    expect(await busyWhenShown(page, `Glad you are back (${tag})`)).toEqual(['false']);
    await page.context().close();
  });
});
