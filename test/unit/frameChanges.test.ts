import { beforeEach, describe, expect, it } from 'vitest';
import {
  bumpRevision,
  FrameChanges,
  FramePace,
  type WatchedCamera,
  type WatchedObject,
  type WatchedScene,
} from '../../src/ui/frameChanges.ts';

const object = (type: string, extra: Partial<WatchedObject> = {}): WatchedObject => ({
  type,
  visible: true,
  alpha: 1,
  x: 0,
  y: 0,
  scaleX: 1,
  scaleY: 1,
  rotation: 0,
  depth: 0,
  ...extra,
});

const effect = () => ({ isRunning: false, isComplete: false, alpha: 0, progress: 0, red: 0, green: 0, blue: 0 });
const camera = (): WatchedCamera => ({
  x: 0,
  y: 0,
  width: 1366,
  height: 768,
  scrollX: 0,
  scrollY: 0,
  zoom: 0.71,
  rotation: 0,
  alpha: 1,
  visible: true,
  fadeEffect: effect(),
  flashEffect: effect(),
  shakeEffect: effect(),
});

describe('FrameChanges', () => {
  let frames: FrameChanges;
  let text: WatchedObject;
  let drawing: WatchedObject;
  let shade: WatchedObject;
  let card: WatchedObject;
  let objects: WatchedObject[];
  let scene: WatchedScene;
  // The game describes its scenes afresh each frame, as here.
  const changed = (width = 1366, height = 768) => frames.changed([{ ...scene }], width, height);

  beforeEach(() => {
    frames = new FrameChanges();
    text = object('Text', { width: 400, height: 60 });
    drawing = object('Graphics', { commandBuffer: [1, 2, 3] });
    shade = object('Rectangle', { width: 1920, height: 1080, fillColor: 0, fillAlpha: 0.35, isFilled: true });
    card = object('Container', { list: [text, drawing] });
    objects = [shade, card];
    scene = { drawn: true, objects, cameras: [camera()] };
    // The first frame is always drawn.
    expect(changed()).toBe(true);
  });

  it('leaves out a frame in which nothing changed', () => {
    expect(changed()).toBe(false);
    expect(changed()).toBe(false);
  });

  it('draws when a shown object moves, fades or scales', () => {
    card.y = 10;
    expect(changed()).toBe(true);
    expect(changed()).toBe(false);
    text.alpha = 0.5;
    expect(changed()).toBe(true);
    shade.scaleX = 2;
    expect(changed()).toBe(true);
  });

  it('draws when a text or a drawing redraws itself, even to the same size', () => {
    bumpRevision(text);
    expect(changed()).toBe(true);
    expect(changed()).toBe(false);
    bumpRevision(drawing);
    expect(changed()).toBe(true);
    drawing.commandBuffer?.push(4);
    expect(changed()).toBe(true);
  });

  it('draws when an object is shown, hidden, added or removed', () => {
    text.visible = false;
    expect(changed()).toBe(true);
    text.visible = true;
    expect(changed()).toBe(true);
    objects.push(object('Graphics', { commandBuffer: [] }));
    expect(changed()).toBe(true);
    objects.splice(0, 1);
    expect(changed()).toBe(true);
    expect(changed()).toBe(false);
  });

  it('does not draw for what happens to hidden objects', () => {
    const ahead = object('Container', { visible: false, list: [] });
    objects.push(ahead);
    expect(changed()).toBe(false);
    ahead.list?.push(object('Text', { width: 10, height: 10 }));
    ahead.y = 300;
    expect(changed()).toBe(false);
    ahead.visible = true;
    expect(changed()).toBe(true);
  });

  it('draws when a rectangle changes colour', () => {
    shade.fillColor = 0xffffff;
    expect(changed()).toBe(true);
  });

  it('draws while a camera fades, and when the canvas changes size', () => {
    const fade = scene.cameras[0]?.fadeEffect as ReturnType<typeof effect>;
    fade.isRunning = true;
    fade.alpha = 0.5;
    expect(changed()).toBe(true);
    fade.alpha = 0.4;
    expect(changed()).toBe(true);
    expect(changed(960, 540)).toBe(true);
    expect(changed(960, 540)).toBe(false);
  });

  it('draws when a scene starts or stops being drawn', () => {
    scene.drawn = false;
    expect(changed()).toBe(true);
    expect(changed()).toBe(false);
    scene.drawn = true;
    expect(changed()).toBe(true);
  });

  it('draws every frame while an object of an unknown kind is shown', () => {
    objects.push(object('Sprite'));
    expect(changed()).toBe(true);
    expect(changed()).toBe(true);
  });

  it('draws a frame that is forced, once', () => {
    frames.force();
    expect(changed()).toBe(true);
    expect(changed()).toBe(false);
  });
});

describe('FramePace', () => {
  it('draws animation at most once per interval, so a 60 Hz fade draws every other frame', () => {
    const pace = new FramePace(30);
    const frames = Array.from({ length: 12 }, (_, i) => i * (1000 / 60));
    const drawn = frames.map((t) => pace.drawNow(t));
    expect(drawn).toEqual(frames.map((_, i) => i % 2 === 0));
  });

  it('draws the frame that answers input at once, however soon', () => {
    const pace = new FramePace(30);
    expect(pace.drawNow(0)).toBe(true);
    expect(pace.drawNow(5)).toBe(false);
    pace.input();
    expect(pace.drawNow(10)).toBe(true);
    // The answer drawn, animation keeps its pace again.
    expect(pace.drawNow(20)).toBe(false);
    expect(pace.drawNow(40)).toBe(true);
  });
});
