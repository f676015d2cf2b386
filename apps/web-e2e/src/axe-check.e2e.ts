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
