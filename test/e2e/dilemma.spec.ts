import { expect, openGame, test } from './fixtures.ts';

test('a dilemma round: votes, the protocol view, an own situation, then agreements', async ({ page }) => {
  await openGame(page, '?facilitator');
  await page.getByRole('button', { name: 'Voor medewerkers' }).click();
  await page.getByRole('button', { name: 'Dilemmaronde (Gedragen Gedrag)' }).click();
  await expect(page.getByRole('button', { name: 'Voor medewerkers' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Online', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Online', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Stem erbij voor Niet oké' }).click();
  await page.getByRole('button', { name: 'Stem erbij voor Niet oké' }).click();
  await page.getByRole('button', { name: 'Stem erbij voor Oké' }).click();
  await expect(page.getByText('Stemmen: 1 – 2 – 0').last()).toBeAttached();
  await page.getByRole('button', { name: 'Wat zegt het protocol?' }).click();
  await expect(page.getByText(/^Het protocol zegt: (Oké|Niet oké|Hangt ervan af)/).last()).toBeAttached();

  await page.getByRole('button', { name: 'Eigen situatie toevoegen' }).click();
  await page
    .getByRole('textbox', { name: 'Een situatie uit de groep' })
    .fill('Een collega deelt een klassenfoto op Facebook.');
  await page.getByRole('button', { name: 'Stellen aan de groep' }).click();
  await expect(page.getByText('Een collega deelt een klassenfoto op Facebook.').last()).toBeAttached();
  await page.getByRole('button', { name: 'Wat zegt het protocol?' }).click();
  await expect(page.getByText(/eigen situatie/).last()).toBeAttached();

  await page.getByRole('button', { name: 'Afronden: afspraken maken' }).click();
  const agreements = page.getByRole('textbox', { name: 'Onze afspraken' });
  await agreements.fill('We volgen leerlingen niet op privé-accounts.');
  await expect(page.locator('.print-report')).toContainText('We volgen leerlingen niet op privé-accounts.');
  await expect(page.locator('.print-report')).toContainText('Hier was de groep het minst eens');
});

test('the facilitator guide has a lesson plan, a team workshop, opening and closing, and disclosures', async ({
  page,
}) => {
  await openGame(page, '?facilitator');
  await page.getByRole('button', { name: 'Handleiding voor begeleiders' }).click();
  for (const title of [
    'Een les van 45–50 minuten (klas)',
    'Een teamworkshop van 90 minuten',
    'Openen en afsluiten',
    'Als iemand iets vertelt',
  ]) {
    await page.getByRole('button', { name: title }).click();
    await expect(page.getByRole('heading', { name: title })).toBeAttached();
  }
  await expect(page.getByRole('listitem').filter({ hasText: /bevoegd gezag/ })).toBeAttached();
});
