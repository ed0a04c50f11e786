import { expect, openGame, playToEnd, startScenario, test } from './fixtures.ts';

const STORY = 'cyberbaiting-staff';

test('a staff member plays the cyberbaiting scenario to its debrief through the accessible buttons', async ({
  page,
  watch,
}) => {
  await openGame(page);
  await page.getByRole('button', { name: /Ik werk op school/ }).click();
  await expect(page.getByRole('group', { name: 'Scenario’s' })).toBeVisible();
  await page
    .getByRole('button', { name: /clip|Cyberbaiting/i })
    .first()
    .click();
  await page.getByRole('button', { name: 'Start het scenario' }).click();
  const decisions = await playToEnd(page, () => 0, { realClicks: 12 });
  expect(decisions).toBeGreaterThanOrEqual(8);
  await expect(page.getByRole('heading', { name: /Nabespreking/ })).toBeAttached();
  await expect(page.getByText(/^Score: \d+ procent/).first()).toBeAttached();
  // The score is also kept on the device, with the step breakdown.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('online-grenzen') ?? '{}'));
  expect(stored.state.results).toHaveLength(1);
  expect(stored.state.results[0].storyId).toBe(STORY);
  expect(stored.state.results[0].perStep.length).toBeGreaterThan(0);
  expect(watch.errors).toEqual([]);
});

test('keyboard only: number keys choose, Enter continues', async ({ page }) => {
  await openGame(page, `?play=${STORY}`);
  const start = page.getByRole('button', { name: 'Start het scenario' });
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  let decisions = 0;
  for (let i = 0; i < 400; i++) {
    const end = page.getByRole('button', { name: 'Naar de nabespreking' });
    const choices = page.getByRole('group', { name: 'Keuzes' }).getByRole('button');
    const next = page.getByRole('button', { name: 'Verder', exact: true });
    await expect(end.or(choices.first()).or(next)).toBeVisible();
    if (await end.isVisible()) {
      await expect(end).toBeFocused();
      await page.keyboard.press('Enter');
      break;
    }
    if ((await choices.count()) > 0) {
      await page.keyboard.press(String((await choices.count()) >= 2 ? 2 : 1));
      decisions++;
    } else {
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
    }
  }
  expect(decisions).toBeGreaterThanOrEqual(8);
  await expect(page.getByRole('heading', { name: /Nabespreking/ })).toBeAttached();
});

