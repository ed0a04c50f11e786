import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { compileInk } from '../../src/story/compileInk.ts';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Compiles a fixture file with INCLUDEs resolved against the fixtures folder. */
export function compileFixture(name: string): string {
  const path = resolve(FIXTURES, name);
  return compileInk(readFileSync(path, 'utf8'), name, (inc) => readFileSync(resolve(dirname(path), inc), 'utf8')).json;
}

/** Compiles ink source written in a test, with a complete header prepended. */
export function compileSource(body: string, extraHeader = ''): string {
  const head = `# id: t\n# title: Test\n# mode: student\n# topic: pesten\n# age: 12+\n# minutes: 1\n# summary: Test.\n${extraHeader}`;
  return compileInk(`${head}\n${body}`, 'test.ink').json;
}
