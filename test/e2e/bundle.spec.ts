import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

test('the ink compiler is not in the game’s main bundle, only in the own-scenario worker', () => {
  const assets = resolve(import.meta.dirname, '../../dist/assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const withCompiler = js.filter((f) =>
    /InkParser|Divert target not found/.test(readFileSync(join(assets, f), 'utf8')),
  );
  expect(withCompiler.length).toBeGreaterThan(0);
  expect(withCompiler.every((f) => f.startsWith('customStoryWorker'))).toBe(true);
  const html = readFileSync(resolve(assets, '../index.html'), 'utf8');
  const entry = /src="\.\/assets\/(index-[^"]+\.js)"/.exec(html)?.[1];
  expect(entry).toBeDefined();
  expect(withCompiler).not.toContain(entry);
});
