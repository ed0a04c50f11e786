import { expect, openGame, test } from './fixtures.ts';

test.describe('an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('starts in English on the first visit, and the choice of language is kept', async ({ page }) => {
    await openGame(page);
    await expect(page.getByRole('button', { name: /I am a pupil/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Need help?' })).toBeVisible();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});

test('a Dutch browser starts in Dutch', async ({ page }) => {
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
