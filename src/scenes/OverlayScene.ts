import Phaser from 'phaser';
import { t } from '../i18n/i18n.ts';
import { applyCamera } from '../ui/renderScale.ts';
import { COLORS, GAME_HEIGHT, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';

export const PANEL = { left: 260, top: 80, width: GAME_WIDTH - 520, height: 920 } as const;

/**
 * A dialog over another screen: the screen below is dimmed and out of reach (inert) until
 * the dialog closes with its button or Escape; focus goes back where it was.
 */
export abstract class OverlayScene extends BaseScene {
  protected from = '';
  protected dialog!: HTMLElement;
  private returnFocus: HTMLElement | null = null;

  protected open(from: string, label: string): void {
    this.from = from;
    const key = this.scene.key;
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.ctx.a11y.clear(key);
    this.ctx.a11y.setInert(this.from, true);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.ctx.a11y.clear(key);
      this.ctx.a11y.setInert(this.from, false);
      this.returnFocus?.focus({ preventScroll: true });
    });
    applyCamera(this);
    this.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.6).setOrigin(0).setInteractive();
    this.add
      .graphics()
      .fillStyle(COLORS.paper, 1)
      .fillRoundedRect(PANEL.left, PANEL.top, PANEL.width, PANEL.height, 28);
    this.dialog = this.ctx.a11y.group(key, label);
    this.dialog.setAttribute('role', 'dialog');
    this.dialog.setAttribute('aria-modal', 'true');
    this.input.keyboard?.on('keydown-ESC', () => this.close());
  }

  protected addCloseButton(label = t('common.close')): void {
    this.addButton({
      x: PANEL.left + PANEL.width - 360,
      y: PANEL.top + PANEL.height - 120,
      width: 300,
      height: 84,
      label,
      variant: 'primary',
      parent: this.dialog,
      onActivate: () => this.close(),
    });
  }

  protected close(): void {
    this.scene.stop();
  }
}