test('?play= opens the scenario behind its content warning; an unknown id says so', async ({ page }) => {
  await openGame(page, `?play=${STORY}`);
  await expect(page.getByRole('button', { name: 'Start het scenario' })).toBeVisible();
  // The page's loading line gives way to the first screen.
  await expect(page.getByText('Online Grenzen wordt geladen')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Terug naar de lijst' })).toBeVisible();
  await openGame(page, '?play=bestaat-niet');
  await expect(page.getByText(/"bestaat-niet" bestaat niet/)).toBeAttached();
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
});

test('the play made ahead under a warning is only ever the one that warning starts', async ({ page }) => {
  const activeStory = () =>
    page.evaluate(() => JSON.parse(localStorage.getItem('online-grenzen:play') ?? '{}').state?.storyId ?? null);
  await openGame(page, '?play=pesten-student');
  await expect(page.getByRole('button', { name: 'Start het scenario' })).toBeVisible();
  // Time enough for the play to be made ahead while the warning is read.
  await page.waitForTimeout(2000);
  await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
  await page.getByRole('button', { name: /Alle camera's aan/ }).click();
  await page.getByRole('button', { name: 'Start het scenario' }).click();
  await expect(page.getByRole('button', { name: 'Verder', exact: true })).toBeVisible();
  await expect.poll(activeStory).toBe('beelden-student');
  // And the warning's own play starts as a new one, clock and all.
  await page.getByRole('button', { name: 'Stoppen' }).click();
  await page.getByRole('button', { name: /2B zonder Jesse/ }).click();
  await expect(page.getByRole('button', { name: 'Start het scenario' })).toBeVisible();
  await page.waitForTimeout(2000);
  const clicked = Date.now();
  await page.getByRole('button', { name: 'Start het scenario' }).click();
  await expect(
    page
      .getByRole('group', { name: 'Keuzes' })
      .or(page.getByRole('button', { name: 'Verder', exact: true }))
      .first(),
  ).toBeVisible();
  await expect.poll(activeStory).toBe('pesten-student');
  const startedAt = await page.evaluate(
    () => JSON.parse(localStorage.getItem('online-grenzen:play') ?? '{}').state.log.startedAt as string,
  );
  expect(Date.parse(startedAt)).toBeGreaterThanOrEqual(clicked - 1000);
});

test('closing the tab mid-scenario resumes at the same choice with the same log', async ({ page }) => {
  await openGame(page, `?play=${STORY}`);
  await page.getByRole('button', { name: 'Start het scenario' }).click();
  const choices = page.getByRole('group', { name: 'Keuzes' }).getByRole('button');
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('online-grenzen:play') ?? '{}').state.log);
  for (let made = 0; made < 2; ) {
    await expect(choices.first().or(page.getByRole('button', { name: 'Verder', exact: true }))).toBeVisible();
    if ((await choices.count()) > 0) {
      made++;
      // The save follows the feedback a frame later. A tab hidden at once (the first choice)
      // or closed at once (the second) still keeps the choice.
      const kept = await page.evaluate(
        (leave) => {
          const option = document.querySelector('[aria-label="Keuzes"] button') as HTMLElement;
          option.click();
          if (leave === 'pagehide') window.dispatchEvent(new PageTransitionEvent('pagehide'));
          else {
            Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
            document.dispatchEvent(new Event('visibilitychange'));
            Reflect.deleteProperty(document, 'visibilityState');
          }
          return JSON.parse(localStorage.getItem('online-grenzen:play') ?? '{}').state.log.decisions.length;
        },
        made === 2 ? 'pagehide' : 'hidden',
      );
      expect(kept).toBe(made);
    } else await page.getByRole('button', { name: 'Verder', exact: true }).click();
  }
  const before = await saved();
  await openGame(page);
  await page.getByRole('button', { name: /Verder spelen/ }).click();
  await expect(page.getByRole('button', { name: 'Verder', exact: true }).or(choices.first())).toBeVisible();
  expect(await saved()).toEqual(before);
});

test('a play finished straight after a choice is not brought back by that choice’s save', async ({ page }) => {
  const { choices, next } = await startScenario(page, STORY);
  while ((await choices.count()) === 0) {
    await next.click();
    await expect(choices.first().or(next)).toBeVisible();
  }
  // The choice's save follows a frame later; the play ends before that, so the save must
  // not outlive it.
  await page.evaluate(() => {
    type Scene = { finish: () => void };
    const game = (window as unknown as { onlineGrenzen: { game: { scene: { getScene: (k: string) => Scene } } } })
      .onlineGrenzen.game;
    (document.querySelector('[aria-label="Keuzes"] button') as HTMLElement).click();
    game.scene.getScene('PlayScene').finish();
  });
  await expect(page.getByRole('heading', { name: /Nabespreking/ })).toBeAttached();
  // Longer than the save may wait (250 ms in a tab that shows no frames).
  await page.waitForTimeout(1000);
  const active = await page.evaluate(() => JSON.parse(localStorage.getItem('online-grenzen:play') ?? '{}').state);
  expect(active).toBeNull();
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Verder spelen/ })).toHaveCount(0);
});

test('a corrupt save is reset with a notice and the game plays', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('online-grenzen', '{"version":1,"state":{"settings":42'));
  await openGame(page);
  await expect(page.getByText(/kon niet worden gelezen/)).toBeAttached();
  await page.getByRole('button', { name: /Ik ben leerling/ }).click();
  await expect(page.getByRole('group', { name: 'Scenario’s' })).toBeVisible();
});

test('help is one click away on every screen and traps nothing', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Hulp nodig?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hulp nodig?' });
  await expect(dialog.getByRole('link', { name: /Helpwanted\.nl/ })).toHaveAttribute(
    'href',
    'https://www.helpwanted.nl',
  );
  await expect(dialog.getByRole('link', { name: /Kindertelefoon/ })).toBeVisible();
  await expect(dialog.getByRole('link', { name: /Meldknop/ })).toBeVisible();
  await expect(dialog.getByRole('link', { name: /vraaghetdepolitie/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: /Ik ben leerling/ }).click();
  await expect(page.getByRole('button', { name: 'Hulp nodig?' })).toBeVisible();
});

