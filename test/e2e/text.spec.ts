import { expect, openGame, test } from './fixtures.ts';

test('a text drawn on a canvas that held a longer one keeps its pixels and looks as on a new canvas', async ({
  page,
}) => {
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  const result = await page.evaluate(() => {
    interface Text {
      canvas: HTMLCanvasElement;
      context: CanvasRenderingContext2D;
      width: number;
      height: number;
      destroy: () => void;
    }
    type Scene = { addText: (x: number, y: number, text: string, size: string) => Text };
    const scene = (
      window as unknown as { onlineGrenzen: { game: { scene: { getScene: (k: string) => Scene } } } }
    ).onlineGrenzen.game.scene.getScene('TitleScene');
    const realWidth = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'width')?.get as () => number;
    // Phaser hands out the first free canvas of its pool: take them all, so the long text's
    // canvas is the only one free after it goes.
    const held = Array.from({ length: 60 }, () => scene.addText(0, 0, 'x', 'small'));
    const long = scene.addText(0, 0, 'Een lange regel tekst die veel ruimte nodig heeft op het scherm', 'h1');
    const longCanvas = long.canvas;
    const longWidth = long.width;
    long.destroy();
    const short = scene.addText(0, 0, 'Kort.', 'h1');
    const fresh = scene.addText(0, 0, 'Kort.', 'h1');
    const pixels = (text: Text) => [...text.context.getImageData(0, 0, text.canvas.width, text.canvas.height).data];
    const same = JSON.stringify(pixels(short)) === JSON.stringify(pixels(fresh));
    const out = {
      reused: short.canvas === longCanvas,
      freshIsOther: fresh.canvas !== longCanvas,
      backing: realWidth.call(short.canvas),
      longWidth,
      shown: short.canvas.width,
      shortWidth: short.width,
      same,
    };
    for (const text of [...held, short, fresh]) text.destroy();
    return out;
  });
  expect(result.reused).toBe(true);
  expect(result.freshIsOther).toBe(true);
  // The canvas kept the pixels of the long text, and says it has the short text's size.
  expect(result.backing).toBeGreaterThanOrEqual(result.longWidth);
  expect(result.shown).toBe(result.shortWidth);
  expect(result.shortWidth).toBeLessThan(result.longWidth / 2);
  expect(result.same).toBe(true);
});

