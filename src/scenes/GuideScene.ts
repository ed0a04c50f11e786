import { GUIDE } from '../i18n/guide.ts';
import { language, t } from '../i18n/i18n.ts';
import { COLORS } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

/** The facilitator guide: lesson plan, team workshop, opening and closing, disclosures. */
export class GuideScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('GuideScene', ctx);
  }

  create(data: { page?: number } = {}): void {
    this.begin('personeelskamer', 0.92);
    const pages = GUIDE[language()];
    const page = Math.min(data.page ?? 0, pages.length - 1);
    const current = pages[page];
    if (!current) return;
    this.addText(60, 36, t('guide.title'), 'h1', { fontStyle: 'bold' });
    pages.forEach((p, i) => {
      const button = this.addButton({
        x: 60 + i * 450,
        y: 120,
        width: 430,
        height: 70,
        label: p.title,
        variant: i === page ? 'primary' : 'secondary',
        fontSize: this.fs('tiny'),
        onActivate: () => this.scene.restart({ page: i }),
      });
      button.twin.element.setAttribute('aria-pressed', String(i === page));
    });
    let y = 240;
    for (const point of current.points) {
      const text = this.addText(100, y, `•  ${point}`, 'small', { wordWrap: { width: 1700, useAdvancedWrap: true } });
      y += text.height + 22;
    }
    this.ctx.a11y.document(this.scene.key, [
      { kind: 'heading', level: 1, text: current.title },
      { kind: 'list', items: current.points },
    ]);
    this.addText(100, Math.max(y + 10, 900), t('guide.more'), 'tiny', {
      color: COLORS.mutedOnDark,
      wordWrap: { width: 1700 },
    });
    this.addButton({
      x: 60,
      y: 976,
      width: 300,
      height: 80,
      label: t('common.back'),
      variant: 'ghost',
      onActivate: () => this.scene.start('SelectScene', { mode: 'student', facilitator: true }),
    });
    this.addHelpButton();
  }
}
