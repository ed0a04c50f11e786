import { describe, expect, it } from 'vitest';
import {
  createGameStore,
  memoryStorage,
  NOTICE_FULL,
  NOTICE_NO_STORAGE,
  NOTICE_RESET,
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
