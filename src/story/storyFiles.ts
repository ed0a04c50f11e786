/**
 * Node only: finds the shipped stories on disk and compiles them, INCLUDEs resolved against
 * each story's folder. For the story tests and `npm run stories`, never for the game.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { type Cast, mergeCast } from './cast.ts';
import { type CompiledInk, compileInk } from './compileInk.ts';

export const STORIES_DIR = resolve(import.meta.dirname, '../../stories');

/** The top-level `.ink` files of stories/ (included parts live in subfolders). */
export function storyFiles(dir = STORIES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .sort()
    .map((f) => join(dir, f));
}

export function compileStoryFile(path: string): CompiledInk {
  const shown = relative(resolve(STORIES_DIR, '..'), path);
  return compileInk(readFileSync(path, 'utf8'), shown, (name) => readFileSync(resolve(dirname(path), name), 'utf8'));
}

export function loadCastFromDisk(dir = join(STORIES_DIR, 'cast')): Cast {
  const files: Record<string, unknown> = {};
  for (const f of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    files[`stories/cast/${f}`] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  }
  return mergeCast(files);
}
