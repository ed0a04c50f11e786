/**
 * The game's one store (zustand, vanilla): settings, the scenario in progress, and results.
 * Persisted to localStorage with a schema version. What is loaded is validated: a corrupt,
 * unknown or newer save is reset with a notice, a full or missing storage still plays.
 */

import { type PersistStorage, persist, type StorageValue } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StepScore } from '../protocol/scoring.ts';
import type { SessionSave } from '../story/PlaySession.ts';
import type { Mode } from '../story/tags.ts';

export const SAVE_KEY = 'online-grenzen';
export const SAVE_VERSION = 1;
export const MAX_RESULTS = 100;

export const TEXT_SIZES = ['normaal', 'groot', 'extra'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  mode: Mode | null;
  /** Master volume 0–1. */
  volume: number;
  musicVolume: number;
  sfxVolume: number;
  muted: boolean;
  textSize: TextSize;
  /** null: follow the browser's prefers-reduced-motion. */
  reducedMotion: boolean | null;
  /** 'dyslexie' uses OpenDyslexic. */
  font: 'standaard' | 'dyslexie';
  highContrast: boolean;
  /** Show sound cues as text. */
  captions: boolean;
  /** Read lines and choices aloud with the browser's speech synthesis. */
  readAloud: boolean;
  /** The language of the interface and of the stories listed. */
  lang: 'nl' | 'en';
}

export interface AttemptResult {
  storyId: string;
  /** ISO date and time the attempt ended. */
  finishedAt: string;
  points: number;
  max: number;
  percent: number | null;
  ending: string | null;
  perStep: StepScore[];
}

export interface GameData {
  settings: Settings;
  /** The scenario in progress, saved at every choice. */
  active: SessionSave | null;
  results: AttemptResult[];
}

export interface GameState extends GameData {
  /** A message for the player about their save (reset, not stored); not persisted. */
  notice: Notice | null;
}

export interface GameActions {
  updateSettings(patch: Partial<Settings>): void;
  saveProgress(save: SessionSave): void;
  clearProgress(): void;
  recordResult(result: AttemptResult): void;
  dismissNotice(): void;
  /** Wipes everything stored on this device. */
  resetAll(): void;
}

export type GameStore = StoreApi<GameState & GameActions>;

export const DEFAULT_SETTINGS: Settings = {
  mode: null,
  volume: 0.8,
  musicVolume: 0.5,
  sfxVolume: 0.8,
  muted: false,
  textSize: 'normaal',
  reducedMotion: null,
  font: 'standaard',
  highContrast: false,
  captions: false,
  readAloud: false,
  lang: 'nl',
};

export function initialData(): GameData {
  return { settings: { ...DEFAULT_SETTINGS }, active: null, results: [] };
}

/** Notices are dictionary keys; the screens say them in the player's language. */
export const NOTICE_RESET = 'notice.reset';
export const NOTICE_NO_STORAGE = 'notice.noStorage';
export const NOTICE_FULL = 'notice.full';
export type Notice = typeof NOTICE_RESET | typeof NOTICE_NO_STORAGE | typeof NOTICE_FULL;

// ---------------------------------------------------------------------------------------
// Validation: what comes out of localStorage is untrusted.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUnit = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

export function validSettings(v: unknown): v is Settings {
  return (
    isObject(v) &&
    (v.mode === null || v.mode === 'student' || v.mode === 'staff') &&
    isUnit(v.volume) &&
    isUnit(v.musicVolume) &&
    isUnit(v.sfxVolume) &&
    typeof v.muted === 'boolean' &&
    (TEXT_SIZES as readonly unknown[]).includes(v.textSize) &&
    (v.reducedMotion === null || typeof v.reducedMotion === 'boolean') &&
    (v.font === 'standaard' || v.font === 'dyslexie') &&
    typeof v.highContrast === 'boolean' &&
    typeof v.captions === 'boolean' &&
    typeof v.readAloud === 'boolean' &&
    (v.lang === 'nl' || v.lang === 'en')
  );
}

function validSession(v: unknown): v is SessionSave {
  return (
    isObject(v) &&
    typeof v.storyId === 'string' &&
    isObject(v.runner) &&
    typeof v.runner.ink === 'string' &&
    isObject(v.log) &&
    Array.isArray(v.log.decisions) &&
    Array.isArray(v.batch)
  );
}

function validResult(v: unknown): v is AttemptResult {
  return (
    isObject(v) &&
    typeof v.storyId === 'string' &&
    typeof v.finishedAt === 'string' &&
    typeof v.points === 'number' &&
    typeof v.max === 'number' &&
    Array.isArray(v.perStep)
  );
}

export function validData(v: unknown): v is GameData {
  return (
    isObject(v) &&
    validSettings(v.settings) &&
    (v.active === null || validSession(v.active)) &&
    Array.isArray(v.results) &&
    v.results.every(validResult)
  );
}

/**
 * Turns a stored value of any version into current data, or null when it cannot be trusted.
 * Add a case here when SAVE_VERSION goes up.
 */
export function migrate(stored: unknown, version: number): GameData | null {
  if (version !== SAVE_VERSION || !isObject(stored)) return null;
  // Settings added within this version get their defaults.
  const data = isObject(stored.settings)
    ? { ...stored, settings: { ...DEFAULT_SETTINGS, ...stored.settings } }
    : stored;
  if (!validData(data)) return null;
  return data.active ? { ...data, active: withoutResumePoints(data.active) } : data;
}

