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

// A dialog whose fade-in begins a few frames after it is opened (Mantine starts it two frames in,
// and React renders that when it can on a busy machine): the check waits for the page to settle and
// judges the dialog as it is shown, not the ghost of it before or halfway through; a dialog left
// faint is still named.
test('the accessibility check judges a dialog once its fade-in is over, and still names one left faint', async ({ page }, testInfo) => {
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Check</title><style>' +
      '.ghost { opacity: 0.3; background: #fff; color: #111; padding: 1rem; }' +
      '.ghost.in { opacity: 1; transition: opacity 500ms linear; }' +
      '</style></head><body><main><h1>Check</h1></main></body></html>',
  );
  await expectNoAxeViolations(page, testInfo, 'before the dialog');
  await page.evaluate(() => {
    const dialog = document.createElement('div');
    dialog.id = 'd';
    dialog.className = 'ghost';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Withdraw?');
    dialog.innerHTML = '<p>Are you sure?</p>';
    document.querySelector('main')!.append(dialog);
    let frames = 0;
    const tick = () => {
      frames += 1;
      if (frames === 5) dialog.classList.add('in');
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await expectNoAxeViolations(page, testInfo, 'a dialog fading in late');
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('d')!).opacity)).toBe('1');

  await page.evaluate(() => {
    document.getElementById('d')!.classList.remove('in');
  });
  await expect(expectNoAxeViolations(page, testInfo, 'a dialog left faint')).rejects.toThrow(/color-contrast/);
});
