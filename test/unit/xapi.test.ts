import { describe, expect, it } from 'vitest';
import type { PlayLog } from '../../src/protocol/playLog.ts';
import { xapiStatements } from '../../src/protocol/xapi.ts';

const log: PlayLog = {
  storyId: 'sexting-staff',
  ending: 'Klaar',
  finished: true,
  decisions: [
    {
      options: [
        { index: 0, text: 'Luisteren', step: 'eerste-opvang', rating: 'goed' },
        { index: 1, text: 'Doorsturen', step: 'adviezen', rating: 'fout' },
      ],
      chosen: 0,
      feedback: [],
    },
    {
      options: [
        { index: 0, text: 'Politie', step: 'strafbaar', rating: 'goed' },
        { index: 1, text: 'Niets', step: 'strafbaar', rating: 'fout' },
      ],
      chosen: 1,
      feedback: [],
    },
  ],
};

describe('xAPI statements', () => {
  const statements = xapiStatements(log, {
    base: 'https://school.example/online-grenzen',
    actorName: 'speler-1',
    title: 'Eén foto te veel',
    startedAt: new Date('2026-11-24T10:00:00Z'),
    finishedAt: new Date('2026-11-24T10:12:00Z'),
  });

  it('follow the serious-games profile: initialized, then selected and progressed per decision, then completed', () => {
    expect(statements.map((s) => s.verb.id.split('/').at(-1))).toEqual([
      'initialized',
      'selected',
      'progressed',
      'selected',
      'progressed',
      'completed',
    ]);
  });

  it('carry the option chosen with its rating and protocol step', () => {
    expect(statements[3]?.result).toMatchObject({
      response: 'Niets',
      success: false,
      extensions: {
        'https://onlinegrenzen.nl/xapi/extensions/rating': 'fout',
        'https://onlinegrenzen.nl/xapi/extensions/protocol-step': 'strafbaar',
      },
    });
  });

  it('end with the score and the duration', () => {
    expect(statements.at(-1)?.result).toMatchObject({
      completion: true,
      score: { raw: 2, min: 0, max: 4, scaled: 0.5 },
      duration: 'PT720S',
    });
    expect(statements.every((s) => s.actor.name === 'speler-1')).toBe(true);
  });
});
