/**
 * One play of one story: drives the runner, keeps the play log (decisions and the feedback
 * that followed each), and can be saved at every choice and resumed.
 */
import { emptyLog, type PlayLog } from '../protocol/playLog.ts';
import type { Beat, ChoicesBeat } from './beats.ts';
import type { RunnerSave, StoryRunner } from './StoryRunner.ts';

export interface SessionSave {
  storyId: string;
  runner: RunnerSave;
  log: PlayLog;
  /** The beats shown since the last choice, so a resumed game shows the same screen. */
  batch: Beat[];
}

export class PlaySession {
  private log: PlayLog;
  private batch: Beat[] = [];
  /** The runner's state at the pending choice point, taken once: ink's ToJson is not cheap. */
  private snapshot: RunnerSave | null = null;

  constructor(
    readonly runner: StoryRunner,
    resume?: SessionSave,
  ) {
    this.log = emptyLog(runner.meta.id);
    if (resume) {
      runner.restore(resume.runner);
      this.log = structuredClone(resume.log);
      this.batch = structuredClone(resume.batch);
    }
  }

  /** A play made ahead starts when the player starts it. */
  startClock(at = new Date()): void {
    this.log.startedAt = at.toISOString();
  }

  get storyId(): string {
    return this.runner.meta.id;
  }

  get playLog(): PlayLog {
    return this.log;
  }

  /** The beats on screen now: after a resume, the saved ones; otherwise runs the story on. */
  current(): Beat[] {
    if (this.batch.length === 0) this.advance();
    return this.batch;
  }

  get pendingChoices(): ChoicesBeat | null {
    const last = this.batch[this.batch.length - 1];
    return last?.kind === 'choices' ? last : null;
  }

  /** Chooses an option at the current choice point and returns the beats up to the next one. */
  choose(index: number): Beat[] {
    const choices = this.pendingChoices;
    if (!choices) throw new Error(`${this.storyId}: er is nu geen keuze te maken`);
    const resume = { runner: this.pointSnapshot(), batch: structuredClone(this.batch) };
    this.runner.choose(index);
    this.log.decisions.push({ options: choices.options, chosen: index, feedback: [], resume });
    return this.advance();
  }

  /**
   * The beats that choosing `index` now would give, without choosing. The game renders the
   * feedback ahead while the player reads, so the click shows it at once; choosing that
   * option then takes the previewed run over. Null when there is no such choice or the
   * story fails there.
   */
  preview(index: number): Beat[] | null {
    const choices = this.pendingChoices;
    if (!choices?.options.some((option) => option.index === index)) return null;
    // The choice will need this save of the choice point; taking it now keeps it off the click.
    this.pointSnapshot();
    try {
      return this.runner.preview(index);
    } catch {
      return null;
    }
  }

  private pointSnapshot(): RunnerSave {
    this.snapshot ??= this.runner.save();
    return this.snapshot;
  }

  /** Whether the log holds what `replayFrom` needs for decision `number`. */
  static canReplayFrom(log: PlayLog, number: number): boolean {
    return Boolean(log.decisions[number - 1]?.resume);
  }

  /** A save that replays the story from decision `number` (1-based) with the log before it. */
  static replayFrom(log: PlayLog, number: number): SessionSave | null {
    const decision = log.decisions[number - 1];
    if (!decision?.resume) return null;
    return {
      storyId: log.storyId,
      runner: decision.resume.runner,
      log: {
        ...structuredClone(log),
        decisions: structuredClone(log.decisions.slice(0, number - 1)),
        ending: null,
        finished: false,
      },
      batch: structuredClone(decision.resume.batch),
    };
  }

  save(): SessionSave {
    return {
      storyId: this.storyId,
      runner: this.pendingChoices ? this.pointSnapshot() : this.runner.save(),
      log: structuredClone(this.log),
      batch: structuredClone(this.batch),
    };
  }

  private advance(): Beat[] {
    this.snapshot = null;
    const beats = this.runner.continue();
    const last = this.log.decisions[this.log.decisions.length - 1];
    for (const beat of beats) {
      if (beat.kind === 'feedback' && last) last.feedback.push(beat.text);
      if (beat.kind === 'end') {
        this.log.finished = true;
        this.log.ending = beat.ending;
      }
    }
    this.batch = beats;
    return beats;
  }
}
