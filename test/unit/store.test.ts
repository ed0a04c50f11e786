import { describe, expect, it } from 'vitest';
import {
  createGameStore,
  memoryStorage,
  NOTICE_FULL,
  NOTICE_NO_STORAGE,
  NOTICE_RESET,
  playKey,
  SAVE_KEY,
  SAVE_VERSION,
} from '../../src/state/store.ts';

const result = {
  storyId: 'mini',
  finishedAt: '2026-11-24T10:00:00.000Z',
  points: 3,
  max: 4,
  percent: 75,
  ending: 'Klaar',
  perStep: [{ step: 'adviezen' as const, points: 3, max: 4, decisions: 2 }],
};

describe('game store', () => {
  it('persists settings, progress and results under a schema version', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    store.getState().updateSettings({ mode: 'staff', volume: 0.3, textSize: 'groot' });
    store.getState().recordResult(result);
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}');
    expect(saved.version).toBe(SAVE_VERSION);
    expect(saved.state.settings).toMatchObject({ mode: 'staff', volume: 0.3, textSize: 'groot' });
    expect(saved.state.notice).toBeUndefined();

    const again = createGameStore({ storage });
    expect(again.getState().settings.mode).toBe('staff');
    expect(again.getState().results).toEqual([result]);
    expect(again.getState().notice).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['an unknown version', JSON.stringify({ version: 99, state: {} })],
    ['the wrong shape', JSON.stringify({ version: SAVE_VERSION, state: { settings: { mode: 'boss' }, results: [] } })],
    ['a bad result', JSON.stringify({ version: SAVE_VERSION, state: { settings: null, active: null, results: [1] } })],
  ])('resets a save that is %s, with a notice, and keeps playing', (_, raw) => {
    const storage = memoryStorage();
    storage.setItem(SAVE_KEY, raw);
    const store = createGameStore({ storage });
    expect(store.getState().notice).toBe(NOTICE_RESET);
    expect(store.getState().settings.mode).toBeNull();
    store.getState().updateSettings({ mode: 'student' });
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '{}').state.settings.mode).toBe('student');
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('plays without storage (private mode), with a notice', () => {
    const store = createGameStore({ storage: null });
    expect(store.getState().notice).toBe(NOTICE_NO_STORAGE);
    store.getState().updateSettings({ muted: true });
    expect(store.getState().settings.muted).toBe(true);
  });

  it('keeps playing when storage is full', () => {
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const store = createGameStore({ storage: full });
    store.getState().updateSettings({ mode: 'staff' });
    expect(store.getState().settings.mode).toBe('staff');
    expect(store.getState().notice).toBe(NOTICE_FULL);
  });

  it('saves and clears the scenario in progress', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    const save = {
      storyId: 'mini',
      runner: { version: 1 as const, ink: '{}', scene: null, ending: null },
      log: { storyId: 'mini', decisions: [], ending: null, finished: false },
      batch: [],
    };
    store.getState().saveProgress(save);
    expect(createGameStore({ storage }).getState().active).toEqual(save);
    store.getState().clearProgress();
    expect(createGameStore({ storage }).getState().active).toBeNull();
  });

  it('keeps at most the last 100 results', () => {
    const store = createGameStore({ storage: memoryStorage() });
    for (let i = 0; i < 105; i++) store.getState().recordResult({ ...result, points: i });
    expect(store.getState().results).toHaveLength(100);
    expect(store.getState().results[0]?.points).toBe(5);
  });
});

