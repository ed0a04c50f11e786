import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const assets = resolve(import.meta.dirname, '../../dist/assets');
const entryFile = () =>
  /src="\.\/assets\/(index-[^"]+\.js)"/.exec(readFileSync(resolve(assets, '../index.html'), 'utf8'))?.[1];

test('the ink runtime and the play screen load after the title, not with it', () => {
  const entry = entryFile();
  expect(entry).toBeDefined();
  const main = readFileSync(join(assets, entry as string), 'utf8');
  expect(main).not.toMatch(/Version of ink used to build story/);
  const runtime = readdirSync(assets).filter(
    (f) =>
      f.endsWith('.js') &&
      !f.startsWith('customStoryWorker') &&
      /Version of ink used to build story/.test(readFileSync(join(assets, f), 'utf8')),
  );
  expect(runtime).toHaveLength(1);
  expect(main).toContain(runtime[0]);
});

test('the ink compiler is not in the game’s main bundle, only in the own-scenario worker', () => {
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const withCompiler = js.filter((f) =>
    /InkParser|Divert target not found/.test(readFileSync(join(assets, f), 'utf8')),
  );
  expect(withCompiler.length).toBeGreaterThan(0);
  expect(withCompiler.every((f) => f.startsWith('customStoryWorker'))).toBe(true);
  const entry = entryFile();
  expect(entry).toBeDefined();
  expect(withCompiler).not.toContain(entry);
});

test('Phaser opens no WebGL context to test for it: the game draws with Canvas 2D', () => {
  const entry = entryFile();
  expect(entry).toBeDefined();
  const main = readFileSync(join(assets, entry as string), 'utf8');
  // The device check's own call, and the WebGL renderer's, are the only ones in Phaser.
  expect(main).not.toContain('experimental-webgl');
});

test('the tab’s icon is a PNG that the build ships: an SVG one is decoded in a document of its own on the main thread', () => {
  const html = readFileSync(resolve(assets, '../index.html'), 'utf8');
  const icons = [...html.matchAll(/<link rel="icon" href="\.\/([^"]+)" type="([^"]+)"/g)];
  expect(icons).toHaveLength(1);
  const [, file, type] = icons[0] as RegExpMatchArray;
  expect(type).toBe('image/png');
  // A PNG's own signature, so the file is what its name says.
  const bytes = readFileSync(resolve(assets, '..', file as string));
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
});

test('the page preloads the regular and bold font that the title draws, and not the italic that only the play screen does', () => {
  const html = readFileSync(resolve(assets, '../index.html'), 'utf8');
  const preloads = [...html.matchAll(/<link rel="preload" href="\.\/assets\/([^"]+)" as="font"/g)].map((m) => m[1]);
  expect(preloads).toHaveLength(2);
  expect(preloads.some((f) => /latin-400-normal-.*\.woff2$/.test(f ?? ''))).toBe(true);
  expect(preloads.some((f) => /latin-700-normal-.*\.woff2$/.test(f ?? ''))).toBe(true);
  // The italic is in the build all the same, for the play screen and for offline use.
  expect(readdirSync(assets).some((f) => /atkinson-hyperlegible-latin-400-italic-.*\.woff2$/.test(f))).toBe(true);
});
