import { t } from '../i18n/i18n.ts';
import { findStory } from '../story/catalog.ts';
import { COLORS, GAME_HEIGHT, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

/** Loads what the first screens need, with a real progress bar, then routes the launch. */
export class BootScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('BootScene', ctx);
  }

  preload(): void {
    this.begin(null);
    const label = this.addText(GAME_WIDTH / 2, GAME_HEIGHT / 2 - 90, t('boot.loading'), 'h2').setOrigin(0.5);
    const barWidth = 800;
    const x = (GAME_WIDTH - barWidth) / 2;
    const y = GAME_HEIGHT / 2;
    this.add.rectangle(x, y, barWidth, 36, 0xffffff, 0.15).setOrigin(0);
    const bar = this.add.rectangle(x, y, 1, 36, COLORS.accent).setOrigin(0);
    this.load.on('progress', (p: number) => {
      bar.width = Math.max(1, barWidth * p);
      label.setText(t('boot.loadingPercent', { percent: Math.round(p * 100) }));
    });
    this.ctx.a11y.announce(t('boot.loading'));
  }

  create(): void {
    const { play } = this.ctx.params;
    if (play) {
      if (findStory(play)) {
        this.scene.start('WarningScene', { storyId: play, facilitator: this.ctx.params.facilitator });
        return;
      }
      this.scene.start('TitleScene', { message: t('error.unknownStoryPick', { id: play }) });
      return;
    }
    if (this.ctx.params.facilitator) {
      this.scene.start('SelectScene', { mode: 'student', facilitator: true });
      return;
    }
    this.scene.start('TitleScene');
  }
}
