/**
 * One play of one story: drives the runner, keeps the play log (decisions and the feedback
 * that followed each), and can be saved at every choice and resumed, or replayed from any
 * decision by making the log's choices again.
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
    this.log = { ...emptyLog(runner.meta.id), seed: runner.seed };
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
    this.runner.choose(index);
    this.log.decisions.push({ options: choices.options, chosen: index, feedback: [] });
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

  /**
   * A new play of the log's story that makes the log's choices again and stops at decision
   * `number` (1-based), with the decisions before it in its log. A play is repeatable: the
   * story's only chance (`RANDOM`, shuffles) draws from the log's seed. Throws when the
   * log has no such decision or the story no longer offers a choice the log made.
   */
  static replay(runner: StoryRunner, log: PlayLog, number: number): PlaySession {
    const id = runner.meta.id;
    if (log.storyId !== id) throw new Error(`${id}: dit verslag hoort bij ${log.storyId}`);
    if (!Number.isInteger(number) || number < 1 || number > log.decisions.length) {
      throw new RangeError(`${id}: keuze ${number} staat niet in het verslag`);
    }
    if (log.seed !== undefined) runner.seed = log.seed;
    const session = new PlaySession(runner);
    if (log.startedAt) session.log.startedAt = log.startedAt;
    session.current();
    for (const decision of log.decisions.slice(0, number - 1)) {
      const offered = session.pendingChoices?.options[decision.chosen];
      if (offered?.text !== decision.options[decision.chosen]?.text) {
        throw new Error(`${id}: het verhaal biedt keuze ${decision.chosen + 1} niet meer`);
      }
      session.choose(decision.chosen);
    }
    return session;
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
