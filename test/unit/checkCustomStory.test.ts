import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCustomStory, explain } from '../../src/story/checkCustomStory.ts';

const header =
  '# id: eigen\n# title: Eigen verhaal\n# mode: staff\n# topic: pesten\n# age: 12+\n# minutes: 5\n# summary: Een test.\n';

describe('checkCustomStory', () => {
  it('accepts a story that keeps the contract', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../fixtures/custom-ok.ink'), 'utf8');
    const result = checkCustomStory(source, 'custom-ok.ink');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.meta.id).toBe('eigen-verhaal');
      expect(result.decisions).toBe(2);
      expect(result.endings).toBe(2);
    }
  });

  it('lists compile errors with their line and a plain Dutch explanation', () => {
    const result = checkCustomStory(`${header}Hoi.\n-> nergens\n`, 'x.ink');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({ line: 9, explanation: expect.stringMatching(/pijl/) });
    }
  });

  it('finds a choice without a rating', () => {
    const result = checkCustomStory(
      `${header}Hoi.\n+ [Ja #step: adviezen]\n  Goed. # feedback\n  Klaar. # ending: A\n  -> END\n`,
      'x.ink',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.explanation).toMatch(/beoordeling/);
  });

  it('refuses a file over 1 MB without compiling it', () => {
    const result = checkCustomStory(`${header}${'a'.repeat(1024 * 1024)}`, 'groot.ink');
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ message: 'bestand groter dan 1 MB' })] });
  });

  it('stops a story that never ends with a clear message', () => {
    const loop = `${header}VAR n = 0\n-> rond\n=== rond ===\n~ n = n + 1\nRonde {n}.\n+ [Door #step: adviezen #rating: goed]\n  Goed. # feedback\n  -> rond\n`;
    const result = checkCustomStory(loop, 'lus.ink');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.explanation).toMatch(/eindigt nooit/);
  });

  it('explains unknown messages with a general hint', () => {
    expect(explain('something odd')).toMatch(/handleiding/);
  });
});
