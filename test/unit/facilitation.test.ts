import { describe, expect, it } from 'vitest';
import { adjustTally, emptyTally, majority, splitScore, summarizeSession } from '../../src/protocol/facilitation.ts';
import type { PlayLog } from '../../src/protocol/playLog.ts';
import type { ChoiceOption } from '../../src/story/beats.ts';

const opt = (index: number, rating: ChoiceOption['rating']): ChoiceOption => ({
  index,
  text: `o${index}`,
  step: 'adviezen',
  rating,
});

describe('tallies', () => {
  it('count up and down, never below zero', () => {
    let t = emptyTally(3);
    t = adjustTally(t, 1, 1);
    t = adjustTally(t, 1, 1);
    t = adjustTally(t, 0, -1);
    expect(t).toEqual([0, 2, 0]);
  });

  it.each([
    [[0, 0, 0], null],
    [[3, 5, 1], 1],
    [[4, 4, 1], null],
    [[0, 0, 7], 2],
  ])('majority of %j is %s', (tally, winner) => expect(majority(tally)).toBe(winner));

  it.each([
    [[10, 0, 0], 0],
    [[5, 5], 1],
    [[4, 4, 4], 1],
    [[0, 0], 0],
  ])('split of %j is %s', (tally, split) => expect(splitScore(tally)).toBe(split));

  it('rates a 6–4 vote as more split than 9–1', () => {
    expect(splitScore([6, 4])).toBeGreaterThan(splitScore([9, 1]));
  });
});

describe('summarizeSession', () => {
  it('orders the decisions by how split the group was and keeps the agreements', () => {
    const log: PlayLog = {
      storyId: 's',
      ending: 'Klaar',
      finished: true,
      decisions: [
        { options: [opt(0, 'goed'), opt(1, 'fout')], chosen: 0, feedback: [] },
        { options: [opt(0, 'goed'), opt(1, 'fout')], chosen: 1, feedback: [] },
        { options: [opt(0, 'goed'), opt(1, 'matig')], chosen: 0, feedback: [] },
      ],
    };
    const summary = summarizeSession(
      log,
      [
        [9, 1],
        [5, 5],
        [10, 0],
      ],
      ['  We sturen niets door. ', '', 'We melden het.'],
    );
    expect(summary.splits.map((s) => s.number)).toEqual([2, 1]);
    expect(summary.votes).toBe(30);
    expect(summary.score.percent).toBe(67);
    expect(summary.agreements).toEqual(['We sturen niets door.', 'We melden het.']);
  });
});
