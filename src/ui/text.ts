import type Phaser from 'phaser';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;
type TextMetrics = Phaser.Types.GameObjects.Text.TextMetrics;

/**
 * Phaser measures a font's ascent and descent by drawing it and scanning the pixels, for
 * every new Text; one measurement per font is enough.
 */
const metricsByFont = new Map<string, TextMetrics>();

function fontKey(style: TextStyle): string {
  return `${style.fontStyle ?? ''}|${style.fontSize ?? ''}|${style.fontFamily ?? ''}`;
}

/** Forgets the measured fonts, for when a font finished loading after it was measured. */
export function forgetFontMetrics(): void {
  metricsByFont.clear();
}

/**
 * Adds a Text that draws itself once. Phaser's constructor draws the text, then draws it
 * again for padding and again for line spacing; on a slow Chromebook each drawing of a
 * paragraph costs milliseconds that the player waits for after a click.
 */
export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  style: TextStyle,
): Phaser.GameObjects.Text {
  const { lineSpacing, padding, ...rest } = style;
  const key = fontKey(rest);
  const known = metricsByFont.get(key);
  const text = scene.add.text(x, y, '', known ? { ...rest, metrics: known } : rest);
  if (!known) metricsByFont.set(key, text.style.getTextMetrics());
  // With no text yet, these redraw nothing worth counting.
  if (padding !== undefined) text.setPadding(padding);
  if (lineSpacing) text.lineSpacing = lineSpacing;
  text.setText(content);
  return text;
}
