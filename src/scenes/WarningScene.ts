import { t } from '../i18n/i18n.ts';
import { findStory } from '../story/catalog.ts';
import { COLORS, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

/** Before every scenario: what it is about, a content warning, and that you may stop any time. */
export class WarningScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('WarningScene', ctx);
  }

  create(data: { storyId: string; facilitator?: boolean }): void {
    const entry = findStory(data.storyId);
    if (!entry) {
      this.scene.start('TitleScene', { message: t('error.unknownStory', { id: data.storyId }) });
      return;
    }
    const { meta } = entry;
    // Fetch the story while the player reads the warning: the first line comes sooner.
    entry.load().catch(() => undefined);
    this.begin('kamer-vp', 0.85);
    this.addText(GAME_WIDTH / 2, 120, meta.title, 'title', {
      fontStyle: 'bold',
      align: 'center',
      wordWrap: { width: 1600 },
    }).setOrigin(0.5, 0);
    this.addText(GAME_WIDTH / 2, 250, meta.summary, 'h2', {
      align: 'center',
      wordWrap: { width: 1400 },
      color: COLORS.mutedOnDark,
    }).setOrigin(0.5, 0);
    const boxTop = 400;
    const box = this.add.rectangle(GAME_WIDTH / 2, boxTop, 1400, 330, 0xfff7ed).setOrigin(0.5, 0);
    box.setStrokeStyle(6, COLORS.accent);
    this.addText(
      GAME_WIDTH / 2 - 640,
      boxTop + 36,
      meta.warning ? t('warning.heading') : t('warning.headingNone'),
      'h2',
      {
        color: '#9a3412',
        fontStyle: 'bold',
      },
    );
    const body = `${meta.warning ?? t('warning.default')}\n${t('warning.stopAnyTime')}`;
    this.addText(GAME_WIDTH / 2 - 640, boxTop + 100, body, 'body', {
      color: COLORS.inkText,
      wordWrap: { width: 1280 },
    });
    this.ctx.a11y.announce(`${meta.title}. ${body}`);
    this.addButton({
      x: GAME_WIDTH / 2 + 20,
      y: 800,
      width: 500,
      height: 96,
      label: t('warning.start'),
      variant: 'primary',
      onActivate: () => {
        this.ctx.audio.ui('click');
        this.scene.start('PlayScene', { storyId: meta.id, facilitator: data.facilitator === true });
      },
    }).twin.focus();
    this.addButton({
      x: GAME_WIDTH / 2 - 520,
      y: 800,
      width: 500,
      height: 96,
      label: t('warning.backToList'),
      variant: 'ghost',
      onActivate: () => this.scene.start('SelectScene', { mode: meta.mode, facilitator: data.facilitator === true }),
    });
    this.addHelpButton();
  }
}
