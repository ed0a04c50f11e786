import { Howl, Howler } from 'howler';
import calmMp3 from '../../assets/audio/music-calm.mp3?url';
import calmOgg from '../../assets/audio/music-calm.ogg?url';
import tenseMp3 from '../../assets/audio/music-tense.mp3?url';
import tenseOgg from '../../assets/audio/music-tense.ogg?url';
import sprite from '../../assets/audio/sfx.json';
import sfxMp3 from '../../assets/audio/sfx.mp3?url';
import sfxOgg from '../../assets/audio/sfx.ogg?url';
import type { AudioAssets, AudioBackend } from './HowlerSoundBoard.ts';

export const howlerBackend: AudioBackend = {
  create: (options) => new Howl({ ...options, preload: true }),
  setMasterVolume: (volume) => {
    Howler.volume(volume);
  },
  setMuted: (muted) => {
    Howler.mute(muted);
  },
};

/** Ogg first (small), mp3 for Safari on iPads. */
export const AUDIO_ASSETS: AudioAssets = {
  sfx: [sfxOgg, sfxMp3],
  sprite: sprite as unknown as Record<string, [number, number]>,
  music: { calm: [calmOgg, calmMp3], tense: [tenseOgg, tenseMp3] },
};
