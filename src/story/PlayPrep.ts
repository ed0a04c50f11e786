/**
 * A new play made ahead. While the player reads a story's content warning, the story is
 * built (inkjs turns its JSON into a runtime, the slowest step of a start) and run to its
 * first stop, so Start shows the first line without running any ink on the click.
 */
import { gameExternals } from './externals.ts';
import { PlaySession } from './PlaySession.ts';
import { StoryRunner } from './StoryRunner.ts';

/** A fresh runner for a play of a story, as the game plays it. */
export function playRunner(storyId: string, json: object, facilitator: boolean): StoryRunner {
  return new StoryRunner(json, { name: storyId, externals: gameExternals({ facilitator }) });
}

export class PlayPrep {
  private ready: { key: string; session: PlaySession } | null = null;

  /**
   * The steps that make a play of `storyId` ahead, to run one by one in idle moments. A
   * story that fails on the way is left for the play screen to build and report.
   */
  steps(storyId: string, json: object, facilitator: boolean): Array<() => void> {
    this.ready = null;
    let runner: StoryRunner | null = null;
    let session: PlaySession | null = null;
    const attempt = (step: () => void) => {
      try {
        step();
      } catch {
        runner = null;
        session = null;
      }
    };
    return [
      () => attempt(() => (runner = playRunner(storyId, json, facilitator))),
      () =>
        attempt(() => {
          if (!runner) return;
          session = new PlaySession(runner);
          session.current();
        }),
      () =>
        attempt(() => {
          if (!session) return;
          // Takes the save of the first stop, which the play screen stores on its start.
          session.save();
          this.ready = { key: keyOf(storyId, facilitator), session };
        }),
    ];
  }

  /** The play made ahead for this story, once; any other one is dropped. */
  take(storyId: string, facilitator: boolean): PlaySession | null {
    const ready = this.ready;
    this.ready = null;
    if (ready?.key !== keyOf(storyId, facilitator)) return null;
    ready.session.startClock();
    return ready.session;
  }

  drop(): void {
    this.ready = null;
  }
}

const keyOf = (storyId: string, facilitator: boolean) => `${storyId}|${facilitator}`;

/** The game's one play made ahead: there is only ever one warning on screen. */
export const playPrep = new PlayPrep();
