import { describe, expect, it } from 'vitest';
import sprite from '../../assets/audio/sfx.json';
import {
  type AudioBackend,
  effectiveVolumes,
  HowlerSoundBoard,
  type HowlLike,
  type HowlOptions,
} from '../../src/audio/HowlerSoundBoard.ts';
import { createGameStore, DEFAULT_SETTINGS, memoryStorage, SAVE_KEY } from '../../src/state/store.ts';
import { SFX } from '../../src/story/registry.ts';

class FakeHowl implements HowlLike {
  plays: (string | undefined)[] = [];
  vol: number;
  stopped = 0;
  fades: [number, number][] = [];
  private playError: ((id: number, e: unknown) => void) | null = null;
  private unlockHandlers: (() => void)[] = [];
  constructor(readonly options: HowlOptions) {
    this.vol = options.volume;
  }
  play(s?: string) {
    this.plays.push(s);
    return this.plays.length;
  }
  stop() {
    this.stopped++;
  }
  volume(v: number) {
    this.vol = v;
  }
  fade(from: number, to: number) {
    this.fades.push([from, to]);
    this.vol = to;
  }
  once(_: 'unlock', h: () => void) {
    this.unlockHandlers.push(h);
  }
  on(event: string, h: (id: number, e: unknown) => void) {
    if (event === 'playerror') this.playError = h;
  }
  unload() {}
  failPlay() {
    this.playError?.(1, 'blocked');
  }
  fireUnlock() {
    for (const h of this.unlockHandlers.splice(0)) h();
  }
}

function setup(ready?: () => Promise<void>) {
  const storage = memoryStorage();
  const store = createGameStore({ storage });
  const howls: FakeHowl[] = [];
  const backend = {
    ...(ready ? { ready } : {}),
    master: -1,
    muted: false,
    create: (o: HowlOptions) => {
      const h = new FakeHowl(o);
      howls.push(h);
      return h;
    },
    setMasterVolume(v: number) {
      this.master = v;
    },
    setMuted(m: boolean) {
      this.muted = m;
    },
  } satisfies AudioBackend & { master: number; muted: boolean };
  const board = new HowlerSoundBoard(store, backend, {
    sfx: ['sfx.ogg'],
    sprite: sprite as unknown as Record<string, [number, number]>,
    music: { calm: ['calm.ogg'], tense: ['tense.ogg'] },
  });
  return { store, storage, howls, backend, board };
}

describe('HowlerSoundBoard', () => {
  it('creates nothing and plays nothing before the first gesture', () => {
    const { howls, board } = setup();
    board.cue('ping');
    board.setMood('calm');
    expect(howls).toHaveLength(0);
    board.unlock();
    expect(howls.map((h) => h.options.src[0])).toEqual(['sfx.ogg', 'calm.ogg']);
    expect(howls[1]?.options).toMatchObject({ loop: true, html5: true });
  });

  it('plays story cues from the sprite and ignores unknown ones', () => {
    const { howls, board } = setup();
    board.unlock();
    board.cue('ping');
    board.cue('knal');
    board.ui('good');
    expect(howls[0]?.plays).toEqual(['ping', 'good']);
    expect(board.played).toEqual(['ping', 'knal', 'good']);
  });

  it('applies master, music and effects volume and mute from the settings, and persists them', () => {
    const { store, storage, howls, backend, board } = setup();
    board.setMood('tense');
    board.unlock();
    store.getState().updateSettings({ volume: 0.5, sfxVolume: 0.25, musicVolume: 0.1 });
    expect(backend.master).toBe(0.5);
    expect(howls[0]?.vol).toBe(0.25);
    expect(howls[1]?.vol).toBe(0.1);
    store.getState().updateSettings({ muted: true });
    expect(backend.muted).toBe(true);
    expect(backend.master).toBe(0);
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}').state.settings;
    expect(saved).toMatchObject({ volume: 0.5, sfxVolume: 0.25, musicVolume: 0.1, muted: true });
  });

  it('fades music in and switches moods', () => {
    const { howls, board } = setup();
    board.unlock();
    board.setMood('calm');
    board.setMood('tense');
    const [, calm, tense] = howls;
    expect(calm?.stopped).toBe(1);
    expect(tense?.plays).toHaveLength(1);
    expect(tense?.fades[0]).toEqual([0, DEFAULT_SETTINGS.musicVolume]);
  });

  it('retries music the browser refused once audio is unlocked', () => {
    const { howls, board } = setup();
    board.unlock();
    board.setMood('calm');
    const music = howls[1] as FakeHowl;
    music.failPlay();
    expect(music.plays).toHaveLength(1);
    music.fireUnlock();
    expect(music.plays).toHaveLength(2);
  });

  it('with a backend that loads first, creates the sounds once it is ready, with the settings of then', async () => {
    let loaded: () => void = () => {};
    const { store, howls, backend, board } = setup(() => new Promise<void>((ok) => (loaded = ok)));
    board.setMood('calm');
    board.unlock();
    board.cue('ping');
    store.getState().updateSettings({ sfxVolume: 0.3 });
    expect(howls).toHaveLength(0);
    board.setMood('tense');
    loaded();
    await Promise.resolve();
    expect(howls.map((h) => h.options.src[0])).toEqual(['sfx.ogg', 'tense.ogg']);
    expect(howls[0]?.vol).toBe(0.3);
    expect(backend.master).toBe(DEFAULT_SETTINGS.volume);
    // The cue before then is in the captions' list, not played late.
    expect(board.played).toEqual(['ping']);
    expect(howls[0]?.plays).toEqual([]);
    board.cue('good');
    expect(howls[0]?.plays).toEqual(['good']);
  });

  it('stays silent, and working, when the backend fails to load', async () => {
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => warned.push(args[0]);
    try {
      const { howls, board } = setup(() => Promise.reject(new Error('offline')));
      board.unlock();
      await new Promise((ok) => setTimeout(ok, 0));
      board.cue('ping');
      board.setMood('calm');
      expect(howls).toHaveLength(0);
      expect(board.played).toEqual(['ping']);
      expect(warned).toEqual(['Sound is not available']);
    } finally {
      console.warn = warn;
    }
  });

  it('clamps volumes', () => {
    expect(effectiveVolumes({ ...DEFAULT_SETTINGS, volume: 3, sfxVolume: -1 })).toEqual({
      master: 1,
      music: 0.5,
      sfx: 0,
    });
  });

  it('has a sound in the sprite for every sfx a story may use', () => {
    expect(Object.keys(SFX).filter((id) => !Object.hasOwn(sprite, id))).toEqual([]);
  });
});
