import { describe, expect, it } from 'vitest';
import { compileInk, InkCompileError, parseInkMessage } from '../../src/story/compileInk.ts';
import { gameExternals } from '../../src/story/externals.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
// Through the Vite plugin, exactly as the game imports a story.
import miniJson from '../fixtures/mini.ink';
import miniMeta from '../fixtures/mini.ink?meta';
import { compileFixture } from './helpers.ts';

describe('compileInk', () => {
  it('compiles a story with INCLUDE into runtime JSON', () => {
    const json = JSON.parse(compileFixture('mini.ink'));
    expect(json.inkVersion).toBeGreaterThan(19);
    expect(JSON.stringify(json)).toContain('Lisa vertelt alles.');
  });

  it('names file and line of a compile error', () => {
    const error = (() => {
      try {
        compileInk('Hallo.\n\nDaar gaan we.\n-> nergens\n', 'kapot.ink');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InkCompileError);
    const messages = (error as InkCompileError).messages;
    expect(messages[0]).toMatchObject({ severity: 'error', file: 'kapot.ink', line: 4 });
    expect(messages[0]?.message).toMatch(/nergens/);
    expect((error as Error).message).toMatch(/^kapot\.ink:4: fout: /);
  });

  it('names the included file and its line when the error is there', () => {
    const files: Record<string, string> = { 'deel.ink': '=== verder ===\nTekst.\n-> bestaatniet\n' };
    expect(() => compileInk('-> verder\nINCLUDE deel.ink\n', 'hoofd.ink', (n) => files[n] ?? '')).toThrow(
      /deel\.ink:3: fout: /,
    );
  });

  it('returns warnings such as a loose end', () => {
    const result = compileInk('-> k\n=== k ===\nHoi.\n* [Ja]\n  Ja.\n* [Nee]\n  Nee.\n-> END\n', 'los.ink');
    expect(result.warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'los.ink',
        line: 5,
        message: expect.stringMatching(/loose end/),
      }),
    ]);
  });

  it.each([
    [
      "ERROR: 'a.ink' line 5: Divert target not found: '-> x'",
      { severity: 'error', file: 'a.ink', line: 5, message: "Divert target not found: '-> x'" },
    ],
    [
      'WARNING: line 2: Apparent loose end',
      { severity: 'warning', file: 'dflt.ink', line: 2, message: 'Apparent loose end' },
    ],
    ['TODO: fix this', { severity: 'todo', file: 'dflt.ink', line: null, message: 'fix this' }],
  ])('parses %s', (raw, parsed) => expect(parseInkMessage(raw, 'dflt.ink')).toEqual(parsed));
});

describe('the Vite plugin', () => {
  it('turns an .ink import into compiled JSON that the runner plays', () => {
    const runner = new StoryRunner(miniJson, { name: 'mini.ink', externals: gameExternals({ facilitator: false }) });
    expect(runner.continue()[0]).toMatchObject({ text: 'Lisa komt binnen.' });
  });

  it('gives only the checked header for ?meta', () => {
    expect(miniMeta).toEqual({
      id: 'mini',
      title: 'Mini-verhaal',
      mode: 'staff',
      topic: 'cyberbaiting',
      age: 12,
      minutes: 2,
      summary: 'Een kort verhaal om de motor te testen.',
      warning: 'Bevat een filmpje dat rondgaat.',
      lang: 'nl',
      pair: null,
    });
  });
});

describe('the Vite plugin on a broken story', () => {
  it('fails with the file and line, as the build and the dev overlay show it', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { inkPlugin } = await import('../../src/story/vitePluginInk.ts');
    const dir = mkdtempSync(join(tmpdir(), 'ink-'));
    const file = join(dir, 'kapot.ink');
    writeFileSync(file, 'Hallo.\n-> nergens\n');
    const plugin = inkPlugin();
    const errors: { message: string; loc?: { file: string; line: number } }[] = [];
    const context = {
      addWatchFile: () => {},
      warn: () => {},
      error: (e: { message: string; loc?: { file: string; line: number } }) => {
        errors.push(e);
        throw new Error(e.message);
      },
    };
    const load = plugin.load as unknown as (this: typeof context, id: string) => unknown;
    expect(() => load.call(context, file)).toThrow(/kapot\.ink:2: fout: .*nergens/);
    expect(errors[0]?.loc).toEqual({ file, line: 2, column: 0 });
  });
});