test('the game’s texts take the font metrics Phaser would measure for them, in both fonts and at every size', async ({
  page,
}) => {
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  const measure = () =>
    page.evaluate(async () => {
      // The italic loads with the play screen; here it is measured on the title.
      await document.fonts.load('italic 400 32px "Atkinson Hyperlegible"');
      interface Text {
        style: { fontFamily: string; getTextMetrics: () => { ascent: number; descent: number; fontSize: number } };
        destroy: () => void;
      }
      type Style = { fontStyle?: string; fontSize?: string };
      type Scene = {
        addText: (x: number, y: number, text: string, size: string, style?: Style) => Text;
        add: { text: (x: number, y: number, text: string, style: object) => Text };
      };
      const scene = (
        window as unknown as { onlineGrenzen: { game: { scene: { getScene: (k: string) => Scene } } } }
      ).onlineGrenzen.game.scene.getScene('TitleScene');
      const probe = scene.addText(0, 0, 'x', 'body');
      const family = probe.style.fontFamily;
      probe.destroy();
      // Every size a text can take: the type scale at each text size, and the buttons' 0.8.
      const sizes = Array.from({ length: 100 }, (_, i) => 14 + i);
      const pairs = sizes.flatMap((px) =>
        ['', 'bold', 'italic'].map((fontStyle) => {
          const ours = scene.addText(0, 0, 'Hallo', 'body', { fontStyle, fontSize: `${px}px` });
          // Phaser measures for itself when it is given no metrics.
          const phasers = scene.add.text(0, 0, 'Hallo', { fontFamily: family, fontSize: `${px}px`, fontStyle });
          const pair = [ours.style.getTextMetrics(), phasers.style.getTextMetrics()];
          ours.destroy();
          phasers.destroy();
          return pair;
        }),
      );
      return { family, pairs };
    });
  const standard = await measure();
  await page.evaluate(() => {
    type Store = { getState: () => { updateSettings: (s: object) => void } };
    (window as unknown as { onlineGrenzen: { store: Store } }).onlineGrenzen.store
      .getState()
      .updateSettings({ font: 'dyslexie' });
  });
  // The dyslexia font's code and files load when it is chosen, and the game's texts then take
  // it. (Before its code has added the font, check() is true of a family it does not know.)
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 32px "OpenDyslexic"`)));
        type Scene = {
          addText: (
            x: number,
            y: number,
            text: string,
            size: string,
          ) => { style: { fontFamily: string }; destroy: () => void };
        };
        const scene = (
          window as unknown as { onlineGrenzen: { game: { scene: { getScene: (k: string) => Scene } } } }
        ).onlineGrenzen.game.scene.getScene('TitleScene');
        const probe = scene.addText(0, 0, 'x', 'body');
        const chosen = probe.style.fontFamily.startsWith('"OpenDyslexic"');
        probe.destroy();
        return (
          chosen && document.fonts.check('400 32px "OpenDyslexic"') && document.fonts.check('700 32px "OpenDyslexic"')
        );
      }),
    )
    .toBe(true);
  const dyslexic = await measure();
  expect(standard.family).toContain('Atkinson Hyperlegible');
  expect(dyslexic.family).toMatch(/^"OpenDyslexic"/);
  for (const { pairs } of [standard, dyslexic]) {
    expect(pairs).toHaveLength(300);
    for (const [ours, phasers] of pairs) expect(ours).toEqual(phasers);
  }
  // The two fonts really differ, so the second run measured the dyslexia font.
  expect(dyslexic.pairs[50]?.[0]).not.toEqual(standard.pairs[50]?.[0]);
});

test('a text measured without drawing it has the height it takes when drawn', async ({ page }) => {
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  const pairs = await page.evaluate(() => {
    interface Text {
      height: number;
      destroy: () => void;
    }
    type Style = Record<string, unknown>;
    type Scene = {
      addText: (x: number, y: number, text: string, size: string, style?: Style) => Text;
      textHeight: (text: string, size: string, style?: Style) => number;
    };
    const scene = (
      window as unknown as { onlineGrenzen: { game: { scene: { getScene: (k: string) => Scene } } } }
    ).onlineGrenzen.game.scene.getScene('TitleScene');
    const long =
      'Je ziet dat een klasgenoot een foto van een ander doorstuurt in de groepsapp, en iedereen reageert met lachende gezichtjes.';
    const cases: [string, string, Style][] = [
      ['Kort.', 'tiny', {}],
      ['Twee\nregels', 'small', { fontStyle: 'bold' }],
      [long, 'tiny', { wordWrap: { width: 300, useAdvancedWrap: true } }],
      [long, 'small', { fontStyle: 'bold', wordWrap: { width: 400, useAdvancedWrap: true } }],
      [long, 'body', { wordWrap: { width: 900 } }],
      [long, 'tiny', { padding: { x: 16, y: 8 }, wordWrap: { width: 500, useAdvancedWrap: true } }],
      ['', 'h2', {}],
    ];
    return cases.map(([text, size, style]) => {
      const drawn = scene.addText(0, 0, text, size, style);
      const pair = [scene.textHeight(text, size, style), drawn.height];
      drawn.destroy();
      return pair;
    });
  });
  expect(pairs).toHaveLength(7);
  // The wrapped paragraphs really take several lines, so the lines are counted, not guessed.
  expect(pairs[2]?.[1]).toBeGreaterThan(3 * (pairs[0]?.[1] ?? 0));
  for (const [measured, drawn] of pairs) expect(measured).toBe(drawn);
});

test.describe('the italic font', () => {
  // Requests the service worker makes would not pass the page's routes.
  test.use({ serviceWorkers: 'block' });

  test('the title does not wait for it; the play screen shows its first line only once it is there', async ({
    page,
  }) => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = false;
    await page.route(/atkinson-hyperlegible-latin-400-italic-[\w-]+\.woff2$/, async (route) => {
      asked = true;
      await released;
      await route.continue();
    });
    // Not openGame: its wait for the page's load would wait for a font that is preloaded.
    await page.goto('/?play=pesten-student', { waitUntil: 'domcontentloaded' });
    const start = page.getByRole('button', { name: 'Start het scenario' });
    await expect(start).toBeVisible();
    // Waiting for a font that does not come would hold the first screen up to 3 s.
    const waitedForFonts = await page.evaluate(
      () =>
        (performance.getEntriesByName('og:fonts')[0]?.startTime ?? Number.NaN) -
        (performance.getEntriesByName('og:script')[0]?.startTime ?? Number.NaN),
    );
    expect(waitedForFonts).toBeLessThan(2000);
    await start.click();
    await expect.poll(() => asked).toBe(true);
    const next = page.getByRole('button', { name: 'Verder', exact: true });
    const options = page.getByRole('group', { name: 'Keuzes' }).getByRole('button');
    await page.waitForTimeout(1000);
    await expect(next.or(options.first())).toBeHidden();
    release();
    await expect(next.or(options.first())).toBeVisible();
    const loaded = await page.evaluate(() =>
      [...document.fonts].some((f) => f.family.includes('Atkinson') && f.style === 'italic' && f.status === 'loaded'),
    );
    expect(loaded).toBe(true);
  });
});
