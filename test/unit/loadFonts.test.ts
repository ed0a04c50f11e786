import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFonts } from '../../src/ui/loadFonts.ts';

/** A document whose font loads answer as `load` says. */
function withFonts(load: (face: string) => Promise<unknown>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('document', {
    fonts: {
      load: (face: string) => {
        asked.push(face);
        return load(face);
      },
    },
  });
  return asked;
}

describe('loadFonts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks for every face and resolves once all have loaded', async () => {
    const pending: Array<() => void> = [];
    const asked = withFonts(() => new Promise<void>((resolve) => pending.push(resolve)));
    let done = false;
    const loading = loadFonts(['400 32px "A"', '700 32px "A"']).then(() => {
      done = true;
    });
    expect(asked).toEqual(['400 32px "A"', '700 32px "A"']);
    pending[0]?.();
    await Promise.resolve();
    expect(done).toBe(false);
    pending[1]?.();
    await loading;
    expect(done).toBe(true);
  });

  it('gives up waiting after the timeout when a font never comes', async () => {
    vi.useFakeTimers();
    withFonts(() => new Promise(() => {}));
    let done = false;
    const loading = loadFonts(['italic 400 32px "A"'], 3000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(2999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await loading;
    expect(done).toBe(true);
  });

  it('never fails: a font that fails to load, or no document at all, resolves', async () => {
    withFonts(() => Promise.reject(new Error('network')));
    await expect(loadFonts(['400 32px "A"'])).resolves.toBeUndefined();
    vi.unstubAllGlobals();
    await expect(loadFonts(['400 32px "A"'])).resolves.toBeUndefined();
  });
});
