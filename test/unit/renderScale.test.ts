import { describe, expect, it } from 'vitest';
import { scaleFor } from '../../src/ui/renderScale.ts';

describe('scaleFor', () => {
  it.each([
    [1366, 768, 1, 0.71],
    [1920, 1080, 1, 1],
    [1366, 768, 2, 1],
    [1024, 768, 1, 0.53],
    [3840, 2160, 1, 1],
    [640, 360, 1, 0.5],
  ])('%i×%i at %ix is %s', (w, h, dpr, scale) => expect(scaleFor(w, h, dpr)).toBe(scale));
});
