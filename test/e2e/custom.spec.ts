import { resolve } from 'node:path';
import { expect, openGame, playToEnd, test } from './fixtures.ts';

test('an advisor loads an own .ink file: a broken one lists its errors, a good one plays', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: /Eigen scenario laden/ }).click();
  const input = page.getByLabel('Kies een .ink-bestand');

  await input.setInputFiles({
    name: 'kapot.ink',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      '# id: kapot\n# title: Kapot\n# mode: staff\n# topic: pesten\n# age: 12+\n# minutes: 2\n# summary: Stuk.\nHoi.\n-> nergens\n',
    ),
  });
  await expect(page.getByRole('heading', { name: /kapot\.ink: 1 probleem/ })).toBeAttached({ timeout: 30_000 });
  await expect(page.getByRole('listitem').filter({ hasText: /regel 9: Een pijl/ })).toBeAttached();

  await page
    .getByLabel('Kies een .ink-bestand')
    .setInputFiles(resolve(import.meta.dirname, '../fixtures/custom-ok.ink'));
  await expect(page.getByRole('button', { name: 'Nu spelen' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Verwijder Een eigen verhaal' })).toBeVisible();
  await page.getByRole('button', { name: 'Nu spelen' }).click();
  await page.getByRole('button', { name: 'Start het scenario' }).click();
  expect(await playToEnd(page)).toBe(2);
  await expect(page.getByRole('heading', { name: /Nabespreking: Een eigen verhaal/ })).toBeAttached();

  // Kept on the device: it is in the staff list after a reload, until removed.
  await openGame(page);
  await page.getByRole('button', { name: /Ik werk op school/ }).click();
  await expect(page.getByRole('button', { name: /Een eigen verhaal/ })).toBeVisible();
});

test('pasted ink that is too large gets a clear message', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: /Eigen scenario laden/ }).click();
  await page.getByLabel('Of plak hier je Ink-tekst').fill(`# id: groot\n${'x'.repeat(1024 * 1024 + 10)}`);
  await page.getByRole('button', { name: 'Geplakte tekst controleren' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: /te groot/ })).toBeAttached();
});
