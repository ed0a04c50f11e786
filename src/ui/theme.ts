/**
 * The look of the game in one place: palette, type scale, spacing. Colours are chosen for
 * contrast on a projector (text on its background at least 4.5:1).
 */
import type { Rating } from '../protocol/steps.ts';
import type { TextSize } from '../state/store.ts';

export const GAME_WIDTH = 1920;
export const GAME_HEIGHT = 1080;

const FONTS = {
  standaard: '"Atkinson Hyperlegible", "Verdana", sans-serif',
  dyslexie: '"OpenDyslexic", "Atkinson Hyperlegible", sans-serif',
} as const;
export type FontChoice = keyof typeof FONTS;
let currentFont: FontChoice = 'standaard';

/** The font family for canvas text; screens drawn after a change use the new one. */
export function fontFamily(): string {
  return FONTS[currentFont];
}

export function setFontChoice(choice: FontChoice): void {
  currentFont = choice;
}

let highContrast = false;

/** High contrast: backdrops give way to a solid background behind all text. */
export function isHighContrast(): boolean {
  return highContrast;
}

export function setHighContrast(on: boolean): void {
  highContrast = on;
}

export const COLORS = {
  ink: 0x14213d,
  inkText: '#14213d',
  paper: 0xfdfbf6,
  paperText: '#fdfbf6',
  night: 0x1d2a4d,
  accent: 0xff7a59,
  accentDark: 0xc2410c,
  teal: 0x0f766e,
  tealLight: 0xccfbf1,
  sky: 0xdbeafe,
  muted: '#475569',
  mutedOnDark: '#cbd5e1',
  focus: 0xffbf00,
  chatOwn: 0xd9fdd3,
  chatOther: 0xffffff,
  card: 0xffffff,
  shadow: 0x000000,
} as const;

export const RATING_COLORS: Record<Rating, { fill: number; text: string; icon: string }> = {
  goed: { fill: 0x15803d, text: '#15803d', icon: '✔' },
  matig: { fill: 0xb45309, text: '#b45309', icon: '◐' },
  fout: { fill: 0xb91c1c, text: '#b91c1c', icon: '✖' },
};

export const SPACE = { xs: 8, s: 16, m: 24, l: 40, xl: 64 } as const;

const TEXT_SCALE: Record<TextSize, number> = { normaal: 1, groot: 1.15, extra: 1.3 };

/** Font sizes in game pixels (the game is drawn at 1920×1080 and scaled to fit). */
export const TYPE = { title: 84, h1: 52, h2: 40, body: 32, small: 26, tiny: 22 } as const;

export function fontSize(size: keyof typeof TYPE, textSize: TextSize = 'normaal'): number {
  return Math.round(TYPE[size] * TEXT_SCALE[textSize]);
}

export function hex(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}
