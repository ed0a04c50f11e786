import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface Watch {
  errors: string[];
  foreignRequests: string[];
}

/**
 * Every browser test watches the console and the network: an error on the console, or a
 * request to anywhere but the page's own origin, fails the test.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch: Watch = { errors: [], foreignRequests: [] };
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (m) => {
      if (m.type() === 'error') watch.errors.push(m.text());
    });
    page.on('pageerror', (e) => watch.errors.push(e.message));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        watch.foreignRequests.push(url);
    });
    await use(watch);
    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.foreignRequests, 'requests outside the origin').toEqual([]);
  },
});

export { expect };

export async function openGame(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('canvas')).toBeVisible();
}

/** Opens a scenario by its id and starts it; returns the options and "Verder" to play with. */
export async function startScenario(page: Page, storyId: string): Promise<{ choices: Locator; next: Locator }> {
  await openGame(page, `?play=${storyId}`);
  await page.getByRole('button', { name: 'Start het scenario' }).click();
  return {
    choices: page.getByRole('group', { name: 'Keuzes' }).getByRole('button'),
    next: page.getByRole('button', { name: 'Verder', exact: true }),
  };
}

/**
 * Plays the scenario on screen to its debrief through the accessible buttons, choosing the
 * option `pick` returns for each decision. Returns the number of decisions made. Clicks are
 * dispatched without Playwright's wait for a still frame (under software WebGL that wait
 * costs most of a second a click); the first `realClicks` presses are full mouse clicks.
 */
export async function playToEnd(
  page: Page,
  pick: (texts: string[]) => number = () => 0,
  { realClicks = 0 } = {},
): Promise<number> {
  let presses = 0;
  const press = (button: Locator) => (presses++ < realClicks ? button.click() : button.dispatchEvent('click'));
  let decisions = 0;
  for (let step = 0; step < 400; step++) {
    const end = page.getByRole('button', { name: 'Naar de nabespreking' });
    const choices = page.getByRole('group', { name: 'Keuzes' }).getByRole('button');
    const next = page.getByRole('button', { name: 'Verder', exact: true });
    await expect(end.or(choices.first()).or(next)).toBeVisible();
    if (await end.isVisible()) {
      await end.click();
      return decisions;
    }
    const count = await choices.count();
    if (count > 0) {
      const texts = await choices.allInnerTexts();
      await press(choices.nth(pick(texts)));
      decisions++;
    } else {
      await press(next);
    }
  }
  throw new Error('the scenario did not end within 400 steps');
}

/** axe on the current screen: no serious or critical violation. */
export async function noSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}
