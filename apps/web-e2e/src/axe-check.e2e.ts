import { expect, expectNoAxeViolations, test } from './support/axe';

// Every other journey leans on this check passing; here it is shown failing when it should, both
// the first time it runs in a document and after (when axe-core is already loaded there).
test('the accessibility check names what is wrong, and passes once it is mended', async ({ page }, testInfo) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1><button id="b"></button></main></body></html>');
  await expect(expectNoAxeViolations(page, testInfo, 'an unnamed button')).rejects.toThrow(/button-name/);

  await page.evaluate(() => {
    document.getElementById('b')!.textContent = 'Send';
  });
  await expectNoAxeViolations(page, testInfo, 'the button named');

  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')!.append(image);
  });
  await expect(expectNoAxeViolations(page, testInfo, 'an image without alt text')).rejects.toThrow(/image-alt/);
});

// A dialog whose fade-in begins while axe is looking at it (Mantine starts it two frames after a
// dialog opens, and React renders that when it can; on a busy machine axe is still at work then):
// axe read the ghost of it, so the check looks again once the fade is over, and judges the dialog
// as it is shown. A dialog left faint is still named.
test('the accessibility check judges a dialog once its fade-in is over, and still names one left faint', async ({ page }, testInfo) => {
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Check</title><style>' +
      '.ghost { opacity: 0.3; background: #fff; color: #111; padding: 1rem; }' +
      '.ghost.in { opacity: 1; transition: opacity 400ms linear; }' +
      '</style></head><body><main><h1>Check</h1></main></body></html>',
  );
  await expectNoAxeViolations(page, testInfo, 'before the dialog');
  // The fade begins the moment axe starts to look, once.
  await page.evaluate(() => {
    const dialog = document.createElement('div');
    dialog.id = 'd';
    dialog.className = 'ghost';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Withdraw?');
    dialog.innerHTML = '<p>Are you sure?</p>';
    document.querySelector('main')!.append(dialog);
    const checker = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const run = checker.run.bind(checker);
    checker.run = (...args: unknown[]) => {
      checker.run = run;
      const looking = run(...args);
      dialog.classList.add('in');
      return looking;
    };
  });
  await expectNoAxeViolations(page, testInfo, 'a dialog fading in while axe looks');
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('d')!).opacity)).toBe('1');

  await page.evaluate(() => {
    document.getElementById('d')!.classList.remove('in');
  });
  await expect(expectNoAxeViolations(page, testInfo, 'a dialog left faint')).rejects.toThrow(/color-contrast/);
});
