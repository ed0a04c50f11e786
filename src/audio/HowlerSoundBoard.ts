/**
 * Sound through howler, behind a small typed adapter so it is tested without a browser.
 * Effects come from one sprite; music loops per mood. Nothing is created before the
 * player's first gesture (the autoplay rule), and a sound that fails never blocks play.
 */
import type { GameStore, Settings } from '../state/store.ts';
import type { Mood, SoundBoard, UiCue } from './SoundBoard.ts';

export interface HowlLike {
  play(sprite?: string): number;
  stop(): void;
  volume(volume: number): void;
  fade(from: number, to: number, ms: number): void;
  once(event: 'unlock', handler: () => void): void;
  on(event: 'playerror' | 'loaderror', handler: (id: number, error: unknown) => void): void;
  unload(): void;
}

export interface HowlOptions {
  src: string[];
  sprite?: Record<string, [number, number]>;
  loop?: boolean;
  /** Streams long files (music) instead of decoding them whole. */
  html5?: boolean;
  volume: number;
}

export interface AudioBackend {
  /** Loads what `create` needs; without it, the backend is ready at once. */
  ready?(): Promise<void>;
  create(options: HowlOptions): HowlLike;
  setMasterVolume(volume: number): void;
  setMuted(muted: boolean): void;
}

export interface AudioAssets {
  sfx: string[];
  sprite: Record<string, [number, number]>;
  music: Record<Mood, string[]>;
}

/** The volume each channel plays at, from the settings. */
export function effectiveVolumes(settings: Settings): { master: number; music: number; sfx: number } {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return {
    master: settings.muted ? 0 : clamp(settings.volume),
    music: clamp(settings.musicVolume),
    sfx: clamp(settings.sfxVolume),
  };
}

export class HowlerSoundBoard implements SoundBoard {
  private sfx: HowlLike | null = null;
  private music: Partial<Record<Mood, HowlLike>> = {};
  private mood: Mood | null = null;
  private unlocked = false;
  /** The sounds exist: after the gesture, once the backend is ready. */
  private live = false;
  private readonly unsubscribe: () => void;
  /** Cues asked for, in order (what captions and tests read). */
  readonly played: string[] = [];

  constructor(
    private readonly store: GameStore,
    private readonly backend: AudioBackend,
    private readonly assets: AudioAssets,
  ) {
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.settings !== previous.settings) this.apply(state.settings);
    });
  }

  get isUnlocked(): boolean {
    return this.unlocked;
  }

  /**
   * Call on the first user gesture; creates the sounds, once the backend has loaded. A cue
   * asked for before then is recorded (captions read it) but not heard.
   */
  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    const ready = this.backend.ready?.();
    if (!ready) {
      this.createSounds();
      return;
    }
    ready.then(
      () => this.createSounds(),
      // No sound, and the game goes on: the same as a browser that refuses to play.
      (error: unknown) => console.warn('Sound is not available', error),
    );
  }

  private createSounds(): void {
    if (this.live) return;
    this.live = true;
    const volumes = effectiveVolumes(this.store.getState().settings);
    // An effect the browser refuses is simply missed; replaying it late would be confusing.
    this.sfx = this.backend.create({ src: this.assets.sfx, sprite: this.assets.sprite, volume: volumes.sfx });
    this.apply(this.store.getState().settings);
    if (this.mood) this.startMood(this.mood);
  }

  cue(id: string): void {
    this.played.push(id);
    if (!this.sfx || !Object.hasOwn(this.assets.sprite, id)) return;
    this.sfx.play(id);
  }

  ui(cue: UiCue): void {
    this.cue(cue);
  }

  setMood(mood: Mood | null): void {
    if (mood === this.mood) return;
    const previous = this.mood ? this.music[this.mood] : undefined;
    this.mood = mood;
    if (previous) previous.stop();
    if (mood && this.live) this.startMood(mood);
  }

  dispose(): void {
    this.unsubscribe();
    this.sfx?.unload();
    for (const howl of Object.values(this.music)) howl?.unload();
  }

  private startMood(mood: Mood): void {
    let howl = this.music[mood];
    if (!howl) {
      howl = this.backend.create({ src: this.assets.music[mood], loop: true, html5: true, volume: 0 });
      this.retryOnUnlock(howl);
      this.music[mood] = howl;
    }
    howl.play();
    howl.fade(0, effectiveVolumes(this.store.getState().settings).music, 1500);
  }

  private apply(settings: Settings): void {
    const volumes = effectiveVolumes(settings);
    this.backend.setMasterVolume(volumes.master);
    this.backend.setMuted(settings.muted);
    this.sfx?.volume(volumes.sfx);
    if (this.mood) this.music[this.mood]?.volume(volumes.music);
  }

  /** howler's documented recovery: a play refused by the browser is retried once unlocked. */
  private retryOnUnlock(howl: HowlLike): void {
    howl.on('playerror', () => howl.once('unlock', () => howl.play()));
  }
}
