/**
 * Advisors' own scenarios, kept on this device (localStorage) until removed. They appear in
 * the scenario lists next to the shipped ones.
 */
import type { StoryMeta } from './tags.ts';

export const CUSTOM_KEY = 'online-grenzen-eigen';

export interface CustomStory {
  meta: StoryMeta;
  json: string;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function customStories(): CustomStory[] {
  try {
    const raw = storage()?.getItem(CUSTOM_KEY);
    const list = raw ? (JSON.parse(raw) as CustomStory[]) : [];
    return Array.isArray(list)
      ? list.filter((s) => typeof s?.json === 'string' && typeof s?.meta?.id === 'string')
      : [];
  } catch {
    return [];
  }
}

function write(list: CustomStory[]): boolean {
  try {
    storage()?.setItem(CUSTOM_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/** Adds or replaces (same id) a story; false when the device cannot keep it. */
export function saveCustomStory(story: CustomStory): boolean {
  return write([...customStories().filter((s) => s.meta.id !== story.meta.id), story]);
}

export function removeCustomStory(id: string): void {
  write(customStories().filter((s) => s.meta.id !== id));
}
