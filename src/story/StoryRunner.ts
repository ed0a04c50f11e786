/**
 * Wraps an inkjs Story (never subclasses it) and turns it into typed beats that the game
 * presents. It knows the tag contract and nothing about Phaser.
 */
import { Story } from 'inkjs';
import type { StoryState } from 'inkjs/engine/StoryState';
import type { Beat, ChoiceOption, ChoicesBeat } from './beats.ts';
import { parseChoiceTags, parseHeader, parseLineTags, type StoryMeta } from './tags.ts';

export interface ExternalBinding {
  // biome-ignore lint/suspicious/noExplicitAny: ink passes loosely typed arguments
  fn: (...args: any[]) => unknown;
  /** Pure facts may run during ink's lookahead; actions must not. */
  lookaheadSafe: boolean;
}

export interface RunnerOptions {
  /** The story's file name or id; every error names it. */
  name: string;
  externals?: Record<string, ExternalBinding>;
}

export interface RunnerSave {
  version: 1;
  ink: string;
  scene: string | null;
  ending: string | null;
}

/**
 * The inkjs internals that let a preview run on a copy of the state. inkjs makes such a copy
 * for a save on another thread: the copy writes its variables and visit counts to a patch of
 * its own, so the original stays as it was, and applying the patch later is the same as
 * having run on the original.
 */
interface PatchingStory {
  _state: StoryState;
  _asyncSaving: boolean;
  _stateSnapshotAtLastNewline: StoryState | null;
  CopyStateForBackgroundThreadSave(): StoryState;
}

/** What choosing an option gave on a copy of the state, kept to be taken over. */
interface Outcome {
  state: StoryState;
  beats: Beat[];
  scene: string | null;
  ending: string | null;
}

export class StoryRuntimeError extends Error {
  constructor(story: string, messages: readonly string[]) {
    super(`${story}: ${messages.join('; ')}`);
    this.name = 'StoryRuntimeError';
  }
}

export class StoryRunner {
  readonly meta: StoryMeta;
  readonly name: string;
  /** Ink warnings seen so far; tests treat any as a failure. */
  readonly warnings: string[] = [];
  private readonly story: Story;
  private readonly globalTags: string[];
  private scene: string | null = null;
  private ending: string | null = null;
  private atStart = true;
  private errors: string[] = [];
  /** Previewed outcomes at the current choice point, by option index. */
  private outcomes = new Map<number, Outcome>();
  /** The beats of an outcome taken over by `choose`, for the `continue` after it. */
  private taken: Beat[] | null = null;

  constructor(json: string | object, options: RunnerOptions) {
    this.name = options.name;
    // inkjs reads a parsed story as it is; a string would be parsed once more.
    this.story = typeof json === 'string' ? new Story(json) : new Story(json as Record<string, unknown>);
    this.story.allowExternalFunctionFallbacks = false;
    this.story.onError = (message, type) => {
      // ErrorType: 0 author, 1 warning, 2 error.
      if (Number(type) === 1) this.warnings.push(message);
      else if (Number(type) === 2) this.errors.push(message);
    };
    for (const [name, binding] of Object.entries(options.externals ?? {})) {
      this.story.BindExternalFunction(name, binding.fn, binding.lookaheadSafe);
    }
    this.globalTags = this.story.globalTags ?? [];
    this.meta = parseHeader(this.globalTags, this.name);
  }

  /** Back to the opening, as a new runner would be, without parsing the story again. */
  restart(): void {
    this.forget();
    this.story.ResetState();
    this.scene = null;
    this.ending = null;
    this.atStart = true;
    this.errors = [];
  }

  /**
   * The seed of the story's chance (`RANDOM`, shuffles). A story given the same seed at its
   * start and the same choices tells the same story.
   */
  get seed(): number {
    return this.story.state.storySeed;
  }

  set seed(value: number) {
    this.story.state.storySeed = value;
  }

  /** The backdrop in force now. */
  get currentScene(): string | null {
    return this.scene;
  }

  /**
   * Runs the story to its next choice point or end. The last beat is always `choices` or
   * `end`; the beats before it are lines, feedback and discussion prompts, in order. After
   * choosing a previewed option, these are the preview's beats: the story ran them then.
   */
  continue(): Beat[] {
    if (this.taken) {
      const taken = this.taken;
      this.taken = null;
      return taken;
    }
    this.forget();
    return this.run();
  }

