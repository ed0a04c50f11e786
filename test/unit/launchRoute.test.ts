import { describe, expect, it } from 'vitest';
import { launchRoute, readLaunchParams } from '../../src/scenes/context.ts';

const known = (id: string) => id === 'pesten-student';
const unknown = (id: string) => `Geen scenario "${id}"`;
const route = (search: string) => launchRoute(readLaunchParams(search), known, unknown);

describe('launchRoute', () => {
  it('opens the title without parameters', () => {
    expect(route('')).toEqual({ scene: 'TitleScene', data: {} });
  });

  it('opens a known story at its warning, for the advisor too', () => {
    expect(route('?play=pesten-student')).toEqual({
      scene: 'WarningScene',
      data: { storyId: 'pesten-student', facilitator: false },
    });
    expect(route('?play=pesten-student&facilitator')).toEqual({
      scene: 'WarningScene',
      data: { storyId: 'pesten-student', facilitator: true },
    });
  });

  it('explains an unknown story on the title', () => {
    expect(route('?play=bestaat-niet')).toEqual({
      scene: 'TitleScene',
      data: { message: 'Geen scenario "bestaat-niet"' },
    });
  });

  it("opens the advisor's list with ?facilitator", () => {
    expect(route('?facilitator')).toEqual({ scene: 'SelectScene', data: { mode: 'student', facilitator: true } });
  });
});
