import Phaser from 'phaser';
import { COLORS, GAME_HEIGHT, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

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

/** The help panel over any screen; the screen below is out of reach until it closes. */
export class HelpScene extends BaseScene {
  private from = '';

  constructor(ctx: GameContext) {
    super('HelpScene', ctx);
  }

  create(data: { from: string }): void {
    this.from = data.from;
    const key = this.scene.key;
    this.ctx.a11y.clear(key);
    this.ctx.a11y.setInert(this.from, true);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.ctx.a11y.clear(key);
      this.ctx.a11y.setInert(this.from, false);
    });
    this.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.6).setOrigin(0).setInteractive();
    const left = 260;
    const panel = this.add.graphics();
    panel.fillStyle(COLORS.paper, 1).fillRoundedRect(left, 80, GAME_WIDTH - 2 * left, 920, 28);
    this.addText(left + 60, 120, 'Hulp nodig? Je staat er niet alleen voor.', 'h1', {
      color: COLORS.inkText,
      fontStyle: 'bold',
    });
    this.addText(
      left + 60,
      200,
      'Praat met iemand die je vertrouwt: je ouders, je mentor of de vertrouwenspersoon van school. Of neem contact op met:',
      'small',
      {
        color: COLORS.inkText,
        wordWrap: { width: GAME_WIDTH - 2 * left - 120 },
      },
    );
    const dialog = this.ctx.a11y.group(key, 'Hulp');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    let y = 300;
    for (const link of HELP_LINKS) {
      this.addButton({
        x: left + 60,
        y,
        width: GAME_WIDTH - 2 * left - 120,
        height: 120,
        label: link.name,
        detail: link.text,
        variant: 'card',
        href: link.href,
        parent: dialog,
        onActivate: () => {},
      });
      y += 140;
    }
    this.addText(left + 60, y + 6, 'In nood of bij direct gevaar: bel 112.', 'body', {
      color: '#b91c1c',
      fontStyle: 'bold',
    });
    const close = this.addButton({
      x: GAME_WIDTH - left - 360,
      y: 880,
      width: 300,
      height: 84,
      label: 'Sluiten',
      variant: 'primary',
      parent: dialog,
      onActivate: () => this.close(),
    });
    close.twin.focus();
    this.input.keyboard?.on('keydown-ESC', () => this.close());
    this.ctx.a11y.announce('Hulp is geopend.');
  }

  private close(): void {
    this.scene.stop();
  }
}
