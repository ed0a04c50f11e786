import { COLORS } from '../ui/theme.ts';
import type { GameContext } from './context.ts';
import { OverlayScene, PANEL } from './OverlayScene.ts';

export const HELP_LINKS = [
  {
    name: 'Helpwanted.nl',
    href: 'https://www.helpwanted.nl',
    text: 'Hulp na iets naars online met seks of naaktbeelden. Ook anoniem chatten en hulp om beelden offline te krijgen.',
  },
  { name: 'Meldknop.nl', href: 'https://www.meldknop.nl', text: 'Wat kun je zelf doen, en bij wie meld je het?' },
  {
    name: 'vraaghetdepolitie.nl',
    href: 'https://www.vraaghetdepolitie.nl',
    text: 'Is dit strafbaar? Hoe doe je aangifte?',
  },
  {
    name: 'De Kindertelefoon: 0800-0432',
    href: 'https://www.kindertelefoon.nl',
    text: 'Gratis en anoniem bellen of chatten, voor iedereen tot 18 jaar.',
  },
] as const;

/** The help panel over any screen. */
export class HelpScene extends OverlayScene {
  constructor(ctx: GameContext) {
    super('HelpScene', ctx);
  }

  create(data: { from: string }): void {
    this.open(data.from, 'Hulp');
    const left = PANEL.left + 60;
    const width = PANEL.width - 120;
    this.addText(left, 120, 'Hulp nodig? Je staat er niet alleen voor.', 'h1', {
      color: COLORS.inkText,
      fontStyle: 'bold',
    });
    this.addText(
      left,
      200,
      'Praat met iemand die je vertrouwt: je ouders, je mentor of de vertrouwenspersoon van school. Of neem contact op met:',
      'small',
      { color: COLORS.inkText, wordWrap: { width } },
    );
    let y = 300;
    for (const link of HELP_LINKS) {
      this.addButton({
        x: left,
        y,
        width,
        height: 120,
        label: link.name,
        detail: link.text,
        variant: 'card',
        href: link.href,
        parent: this.dialog,
        onActivate: () => {},
      });
      y += 140;
    }
    this.addText(left, y + 6, 'In nood of bij direct gevaar: bel 112.', 'body', {
      color: '#b91c1c',
      fontStyle: 'bold',
    });
    this.addCloseButton();
    this.ctx.a11y.announce('Hulp is geopend.');
    (this.dialog.querySelector('button') as HTMLElement | null)?.focus();
  }
}
