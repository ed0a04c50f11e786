import { expect, openGame, playToEnd, test } from './fixtures.ts';

test('after one visit the game and its stories work without network', async ({ page, context }) => {
  await openGame(page);
  // The service worker takes control on the first visit (clientsClaim).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: /Ik werk op school/ })).toBeVisible();
  await page.getByRole('button', { name: /Ik werk op school/ }).click();
  await page
    .getByRole('group', { name: 'Scenario’s' })
    .getByRole('button', { name: /De clip van meneer De Vries/ })
    .click();
  await page.getByRole('button', { name: 'Start het scenario' }).click();
  await playToEnd(page);
  await expect(page.getByRole('heading', { name: /Nabespreking/ })).toBeAttached();
  await context.setOffline(false);
});

test('the built page carries a strict Content-Security-Policy and the game runs under it', async ({ page }) => {
  const response = await page.goto('/');
  const html = (await response?.text()) ?? '';
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("default-src 'self'");
  // The fixture fails the test on any console error, CSP violations included.
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  await page.getByRole('button', { name: /Ik ben leerling/ }).click();
  await expect(page.getByRole('group', { name: 'Scenario’s' })).toBeVisible();
});
