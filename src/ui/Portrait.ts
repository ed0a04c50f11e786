import type Phaser from 'phaser';
import type { CastMember } from '../story/cast.ts';
import { FONT } from './theme.ts';

const KIND_COLORS: Record<CastMember['kind'], number[]> = {
  player: [0x0f766e],
  pupil: [0x7c3aed, 0x2563eb, 0xdb2777, 0x059669, 0xd97706, 0x0891b2],
  staff: [0x1e3a8a, 0x9a3412, 0x3f6212],
  parent: [0x6b21a8, 0x854d0e],
  other: [0x475569],
};

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h;
}

export function initials(name: string): string {
  const words = name
    .replace(/^(meneer|mevrouw|agent|juf|meester)\s+/i, '')
    .split(/[\s_-]+/)
    .filter((w) => /^[A-Za-zÀ-ÿ]/.test(w) && !/^(de|van|der|den|het|el)$/i.test(w));
  return (
    (words
      .slice(0, 2)
      .map((w) => w[0]?.toUpperCase() ?? '')
      .join('') ||
      name.slice(0, 1).toUpperCase()) ??
    '?'
  );
}

/** A round avatar with initials in a colour that stays the same for each character. */
export function drawPortrait(
  scene: Phaser.Scene,
  x: number,
  y: number,
  radius: number,
  id: string,
  member: CastMember,
): Phaser.GameObjects.Container {
  const palette = KIND_COLORS[member.kind];
  const color = palette[hash(id) % palette.length] ?? 0x475569;
  const g = scene.add.graphics();
  g.fillStyle(0xffffff, 1).fillCircle(0, 0, radius + 4);
  g.fillStyle(color, 1).fillCircle(0, 0, radius);
  const label = scene.add
    .text(0, 0, initials(member.name), {
      fontFamily: FONT,
      fontSize: `${Math.round(radius * 0.8)}px`,
      fontStyle: 'bold',
      color: '#ffffff',
    })
    .setOrigin(0.5);
  return scene.add.container(x, y, [g, label]);
}
