import { expect, openGame, test } from './fixtures.ts';

test('the game’s texts take the font metrics Phaser would measure for them', async ({ page }) => {
  await openGame(page);
  await expect(page.getByRole('button', { name: /Ik ben leerling/ })).toBeVisible();
  const pairs = await page.evaluate(() => {
    interface Text {
      style: { getTextMetrics: () => { ascent: number; descent: number; fontSize: number } };
      destroy: () => void;
    }
    type Style = { fontStyle?: string };
    type Scene = {
      addText: (x: number, y: number, text: string, size: string, style?: Style) => Text;
      add: { text: (x: number, y: number, text: string, style: object) => Text };
      fs: (size: string) => number;
    };
    const scene = (
      window as unknown as { onlineGrenzen: { game: { scene: { getScene: (k: string) => Scene } } } }
    ).onlineGrenzen.game.scene.getScene('TitleScene');
    const family = (scene.addText(0, 0, 'x', 'body') as unknown as { style: { fontFamily: string } }).style.fontFamily;
    return (['small', 'body', 'h2', 'h1', 'title'] as const).flatMap((size) =>
      ['', 'bold', 'italic'].map((fontStyle) => {
        const ours = scene.addText(0, 0, 'Hallo', size, { fontStyle });
        // Phaser measures for itself when it is given no metrics.
        const phasers = scene.add.text(0, 0, 'Hallo', {
          fontFamily: family,
          fontSize: `${scene.fs(size)}px`,
          fontStyle,
        });
        const pair = [ours.style.getTextMetrics(), phasers.style.getTextMetrics()];
        ours.destroy();
        phasers.destroy();
        return pair;
      }),
    );
  });
  expect(pairs).toHaveLength(15);
  for (const [ours, phasers] of pairs) expect(ours).toEqual(phasers);
});
