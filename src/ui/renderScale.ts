import type Phaser from 'phaser';
import { GAME_HEIGHT, GAME_WIDTH } from './theme.ts';

/**
 * Scenes are laid out in 1920×1080 game pixels, but the canvas is only as large as the
 * screen shows it: on a 1366×768 Chromebook that is half the pixels to fill each frame.
 * Each scene's camera zooms its 1920×1080 world onto the smaller canvas.
 */
let scale = 1;

export function renderScale(): number {
  return scale;
}

/** The canvas scale for a host of this size: what FIT shows, in device pixels, at most 1. */
export function scaleFor(hostWidth: number, hostHeight: number, devicePixelRatio: number): number {
  const fit = Math.min(hostWidth / GAME_WIDTH, hostHeight / GAME_HEIGHT) * devicePixelRatio;
  return Math.round(Math.min(1, Math.max(0.5, fit)) * 100) / 100;
}

export function applyCamera(scene: Phaser.Scene): void {
  scene.cameras.main.setOrigin(0, 0).setZoom(scale);
}

/** Sets the scale for the first canvas, before the game exists. */
export function initialRenderScale(host: HTMLElement): number {
  scale = scaleFor(host.clientWidth, host.clientHeight, window.devicePixelRatio || 1);
  return scale;
}

/** Resizes the canvas for the host and re-zooms every running scene. */
export function fitRenderScale(game: Phaser.Game, host: HTMLElement): void {
  const next = scaleFor(host.clientWidth, host.clientHeight, window.devicePixelRatio || 1);
  if (next === scale && game.scale.width === Math.round(GAME_WIDTH * scale)) return;
  scale = next;
  game.scale.resize(Math.round(GAME_WIDTH * scale), Math.round(GAME_HEIGHT * scale));
  for (const scene of game.scene.getScenes(false)) {
    const status = scene.sys.settings.status;
    // From CREATING (4) to SLEEPING (7): scenes that have a camera to zoom.
    if (status >= 4 && status <= 7) applyCamera(scene);
  }
}
