/**
 * A Text draws on a canvas of its own, and Phaser sizes that canvas to the text. Each new
 * size throws the canvas's pixels and drawing state away: the next drawing allocates them
 * anew and sets the font up again, which cost about 10 ms a canvas at 4× throttling here,
 * against 1 ms for drawing on a canvas that kept its size. A choice screen makes some ten
 * Texts. So a Text's canvas keeps its pixels while the text still fits, and only the part
 * the text uses is shown (Phaser draws a Text by its frame, not by the canvas's size).
 */

export interface Size {
  width: number;
  height: number;
}

/** Pixels are allocated in steps, so a slightly longer text still fits. */
export const BACKING_STEP = 64;
/** Above this area a canvas that holds a much smaller text gives its memory back. */
export const LARGEST_IDLE_AREA = 512 * 512;
/** How far a drawing may reach past the size it was given: a glyph's overhang, a shadow. */
export const OVERHANG = 64;

const stepUp = (n: number) => Math.max(BACKING_STEP, Math.ceil(n / BACKING_STEP) * BACKING_STEP);

/**
 * The pixel size a canvas should have to show `shown`, or null to keep the pixels it has.
 * A 1×1 canvas is Phaser's placeholder while a pooled canvas changes hands: it keeps them.
 */
export function backingFor(shown: Size, backing: Size): Size | null {
  const fits = shown.width <= backing.width && shown.height <= backing.height;
  const placeholder = shown.width <= 1 && shown.height <= 1;
  const area = backing.width * backing.height;
  const wasteful = area > LARGEST_IDLE_AREA && shown.width * shown.height * 4 < area;
  if (fits && (placeholder || !wasteful)) return null;
  return { width: stepUp(shown.width), height: stepUp(shown.height) };
}

const KEPT = Symbol('keptBacking');

/**
 * The part of kept pixels to clear when a canvas takes a new size: all that was drawn on
 * at the sizes it had since it was last cleared, with room for overhang.
 */
export function toClear(used: Size, backing: Size): Size {
  return {
    width: Math.min(backing.width, used.width + OVERHANG),
    height: Math.min(backing.height, used.height + OVERHANG),
  };
}

/**
 * From now on the canvas reports and takes the size it is given (the size the text is
 * shown at), while its pixels change size only as `backingFor` says. Kept pixels are
 * cleared, as a resize would have done.
 */
export function keepBacking(canvas: HTMLCanvasElement, context: CanvasRenderingContext2D): void {
  if (KEPT in canvas) return;
  const proto = HTMLCanvasElement.prototype;
  const WIDTH = Object.getOwnPropertyDescriptor(proto, 'width') as PropertyDescriptor;
  const HEIGHT = Object.getOwnPropertyDescriptor(proto, 'height') as PropertyDescriptor;
  const shown: Size = { width: canvas.width, height: canvas.height };
  // Everything may have been drawn on so far.
  const used: Size = { ...shown };
  const resize = () => {
    const backing = { width: WIDTH.get?.call(canvas) as number, height: HEIGHT.get?.call(canvas) as number };
    const next = backingFor(shown, backing);
    if (next) {
      WIDTH.set?.call(canvas, next.width);
      HEIGHT.set?.call(canvas, next.height);
    } else {
      const dirty = toClear(used, backing);
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, dirty.width, dirty.height);
    }
    used.width = shown.width;
    used.height = shown.height;
  };
  const size = (side: keyof Size): PropertyDescriptor => ({
    configurable: true,
    get: () => shown[side],
    set: (value: number) => {
      shown[side] = value;
      resize();
    },
  });
  Object.defineProperties(canvas, { [KEPT]: { value: true }, width: size('width'), height: size('height') });
}