  private run(): Beat[] {
    const beats: Beat[] = [];
    while (this.story.canContinue) {
      const raw = this.guard(() => this.story.Continue() ?? '');
      const text = raw.trim();
      const tags = this.lineTags(this.story.currentTags ?? []);
      const parsed = parseLineTags(tags, this.name, text || tags.join(' #'));
      if (parsed.scene) this.scene = parsed.scene;
      if (parsed.ending) this.ending = parsed.ending;
      if (parsed.feedback) {
        if (!text) throw new StoryRuntimeError(this.name, ['een feedbackregel zonder tekst']);
        beats.push({ kind: 'feedback', text });
      } else if (text || parsed.sfx || parsed.scene) {
        beats.push({
          kind: 'line',
          text,
          speaker: parsed.speaker,
          channel: parsed.channel ?? (parsed.speaker ? 'face' : 'narrator'),
          scene: this.scene,
          sfx: parsed.sfx,
        });
      }
      if (parsed.discuss) beats.push({ kind: 'discuss', text: parsed.discuss });
    }
    beats.push(this.choicePoint());
    return beats;
  }

  choose(index: number): void {
    this.checkIndex(index);
    const outcome = this.outcomes.get(index);
    this.forget();
    if (outcome) {
      this.adopt(outcome);
      return;
    }
    this.guard(() => this.story.ChooseChoiceIndex(index));
  }

  /**
   * The beats that choosing `index` and continuing would give, worked out on a copy of the
   * state: the story stays where it is. The outcome is kept, so that choosing the same
   * option next takes it over instead of running the story again.
   */
  preview(index: number): Beat[] {
    this.checkIndex(index);
    const kept = this.outcomes.get(index);
    if (kept) return kept.beats;
    const story = this.story as unknown as PatchingStory;
    const here = { scene: this.scene, ending: this.ending, atStart: this.atStart };
    const original = story.CopyStateForBackgroundThreadSave();
    try {
      this.guard(() => this.story.ChooseChoiceIndex(index));
      const beats = this.run();
      // Ink's lookahead swaps in copies of its own as it runs: the state is the one at the end.
      this.outcomes.set(index, { state: story._state, beats, scene: this.scene, ending: this.ending });
      return beats;
    } finally {
      story._state = original;
      original.RestoreAfterPatch();
      story._asyncSaving = false;
      // A run that failed inside ink may leave its lookahead behind; the choice point has none.
      story._stateSnapshotAtLastNewline = null;
      ({ scene: this.scene, ending: this.ending, atStart: this.atStart } = here);
    }
  }

  /** Takes over a previewed outcome: its patch is applied, as ink does after a save. */
  private adopt(outcome: Outcome): void {
    const story = this.story as unknown as PatchingStory;
    story._state = outcome.state;
    outcome.state.RestoreAfterPatch();
    outcome.state.ApplyAnyPatch();
    this.scene = outcome.scene;
    this.ending = outcome.ending;
    this.atStart = false;
    this.taken = outcome.beats;
  }

  /** The story moved on another way: previewed outcomes no longer apply. */
  private forget(): void {
    this.outcomes.clear();
    this.taken = null;
  }

  private checkIndex(index: number): void {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new RangeError(`${this.name}: keuze ${index} bestaat niet (er zijn er ${count})`);
    }
  }

  save(): RunnerSave {
    return { version: 1, ink: this.story.state.ToJson(), scene: this.scene, ending: this.ending };
  }

  restore(save: RunnerSave): void {
    if (save?.version !== 1 || typeof save.ink !== 'string') {
      throw new StoryRuntimeError(this.name, ['opgeslagen voortgang heeft een onbekend formaat']);
    }
    this.forget();
    this.guard(() => this.story.state.LoadJson(save.ink));
    this.scene = save.scene;
    this.ending = save.ending;
    this.atStart = false;
  }

  private choicePoint(): ChoicesBeat | { kind: 'end'; ending: string | null } {
    const choices = this.story.currentChoices;
    if (choices.length === 0) return { kind: 'end', ending: this.ending };
    const options: ChoiceOption[] = choices.map((choice, index) => {
      const text = choice.text.trim();
      if (!text) throw new StoryRuntimeError(this.name, ['een keuze zonder tekst']);
      return { index, text, ...parseChoiceTags(choice.tags, this.name, text) };
    });
    return { kind: 'choices', options };
  }

  /** Ink repeats the file's global tags on the first line; they are header, not line tags. */
  private lineTags(tags: readonly string[]): string[] {
    if (!this.atStart) return [...tags];
    this.atStart = false;
    let skip = 0;
    while (skip < this.globalTags.length && tags[skip] === this.globalTags[skip]) skip++;
    return tags.slice(skip);
  }

  private guard<T>(action: () => T): T {
    this.errors = [];
    let result: T;
    try {
      result = action();
    } catch (error) {
      throw new StoryRuntimeError(this.name, [error instanceof Error ? error.message : String(error)]);
    }
    if (this.errors.length > 0) throw new StoryRuntimeError(this.name, this.errors);
    return result;
  }
}
