import { t } from '../i18n/i18n.ts';
import { COLORS } from '../ui/theme.ts';
import type { GameContext } from './context.ts';
import { OverlayScene, PANEL } from './OverlayScene.ts';

export const HELP_LINKS = [
  { name: () => 'Helpwanted.nl', href: 'https://www.helpwanted.nl', text: () => t('help.helpwanted') },
  { name: () => 'Meldknop.nl', href: 'https://www.meldknop.nl', text: () => t('help.meldknop') },
  { name: () => 'vraaghetdepolitie.nl', href: 'https://www.vraaghetdepolitie.nl', text: () => t('help.politie') },
  {
    name: () => t('help.kindertelefoonName'),
    href: 'https://www.kindertelefoon.nl',
    text: () => t('help.kindertelefoon'),
  },
] as const;

/** The help panel over any screen. */
export class HelpScene extends OverlayScene {
  constructor(ctx: GameContext) {
    super('HelpScene', ctx);
  }

  create(data: { from: string }): void {
    this.open(data.from, t('common.help'));
    const left = PANEL.left + 60;
    const width = PANEL.width - 120;
    this.addText(left, 120, t('help.title'), 'h1', {
      color: COLORS.inkText,
      fontStyle: 'bold',
    });
    this.addText(left, 200, t('help.intro'), 'small', { color: COLORS.inkText, wordWrap: { width } });
    let y = 300;
    for (const link of HELP_LINKS) {
      this.addButton({
        x: left,
        y,
        width,
        height: 120,
        label: link.name(),
        detail: link.text(),
        variant: 'card',
        href: link.href,
        parent: this.dialog,
        onActivate: () => {},
      });
      y += 140;
    }
    this.addText(left, y + 6, t('help.emergency'), 'body', {
      color: '#b91c1c',
      fontStyle: 'bold',
    });
    this.addCloseButton();
    this.ctx.a11y.announce(t('help.opened'));
    (this.dialog.querySelector('button') as HTMLElement | null)?.focus();
  }
}
