import Phaser from 'phaser';
import type { Mood } from '../audio/SoundBoard.ts';
import { t } from '../i18n/i18n.ts';
import type { Settings } from '../state/store.ts';
import { paintBackdrop } from '../ui/Backdrop.ts';
import { Button, type ButtonOptions } from '../ui/Button.ts';
import { applyCamera } from '../ui/renderScale.ts';
import { type PrintableCopy, printableCopy } from '../ui/schedule.ts';
import { addText, TextMeasure } from '../ui/text.ts';
import { COLORS, fontFamily, fontSize, GAME_WIDTH, isHighContrast, type TYPE } from '../ui/theme.ts';
import type { GameContext } from './context.ts';
import { ensureScene, isLazyScene, type LazySceneKey, loadScene } from './lazyScenes.ts';

/** Shared chrome of every screen: the backdrop, text in the house style, buttons with twins, help. */
export abstract class BaseScene extends Phaser.Scene {
  protected readonly ctx: GameContext;
  private readonly measure = new TextMeasure(this);

  constructor(key: string, ctx: GameContext) {
    super(key);
    this.ctx = ctx;
  }

  /** Goes to another screen, loading its code first if it is one of the lazy ones. */
  protected go(key: string, data?: object): void {
    if (!isLazyScene(key) || this.game.scene.getScene(key)) {
      this.scene.start(key, data);
      return;
    }
    this.input.enabled = false;
    ensureScene(this.game.scene, key, this.ctx)
      .then(() => this.scene.start(key, data))
      .catch((error: unknown) => {
        console.error(error);
        this.input.enabled = true;
        this.scene.start('ErrorScene', { message: t('error.loadScreen'), storyId: null });
      })
      .finally(() => this.ctx.wake());
  }

  /** Loads a screen's code while the player is busy here, so going there is instant. */
  protected prefetch(key: LazySceneKey): void {
    // After the current screen has drawn, so the fetch and parse don't delay it.
    setTimeout(() => loadScene(key).catch(() => undefined), 1000);
  }

  protected get settings(): Settings {
    return this.ctx.store.getState().settings;
  }

  /** Starts a screen: clears what an earlier visit left in the accessible layer. */
  protected begin(backdrop: string | null, dim = 0, mood: Mood = 'calm'): Phaser.GameObjects.Graphics {
    const key = this.scene.key;
    performance.mark(`og:${key}`);
    this.ctx.audio.setMood(mood);
    this.ctx.a11y.clear(key);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.ctx.a11y.clear(key));
    applyCamera(this);
    if (!this.reducedMotion) this.cameras.main.fadeIn(220, 29, 42, 77);
    return paintBackdrop(this, backdrop, isHighContrast() ? 1 : dim).setDepth(-3);
  }

  /** The player's choice, or else the browser's prefers-reduced-motion. */
  protected get reducedMotion(): boolean {
    const chosen = this.settings.reducedMotion;
    if (chosen !== null) return chosen;
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  protected fs(size: keyof typeof TYPE): number {
    return fontSize(size, this.settings.textSize);
  }

  protected addText(
    x: number,
    y: number,
    text: string,
    size: keyof typeof TYPE,
    style: Partial<Phaser.Types.GameObjects.Text.TextStyle> = {},
  ): Phaser.GameObjects.Text {
    return addText(this, x, y, text, this.textStyle(size, style));
  }

  /** The height `addText` with these arguments would give its text, without making it. */
  protected textHeight(
    text: string,
    size: keyof typeof TYPE,
    style: Partial<Phaser.Types.GameObjects.Text.TextStyle> = {},
  ): number {
    return this.measure.height(text, this.textStyle(size, style));
  }

  /** The house style of a text at a size, with `style` over it. */
  protected textStyle(
    size: keyof typeof TYPE,
    style: Partial<Phaser.Types.GameObjects.Text.TextStyle> = {},
  ): Phaser.Types.GameObjects.Text.TextStyle {
    return {
      fontFamily: fontFamily(),
      fontSize: `${this.fs(size)}px`,
      color: COLORS.paperText,
      lineSpacing: 8,
      ...style,
    };
  }

  /**
   * The printable copy of this screen, filled once the screen has drawn or when printing
   * starts, whichever is first; it stops with the screen.
   */
  protected printable(fill: () => void): PrintableCopy {
    const copy = printableCopy(fill, window);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => copy.stop());
    return copy;
  }

  protected addButton(options: ButtonOptions): Button {
    return new Button(this, this.ctx.a11y, this.scene.key, { fontSize: this.fs('body'), ...options });
  }

  /** The help button, on every screen: the help sites one click away. */
  protected addHelpButton(): Button {
    return this.addButton({
      x: GAME_WIDTH - 250,
      y: 24,
      width: 226,
      height: 72,
      label: t('common.help'),
      variant: 'primary',
      fontSize: this.fs('small'),
      onActivate: () => this.openHelp(),
    });
  }

  protected addSettingsButton(x: number): Button {
    return this.addButton({
      x,
      y: 24,
      width: 260,
      height: 72,
      label: t('common.settings'),
      variant: 'ghost',
      fontSize: this.fs('small'),
      onActivate: () => this.openOverlay('SettingsScene'),
    });
  }

  protected openHelp(): void {
    this.openOverlay('HelpScene');
  }

  /** Opens a dialog scene (help, settings) over this one. */
  protected openOverlay(key: 'HelpScene' | 'SettingsScene'): void {
    if (this.scene.isActive('HelpScene') || this.scene.isActive('SettingsScene')) return;
    this.ctx.audio.ui('click');
    this.scene.launch(key, { from: this.scene.key });
    this.scene.bringToTop(key);
  }
}
