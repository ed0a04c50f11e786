import { t } from '../i18n/i18n.ts';
import { storiesFor } from '../story/catalog.ts';
import type { Mode } from '../story/tags.ts';
import { COLORS, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

const PER_PAGE = 6;

/** The scenarios for one mode, as cards built from the stories' header tags. */
export class SelectScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('SelectScene', ctx);
  }

  create(data: { mode?: Mode; page?: number; facilitator?: boolean }): void {
    const facilitator = data.facilitator === true;
    const mode = data.mode ?? this.settings.mode ?? 'student';
    const page = data.page ?? 0;
    this.begin('gang', 0.8);
    this.addText(
      80,
      40,
      facilitator ? t('facilitator.select') : mode === 'student' ? t('select.student') : t('select.staff'),
      'h1',
      {
        fontStyle: 'bold',
      },
    );
    if (facilitator) {
      this.addButton({
        x: 80,
        y: 124,
        width: 420,
        height: 60,
        label: t('guide.title'),
        variant: 'secondary',
        fontSize: this.fs('tiny'),
        onActivate: () => this.go('GuideScene'),
      });
    } else {
      this.addText(80, 118, t('select.hint'), 'small', { color: COLORS.mutedOnDark });
    }
    const stories = storiesFor(mode, this.settings.lang);
    const pages = Math.max(1, Math.ceil(stories.length / PER_PAGE));
    const shown = stories.slice(page * PER_PAGE, (page + 1) * PER_PAGE);
    const group = this.ctx.a11y.group(this.scene.key, t('select.group'));
    shown.forEach((entry, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const { meta } = entry;
      this.addButton({
        x: 80 + col * 900,
        y: 200 + row * 250,
        width: 860,
        height: 220,
        label: meta.title,
        detail: `${meta.summary}\n${t('select.meta', { topic: t(`topic.${meta.topic}`), minutes: meta.minutes, age: meta.age })}${meta.lang !== this.settings.lang ? ' · Nederlands' : ''}`,
        variant: 'card',
        fontSize: this.fs('h2'),
        parent: group,
        onActivate: () => {
          this.ctx.audio.ui('click');
          this.scene.start('WarningScene', { storyId: meta.id, facilitator });
        },
      });
    });
    if (facilitator) {
      // The advisor may run a pupils' or a staff scenario with the group.
      (['student', 'staff'] as const).forEach((m, i) => {
        const b = this.addButton({
          x: 1100 + i * 380,
          y: 130,
          width: 360,
          height: 60,
          label: m === 'student' ? t('facilitator.forStudents') : t('facilitator.forStaff'),
          variant: m === mode ? 'primary' : 'secondary',
          fontSize: this.fs('tiny'),
          onActivate: () => this.scene.restart({ mode: m, facilitator }),
        });
        b.twin.element.setAttribute('aria-pressed', String(m === mode));
      });
    }
    if (facilitator) {
      this.addButton({
        x: 1280,
        y: 970,
        width: 580,
        height: 80,
        label: t('dilemma.start'),
        variant: 'primary',
        fontSize: this.fs('small'),
        onActivate: () => this.go('DilemmaScene', { audience: mode }),
      });
    }
    if (stories.length === 0) {
      this.addText(80, 220, t('select.empty'), 'body');
    }
    this.addButton({
      x: 80,
      y: 970,
      width: 300,
      height: 80,
      label: t('common.back'),
      variant: 'ghost',
      onActivate: () => this.scene.start('TitleScene'),
    });
    if (pages > 1) {
      this.addText(1070, 1010, t('common.page', { page: page + 1, pages }), 'tiny').setOrigin(0, 0.5);
      if (page > 0) {
        this.addButton({
          x: 400,
          y: 970,
          width: 300,
          height: 80,
          label: t('common.previous'),
          variant: 'ghost',
          onActivate: () => this.scene.restart({ mode, page: page - 1, facilitator }),
        });
      }
      if (page < pages - 1) {
        this.addButton({
          x: 720,
          y: 970,
          width: 300,
          height: 80,
          label: t('common.nextPage'),
          variant: 'secondary',
          onActivate: () => this.scene.restart({ mode, page: page + 1, facilitator }),
        });
      }
    }
    this.addSettingsButton(GAME_WIDTH - 530);
    this.addHelpButton();
    this.prefetch('PlayScene');
  }
}
