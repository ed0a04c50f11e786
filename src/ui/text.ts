import Phaser from 'phaser';
import { keepBacking } from './canvasBacking.ts';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;
type TextMetrics = Phaser.Types.GameObjects.Text.TextMetrics;

/**
 * Phaser measures a font's ascent and descent for every new Text, on a canvas it takes
 * from its pool and resizes. One measurement per font is enough, and the browser's own
 * text metrics on one canvas kept for it give the same figures Phaser would take.
 */
const metricsByFont = new Map<string, TextMetrics>();
/**
 * The string a font's height is measured by: Phaser's own (TextStyle's default) without its
 * per mille sign. That sign is not in the game's fonts, so each new size also set up a
 * fallback font just to measure it, about half of the cost of measuring (some 7 ms a size
 * at 4× throttling, seven sizes on the title). Without it the ascent and descent come out
 * the same at every size (test/e2e/text.spec.ts).
 */
const TEST_STRING = '|M\u00c3qgy';
let measuring: CanvasRenderingContext2D | null = null;

/** The CSS font Phaser sets for a style: style, size and family. */
function cssFont(style: TextStyle): string {
  const size = typeof style.fontSize === 'number' ? `${style.fontSize}px` : (style.fontSize ?? '16px');
  return [style.fontStyle ?? '', size, style.fontFamily ?? 'Courier'].join(' ').trim();
}

function metricsFor(style: TextStyle): TextMetrics | undefined {
  const font = cssFont(style);
  const known = metricsByFont.get(font);
  if (known) return known;
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return undefined;
  measuring.font = font;
  const measured = measuring.measureText(TEST_STRING);
  // Where the browser lacks these, Phaser measures by scanning pixels itself.
  if (!('actualBoundingBoxAscent' in measured)) return undefined;
  const ascent = measured.actualBoundingBoxAscent;
  const descent = measured.actualBoundingBoxDescent;
  const metrics = { ascent, descent, fontSize: ascent + descent };
  metricsByFont.set(font, metrics);
  return metrics;
}

/** Forgets the measured fonts, for when a font finished loading after it was measured. */
export function forgetFontMetrics(): void {
  metricsByFont.clear();
}

/**
 * A Text that draws its canvas only once it is complete. Phaser's constructor draws the
 * text, then again for padding and again for line spacing, each time on a canvas of a new
 * size.
 */
class TextDrawnOnce extends Phaser.GameObjects.Text {
  /** Unset while Phaser's constructor runs. */
  complete?: boolean;

  override updateText(): this {
    return this.complete ? super.updateText() : this;
  }

  /** The height this Text would take to show `content`, worked out as updateText does, undrawn. */
  heightOf(content: string): number {
    const { style } = this;
    if (style.fixedHeight !== 0) return style.fixedHeight;
    style.syncFont(this.canvas, this.context);
    const wrapped = style.wordWrapWidth || style.wordWrapCallback ? this.runWordWrap(content) : content;
    // Phaser types the line break pattern as a plain object; it is the RegExp updateText splits by.
    const lines = wrapped.split(this.splitRegExp as RegExp);
    const size = Phaser.GameObjects.GetTextSize(this, style.getTextMetrics(), lines);
    return size.height + (this.padding.top ?? 0) + (this.padding.bottom ?? 0);
  }
}

/**
 * Adds a Text that draws itself once. On a slow Chromebook each drawing of a paragraph
 * costs milliseconds that the player waits for after a click.
 */
export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  style: TextStyle,
): Phaser.GameObjects.Text {
  return scene.add.existing(createText(scene, x, y, content, style));
}

function createText(scene: Phaser.Scene, x: number, y: number, content: string, style: TextStyle): TextDrawnOnce {
  const metrics = metricsFor(style);
  const text = new TextDrawnOnce(scene, x, y, content, metrics ? { ...style, metrics } : style);
  keepBacking(text.canvas, text.context);
  text.complete = true;
  text.updateText();
  return text;
}

/**
 * Heights of texts as `addText` would show them, without making or drawing them: to lay
 * out what may not be shown (the debrief pages through its decisions, and would otherwise
 * make every card's texts to learn where its pages break). One unseen Text per style,
 * destroyed when the scene shuts down.
 */
export class TextMeasure {
  private readonly texts = new Map<string, TextDrawnOnce>();

  constructor(private readonly scene: Phaser.Scene) {}

  height(content: string, style: TextStyle): number {
    const key = JSON.stringify(style);
    let text = this.texts.get(key);
    if (!text) {
      if (this.texts.size === 0) this.scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
      text = createText(this.scene, 0, 0, '', style);
      this.texts.set(key, text);
    }
    return text.heightOf(content);
  }

  private destroy(): void {
    for (const text of this.texts.values()) text.destroy();
    this.texts.clear();
  }
}
