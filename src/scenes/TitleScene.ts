import { t } from '../i18n/i18n.ts';
import { findStory } from '../story/catalog.ts';
import type { Mode } from '../story/tags.ts';
import { COLORS, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

/** Title and mode choice: leerling or medewerker. */
export class TitleScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('TitleScene', ctx);
  }

  create(data: { message?: string } = {}): void {
    this.begin('klaslokaal', 0.82);
    this.ctx.a11y.clearLog();
    this.addText(GAME_WIDTH / 2, 170, t('app.title'), 'title', {
      fontStyle: 'bold',
      shadow: { offsetX: 0, offsetY: 6, color: '#000000', blur: 12, stroke: true, fill: true },
    }).setOrigin(0.5);
    this.addText(GAME_WIDTH / 2, 270, t('app.tagline'), 'h2', {
      color: COLORS.mutedOnDark,
      align: 'center',
      wordWrap: { width: 1400 },
    }).setOrigin(0.5, 0);

    const { store } = this.ctx;
    const stored = store.getState().notice;
    const notice = data.message ?? (stored ? t(stored) : null);
    let y = 420;
    if (notice) {
      const box = this.add.rectangle(GAME_WIDTH / 2, y, 1300, 100, 0xfff7ed).setOrigin(0.5, 0);
      box.setStrokeStyle(4, COLORS.accent);
      this.addText(GAME_WIDTH / 2, y + 50, notice, 'small', {
        color: COLORS.inkText,
        align: 'center',
        wordWrap: { width: 1220 },
      }).setOrigin(0.5);
      this.ctx.a11y.announce(notice);
      store.getState().dismissNotice();
      y += 130;
    }

    this.addText(GAME_WIDTH / 2, y + 10, t('title.who'), 'h1', { fontStyle: 'bold' }).setOrigin(0.5, 0);
    const choose = (mode: Mode) => {
      this.ctx.audio.ui('click');
      store.getState().updateSettings({ mode });
      this.scene.start('SelectScene', { mode });
    };
    const top = y + 100;
    this.addButton({
      x: GAME_WIDTH / 2 - 620,
      y: top,
      width: 600,
      height: 170,
      label: t('title.student'),
      detail: t('title.studentDetail'),
      variant: 'card',
      fontSize: this.fs('h2'),
      onActivate: () => choose('student'),
    });
    this.addButton({
      x: GAME_WIDTH / 2 + 20,
      y: top,
      width: 600,
      height: 170,
      label: t('title.staff'),
      detail: t('title.staffDetail'),
      variant: 'card',
      fontSize: this.fs('h2'),
      onActivate: () => choose('staff'),
    });

    this.addButton({
      x: GAME_WIDTH / 2 + 20,
      y: top + 200,
      width: 600,
      height: 96,
      label: t('custom.start'),
      variant: 'ghost',
      fontSize: this.fs('small'),
      onActivate: () => this.go('CustomScene'),
    });
    this.addButton({
      x: GAME_WIDTH / 2 - 620,
      y: top + 200,
      width: 600,
      height: 96,
      label: t('facilitator.start'),
      detail: t('facilitator.startDetail'),
      variant: 'ghost',
      fontSize: this.fs('small'),
      onActivate: () => this.scene.start('SelectScene', { mode: 'student', facilitator: true }),
    });
    const active = store.getState().active;
    const activeStory = active ? findStory(active.storyId) : undefined;
    if (active && activeStory) {
      this.addButton({
        x: GAME_WIDTH / 2 - 500,
        y: top + 330,
        width: 1000,
        height: 90,
        label: t('title.resume', { title: activeStory.meta.title }),
        variant: 'primary',
        onActivate: () => this.go('PlayScene', { storyId: active.storyId, resume: true }),
      });
    }
    this.addSettingsButton(GAME_WIDTH - 530);
    this.addHelpButton();
    this.prefetch('PlayScene');
  }
}
