import { expect, openGame, test } from './fixtures.ts';

test('the game draws with Canvas 2D, so it plays where WebGL is missing', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  const renderer = await page.evaluate(
    () =>
      (window as unknown as { onlineGrenzen: { game: { renderer: { type: number } } } }).onlineGrenzen.game.renderer
        .type,
  );
  expect(renderer).toBe(1); // Phaser.CANVAS
  await page.getByRole('button', { name: /Ik ben leerling/ }).click();
  await expect(page.getByRole('group', { name: 'Scenario’s' })).toBeVisible();
});

test('the buttons stay on their drawings when the window is resized', async ({ page }) => {
  await openGame(page);
  const button = page.getByRole('button', { name: /Ik ben leerling/ });
  await expect(button).toBeVisible();
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
    { width: 800, height: 1280 },
  ]) {
    await page.setViewportSize(size);
    await expect
      .poll(async () => {
        const canvas = await page.locator('canvas').boundingBox();
        const layer = await page.locator('.a11y-layer').boundingBox();
        if (!canvas || !layer) return Number.POSITIVE_INFINITY;
        return Math.max(
          Math.abs(canvas.x - layer.x),
          Math.abs(canvas.y - layer.y),
          Math.abs(canvas.width - layer.width),
        );
      })
      .toBeLessThan(2);
    await button.click();
    await expect(page.getByRole('group', { name: 'Scenario’s' })).toBeVisible();
    await page.getByRole('button', { name: 'Terug' }).click();
  }
});

test('a tab hidden for a while comes back and still plays', async ({ page }) => {
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  const setHidden = (hidden: boolean) =>
    page.evaluate((h) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await page.waitForTimeout(1500);
  await setHidden(false);
  await page.getByRole('button', { name: /Ik werk op school/ }).click();
  await expect(page.getByRole('group', { name: 'Scenario’s' })).toBeVisible();
});

test('a browser without storage (private mode) still plays, and says it keeps nothing', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openGame(page);
  await expect(page.getByText(/bewaart niets/)).toBeAttached();
  await page.getByRole('button', { name: /Ik ben leerling/ }).click();
  await expect(page.getByRole('group', { name: 'Scenario’s' })).toBeVisible();
});

test('the game follows its host when the host changes size but the window does not', async ({ page }) => {
  await openGame(page);
  const button = page.getByRole('button', { name: /Ik ben leerling/ });
  await expect(button).toBeVisible();
  await page.evaluate(() => {
    const host = document.getElementById('game') as HTMLElement;
    host.style.width = '900px';
    host.style.height = '600px';
  });
  // FIT keeps 16:9 inside 900×600: 900 wide.
  await expect.poll(async () => (await page.locator('canvas').boundingBox())?.width).toBeCloseTo(900, 0);
  await expect
    .poll(async () => {
      const canvas = await page.locator('canvas').boundingBox();
      const layer = await page.locator('.a11y-layer').boundingBox();
      if (!canvas || !layer) return Number.POSITIVE_INFINITY;
      return Math.max(Math.abs(canvas.x - layer.x), Math.abs(canvas.width - layer.width));
    })
    .toBeLessThan(2);
  await button.click();
  await expect(page.getByRole('group', { name: 'Scenario’s' })).toBeVisible();
});
