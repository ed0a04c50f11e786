/**
 * The stories the game ships: headers are bundled (small) so menus can list them; each
 * story's body loads only when it is played.
 */
import { customStories } from './customCatalog.ts';
import type { Mode, StoryMeta } from './tags.ts';

const metas = import.meta.glob<StoryMeta>('../../stories/*.ink', { query: '?meta', import: 'default', eager: true });
const bodies = import.meta.glob<object>('../../stories/*.ink', { import: 'default' });

export interface CatalogEntry {
  meta: StoryMeta;
  load: () => Promise<object>;
  /** An advisor's own story, kept on this device. */
  custom?: boolean;
}

/** One collator for the whole sort: `localeCompare` with a locale makes a new one per call. */
const byTitle = new Intl.Collator('nl');

function build(): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (const [path, meta] of Object.entries(metas)) {
    const load = bodies[path];
    if (load) entries.push({ meta, load });
  }
  return entries.sort((a, b) => byTitle.compare(a.meta.title, b.meta.title));
}

export const CATALOG: readonly CatalogEntry[] = build();

/** The advisor's own stories on this device. */
function own(): CatalogEntry[] {
  return customStories().map((story) => ({
    meta: story.meta,
    load: async () => JSON.parse(story.json) as object,
    custom: true,
  }));
}

/** Own stories first in the lists: with two dozen shipped ones they would sit pages away. */
function all(): CatalogEntry[] {
  return [...own(), ...CATALOG];
}

/** A shipped story wins over an own story with the same id. */
export function findStory(id: string): CatalogEntry | undefined {
  return [...CATALOG, ...own()].find((entry) => entry.meta.id === id);
}

/**
 * The stories for a mode in a language. A story not (yet) translated is listed in Dutch
 * after the translated ones, so no player meets an empty list.
 */
export function storiesFor(mode: Mode, lang = 'nl'): CatalogEntry[] {
  const forMode = all().filter((entry) => entry.meta.mode === mode);
  const inLang = forMode.filter((entry) => entry.meta.lang === lang);
  if (lang === 'nl') return inLang;
  const translated = new Set(inLang.map((entry) => entry.meta.id.replace(new RegExp(`-${lang}$`), '')));
  return [...inLang, ...forMode.filter((entry) => entry.meta.lang === 'nl' && !translated.has(entry.meta.id))];
}
