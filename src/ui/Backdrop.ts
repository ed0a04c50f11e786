import type Phaser from 'phaser';
import type { SceneId } from '../story/registry.ts';
import { COLORS, GAME_HEIGHT, GAME_WIDTH } from './theme.ts';

type Feature =
  | 'window'
  | 'board'
  | 'lockers'
  | 'door'
  | 'bed'
  | 'desk'
  | 'plant'
  | 'tree'
  | 'bench'
  | 'couch'
  | 'clock'
  | 'shelf'
  | 'bikes'
  | 'hoop'
  | 'table';

interface Look {
  wall: number;
  floor: number;
  horizon: number;
  features: Feature[];
}

const LOOKS: Record<SceneId | 'menu', Look> = {
  menu: { wall: 0x1d2a4d, floor: 0x16213d, horizon: 0.78, features: [] },
  klaslokaal: { wall: 0xe7e0cf, floor: 0xb08968, horizon: 0.72, features: ['board', 'window', 'clock', 'desk'] },
  gang: { wall: 0xd9e2ec, floor: 0x9fb3c8, horizon: 0.74, features: ['lockers', 'door', 'window'] },
  'kamer-vp': { wall: 0xf3e8d8, floor: 0x8d6e63, horizon: 0.74, features: ['window', 'shelf', 'plant', 'couch'] },
  thuis: { wall: 0xdcd0f0, floor: 0x7b6d8d, horizon: 0.74, features: ['window', 'bed', 'shelf'] },
  schoolplein: { wall: 0xbfe3f5, floor: 0x9ca3af, horizon: 0.62, features: ['tree', 'bench', 'bikes'] },
  personeelskamer: { wall: 0xe2ece9, floor: 0x94a3a0, horizon: 0.74, features: ['window', 'table', 'shelf', 'plant'] },
  kantoor: { wall: 0xe6e1d3, floor: 0x6b5b4b, horizon: 0.74, features: ['window', 'desk', 'shelf', 'clock'] },
  kantine: { wall: 0xfde9c9, floor: 0xc9b79c, horizon: 0.72, features: ['window', 'table', 'plant'] },
  sporthal: { wall: 0xd6e4f0, floor: 0xd4a373, horizon: 0.7, features: ['hoop', 'bench', 'window'] },
  onderweg: { wall: 0xcde7f7, floor: 0x6b7280, horizon: 0.6, features: ['tree', 'bikes'] },
};

/**
 * Paints a flat, calm illustration of a place, dimmed by `dim` (0–1) toward the night
 * colour the UI sits on. The dimming is mixed into each colour rather than laid over the
 * picture as a translucent screen-sized rectangle: the result is the same (a shape's own
 * alpha blends the mixed colours exactly as it blended the plain ones), and a slow
 * Chromebook is spared blending a million pixels every frame.
 */
export function paintBackdrop(scene: Phaser.Scene, id: string | null, dim = 0): Phaser.GameObjects.Graphics {
  const look = LOOKS[(id ?? 'menu') as SceneId] ?? LOOKS.menu;
  const g = scene.add.graphics();
  const W = GAME_WIDTH;
  const H = GAME_HEIGHT;
  if (dim >= 1) return g.fillStyle(COLORS.night, 1).fillRect(0, 0, W, H);
  const paint: Paint = {
    fill: (color, alpha = 1) => g.fillStyle(dimmed(color, dim), alpha),
    line: (width, color, alpha = 1) => g.lineStyle(width, dimmed(color, dim), alpha),
  };
  const floorY = Math.round(H * look.horizon);
  paint.fill(look.wall).fillRect(0, 0, W, floorY);
  paint.fill(look.floor).fillRect(0, floorY, W, H - floorY);
  paint.fill(0x000000, 0.08).fillRect(0, floorY, W, 10);
  let slot = 0;
  for (const feature of look.features) {
    drawFeature(g, paint, feature, slot++, floorY);
  }
  return g;
}

interface Paint {
  fill(color: number, alpha?: number): Phaser.GameObjects.Graphics;
  line(width: number, color: number, alpha?: number): Phaser.GameObjects.Graphics;
}

/** A colour as it shows under the night colour at opacity `dim`, rounded as the canvas would. */
export function dimmed(color: number, dim: number): number {
  if (dim <= 0) return color;
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const c = (color >> shift) & 0xff;
    const n = (COLORS.night >> shift) & 0xff;
    out |= Math.round(c * (1 - dim) + n * dim) << shift;
  }
  return out;
}

