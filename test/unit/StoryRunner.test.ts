import { describe, expect, it } from 'vitest';
import { gameExternals } from '../../src/story/externals.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { compileFixture, compileSource } from './helpers.ts';

const externals = gameExternals({ facilitator: false });

describe('StoryRunner', () => {
  it('reads the header and strips the global tags from the first line', () => {
    const runner = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    expect(runner.meta).toMatchObject({ id: 'mini', mode: 'staff', topic: 'cyberbaiting', age: 12, minutes: 2 });
    const beats = runner.continue();
    expect(beats[0]).toEqual({
      kind: 'line',
      text: 'Lisa komt binnen.',
      speaker: null,
      channel: 'narrator',
      scene: 'kamer-vp',
      sfx: null,
    });
    expect(beats[1]).toEqual({
      kind: 'line',
      text: 'Ze houdt haar telefoon vast.',
      speaker: 'lisa',
      channel: 'face',
      scene: 'kamer-vp',
      sfx: 'ping',
    });
  });

  it('yields choices with step and rating, then feedback after a choice', () => {
    const runner = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    const first = runner.continue();
    const choices = first[first.length - 1];
    expect(choices).toEqual({
      kind: 'choices',
      options: [
        { index: 0, text: 'Laat haar eerst vertellen.', step: 'eerste-opvang', rating: 'goed' },
        { index: 1, text: 'Zeg dat het wel meevalt.', step: 'eerste-opvang', rating: 'fout' },
        { index: 2, text: 'Vraag meteen wie het deed.', step: 'aangeklaagde', rating: 'matig' },
      ],
    });
    runner.choose(0);
    const next = runner.continue();
    expect(next[0]).toEqual({ kind: 'feedback', text: 'Goed: eerst luisteren.' });
    // The INCLUDEd part reads the variable set by the choice.
    expect(next[1]).toMatchObject({ kind: 'line', text: 'Lisa vertelt alles.' });
  });

  it('reaches the end with the ending title', () => {
    const runner = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    runner.continue();
    runner.choose(1);
    runner.continue();
    runner.choose(1);
    const beats = runner.continue();
    expect(beats.at(-1)).toEqual({ kind: 'end', ending: 'Zaak gesloten' });
  });

  it('restarts from the opening as a fresh runner would, variables and scene reset', () => {
    const fresh = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    const opening = fresh.continue();
    const runner = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    runner.continue();
    runner.choose(1);
    runner.continue();
    runner.choose(1);
    expect(runner.continue().at(-1)).toEqual({ kind: 'end', ending: 'Zaak gesloten' });
    runner.restart();
    expect(runner.currentScene).toBeNull();
    expect(runner.continue()).toEqual(opening);
    runner.choose(0);
    expect(runner.continue()[0]).toEqual({ kind: 'feedback', text: 'Goed: eerst luisteren.' });
  });

  it('binds external functions: the discuss prompt shows only for a facilitator', () => {
    const solo = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    expect(solo.continue().some((b) => b.kind === 'discuss')).toBe(false);
    const group = new StoryRunner(compileFixture('mini.ink'), {
      name: 'mini.ink',
      externals: gameExternals({ facilitator: true }),
    });
    expect(group.continue()).toContainEqual({ kind: 'discuss', text: 'Wat zou jij als eerste zeggen?' });
  });

  it('fails at once when an external is not bound', () => {
    const runner = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink' });
    expect(() => runner.continue()).toThrow(/mini\.ink: .*is_facilitator/);
  });

  it('saves and restores its state as JSON', () => {
    const a = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    a.continue();
    a.choose(0);
    a.continue();
    const save = JSON.parse(JSON.stringify(a.save()));
    const b = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    b.restore(save);
    expect(b.currentScene).toBe('kamer-vp');
    b.choose(0);
    expect(b.continue()).toEqual([
      { kind: 'feedback', text: 'Goed, je blijft in contact.' },
      { kind: 'line', text: 'Einde.', speaker: null, channel: 'narrator', scene: 'kamer-vp', sfx: null },
      { kind: 'end', ending: 'Afspraak gemaakt' },
    ]);
  });

  it('rejects a save of another format', () => {
    const runner = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    expect(() => runner.restore({ version: 2 } as never)).toThrow(/onbekend formaat/);
    expect(() => runner.restore({ version: 1, ink: '{nonsense', scene: null, ending: null })).toThrow(/mini\.ink/);
  });

  it('names the story and the choice when a choice lacks its rating', () => {
    const json = compileSource('Hoi.\n+ [Blokkeer hem #step: adviezen]\n  Goed. # feedback\n  -> END');
    const runner = new StoryRunner(json, { name: 'los.ink' });
    expect(() => runner.continue()).toThrow('los.ink: deze keuze mist "# rating: …" — bij "Blokkeer hem"');
  });

  it('names the story and the line for an unknown line tag', () => {
    const runner = new StoryRunner(compileSource('Hij lacht. # mood: blij\n-> END'), { name: 'los.ink' });
    expect(() => runner.continue()).toThrow('los.ink: onbekende tag "mood" — bij "Hij lacht."');
  });

  it('rejects a header tag that is not in the contract', () => {
    expect(() => new StoryRunner(compileSource('Hoi.\n-> END', '# colour: blue'), { name: 'los.ink' })).toThrow(
      /los\.ink: onbekende koptag "colour"/,
    );
  });

  it('reports ink runtime errors with the story name', () => {
    const runner = new StoryRunner(compileSource('-> k\n=== k ===\nHoi.'), { name: 'deel.ink' });
    expect(() => runner.continue()).toThrow(/^deel\.ink: .*ran out of content/);
  });

  it('previews an option on a copy of the state and takes the preview over when chosen', () => {
    const runner = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    runner.continue();
    const here = runner.save();
    const previews = [2, 1, 0].map((i) => runner.preview(i));
    expect(runner.save()).toEqual(here);
    expect(previews[2]?.[0]).toEqual({ kind: 'feedback', text: 'Goed: eerst luisteren.' });
    runner.choose(0);
    expect(runner.continue()).toEqual(previews[2]);
    // The variable the option set is in the story itself now, not only in the preview.
    expect(JSON.parse(runner.save().ink).variablesState.gesprek).toBe(true);
  });

  it('forgets previews when the story is restored or restarted', () => {
    const json = compileSource(
      'VAR n = 0\nHoi.\n+ [Tel #step: adviezen #rating: goed]\n  ~ n = n + 1\n  Nu {n}. # feedback\n  -> END',
    );
    const runner = new StoryRunner(json, { name: 'los.ink' });
    runner.continue();
    const here = runner.save();
    runner.preview(0);
    runner.restore({ ...here, ink: here.ink.replace('"variablesState":{}', '"variablesState":{"n":5}') });
    runner.choose(0);
    expect(runner.continue()[0]).toEqual({ kind: 'feedback', text: 'Nu 6.' });
    runner.restart();
    runner.continue();
    runner.preview(0);
    runner.restart();
    runner.continue();
    runner.choose(0);
    expect(runner.continue()[0]).toEqual({ kind: 'feedback', text: 'Nu 1.' });
  });

  it('leaves the story where it was when a preview fails, and keeps nothing of it', () => {
    const json = compileSource(
      'Hoi.\n+ [Mis #step: adviezen #rating: goed]\n  Hij lacht. # mood: blij\n  -> END\n+ [Goed #step: adviezen #rating: goed]\n  Goed. # feedback\n  -> END',
    );
    const runner = new StoryRunner(json, { name: 'los.ink' });
    runner.continue();
    const here = runner.save();
    expect(() => runner.preview(0)).toThrow('los.ink: onbekende tag "mood"');
    expect(runner.save()).toEqual(here);
    expect(runner.preview(1)[0]).toEqual({ kind: 'feedback', text: 'Goed.' });
    // The failed option fails again when chosen: nothing of its preview was kept.
    runner.choose(0);
    expect(() => runner.continue()).toThrow('los.ink: onbekende tag "mood"');
  });

  it('runs a parsed story as it is, and two runners of one story object do not disturb it', () => {
    const parsed = JSON.parse(compileFixture('mini.ink')) as Record<string, unknown>;
    const pristine = structuredClone(parsed);
    const a = new StoryRunner(parsed, { name: 'mini.ink', externals });
    const b = new StoryRunner(parsed, { name: 'mini.ink', externals });
    const first = a.continue();
    a.choose(0);
    a.continue();
    expect(b.continue()).toEqual(first);
    expect(parsed).toEqual(pristine);
  });

  it('refuses a choice index that does not exist', () => {
    const runner = new StoryRunner(compileFixture('mini.ink'), { name: 'mini.ink', externals });
    runner.continue();
    expect(() => runner.choose(5)).toThrow(/keuze 5 bestaat niet/);
  });

  it('keeps the scene across lines until the story changes it', () => {
    const runner = new StoryRunner(
      compileSource('In de gang. # scene: gang\nNog steeds.\nIn de klas. # scene: klaslokaal\n-> END'),
      { name: 's' },
    );
    const lines = runner.continue().filter((b) => b.kind === 'line');
    expect(lines.map((b) => b.kind === 'line' && b.scene)).toEqual(['gang', 'gang', 'klaslokaal']);
  });
});
