import type Phaser from 'phaser';
import type { CastMember } from '../story/cast.ts';

/**
 * Portraits are drawn, not loaded: a flat, friendly face whose skin, hair, clothes and
 * accessories follow from the character's id, so each character always looks the same and
 * no two characters in a scene look alike by accident. Adults are drawn older than pupils.
 */
const SKIN = [0xf6d5b8, 0xe8b894, 0xc68a5e, 0x9b6542, 0x6e4530, 0xf2c7a5];
const HAIR = [0x2b1d14, 0x5a3a22, 0x8d5a2b, 0xd9a441, 0x1c1c1c, 0xa0522d, 0x6b6b6b];
const SHIRT = [0x2563eb, 0xdb2777, 0x059669, 0xd97706, 0x7c3aed, 0x0891b2, 0xdc2626, 0x4d7c0f];
const BACKGROUND: Record<CastMember['kind'], number> = {
  player: 0x99f6e4,
  pupil: 0xbfdbfe,
  staff: 0xfde68a,
  parent: 0xe9d5ff,
  other: 0xe2e8f0,
};

type HairStyle = 'short' | 'long' | 'curly' | 'bun' | 'bald' | 'ponytail';
const STYLES: HairStyle[] = ['short', 'long', 'curly', 'bun', 'ponytail', 'short', 'long', 'curly'];

export function hashId(text: string): number {
  let h = 2166136261;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

export interface Look {
  skin: number;
  hair: number;
  style: HairStyle;
  shirt: number;
  glasses: boolean;
  background: number;
}

/** The look of a character, derived from its id and kind (pure, tested). */
export function lookFor(id: string, member: CastMember): Look {
  const h = hashId(id);
  const pick = <T>(list: readonly T[], shift: number): T => list[(h >>> shift) % list.length] as T;
  const adult = member.kind === 'staff' || member.kind === 'parent';
  let style = pick(STYLES, 8);
  if (adult && (h >>> 20) % 5 === 0) style = 'bald';
  return {
    skin: pick(SKIN, 0),
    hair: adult && (h >>> 24) % 3 === 0 ? 0x9ca3af : pick(HAIR, 4),
    style,
    shirt: pick(SHIRT, 12),
    glasses: adult ? (h >>> 16) % 2 === 0 : (h >>> 16) % 5 === 0,
    background: BACKGROUND[member.kind],
  };
}

/** Draws the portrait centred on (x, y) inside a circle of the given radius. */
export function drawPortrait(
  scene: Phaser.Scene,
  x: number,
  y: number,
  radius: number,
  id: string,
  member: CastMember,
): Phaser.GameObjects.Container {
  const look = lookFor(id, member);
  const r = radius;
  const g = scene.add.graphics();
  g.fillStyle(0xffffff, 1).fillCircle(0, 0, r + 4);
  g.fillStyle(look.background, 1).fillCircle(0, 0, r);
  if (member.kind === 'player') {
    // The player is "you": a silhouette, never a face that could be the wrong one.
    g.fillStyle(0x0f766e, 1).fillCircle(0, -r * 0.18, r * 0.34);
    g.fillStyle(0x0f766e, 1).fillEllipse(0, r * 0.62, r * 1.25, r * 0.9);
    return scene.add.container(x, y, [g]);
  }
  // Shoulders and shirt.
  g.fillStyle(look.shirt, 1).fillEllipse(0, r * 0.86, r * 1.5, r * 0.95);
  g.fillStyle(look.skin, 1).fillRect(-r * 0.12, r * 0.2, r * 0.24, r * 0.28);
  // Hair behind the head.
  g.fillStyle(look.hair, 1);
  if (look.style === 'long') g.fillRoundedRect(-r * 0.5, -r * 0.5, r * 1.0, r * 1.05, r * 0.3);
  if (look.style === 'curly') {
    for (let i = 0; i < 8; i++) {
      const a = (i / 8) * Math.PI * 2;
      g.fillCircle(Math.cos(a) * r * 0.42, -r * 0.12 + Math.sin(a) * r * 0.42, r * 0.2);
    }
  }
  if (look.style === 'ponytail') g.fillEllipse(r * 0.5, -r * 0.05, r * 0.3, r * 0.55);
  if (look.style === 'bun') g.fillCircle(0, -r * 0.62, r * 0.2);
  // Head.
  g.fillStyle(look.skin, 1).fillEllipse(0, -r * 0.1, r * 0.78, r * 0.9);
  // Hair on top.
  g.fillStyle(look.hair, 1);
  if (look.style !== 'bald') g.fillEllipse(0, -r * 0.42, r * 0.82, r * 0.4);
  else g.fillEllipse(0, -r * 0.5, r * 0.5, r * 0.12);
  // Face: eyes, a calm smile.
  g.fillStyle(0x1f2937, 1)
    .fillCircle(-r * 0.15, -r * 0.1, r * 0.05)
    .fillCircle(r * 0.15, -r * 0.1, r * 0.05);
  g.lineStyle(Math.max(2, r * 0.05), 0x7f1d1d, 1);
  g.beginPath();
  g.arc(0, r * 0.05, r * 0.14, 0.2 * Math.PI, 0.8 * Math.PI);
  g.strokePath();
  if (look.glasses) {
    g.lineStyle(Math.max(2, r * 0.04), 0x1f2937, 1)
      .strokeCircle(-r * 0.15, -r * 0.1, r * 0.11)
      .strokeCircle(r * 0.15, -r * 0.1, r * 0.11);
    g.lineBetween(-r * 0.04, -r * 0.1, r * 0.04, -r * 0.1);
  }
  return scene.add.container(x, y, [g]);
}
