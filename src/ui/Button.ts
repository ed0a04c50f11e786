import Phaser from 'phaser';
import type { AccessibleLayer, Twin } from './AccessibleLayer.ts';
import { addText } from './text.ts';
import { COLORS, fontFamily } from './theme.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'choice' | 'card' | 'ghost';

export interface ButtonOptions {
  /** Top-left corner and size in game pixels. */
  x: number;
  y: number;
  width: number;
  /** Minimum height; the button grows to fit wrapped text. */
  height: number;
  label: string;
  onActivate: () => void;
  variant?: ButtonVariant;
  fontSize?: number;
  /** A key hint drawn in a badge at the left, e.g. "1" for the first choice. */
  badge?: string;
  /** Extra lines drawn under the label (cards); also read by screen readers. */
  detail?: string;
  parent?: HTMLElement;
  href?: string;
}

const STYLE: Record<ButtonVariant, { fill: number; hover: number; text: string; stroke: number }> = {
  primary: { fill: COLORS.accentDark, hover: 0x9a3412, text: '#ffffff', stroke: 0x7c2d12 },
  secondary: { fill: COLORS.paper, hover: 0xffedd5, text: COLORS.inkText, stroke: COLORS.ink },
  choice: { fill: COLORS.card, hover: 0xfff1e6, text: COLORS.inkText, stroke: 0x94a3b8 },
  card: { fill: COLORS.card, hover: 0xfff1e6, text: COLORS.inkText, stroke: 0xcbd5e1 },
  ghost: { fill: COLORS.night, hover: 0x2c3e6b, text: '#ffffff', stroke: 0x64748b },
};

/**
 * A button drawn on the canvas with its accessible DOM twin laid over it. The twin takes
 * all input (mouse, touch, keyboard, screen reader); the canvas shows hover and focus.
 */
export class Button extends Phaser.GameObjects.Container {
  readonly twin: Twin;
  readonly boxHeight: number;
  private readonly bg: Phaser.GameObjects.Graphics;
  private hovered = false;
  private focused = false;
  private enabled = true;
  private readonly variant: ButtonVariant;
  private readonly boxWidth: number;

  constructor(scene: Phaser.Scene, a11y: AccessibleLayer, owner: string, o: ButtonOptions) {
    super(scene, o.x, o.y);
    this.variant = o.variant ?? 'secondary';
    this.boxWidth = o.width;
    const style = STYLE[this.variant];
    const size = o.fontSize ?? 32;
    const padX = o.badge ? 96 : 32;
    const label = addText(scene, padX, 0, o.label, {
      fontFamily: fontFamily(),
      fontSize: `${size}px`,
      fontStyle: this.variant === 'card' ? 'bold' : this.variant === 'choice' ? 'normal' : 'bold',
      color: style.text,
      wordWrap: { width: o.width - padX - 32, useAdvancedWrap: true },
      lineSpacing: 6,
      align: this.variant === 'primary' || this.variant === 'secondary' || this.variant === 'ghost' ? 'center' : 'left',
    });
    let detail: Phaser.GameObjects.Text | null = null;
    if (o.detail) {
      detail = addText(scene, padX, 0, o.detail, {
        fontFamily: fontFamily(),
        fontSize: `${Math.round(size * 0.8)}px`,
        color: this.variant === 'ghost' || this.variant === 'primary' ? COLORS.mutedOnDark : COLORS.muted,
        wordWrap: { width: o.width - padX - 32, useAdvancedWrap: true },
        lineSpacing: 4,
      });
    }
    const contentHeight = label.height + (detail ? detail.height + 10 : 0);
    this.boxHeight = Math.max(o.height, contentHeight + 32);
    let y = (this.boxHeight - contentHeight) / 2;
    label.setY(y);
    if (label.style.align === 'center') label.setX((o.width - label.width) / 2);
    y += label.height + 10;
    detail?.setY(y);
    this.bg = scene.add.graphics();
    this.add(this.bg);
    if (o.badge) {
      const badge = scene.add.graphics();
      badge.fillStyle(COLORS.ink, 1).fillRoundedRect(20, this.boxHeight / 2 - 26, 52, 52, 12);
      const badgeText = addText(scene, 46, this.boxHeight / 2, o.badge, {
        fontFamily: fontFamily(),
        fontSize: '30px',
        fontStyle: 'bold',
        color: '#ffffff',
      }).setOrigin(0.5);
      this.add([badge, badgeText]);
    }
    this.add(label);
    if (detail) this.add(detail);
    this.draw();
    scene.add.existing(this);

    this.twin = a11y.button(owner, {
      label: o.label,
      description: o.detail,
      bounds: { x: o.x, y: o.y, width: o.width, height: this.boxHeight },
      parent: o.parent,
      href: o.href,
      onActivate: () => {
        if (this.enabled && this.active) o.onActivate();
      },
      onHover: (h) => {
        this.hovered = h;
        this.draw();
      },
      onFocus: (f) => {
        this.focused = f;
        this.draw();
      },
    });
    this.once(Phaser.GameObjects.Events.DESTROY, () => this.twin.remove());
  }

  setEnabled(enabled: boolean): this {
    this.enabled = enabled;
    this.twin.setDisabled(!enabled);
    this.setAlpha(enabled ? 1 : 0.5);
    return this;
  }

  /** Shows or hides the button and its twin together. */
  setShown(shown: boolean): this {
    this.setVisible(shown);
    this.twin.setHidden(!shown);
    return this;
  }

  /** Keeps the twin over the button after the button moved. */
  syncTwin(): void {
    this.twin.setBounds({ x: this.x, y: this.y, width: this.boxWidth, height: this.boxHeight });
  }

  private draw(): void {
    const style = STYLE[this.variant];
    const g = this.bg;
    g.clear();
    g.fillStyle(COLORS.shadow, 0.18).fillRoundedRect(0, 6, this.boxWidth, this.boxHeight, 18);
    g.fillStyle(this.hovered || this.focused ? style.hover : style.fill, 1).fillRoundedRect(
      0,
      0,
      this.boxWidth,
      this.boxHeight,
      18,
    );
    g.lineStyle(3, style.stroke, 1).strokeRoundedRect(0, 0, this.boxWidth, this.boxHeight, 18);
    if (this.focused)
      g.lineStyle(6, COLORS.focus, 1).strokeRoundedRect(-6, -6, this.boxWidth + 12, this.boxHeight + 12, 22);
  }
}
