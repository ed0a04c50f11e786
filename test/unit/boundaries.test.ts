import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const importsOf = (file: string): string[] =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? '');

describe('architecture', () => {
  it.each(['story', 'protocol', 'state'])('nothing under src/%s imports Phaser, howler or a scene', (folder) => {
    const offenders = files(join(SRC, folder)).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^phaser|^howler|\/scenes\/|\/ui\//.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only build tools, tests and the custom-story screen import the ink compiler', () => {
    const allowed = ['story/compileInk.ts', 'story/vitePluginInk.ts'];
    const offenders = files(SRC).filter(
      (file) =>
        !allowed.some((a) => file.endsWith(a)) &&
        importsOf(file).some((s) => s === 'inkjs/full' || s.startsWith('inkjs/compiler')),
    );
    expect(offenders).toEqual([]);
  });

  it('the boundary check itself sees imports', () => {
    expect(importsOf(join(SRC, 'story/StoryRunner.ts'))).toContain('inkjs');
  });
});

describe('safety', () => {
  it('never injects text as HTML', () => {
    const offenders = files(SRC).filter((file) =>
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('never evaluates code from strings', () => {
    const offenders = files(SRC).filter((file) => /\beval\(|new Function\(/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
