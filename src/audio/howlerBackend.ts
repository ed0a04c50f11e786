import calmMp3 from '../../assets/audio/music-calm.mp3?url';
import calmOgg from '../../assets/audio/music-calm.ogg?url';
import tenseMp3 from '../../assets/audio/music-tense.mp3?url';
import tenseOgg from '../../assets/audio/music-tense.ogg?url';
import sprite from '../../assets/audio/sfx.json';
import sfxMp3 from '../../assets/audio/sfx.mp3?url';
import sfxOgg from '../../assets/audio/sfx.ogg?url';
import type { AudioAssets, AudioBackend } from './HowlerSoundBoard.ts';

type HowlerModule = typeof import('howler');

/**
 * howler loads apart from the game's first code: no sound plays before the player's first
 * gesture anyway, and its code (about 36 KB) was parsed and run before the title could show.
 * The title fetches it ahead once it has drawn (`prefetchHowler`), so the first click has it.
 */
let howler: HowlerModule | null = null;
let loading: Promise<HowlerModule> | null = null;

function loadHowler(): Promise<HowlerModule> {
  loading ??= import('howler').then((module) => {
    howler = module;
    return module;
  });
  return loading;
}

/** Fetches howler while the player looks at the first screen; a failure is met again at unlock. */
export function prefetchHowler(): void {
  loadHowler().catch(() => {
    loading = null;
  });
}

export const howlerBackend: AudioBackend = {
  ready: async () => {
    await loadHowler();
  },
  create: (options) => {
    if (!howler) throw new Error('howler is not loaded yet');
    return new howler.Howl({ ...options, preload: true });
  },
  // Before howler has loaded there is nothing to set: the board applies the settings once it is ready.
  setMasterVolume: (volume) => {
    howler?.Howler.volume(volume);
  },
  setMuted: (muted) => {
    howler?.Howler.mute(muted);
  },
};

/** Ogg first (small), mp3 for Safari on iPads. */
export const AUDIO_ASSETS: AudioAssets = {
  sfx: [sfxOgg, sfxMp3],
  sprite: sprite as unknown as Record<string, [number, number]>,
  music: { calm: [calmOgg, calmMp3], tense: [tenseOgg, tenseMp3] },
};
