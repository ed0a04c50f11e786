import Phaser from 'phaser';
import { t } from '../i18n/i18n.ts';
import { findStory } from '../story/catalog.ts';
import type { PlayPrep } from '../story/PlayPrep.ts';
import { afterPaint, whenIdle } from '../ui/schedule.ts';
import { COLORS, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';
import { loadScene } from './lazyScenes.ts';

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
    // Build the play while the player reads the warning: Start shows the first line at once.
    const facilitator = data.facilitator === true;
    let prep: PlayPrep | null = null;
    let cancelPrep = () => {};
    // This visit's own: a load that lands after it has ended builds nothing.
    let onScreen = true;
    // After the warning has drawn: compiling what arrives would hold up its first frame.
    afterPaint(() => {
      Promise.all([entry.load(), import('../story/PlayPrep.ts'), loadScene('PlayScene')])
        .then(([json, { playPrep }]) => {
          prep = playPrep;
          if (onScreen) cancelPrep = whenIdle(playPrep.steps(meta.id, json, facilitator));
        })
        // The play screen loads again on Start and reports what fails.
        .catch(() => undefined);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      onScreen = false;
      cancelPrep();
    });
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
        this.go('PlayScene', { storyId: meta.id, facilitator });
      },
    }).twin.focus();
    this.addButton({
      x: GAME_WIDTH / 2 - 520,
      y: 800,
      width: 500,
      height: 96,
      label: t('warning.backToList'),
      variant: 'ghost',
      onActivate: () => {
        prep?.drop();
        this.scene.start('SelectScene', { mode: meta.mode, facilitator });
      },
    });
    this.addHelpButton();
  }
}
