/**
 * Tells whether the next frame would look any different from the last one drawn.
 *
 * While a pupil reads, the screen stands still, yet Phaser clears and redraws every pixel of
 * it sixty times a second; on a Chromebook without a GPU each of those frames is also copied
 * to the screen. Most frames of play are such copies. This watches what decides the picture
 * (which objects are shown, where, how transparent, and each text's and drawing's own
 * revision) so that the game only draws a frame that changed.
 *
 * It works on plain shapes, not Phaser classes, so it can be tested without a canvas; the
 * game passes in its scenes (see renderOnDemand.ts). The objects the game uses are Text,
 * Graphics, Rectangle and Container; any other kind makes every frame count as changed, so a
 * new kind of object can never be left undrawn.
 */

/** The revision a Text or Graphics bumps whenever it redraws its own picture. */
export const REVISION = Symbol('revision');

export interface WatchedObject {
  type: string;
  visible: boolean;
  alpha: number;
  x: number;
  y: number;
  scaleX: number;
  scaleY: number;
  rotation: number;
  depth: number;
  [REVISION]?: number;
  /** Text: its canvas's size. */
  width?: number;
  height?: number;
  /** Graphics: one entry per drawing command. */
  commandBuffer?: unknown[];
  /** Rectangle. */
  fillColor?: number;
  fillAlpha?: number;
  strokeColor?: number;
  strokeAlpha?: number;
  lineWidth?: number;
  isFilled?: boolean;
  isStroked?: boolean;
  /** Container. */
  list?: WatchedObject[];
}

export interface WatchedEffect {
  isRunning: boolean;
  /** A fade that has finished keeps covering the camera. */
  isComplete?: boolean;
  alpha?: number;
  progress?: number;
  red?: number;
  green?: number;
  blue?: number;
}

export interface WatchedCamera {
  x: number;
  y: number;
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
  zoom: number;
  rotation: number;
  alpha: number;
  visible: boolean;
  fadeEffect: WatchedEffect;
  flashEffect: WatchedEffect;
  shakeEffect: WatchedEffect;
}

export interface WatchedScene {
  /** Whether the scene manager draws it this frame. */
  drawn: boolean;
  objects: readonly WatchedObject[];
  cameras: readonly WatchedCamera[];
}

/** Kinds whose whole picture the fields above describe. */
const KNOWN = new Set(['Text', 'Graphics', 'Rectangle', 'Container']);

export class FrameChanges {
  private last: unknown[] = [];
  private next: unknown[] = [];
  private forced = true;

  /** The next frame is drawn whatever it shows: after a resize, a wake, a lost canvas. */
  force(): void {
    this.forced = true;
  }

  /**
   * Whether the frame about to be drawn differs from the last one. Call once per frame; a
   * frame it calls changed is assumed drawn.
   */
  changed(scenes: readonly WatchedScene[], canvasWidth: number, canvasHeight: number): boolean {
    const out = this.next;
    out.length = 0;
    out.push(canvasWidth, canvasHeight);
    let unknownKind = false;
    for (const scene of scenes) {
      if (!scene.drawn) continue;
      out.push(scene.objects);
      for (const c of scene.cameras) {
        if (!c.visible) continue;
        out.push(c, c.x, c.y, c.width, c.height, c.scrollX, c.scrollY, c.zoom, c.rotation, c.alpha);
        pushEffect(out, c.fadeEffect);
        pushEffect(out, c.flashEffect);
        pushEffect(out, c.shakeEffect);
      }
      if (!pushObjects(out, scene.objects)) unknownKind = true;
    }
    const changed = this.forced || unknownKind || !same(out, this.last);
    this.forced = false;
    this.next = this.last;
    this.last = out;
    return changed;
  }
}

function pushEffect(out: unknown[], e: WatchedEffect): void {
  out.push(e.isRunning, e.isComplete, e.alpha, e.progress, e.red, e.green, e.blue);
}

/** Pushes what decides how the shown objects look; false when one is of an unknown kind. */
function pushObjects(out: unknown[], objects: readonly WatchedObject[]): boolean {
  let known = true;
  for (const o of objects) {
    // Hidden objects draw nothing, whatever else about them changes: the game builds the
    // next screen hidden while the player reads, and that needs no frame.
    if (!o.visible || o.alpha === 0) continue;
    if (!KNOWN.has(o.type)) known = false;
    out.push(o, o.alpha, o.x, o.y, o.scaleX, o.scaleY, o.rotation, o.depth, o[REVISION] ?? 0);
    switch (o.type) {
      case 'Text':
        out.push(o.width, o.height);
        break;
      case 'Graphics':
        out.push(o.commandBuffer?.length);
        break;
      case 'Rectangle':
        out.push(o.width, o.height, o.fillColor, o.fillAlpha, o.isFilled, o.strokeColor, o.strokeAlpha);
        out.push(o.lineWidth, o.isStroked);
        break;
      case 'Container':
        out.push(o.list?.length);
        if (o.list && !pushObjects(out, o.list)) known = false;
        break;
    }
  }
  return known;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Marks an object's own picture as redrawn: a Text's words or a Graphics' shapes. */
export function bumpRevision(o: { [REVISION]?: number }): void {
  o[REVISION] = (o[REVISION] ?? 0) + 1;
}

/**
 * The pace of drawn animation: a frame that only moves an animation (a fade, typing dots)
 * waits until `minIntervalMs` have passed since the last drawing, which halves the frames
 * drawn for a fade on a 60 Hz screen. Each drawn frame costs a slow Chromebook a copy of
 * the whole canvas, and now and then a long stall; a fade at 30 frames a second looks the
 * same. A frame that answers input is drawn at once.
 */
export class FramePace {
  private lastDrawn = Number.NEGATIVE_INFINITY;
  private answering = false;

  constructor(private readonly minIntervalMs = 30) {}

  /** Input (or a resize, or a wake) came: the next changed frame answers it. */
  input(): void {
    this.answering = true;
  }

  /** Whether a changed frame is drawn now; one that is not must be drawn later. */
  drawNow(now: number): boolean {
    if (!this.answering && now - this.lastDrawn < this.minIntervalMs) return false;
    this.answering = false;
    this.lastDrawn = now;
    return true;
  }
}
