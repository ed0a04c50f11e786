import { describe, expect, it } from 'vitest';
import { gameExternals } from '../../src/story/externals.ts';
import { PlaySession } from '../../src/story/PlaySession.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { compileFixture, compileSource } from './helpers.ts';

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
  it('starts again at that decision, in the state the play was in there, with the decisions before it kept', () => {
    const first = new PlaySession(newRunner());
    first.current();
    first.choose(1);
    const atTwo = first.save();
    first.choose(1);
    const again = PlaySession.replay(newRunner(), first.playLog, 2);
    expect(again.save()).toEqual(atTwo);
    expect(again.playLog.decisions.map((d) => d.chosen)).toEqual([1]);
    expect(again.pendingChoices?.options.map((o) => o.text)).toEqual(['Spreek een vervolg af.', 'Sluit de zaak.']);
    again.choose(0);
    expect(again.playLog.ending).toBe('Afspraak gemaakt');
    // The first decision replays from the opening.
    expect(PlaySession.replay(newRunner(), first.playLog, 1).current()).toEqual(new PlaySession(newRunner()).current());
  });

  it('keeps one story state in a save, however many decisions were made', () => {
    const session = new PlaySession(newRunner());
    session.current();
    session.choose(0);
    const states = (text: string) => text.split('inkSaveVersion').length - 1;
    expect(states(JSON.stringify(session.save()))).toBe(1);
  });

  it("draws the same chance again from the log's seed", () => {
    const json = compileSource(
      [
        'Het weer: {~regen|zon|wind|sneeuw|mist}.',
        '+ [Verder #step: eerste-opvang #rating: goed] {~Links|Rechts|Rond} gaat het.',
        '  + + [Nog eens #step: eerste-opvang #rating: goed] Dan {RANDOM(1, 1000)}.',
        '    -> END',
      ].join('\n'),
    );
    const runner = () => new StoryRunner(json, { name: 't.ink' });
    const texts = (session: PlaySession) => session.current().flatMap((b) => (b.kind === 'line' ? [b.text] : []));
    const seeds = Array.from({ length: 100 }, (_, seed) => seed);
    const told = seeds.map((seed) => {
      const r = runner();
      r.seed = seed;
      const play = new PlaySession(r);
      const opening = texts(play);
      play.choose(0);
      play.choose(0);
      return { play, opening, later: texts(play) };
    });
    // The seed decides: other seeds tell it differently, the same seed tells it the same.
    expect(new Set(told.map((t) => t.opening.join()))).not.toHaveLength(1);
    for (const { play, opening, later } of told.slice(0, 10)) {
      const again = PlaySession.replay(runner(), play.playLog, 1);
      expect(texts(again)).toEqual(opening);
      again.choose(0);
      again.choose(0);
      expect(texts(again)).toEqual(later);
    }
  });

  it("refuses a decision not in the log, another story's log, and a choice the story no longer offers", () => {
    const first = new PlaySession(newRunner());
    first.current();
    first.choose(1);
    first.choose(1);
    expect(() => PlaySession.replay(newRunner(), first.playLog, 0)).toThrow(RangeError);
    expect(() => PlaySession.replay(newRunner(), first.playLog, 3)).toThrow(RangeError);
    expect(() => PlaySession.replay(newRunner(), { ...first.playLog, storyId: 'ander' }, 1)).toThrow(/ander/);
    const changed = structuredClone(first.playLog);
    const option = changed.decisions[0]?.options[1];
    if (option) option.text = 'Een keuze die het verhaal niet meer heeft.';
    expect(() => PlaySession.replay(newRunner(), changed, 2)).toThrow(/keuze 2 niet meer/);
  });
});