function drawFeature(g: Phaser.GameObjects.Graphics, paint: Paint, f: Feature, slot: number, floorY: number): void {
  const x = 140 + slot * 440;
  switch (f) {
    case 'window':
      paint.fill(0xffffff, 1).fillRoundedRect(x, 120, 300, 260, 10);
      paint.fill(0xa5d8ff, 1).fillRect(x + 14, 134, 272, 232);
      paint
        .fill(0xffffff, 1)
        .fillRect(x + 146, 134, 8, 232)
        .fillRect(x + 14, 246, 272, 8);
      break;
    case 'board':
      paint.fill(0x2f4f3f, 1).fillRoundedRect(x - 40, 130, 620, 320, 8);
      paint.line(10, 0x8d6e63, 1).strokeRoundedRect(x - 40, 130, 620, 320, 8);
      paint
        .line(4, 0xffffff, 0.35)
        .lineBetween(x + 10, 200, x + 300, 200)
        .lineBetween(x + 10, 250, x + 420, 250);
      break;
    case 'lockers':
      for (let i = 0; i < 6; i++) {
        paint.fill(i % 2 ? 0x4f83cc : 0x3b6fb6, 1).fillRect(x - 60 + i * 110, floorY - 460, 104, 460);
        paint.fill(0xffffff, 0.5).fillRect(x - 60 + i * 110 + 80, floorY - 260, 8, 40);
      }
      break;
    case 'door':
      paint.fill(0x8d6e63, 1).fillRect(x + 320, floorY - 420, 220, 420);
      paint.fill(0xffd166, 1).fillCircle(x + 510, floorY - 210, 12);
      break;
    case 'desk':
      paint.fill(0x8d6e63, 1).fillRect(x - 100, floorY - 40, 520, 40);
      paint
        .fill(0x6d4c41, 1)
        .fillRect(x - 80, floorY, 30, 160)
        .fillRect(x + 370, floorY, 30, 160);
      break;
    case 'plant':
      paint.fill(0xc2410c, 1).fillRect(x + 60, floorY - 120, 90, 120);
      paint
        .fill(0x2d6a4f, 1)
        .fillCircle(x + 105, floorY - 170, 70)
        .fillCircle(x + 60, floorY - 210, 50)
        .fillCircle(x + 150, floorY - 220, 50);
      break;
    case 'tree':
      paint.fill(0x7f5539, 1).fillRect(x + 100, floorY - 300, 50, 300);
      paint.fill(0x52b788, 1).fillCircle(x + 125, floorY - 360, 150);
      break;
    case 'bench':
      paint
        .fill(0x9c6644, 1)
        .fillRect(x, floorY + 40, 320, 30)
        .fillRect(x, floorY - 20, 320, 24);
      paint
        .fill(0x495057, 1)
        .fillRect(x + 20, floorY + 70, 20, 80)
        .fillRect(x + 280, floorY + 70, 20, 80);
      break;
    case 'couch':
      paint.fill(0x5e60ce, 1).fillRoundedRect(x, floorY - 160, 420, 200, 30);
      paint.fill(0x7400b8, 1).fillRoundedRect(x + 20, floorY - 60, 380, 90, 20);
      break;
    case 'bed':
      paint.fill(0xf8f9fa, 1).fillRoundedRect(x, floorY - 120, 520, 150, 20);
      paint.fill(0x4361ee, 1).fillRoundedRect(x + 160, floorY - 130, 360, 160, 20);
      paint.fill(0xffffff, 1).fillRoundedRect(x + 20, floorY - 150, 120, 60, 20);
      break;
    case 'clock':
      paint.fill(0xffffff, 1).fillCircle(x + 200, 150, 60);
      paint
        .line(6, 0x343a40, 1)
        .strokeCircle(x + 200, 150, 60)
        .lineBetween(x + 200, 150, x + 200, 110)
        .lineBetween(x + 200, 150, x + 230, 160);
      break;
    case 'shelf':
      paint.fill(0x6d4c41, 1).fillRect(x, 200, 340, 16).fillRect(x, 320, 340, 16);
      for (let i = 0; i < 7; i++)
        paint
          .fill([0xe63946, 0x457b9d, 0xf4a261, 0x2a9d8f][i % 4] ?? 0, 1)
          .fillRect(x + 14 + i * 44, 130 + (i % 2) * 14, 34, 70 - (i % 2) * 14);
      break;
    case 'bikes':
      paint.line(10, 0x343a40, 1);
      for (let i = 0; i < 3; i++) {
        g.strokeCircle(x + i * 150, floorY + 120, 50).strokeCircle(x + i * 150 + 110, floorY + 120, 50);
      }
      break;
    case 'hoop':
      paint.fill(0xffffff, 1).fillRect(x + 100, 140, 260, 170);
      paint.line(8, 0xe76f51, 1).strokeCircle(x + 230, 340, 50);
      break;
    case 'table':
      paint.fill(0xb08968, 1).fillRoundedRect(x - 60, floorY - 30, 560, 50, 10);
      paint
        .fill(0x7f5539, 1)
        .fillRect(x - 20, floorY + 20, 26, 150)
        .fillRect(x + 440, floorY + 20, 26, 150);
      break;
  }
}
