import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/protocol/debrief.ts';
import type { PlayLog } from '../../src/protocol/playLog.ts';
import { scoreLog, starsFor } from '../../src/protocol/scoring.ts';
import { STEP_IDS, stepInfo } from '../../src/protocol/steps.ts';
import type { ChoiceOption } from '../../src/story/beats.ts';

const opt = (index: number, step: ChoiceOption['step'], rating: ChoiceOption['rating']): ChoiceOption => ({
  index,
  text: `optie ${index}`,
  step,
  rating,
});

const log = (decisions: PlayLog['decisions']): PlayLog => ({
  storyId: 's',
  decisions,
  ending: 'Klaar',
  finished: true,
});

describe('scoreLog', () => {
  it('divides points chosen by the best points available at each decision', () => {
    const score = scoreLog(
      log([
        { options: [opt(0, 'eerste-opvang', 'goed'), opt(1, 'eerste-opvang', 'fout')], chosen: 0, feedback: [] },
        { options: [opt(0, 'adviezen', 'matig'), opt(1, 'adviezen', 'goed')], chosen: 0, feedback: [] },
        // A decision whose best option is only "matig" is worth 1 point, not 2.
        { options: [opt(0, 'nazorg', 'matig'), opt(1, 'nazorg', 'fout')], chosen: 0, feedback: [] },
      ]),
    );
    expect(score.points).toBe(4);
    expect(score.max).toBe(5);
    expect(score.percent).toBe(80);
    expect(score.stars).toBe(2);
  });

  it('counts a decision under the step of the chosen option, in protocol order', () => {
    const score = scoreLog(
      log([
        { options: [opt(0, 'meldplicht', 'fout'), opt(1, 'meldplicht', 'goed')], chosen: 0, feedback: [] },
        { options: [opt(0, 'eerste-opvang', 'goed'), opt(1, 'meldplicht', 'fout')], chosen: 1, feedback: [] },
        { options: [opt(0, 'eerste-opvang', 'goed'), opt(1, 'adviezen', 'fout')], chosen: 0, feedback: [] },
      ]),
    );
    expect(score.perStep).toEqual([
      { step: 'eerste-opvang', points: 2, max: 2, decisions: 1 },
      { step: 'meldplicht', points: 0, max: 4, decisions: 2 },
    ]);
  });

  it('has no percentage when no decision was met', () => {
    expect(scoreLog(log([]))).toEqual({ points: 0, max: 0, percent: null, stars: 0, perStep: [] });
  });

  it.each([
    [null, 0],
    [10, 0],
    [30, 1],
    [59, 1],
    [60, 2],
    [85, 3],
    [100, 3],
  ])('gives %s%% %i stars', (percent, stars) => expect(starsFor(percent)).toBe(stars));
});

describe('buildDebrief', () => {
  it('lists each decision with its choice, rating, feedback and the better option', () => {
    const debrief = buildDebrief(
      log([
        {
          options: [opt(0, 'eerste-opvang', 'goed'), opt(1, 'eerste-opvang', 'fout')],
          chosen: 1,
          feedback: ['Luister eerst.'],
        },
        { options: [opt(0, 'adviezen', 'goed'), opt(1, 'strafbaar', 'matig')], chosen: 0, feedback: ['Goed zo.'] },
      ]),
    );
    expect(debrief.decisions).toEqual([
      {
        number: 1,
        chosen: opt(1, 'eerste-opvang', 'fout'),
        points: 0,
        max: 2,
        feedback: ['Luister eerst.'],
        better: [opt(0, 'eerste-opvang', 'goed')],
        step: stepInfo('eerste-opvang'),
      },
      {
        number: 2,
        chosen: opt(0, 'adviezen', 'goed'),
        points: 2,
        max: 2,
        feedback: ['Goed zo.'],
        better: [],
        step: stepInfo('adviezen'),
      },
    ]);
    expect(debrief.ending).toBe('Klaar');
    expect(debrief.score.percent).toBe(50);
    // Steps touched by any option met, in protocol order.
    expect(debrief.steps.map((s) => s.id)).toEqual(['eerste-opvang', 'adviezen', 'strafbaar']);
  });
});

describe('protocol steps', () => {
  it('have a Dutch title and explanation each', () => {
    for (const id of STEP_IDS) {
      const info = stepInfo(id);
      expect(info.title.length).toBeGreaterThan(3);
      expect(info.explanation.split(/[.!?]/).filter((s) => s.trim()).length).toBeGreaterThanOrEqual(1);
    }
  });
});
