import { describe, expect, it } from 'vitest';
import { gameExternals } from '../../src/story/externals.ts';
import { PlaySession } from '../../src/story/PlaySession.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { compileFixture } from './helpers.ts';

const json = compileFixture('mini.ink');
const newRunner = () => new StoryRunner(json, { name: 'mini.ink', externals: gameExternals({ facilitator: false }) });

describe('PlaySession', () => {
  it('logs each decision with the feedback that followed it', () => {
    const session = new PlaySession(newRunner());
    expect(session.current().at(-1)?.kind).toBe('choices');
    session.choose(2);
    session.choose(0);
    expect(session.playLog.decisions.map((d) => [d.chosen, d.feedback])).toEqual([
      [2, ['Dat is belangrijk, maar te vroeg.']],
      [0, ['Goed, je blijft in contact.']],
    ]);
    expect(session.playLog.finished).toBe(true);
    expect(session.playLog.ending).toBe('Afspraak gemaakt');
  });

  it('resumes from a save on the same screen with the same log', () => {
    const first = new PlaySession(newRunner());
    first.current();
    first.choose(0);
    const save = JSON.parse(JSON.stringify(first.save()));
    const resumed = new PlaySession(newRunner(), save);
    expect(resumed.current()).toEqual(first.current());
    expect(resumed.playLog).toEqual(first.playLog);
    resumed.choose(1);
    expect(resumed.playLog.ending).toBe('Zaak gesloten');
  });

  it('previews what each option would give without choosing it', () => {
    const session = new PlaySession(newRunner());
    session.current();
    const before = JSON.stringify(session.save());
    const previews = [0, 1, 2].map((i) => session.preview(i));
    // Nothing moved: the same save, no decision logged, and the real choice gives the preview.
    expect(JSON.stringify(session.save())).toBe(before);
    expect(session.playLog.decisions).toEqual([]);
    expect(previews[2]?.[0]).toEqual({ kind: 'feedback', text: 'Dat is belangrijk, maar te vroeg.' });
    expect(session.choose(2)).toEqual(previews[2]);
    expect(session.playLog.decisions[0]?.feedback).toEqual(['Dat is belangrijk, maar te vroeg.']);
    // The next choice point has its own options; one that does not exist previews nothing.
    expect(session.preview(5)).toBeNull();
    expect(session.choose(0)).toEqual(
      expect.arrayContaining([{ kind: 'feedback', text: 'Goed, je blijft in contact.' }]),
    );
    expect(session.preview(0)).toBeNull();
  });

  it('refuses to choose when there is no choice to make', () => {
    const session = new PlaySession(newRunner());
    session.current();
    session.choose(0);
    session.choose(0);
    expect(() => session.choose(0)).toThrow(/geen keuze/);
  });
});

describe('replay from a decision', () => {
  it('starts again at that decision, with the decisions before it kept', () => {
    const first = new PlaySession(newRunner());
    first.current();
    first.choose(1);
    first.choose(1);
    const save = PlaySession.replayFrom(first.playLog, 2);
    expect(save).not.toBeNull();
    const again = new PlaySession(newRunner(), save ?? undefined);
    expect(again.playLog.decisions.map((d) => d.chosen)).toEqual([1]);
    expect(again.pendingChoices?.options.map((o) => o.text)).toEqual(['Spreek een vervolg af.', 'Sluit de zaak.']);
    again.choose(0);
    expect(again.playLog.ending).toBe('Afspraak gemaakt');
    expect(PlaySession.replayFrom(first.playLog, 9)).toBeNull();
  });

  it('says which decisions can be replayed without making their saves', () => {
    const session = new PlaySession(newRunner());
    session.current();
    session.choose(1);
    expect(PlaySession.canReplayFrom(session.playLog, 1)).toBe(true);
    expect(PlaySession.canReplayFrom(session.playLog, 2)).toBe(false);
    const old = structuredClone(session.playLog);
    delete old.decisions[0]?.resume;
    // A log kept from before decisions carried their resume point.
    expect(PlaySession.canReplayFrom(old, 1)).toBe(false);
    expect(PlaySession.replayFrom(old, 1)).toBeNull();
  });
});
