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
/** Phaser's own test string for a font's height (TextStyle's default, as it is spelled there). */
const TEST_STRING = '|M\u00c3\u2030qgy';
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
  const metrics = metricsFor(style);
  const text = new TextDrawnOnce(scene, x, y, content, metrics ? { ...style, metrics } : style);
  keepBacking(text.canvas, text.context);
  text.complete = true;
  text.updateText();
  return scene.add.existing(text);
}
