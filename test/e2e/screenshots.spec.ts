/**
 * How the game looks, at the sizes it is played on: a Chromebook, a smartboard and a
 * tablet. Compared with committed baselines (test/e2e/__screenshots__) with a tolerance;
 * after a deliberate change of the look, run `npm run screenshots:update` and review.
 * Each moment is reached once and shot at every size (the game refits when resized).
 */
import type { Page } from '@playwright/test';
import { expect, openGame, playToEnd, test } from './fixtures.ts';

const SIZES = [
  { name: 'chromebook', width: 1366, height: 768 },
  { name: 'smartboard', width: 1920, height: 1080 },
  { name: 'tablet', width: 1024, height: 768 },
] as const;

test.use({ reducedMotion: 'reduce' });

const live = (page: Page) => page.locator('[aria-live] p').last();
const next = (page: Page) => page.getByRole('button', { name: 'Verder', exact: true });

async function advanceUntil(page: Page, done: (text: string) => boolean): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const text = (await live(page).textContent()) ?? '';
    if (done(text)) return;
    await next(page).click();
  }
  throw new Error('the moment never came');
}

/** Shoots the screen at every size, then returns to the first. */
async function shootAllSizes(page: Page, moment: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Let the canvas refit and redraw before comparing.
    await page.waitForTimeout(400);
    await expect(page).toHaveScreenshot(`${moment}-${size.name}.png`, {
      maxDiffPixelRatio: 0.01,
      animations: 'disabled',
      caret: 'hide',
    });
  }
  await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
}

test('the title and a chat moment', async ({ page }) => {
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  await shootAllSizes(page, 'title');
  await openGame(page, '?play=cyberstalking-student');
  await page.getByRole('button', { name: 'Start het scenario' }).click();
  await advanceUntil(page, (text) => text.startsWith('Koen (bericht): 1 gesprek'));
  await shootAllSizes(page, 'chat');
});

test('a face-to-face moment, the feedback panel and the debrief', async ({ page }) => {
  await openGame(page, '?play=cyberstalking-staff');
  await page.getByRole('button', { name: 'Start het scenario' }).click();
  await advanceUntil(page, (text) => text.startsWith('Iris: '));
  await shootAllSizes(page, 'face');
  const choices = page.getByRole('group', { name: 'Keuzes' }).getByRole('button');
  while (!(await choices.first().isVisible())) await next(page).click();
  await choices.first().click();
  await expect(next(page)).toBeVisible();
  await shootAllSizes(page, 'feedback');
  await playToEnd(page);
  await expect(page.getByRole('heading', { name: /Nabespreking/ })).toBeAttached();
  await shootAllSizes(page, 'debrief');
});
