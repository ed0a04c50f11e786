import { describe, expect, it } from 'vitest';
import { barProblems, minutesToRead } from '../../src/story/bar.ts';
import type { StoryReport } from '../../src/story/explore.ts';
import { exploreStory } from '../../src/story/explore.ts';
import { compileSource } from './helpers.ts';

const good: StoryReport = {
  name: 's',
  id: 's',
  paths: 40,
  endings: ['a', 'b', 'c'],
  decisionsMin: 8,
  decisionsMax: 11,
  stepsCovered: [],
  bestPercent: 100,
  worstPercent: 20,
  words: 3000,
  wordsLongestPath: 1800,
  discussPrompts: 2,
  speakers: [],
  scenes: [],
  sfx: [],
  distinctStates: 10,
  clearDecisions: 10,
  bestListedFirst: 4,
  problems: [],
};

describe('the bar', () => {
  it('passes a story that meets it', () => {
    expect(barProblems(good, 'student')).toEqual([]);
  });

  it('names each shortfall', () => {
    const weak = { ...good, decisionsMin: 5, endings: ['a'], worstPercent: 60, wordsLongestPath: 2400 };
    expect(barProblems(weak, 'student', 1)).toEqual([
      'het kortste pad heeft 5 keuzes (minstens 8)',
      '1 eindes (minstens 3)',
      'geen pad scoort onder 50% (slechtste: 60%)',
      '1 discussievragen (minstens 2)',
      'het langste pad kost 16 minuten lezen (hooguit 15)',
    ]);
    // Staff read faster: the same path fits in 15 minutes.
    expect(barProblems({ ...good, wordsLongestPath: 2400 }, 'staff')).toEqual([]);
  });

  it('asks to mix the order when the best option is mostly the first one', () => {
    expect(barProblems({ ...good, bestListedFirst: 5 }, 'staff')).toEqual([]);
    expect(barProblems({ ...good, bestListedFirst: 6 }, 'staff')).toEqual([
      'de beste keuze staat bij 6 van de 10 keuzemomenten bovenaan: wissel de volgorde af',
    ]);
  });

  it('counts the decisions whose one best option is listed first', () => {
    const json = compileSource(
      [
        'Start.',
        '+ [Goed eerst #step: adviezen #rating: goed]',
        '  Ja. # feedback',
        '+ [Fout #step: adviezen #rating: fout]',
        '  Nee. # feedback',
        '- Verder.',
        '+ [Matig #step: nazorg #rating: matig]',
        '  Half. # feedback',
        '+ [Goed later #step: nazorg #rating: goed]',
        '  Ja. # feedback',
        '- Klaar. # ending: A',
        '-> END',
      ].join('\n'),
    );
    expect(exploreStory(json, 't')).toMatchObject({ clearDecisions: 2, bestListedFirst: 1 });
  });

  it('reads at 150 words a minute for pupils and 200 for staff', () => {
    expect(minutesToRead(1500, 'student')).toBe(10);
    expect(minutesToRead(1500, 'staff')).toBe(7.5);
  });

  it('counts the words on the longest path, options and feedback included', () => {
    const json = compileSource(
      'Een twee drie.\n+ [Kort pad #step: adviezen #rating: fout]\n  Fout. # feedback\n  Eind. # ending: A\n  -> END\n+ [Lang #step: adviezen #rating: goed]\n  Goed zo. # feedback\n  Vier vijf zes zeven. # ending: B\n  -> END',
    );
    // "Een twee drie" (3) + options "Kort pad" and "Lang" (3) + "Goed zo." (2) + "Vier vijf zes zeven." (4).
    expect(exploreStory(json, 't').wordsLongestPath).toBe(12);
  });
});
