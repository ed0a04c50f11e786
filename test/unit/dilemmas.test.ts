import { describe, expect, it } from 'vitest';
import { dilemmasFor, ownDilemma, parseDilemmas, THEMES, VIEWS } from '../../src/protocol/dilemmas.ts';
import shipped from '../../stories/dilemmas.json';

const one = {
  id: 's-een',
  theme: 'online',
  statement: 'Je stuurt het door.',
  view: 'niet oké',
  protocol: 'Nee.',
  discuss: 'Waarom?',
};

describe('dilemmas', () => {
  it('reads a valid set and filters by audience and theme', () => {
    const set = parseDilemmas({ student: [one, { ...one, id: 's-twee', theme: 'pesten' }], staff: [] });
    expect(dilemmasFor(set, 'student', null)).toHaveLength(2);
    expect(dilemmasFor(set, 'student', 'pesten').map((d) => d.id)).toEqual(['s-twee']);
  });

  it.each([
    [{ student: [{ ...one, theme: 'sport' }], staff: [] }, /"s-een": theme/],
    [{ student: [{ ...one, view: 'misschien' }], staff: [] }, /view/],
    [{ student: [one, one], staff: [] }, /twee keer/],
    [{ student: [{ ...one, discuss: ' ' }], staff: [] }, /discuss/],
    [{ student: [] }, /"staff" is geen lijst/],
  ])('rejects a broken file (%#)', (raw, message) => {
    expect(() => parseDilemmas(raw)).toThrow(message);
  });

  it('makes a blank card for the advisor’s own situation, without a protocol view', () => {
    expect(ownDilemma('  Iemand zet een foto van de klas online. ', 1)).toMatchObject({
      id: 'eigen-1',
      statement: 'Iemand zet een foto van de klas online.',
      view: null,
    });
  });

  it('ships at least 20 statements for pupils and for staff, every theme in both, every view used', () => {
    const set = parseDilemmas(shipped);
    for (const audience of ['student', 'staff'] as const) {
      expect(set[audience].length).toBeGreaterThanOrEqual(20);
      for (const theme of THEMES)
        expect(dilemmasFor(set, audience, theme).length, `${audience} ${theme}`).toBeGreaterThan(0);
      for (const view of VIEWS)
        expect(
          set[audience].some((d) => d.view === view),
          `${audience} ${view}`,
        ).toBe(true);
    }
  });
});
