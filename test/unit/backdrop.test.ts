import { describe, expect, it } from 'vitest';
import { dimmed } from '../../src/ui/Backdrop.ts';
import { COLORS } from '../../src/ui/theme.ts';

describe('dimmed backdrop colours', () => {
  it('is the colour a night-coloured layer of that opacity would leave', () => {
    // White under night (0x1d2a4d) at 0.82: each channel 255 × 0.18 + night × 0.82, rounded.
    expect(dimmed(0xffffff, 0.82)).toBe(0x46506d);
    expect(dimmed(0x000000, 0.5)).toBe(0x0f1527);
  });

  it('leaves a colour alone at no dimming, and gives the night colour at full dimming', () => {
    expect(dimmed(0xa5d8ff, 0)).toBe(0xa5d8ff);
    expect(dimmed(0xa5d8ff, 1)).toBe(COLORS.night);
  });
});
