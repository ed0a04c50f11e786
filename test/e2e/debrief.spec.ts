import { expect, noSeriousViolations, openGame, playToEnd, test } from './fixtures.ts';

test.use({ reducedMotion: 'reduce' });

test('the debrief teaches: protocol view, print, JSON and xAPI, replay from a decision, earlier attempts', async ({
  page,
}) => {
  await openGame(page, '?play=cyberstalking-staff');
  await page.getByRole('button', { name: 'Start het scenario' }).click();
  // The last option each time: a weak attempt.
  await playToEnd(page, (texts) => texts.length - 1);
  await expect(page.getByRole('heading', { name: /Nabespreking/ })).toBeAttached();
  await expect(page.getByText(/Eerder op dit apparaat/)).toHaveCount(0);
  // axe on the debrief lives here: reaching a debrief means playing a whole scenario.
  await noSeriousViolations(page, 'debrief');

  await page.getByRole('button', { name: 'Wat zegt het protocol?' }).click();
  await expect(page.getByRole('button', { name: 'Wat zegt het protocol?' })).toHaveAttribute('aria-pressed', 'true');
  await noSeriousViolations(page, 'debrief, protocol view');

  const report = page.locator('.print-report');
  await expect(report).toContainText('Per stap van het protocol');
  await expect(report).toContainText('Jij koos:');
  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await page.screenshot({ path: 'test-results/debrief-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Opslaan (JSON)' }).click();
  const attempt = JSON.parse(
    await (await (await json).createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
  );
  expect(attempt.scenario.id).toBe('cyberstalking-staff');
  expect(attempt.decisions.length).toBeGreaterThanOrEqual(8);

  const xapi = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Opslaan (xAPI)' }).click();
  const statements = JSON.parse(
    await (await (await xapi).createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
  );
  expect(statements[0].verb.id).toBe('https://w3id.org/xapi/adb/verbs/initialized');
  expect(statements.at(-1).verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');

  await page.getByRole('button', { name: 'Jouw keuzes' }).click();
  await page.getByRole('button', { name: 'Speel opnieuw vanaf keuze 2' }).click();
  // The story picks up just before decision 2, with the first decision kept.
  await expect(
    page
      .getByRole('button', { name: 'Verder', exact: true })
      .or(page.getByRole('group', { name: 'Keuzes' }).getByRole('button').first()),
  ).toBeVisible();
  const kept = await page.evaluate(
    () => JSON.parse(localStorage.getItem('online-grenzen:play') ?? '{}').state.log.decisions.length,
  );
  expect(kept).toBe(1);
  await playToEnd(page, () => 0);
  await expect(page.getByText(/Eerder op dit apparaat: \d+%/)).toBeAttached();
  const results = await page.evaluate(() => JSON.parse(localStorage.getItem('online-grenzen') ?? '{}').state.results);
  expect(results).toHaveLength(2);
  expect(results[1].percent).toBeGreaterThan(results[0].percent);
});
