import { t } from '../i18n/i18n.ts';
import { COLORS, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

/** Something went wrong: say so plainly, keep the details for the advisor, offer a way on. */
export class ErrorScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('ErrorScene', ctx);
  }

  create(data: { message: string; storyId: string | null }): void {
    this.begin('gang', 0.85);
    this.addText(GAME_WIDTH / 2, 200, t('error.title'), 'title', { fontStyle: 'bold' }).setOrigin(0.5, 0);
    this.addText(GAME_WIDTH / 2, 340, t('error.body'), 'h2', {
      align: 'center',
      wordWrap: { width: 1400 },
    }).setOrigin(0.5, 0);
    this.addText(GAME_WIDTH / 2, 500, t('error.detail', { message: data.message }), 'small', {
      color: COLORS.mutedOnDark,
      align: 'center',
      wordWrap: { width: 1400 },
    }).setOrigin(0.5, 0);
    this.ctx.a11y.announce(`${t('error.title')}. ${data.message}`);
    if (data.storyId) this.ctx.store.getState().clearProgress();
    this.addButton({
      x: GAME_WIDTH / 2 - 250,
      y: 760,
      width: 500,
      height: 96,
      label: t('error.home'),
      variant: 'primary',
      onActivate: () => this.scene.start('TitleScene'),
    }).twin.focus();
    this.addHelpButton();
  }
}
