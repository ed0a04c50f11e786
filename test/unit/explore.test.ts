import { describe, expect, it } from 'vitest';
import { vocabularyProblems } from '../../src/story/cast.ts';
import { exploreStory } from '../../src/story/explore.ts';
import { gameExternals } from '../../src/story/externals.ts';
import { compileFixture, compileSource } from './helpers.ts';

const externals = gameExternals({ facilitator: false });

describe('exploreStory', () => {
  it('walks every path and reports what it found', () => {
    const report = exploreStory(compileFixture('mini.ink'), 'mini.ink', { externals });
    expect(report).toMatchObject({
      id: 'mini',
      paths: 6,
      endings: ['Afspraak gemaakt', 'Zaak gesloten'],
      decisionsMin: 2,
      decisionsMax: 2,
      stepsCovered: ['aangeklaagde', 'eerste-opvang', 'nazorg'],
      bestPercent: 100,
      worstPercent: 0,
      speakers: ['lisa'],
      scenes: ['kamer-vp'],
      sfx: ['ping'],
      problems: [],
    });
    // Two of the three first choices lead to the same state: explored once.
    expect(report.distinctStates).toBe(3);
  });

  it('finds a choice without feedback and a path without an ending', () => {
    const json = compileSource(
      'Hoi.\n+ [A #step: adviezen #rating: goed]\n  Klaar. # ending: A\n  -> END\n+ [B #step: adviezen #rating: fout]\n  Fout. # feedback\n  -> END',
    );
    expect(exploreStory(json, 't').problems).toEqual([
      'na de keuze "A" komt geen "# feedback"-regel',
      'een pad eindigt zonder "# ending: …" op de slotregel',
    ]);
  });

  it('finds a loop that never ends', () => {
    const json = compileSource(
      '-> hub\n=== hub ===\nWat nu?\n+ [Nog eens #step: adviezen #rating: goed]\n  Ja. # feedback\n  -> hub',
    );
    expect(exploreStory(json, 't').problems[0]).toMatch(/lus zonder uitweg/);
  });

  it('counts decisions on the shortest and longest path', () => {
    const json = compileSource(
      'Start.\n+ [Kort #step: adviezen #rating: fout]\n  Fout. # feedback\n  Einde. # ending: Kort\n  -> END\n+ [Lang #step: adviezen #rating: goed]\n  Goed. # feedback\n  -> verder\n=== verder ===\n+ [Door #step: nazorg #rating: goed]\n  Goed. # feedback\n  Einde. # ending: Lang\n  -> END',
    );
    expect(exploreStory(json, 't')).toMatchObject({
      decisionsMin: 1,
      decisionsMax: 2,
      paths: 2,
      bestPercent: 100,
      worstPercent: 0,
    });
  });

  it('checks speakers, scenes and sounds against the cast and registry', () => {
    expect(
      vocabularyProblems(
        { speakers: ['lisa', 'bakker'], scenes: ['gang', 'maan'], sfx: ['ping', 'knal'] },
        {
          bakker: { name: 'Mevrouw Bakker', role: 'vp', kind: 'staff' },
        },
      ),
    ).toEqual([
      'speaker "lisa" staat niet in stories/cast/',
      'scene "maan" bestaat niet (zie stories/README.md)',
      'sfx "knal" bestaat niet (zie stories/README.md)',
    ]);
  });
});
