/**
 * Reads lines and choices aloud with the browser's own speech synthesis, for pupils who
 * read slowly. Only with a voice for the story's language; otherwise it stays silent.
 */
export interface VoiceLike {
  lang: string;
  name: string;
}

export interface SpeechLike {
  getVoices(): VoiceLike[];
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

export class ReadAloud {
  constructor(
    private readonly synth: SpeechLike | null,
    private readonly utter: (text: string, voice: VoiceLike) => SpeechSynthesisUtterance,
  ) {}

  voiceFor(lang: string): VoiceLike | null {
    const voices = this.synth?.getVoices() ?? [];
    return voices.find((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase())) ?? null;
  }

  available(lang = 'nl'): boolean {
    return this.voiceFor(lang) !== null;
  }

  /** Says the text, cutting off what was still being said. */
  say(text: string, lang = 'nl'): boolean {
    const voice = this.voiceFor(lang);
    if (!this.synth || !voice || !text.trim()) return false;
    this.synth.cancel();
    this.synth.speak(this.utter(text, voice));
    return true;
  }

  stop(): void {
    this.synth?.cancel();
  }
}

export function browserReadAloud(): ReadAloud {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  return new ReadAloud(synth, (text, voice) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice.lang;
    const real = synth?.getVoices().find((v) => v.name === voice.name);
    if (real) utterance.voice = real;
    utterance.rate = 0.95;
    return utterance;
  });
}