test('while the player reads, the options and their feedback are built ahead; the click shows them', async ({
  page,
}) => {
  const { choices, next } = await startScenario(page, STORY);
  const ahead = page.locator('.a11y-layer [role=group][aria-label="Keuzes"][hidden]');
  // Reading each line; before the last one's "Verder", the options are already built, hidden.
  while ((await choices.count()) === 0) {
    await page.waitForTimeout(700);
    await ahead.evaluateAll((groups) => {
      for (const group of groups) group.setAttribute('data-seen-hidden', '');
    });
    await next.click();
    await expect(choices.first().or(next)).toBeVisible();
  }
  await expect(page.locator('[role=group][aria-label="Keuzes"][data-seen-hidden]')).toBeVisible();
  const options = await choices.count();
  // One hidden panel per option, each with its own (hidden) "Verder".
  await expect(page.locator('.a11y-layer button[hidden]', { hasText: 'Verder' })).toHaveCount(options + 1);
  await choices.nth(1).click();
  const live = page.locator('[aria-live]').last();
  await expect(live).toContainText('Feedback:');
  await expect(next).toBeVisible();
  await expect(next).toBeFocused();
  // The hidden panels of the other options are gone; the choice is saved with its feedback.
  await expect(page.locator('.a11y-layer button[hidden]', { hasText: 'Verder' })).toHaveCount(1);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('online-grenzen:play') ?? '{}'));
  const decision = saved.state.log.decisions[0];
  expect(decision.chosen).toBe(1);
  expect(decision.feedback.length).toBeGreaterThan(0);
  for (const text of decision.feedback) await expect(live).toContainText(text);
});

test('frames in which nothing changes are not drawn, and the screen is always what a full drawing shows', async ({
  page,
}) => {
  const { choices, next } = await startScenario(page, STORY);
  type Frames = { drawn: number; skipped: number; force: () => void };
  const frames = () =>
    page.evaluate(() => {
      const f = (window as unknown as { onlineGrenzen: { frames: () => Frames } }).onlineGrenzen.frames();
      return { drawn: f.drawn, skipped: f.skipped };
    });
  // A digest of the canvas's pixels as they are now, drawn or left from an earlier frame.
  const pixels = () =>
    page.evaluate(() => {
      const canvas = document.querySelector('canvas') as HTMLCanvasElement;
      const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
        0,
        0,
        canvas.width,
        canvas.height,
      ).data;
      let hash = 0;
      for (let i = 0; i < data.length; i += 4) hash = (Math.imul(hash, 31) + (data[i] ?? 0) + (data[i + 1] ?? 0)) | 0;
      return hash;
    });
  const before = await frames();
  for (let step = 0; step < 10; step++) {
    await expect(choices.first().or(next)).toBeVisible();
    // Still: no frame drawn for a while, though the game loop may still be running.
    await expect
      .poll(async () => {
        const a = (await frames()).drawn;
        await page.waitForTimeout(400);
        return (await frames()).drawn - a;
      })
      .toBe(0);
    const shown = await pixels();
    // A full drawing of the same moment shows the same picture. The game is woken as input
    // wakes it: waking Phaser's loop directly could be undone by the game's own sleep timer
    // before a slow machine's next frame.
    const drawnBefore = await page.evaluate(() => {
      const og = (window as unknown as { onlineGrenzen: { frames: () => Frames } }).onlineGrenzen;
      const drawn = og.frames().drawn;
      og.frames().force();
      window.dispatchEvent(new Event('pointermove'));
      return drawn;
    });
    await expect.poll(async () => (await frames()).drawn).toBeGreaterThan(drawnBefore);
    expect(await pixels(), `the picture after step ${step}`).toBe(shown);
    if ((await choices.count()) > 0) await choices.nth(step % 2).click();
    else await next.click();
  }
  const after = await frames();
  // Most frames while the game ran showed nothing new.
  expect(after.skipped - before.skipped).toBeGreaterThan(after.drawn - before.drawn);
});

test('the typing dots of an incoming message sit under the messages before it, not over them', async ({ page }) => {
  const { next } = await startScenario(page, 'pesten-student');
  type Box = { y: number; height: number };
  type Play = { typing: { dots: Box } | null; feed: Box[] };
  let seen = 0;
  for (let i = 0; i < 12 && seen === 0; i++) {
    await next.click();
    // The dots show for 0.7 s; measured while they are there.
    const overlap = await page.evaluate(() => {
      const scene = (
        window as unknown as { onlineGrenzen: { game: { scene: { getScene: (k: string) => unknown } } } }
      ).onlineGrenzen.game.scene.getScene('PlayScene') as Play;
      if (!scene.typing) return null;
      const last = scene.feed.at(-1);
      return last ? last.y + last.height - scene.typing.dots.y : null;
    });
    if (overlap !== null) {
      expect(overlap).toBeLessThanOrEqual(0);
      seen++;
    }
    await expect(next).toBeVisible();
  }
  expect(seen).toBe(1);
});