describe('the save in two parts', () => {
  const play = {
    storyId: 'mini',
    runner: { version: 1 as const, ink: '{"flows":{}}', scene: null, ending: null },
    log: { storyId: 'mini', decisions: [], ending: null, finished: false },
    batch: [],
  };
  /** A storage that counts what is written under each key. */
  const countingStorage = () => {
    const storage = memoryStorage();
    const writes = new Map<string, number>();
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      writes.set(key, (writes.get(key) ?? 0) + 1);
      setItem(key, value);
    };
    return { storage, writes };
  };

  it('writes at a choice the play in progress alone, and settings and results only when they change', () => {
    const { storage, writes } = countingStorage();
    const store = createGameStore({ storage });
    for (let i = 0; i < 100; i++) store.getState().recordResult({ ...result, points: i });
    writes.clear();
    for (let i = 0; i < 5; i++) store.getState().saveProgress({ ...play, batch: [] });
    expect(Object.fromEntries(writes)).toEqual({ [playKey(SAVE_KEY)]: 5 });
    store.getState().updateSettings({ volume: 0.2 });
    expect(writes.get(SAVE_KEY)).toBe(1);
    expect(writes.get(playKey(SAVE_KEY))).toBe(5);

    const again = createGameStore({ storage }).getState();
    expect(again.active).toEqual(play);
    expect(again.results).toHaveLength(100);
    expect(again.settings.volume).toBe(0.2);
    // Under the main key, a game from before the split finds no play and its results intact.
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '{}').state).toMatchObject({ active: null, results: again.results });
  });

  it('reads a save from before the split, and moves its play to its own key at the first write', () => {
    const storage = memoryStorage();
    storage.setItem(
      SAVE_KEY,
      JSON.stringify({ version: SAVE_VERSION, state: { settings: {}, active: play, results: [result] } }),
    );
    const store = createGameStore({ storage });
    expect(store.getState().active).toEqual(play);
    expect(store.getState().results).toEqual([result]);
    store.getState().updateSettings({ muted: true });
    expect(JSON.parse(storage.getItem(playKey(SAVE_KEY)) ?? '{}').state).toEqual(play);
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '{}').state.active).toBeNull();
    expect(createGameStore({ storage }).getState().active).toEqual(play);
  });

  it.each([
    ['not JSON', '{oops'],
    ['not a play', JSON.stringify({ version: SAVE_VERSION, state: { storyId: 7 } })],
    ['a newer version', JSON.stringify({ version: SAVE_VERSION + 1, state: play })],
  ])('resets a play in progress that is %s with a notice, and keeps settings and results', (_, raw) => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    store.getState().updateSettings({ mode: 'student' });
    store.getState().recordResult(result);
    storage.setItem(playKey(SAVE_KEY), raw);
    const again = createGameStore({ storage }).getState();
    expect(again.notice).toBe(NOTICE_RESET);
    expect(again.active).toBeNull();
    expect(again.settings.mode).toBe('student');
    expect(again.results).toEqual([result]);
    // Reset once: the next start finds no play and has nothing to say.
    expect(storage.getItem(playKey(SAVE_KEY))).not.toBe(raw);
    expect(createGameStore({ storage }).getState()).toMatchObject({ notice: null, active: null });
  });

  it('clears both parts when the play ends and when everything is wiped', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    store.getState().saveProgress(play);
    store.getState().clearProgress();
    expect(JSON.parse(storage.getItem(playKey(SAVE_KEY)) ?? '{}').state).toBeNull();
    store.getState().saveProgress(play);
    store.getState().resetAll();
    expect(createGameStore({ storage }).getState()).toMatchObject({ active: null, results: [] });
  });
});

describe('migration', () => {
  it('gives settings added later their defaults instead of resetting the save', () => {
    const storage = memoryStorage();
    const old = {
      mode: 'staff',
      volume: 0.4,
      musicVolume: 0.5,
      sfxVolume: 0.8,
      muted: false,
      textSize: 'groot',
      reducedMotion: null,
    };
    storage.setItem(
      SAVE_KEY,
      JSON.stringify({ version: SAVE_VERSION, state: { settings: old, active: null, results: [] } }),
    );
    const store = createGameStore({ storage });
    expect(store.getState().notice).toBeNull();
    expect(store.getState().settings).toMatchObject({
      ...old,
      font: 'standaard',
      highContrast: false,
      captions: false,
      readAloud: false,
    });
  });

  it('drops the story state that decisions saved before replays kept, and keeps the rest', () => {
    const storage = memoryStorage();
    const decision = { options: [], chosen: 0, feedback: ['Goed zo.'] };
    const runner = { version: 1, ink: '{"flows":{}}', scene: null, ending: null };
    const active = {
      storyId: 'mini',
      runner,
      log: {
        storyId: 'mini',
        decisions: [{ ...decision, resume: { runner, batch: [] } }],
        ending: null,
        finished: false,
      },
      batch: [],
    };
    storage.setItem(SAVE_KEY, JSON.stringify({ version: SAVE_VERSION, state: { settings: {}, active, results: [] } }));
    const store = createGameStore({ storage });
    expect(store.getState().notice).toBeNull();
    expect(store.getState().active).toEqual({ ...active, log: { ...active.log, decisions: [decision] } });
  });
});
