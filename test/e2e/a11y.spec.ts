import { expect, noSeriousViolations, openGame, test } from './fixtures.ts';

test('axe finds no serious or critical violation on any screen', async ({ page }) => {
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik werk op school/ })).toBeVisible();
  await noSeriousViolations(page, 'title');

  await page.getByRole('button', { name: 'Hulp nodig?' }).click();
  await expect(page.getByRole('dialog', { name: 'Hulp nodig?' })).toBeVisible();
  await noSeriousViolations(page, 'help');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('dialog', { name: 'Instellingen' })).toBeVisible();
  await noSeriousViolations(page, 'settings');
  await page.getByRole('button', { name: 'Geluid', exact: true }).click();
  await noSeriousViolations(page, 'settings (sound)');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /Ik werk op school/ }).click();
  await expect(page.getByRole('group', { name: 'Scenario’s' })).toBeVisible();
  await noSeriousViolations(page, 'scenario list');

  await page
    .getByRole('group', { name: 'Scenario’s' })
    .getByRole('button', { name: /De clip van meneer De Vries/ })
    .click();
  await expect(page.getByRole('button', { name: 'Start het scenario' })).toBeVisible();
  await noSeriousViolations(page, 'warning');

  await page.getByRole('button', { name: 'Start het scenario' }).click();
  const choices = page.getByRole('group', { name: 'Keuzes' }).getByRole('button');
  const next = page.getByRole('button', { name: 'Verder', exact: true });
  await expect(next.or(choices.first())).toBeVisible();
  await noSeriousViolations(page, 'play');
  while (!(await choices.first().isVisible())) await next.click();
  await noSeriousViolations(page, 'choices');
  await choices.first().click();
  await expect(next).toBeVisible();
  await noSeriousViolations(page, 'feedback');
});

test('the keyboard reaches every control with a visible focus ring, and Tab never gets stuck', async ({ page }) => {
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  const seen: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { name: el.textContent ?? '', outline: style.outlineStyle, width: style.outlineWidth };
    });
    if (focused) {
      seen.push(focused.name);
      expect(focused.outline, `focus ring on ${focused.name}`).toBe('solid');
    }
  }
  expect(seen.some((n) => n.includes('Ik ben leerling'))).toBe(true);
  expect(seen.some((n) => n.includes('Ik werk op school'))).toBe(true);
  expect(seen.some((n) => n.includes('Hulp nodig?'))).toBe(true);
  // Tab cycles on through the page and back: no trap.
  expect(new Set(seen).size).toBeGreaterThanOrEqual(4);
});

test('axe on the advisor screens: scenario list for groups, dilemma round, guide, own scenario, session summary', async ({
  page,
}) => {
  await openGame(page, '?facilitator');
  await expect(page.getByRole('button', { name: 'Voor leerlingen' })).toBeVisible();
  await noSeriousViolations(page, 'group scenario list');
  await page.getByRole('button', { name: 'Dilemmaronde (Gedragen Gedrag)' }).click();
  await expect(page.getByRole('button', { name: 'Stem erbij voor Oké' })).toBeVisible();
  await noSeriousViolations(page, 'dilemma round');
  await page.getByRole('button', { name: 'Wat zegt het protocol?' }).click();
  await noSeriousViolations(page, 'dilemma, protocol view');
  await page.getByRole('button', { name: 'Afronden: afspraken maken' }).click();
  await expect(page.getByRole('textbox', { name: 'Onze afspraken' })).toBeVisible();
  await noSeriousViolations(page, 'session summary');
  await openGame(page, '?facilitator');
  await page.getByRole('button', { name: 'Handleiding voor begeleiders' }).click();
  await noSeriousViolations(page, 'guide');
  await openGame(page);
  await page.getByRole('button', { name: /Eigen scenario laden/ }).click();
  await expect(page.getByLabel('Kies een .ink-bestand')).toBeVisible();
  await noSeriousViolations(page, 'own scenario');
});