/**
 * Saves from before a replay made the choices again kept the story's whole state at every
 * decision, some 3 KB each. Nothing reads it now; dropped, it is not written at every choice.
 */
function withoutResumePoints(save: SessionSave): SessionSave {
  const decisions = save.log.decisions.map((decision) => {
    if (!isObject(decision) || !('resume' in decision)) return decision;
    const { resume: _, ...rest } = decision;
    return rest as typeof decision;
  });
  return { ...save, log: { ...save.log, decisions } };
}

// ---------------------------------------------------------------------------------------
// Storage that never throws into the game.

export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => {
      map.delete(k);
    },
    setItem: (k, v) => {
      map.set(k, String(v));
    },
  };
}

/** localStorage when the browser lets us use it, otherwise null (private mode, blocked). */
export function browserStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = `${SAVE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Where the play in progress is kept, beside the rest of the save. */
export const playKey = (name: string): string => `${name}:play`;

/**
 * The play in progress is written at every choice, settings and results seldom; so they are
 * kept under two keys, and each is written only when its part changed. A hundred results no
 * longer go to storage at every choice. A save from before the split keeps its play under
 * the main key until the first write moves it. An older version of the game reading the
 * main key after that finds no play in progress, and loses nothing else.
 */
function guardedStorage(storage: Storage, onNotice: (notice: Notice) => void): PersistStorage<GameData> {
  let written: Partial<GameData> = {};
  /** null when there is nothing under the key, undefined when what is there is not JSON. */
  const read = (key: string): unknown => {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    try {
      return JSON.parse(raw);
    } catch {
      return undefined;
    }
  };
  const drop = (key: string) => {
    try {
      storage.removeItem(key);
    } catch {
      // Nothing to do: the next save overwrites it.
    }
  };
  const write = (key: string, value: unknown): boolean => {
    try {
      storage.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      onNotice(NOTICE_FULL);
      return false;
    }
  };
  return {
    getItem(name) {
      written = {};
      let parsed: unknown;
      let play: unknown;
      try {
        parsed = read(name);
        play = read(playKey(name));
      } catch {
        onNotice(NOTICE_NO_STORAGE);
        return null;
      }
      if (parsed === null) return null;
      const data =
        isObject(parsed) && typeof parsed.version === 'number' ? migrate(parsed.state, parsed.version) : null;
      if (!data) {
        onNotice(NOTICE_RESET);
        drop(name);
        drop(playKey(name));
        return null;
      }
      if (play === null) return { state: data, version: SAVE_VERSION };
      const active =
        isObject(play) && play.version === SAVE_VERSION && (play.state === null || validSession(play.state))
          ? play.state
          : undefined;
      if (active === undefined) {
        // A broken play in progress costs that play only.
        onNotice(NOTICE_RESET);
        drop(playKey(name));
        return { state: { ...data, active: null }, version: SAVE_VERSION };
      }
      // Written by this version only, so it holds no resume points: migrate drops them from an old save's play.
      return { state: { ...data, active }, version: SAVE_VERSION };
    },
    setItem(name, value: StorageValue<GameData>) {
      const { settings, active, results } = value.state;
      const version = value.version ?? SAVE_VERSION;
      // The play first: the main part no longer holds it once written.
      if (active !== written.active) {
        if (!write(playKey(name), { version, state: active })) return;
        written = { ...written, active };
      }
      if (settings === written.settings && results === written.results) return;
      if (write(name, { version, state: { settings, active: null, results } })) {
        written = { ...written, settings, results };
      }
    },
    removeItem(name) {
      written = {};
      drop(name);
      drop(playKey(name));
    },
  };
}

export interface StoreOptions {
  /** Where to persist; null for a browser without usable storage. Default: localStorage. */
  storage?: Storage | null;
  key?: string;
}

export function createGameStore(options: StoreOptions = {}): GameStore {
  const requested = options.storage === undefined ? browserStorage() : options.storage;
  let pendingNotice: Notice | null = requested ? null : NOTICE_NO_STORAGE;
  let setNotice: (notice: Notice) => void = (notice) => {
    pendingNotice = notice;
  };
  const storage = guardedStorage(requested ?? memoryStorage(), (notice) => setNotice(notice));

  const store = createStore<GameState & GameActions>()(
    persist(
      (set) => ({
        ...initialData(),
        notice: null,
        updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
        saveProgress: (save) => set({ active: save }),
        clearProgress: () => set({ active: null }),
        recordResult: (result) => set((s) => ({ results: [...s.results, result].slice(-MAX_RESULTS) })),
        dismissNotice: () => set({ notice: null }),
        resetAll: () => set({ ...initialData() }),
      }),
      {
        name: options.key ?? SAVE_KEY,
        version: SAVE_VERSION,
        storage,
        partialize: (s): GameData => ({ settings: s.settings, active: s.active, results: s.results }),
        // Our storage already migrated and validated; persist must not drop it again.
        migrate: (stored) => stored as GameData,
      },
    ),
  );
  // A failing write reports itself through setState, which writes again: report once.
  setNotice = (notice) => {
    if (store.getState().notice !== notice) store.setState({ notice });
  };
  if (pendingNotice) store.setState({ notice: pendingNotice });
  return store;
}
