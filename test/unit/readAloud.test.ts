import { describe, expect, it } from 'vitest';
import { ReadAloud, type SpeechLike, type VoiceLike } from '../../src/audio/ReadAloud.ts';

function synth(voices: VoiceLike[]) {
  const said: string[] = [];
  let cancels = 0;
  const s: SpeechLike & { said: string[]; cancels: () => number } = {
    getVoices: () => voices,
    speak: (u) => said.push((u as unknown as { text: string }).text),
    cancel: () => {
      cancels++;
    },
    said,
    cancels: () => cancels,
  };
  return s;
}
const utter = (text: string) => ({ text }) as unknown as SpeechSynthesisUtterance;

describe('ReadAloud', () => {
  it('speaks with a Dutch voice when there is one, cutting off the previous line', () => {
    const s = synth([
      { lang: 'en-GB', name: 'Daniel' },
      { lang: 'nl-NL', name: 'Xander' },
    ]);
    const reader = new ReadAloud(s, utter);
    expect(reader.available('nl')).toBe(true);
    expect(reader.say('Hallo Sanne.')).toBe(true);
    expect(reader.say('Wat doe je?')).toBe(true);
    expect(s.said).toEqual(['Hallo Sanne.', 'Wat doe je?']);
    expect(s.cancels()).toBe(2);
  });

  it('stays silent without a voice for the language, or without speech synthesis', () => {
    const s = synth([{ lang: 'en-US', name: 'Samantha' }]);
    expect(new ReadAloud(s, utter).say('Hallo')).toBe(false);
    expect(s.said).toEqual([]);
    expect(new ReadAloud(null, utter).available()).toBe(false);
  });
});
