/**
 * The stories the game ships: headers are bundled (small) so menus can list them; each
 * story's body loads only when it is played.
 */
import type { Mode, StoryMeta } from './tags.ts';

const metas = import.meta.glob<StoryMeta>('../../stories/*.ink', { query: '?meta', import: 'default', eager: true });
const bodies = import.meta.glob<object>('../../stories/*.ink', { import: 'default' });

export interface CatalogEntry {
  meta: StoryMeta;
  load: () => Promise<object>;
}

function build(): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (const [path, meta] of Object.entries(metas)) {
    const load = bodies[path];
    if (load) entries.push({ meta, load });
  }
  return entries.sort((a, b) => a.meta.title.localeCompare(b.meta.title, 'nl'));
}

export const CATALOG: readonly CatalogEntry[] = build();

export function findStory(id: string): CatalogEntry | undefined {
  return CATALOG.find((entry) => entry.meta.id === id);
}

export function storiesFor(mode: Mode, lang = 'nl'): CatalogEntry[] {
  return CATALOG.filter((entry) => entry.meta.mode === mode && entry.meta.lang === lang);
}
