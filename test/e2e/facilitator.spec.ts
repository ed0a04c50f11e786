import { expect, openGame, test } from './fixtures.ts';

test('an advisor plays a scenario with a group: votes, discussion, summary with agreements, print', async ({
  page,
}) => {
  await openGame(page, '?facilitator');
  await page.getByRole('button', { name: 'Voor medewerkers' }).click();
  await page
    .getByRole('group', { name: 'Scenario’s' })
    .getByRole('button', { name: /De clip van meneer De Vries/ })
    .click();
  await page.getByRole('button', { name: 'Start het scenario' }).click();

  const next = page.getByRole('button', { name: 'Verder', exact: true });
  const talkDone = page.getByRole('button', { name: 'Gesprek klaar, verder' });
  const more1 = page.getByRole('button', { name: 'Stem erbij voor keuze 1' });
  const toSummary = page.getByRole('button', { name: 'Naar de samenvatting' });
  let votes = 0;
  let talks = 0;
  for (let i = 0; i < 400; i++) {
    await expect(next.or(talkDone).or(more1).or(toSummary).first()).toBeVisible();
    if (await toSummary.isVisible()) break;
    if (await talkDone.isVisible()) {
      talks++;
      await talkDone.dispatchEvent('click');
    } else if (await more1.isVisible()) {
      votes++;
      // Alternate which option wins, so the group's path is not always the first option.
      const winner = votes % 2 === 0 ? 2 : 1;
      const forWinner = page.getByRole('button', { name: `Stem erbij voor keuze ${winner}` });
      await forWinner.dispatchEvent('click');
      await forWinner.dispatchEvent('click');
      await page.getByRole('button', { name: `Stem erbij voor keuze ${winner === 1 ? 2 : 1}` }).click();
      await expect(page.getByText(/^Stemmen: \d+ – \d+/).last()).toBeAttached();
      await page.keyboard.press('Digit3'); // a number key adds a vote too (if there is a third option)
      await page.getByRole('button', { name: 'Kies de meerderheid' }).dispatchEvent('click');
    } else {
      await next.dispatchEvent('click');
    }
  }
  expect(votes).toBeGreaterThanOrEqual(3);
  expect(talks).toBeGreaterThanOrEqual(1);
  await toSummary.click();

  const agreements = page.getByRole('textbox', { name: 'Onze afspraken' });
  await agreements.fill('We sturen niets door.\nWe zeggen het als iemand over de grens gaat.');
  const report = page.locator('.print-report');
  await expect(report).toContainText('We sturen niets door.');
  await expect(report).toContainText('Hier was de groep het minst eens');
  // The copy is remade after typing, a frame later; printing at once still gets the last line.
  const printed = await page.evaluate(() => {
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.value += '\nWe vragen eerst toestemming.';
    field.dispatchEvent(new Event('input'));
    const before = document.querySelector('.print-report')?.textContent ?? '';
    window.dispatchEvent(new Event('beforeprint'));
    return { before, after: document.querySelector('.print-report')?.textContent ?? '' };
  });
  expect(printed.before).not.toContain('We vragen eerst toestemming.');
  expect(printed.after).toContain('We vragen eerst toestemming.');
  // So does the Print button, pressed straight after typing.
  const viaButton = await page.evaluate(() => {
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.value += '\nWe bespreken het over een maand opnieuw.';
    field.dispatchEvent(new Event('input'));
    const print = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Afdrukken'));
    (print as HTMLElement).click();
    return document.querySelector('.print-report')?.textContent ?? '';
  });
  expect(viaButton).toContain('We bespreken het over een maand opnieuw.');
  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await expect(page.locator('#game')).toBeHidden();
  await page.screenshot({ path: 'test-results/session-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Opslaan als bestand' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sessie-.*\.json$/);
});
