import { describe, expect, it } from 'vitest';
import { BACKING_STEP, backingFor, LARGEST_IDLE_AREA, OVERHANG, toClear } from '../../src/ui/canvasBacking.ts';

describe('backingFor', () => {
  it('keeps the pixels a canvas has while the text fits in them', () => {
    expect(backingFor({ width: 300, height: 40 }, { width: 384, height: 64 })).toBeNull();
    expect(backingFor({ width: 384, height: 64 }, { width: 384, height: 64 })).toBeNull();
  });

  it('grows in steps, so a slightly longer text next time still fits', () => {
    expect(backingFor({ width: 385, height: 40 }, { width: 384, height: 64 })).toEqual({ width: 448, height: 64 });
    expect(backingFor({ width: 10, height: 65 }, { width: 384, height: 64 })).toEqual({
      width: BACKING_STEP,
      height: 128,
    });
  });

  it('keeps them through the 1×1 placeholder a pooled canvas is given as it changes hands', () => {
    expect(backingFor({ width: 1, height: 1 }, { width: 1600, height: 900 })).toBeNull();
  });

  it('gives a large canvas’s memory back when it holds a much smaller text', () => {
    const large = { width: 1600, height: 900 };
    expect(large.width * large.height).toBeGreaterThan(LARGEST_IDLE_AREA);
    expect(backingFor({ width: 300, height: 40 }, large)).toEqual({ width: 320, height: 64 });
    // A quarter of it or more is use enough.
    expect(backingFor({ width: 800, height: 450 }, large)).toBeNull();
  });

  it('lets a small canvas keep its pixels, however little of them a text uses', () => {
    expect(backingFor({ width: 20, height: 20 }, { width: 512, height: 512 })).toBeNull();
  });
});

describe('toClear', () => {
  it('clears what was drawn on, with room for overhang, within the pixels there are', () => {
    expect(toClear({ width: 300, height: 40 }, { width: 1600, height: 900 })).toEqual({
      width: 300 + OVERHANG,
      height: 40 + OVERHANG,
    });
    expect(toClear({ width: 1590, height: 880 }, { width: 1600, height: 900 })).toEqual({ width: 1600, height: 900 });
  });
});
