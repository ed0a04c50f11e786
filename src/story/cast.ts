/**
 * The cast registry: `speaker:` ids → name, role, kind. Authored as JSON files in
 * stories/cast/, one per set of stories, merged here.
 */
import { isSceneId, isSfxId } from './registry.ts';

export type CastKind = 'player' | 'pupil' | 'staff' | 'parent' | 'other';

export interface CastMember {
  name: string;
  role: string;
  kind: CastKind;
  /** Name and role in English stories ("Ms Bakker", "confidential adviser"). */
  en?: { name: string; role: string };
}

export type Cast = Record<string, CastMember>;

const KINDS: readonly CastKind[] = ['player', 'pupil', 'staff', 'parent', 'other'];

/** Merges cast files; an id defined twice, or an entry without name, role and kind, is an error. */
export function mergeCast(files: Record<string, unknown>): Cast {
  const cast: Cast = {};
  const origin: Record<string, string> = {};
  for (const [file, content] of Object.entries(files)) {
    if (!content || typeof content !== 'object') throw new Error(`${file}: geen geldige castlijst`);
    for (const [id, entry] of Object.entries(content as Record<string, unknown>)) {
      const member = entry as Partial<CastMember>;
      if (
        typeof member?.name !== 'string' ||
        typeof member.role !== 'string' ||
        !KINDS.includes(member.kind as CastKind)
      ) {
        throw new Error(`${file}: "${id}" heeft name, role en kind (${KINDS.join('/')}) nodig`);
      }
      const en = member.en as Partial<CastMember['en']> | undefined;
      if (en !== undefined && (typeof en?.name !== 'string' || typeof en.role !== 'string')) {
        throw new Error(`${file}: "${id}" heeft bij "en" een name en role nodig`);
      }
      if (origin[id]) throw new Error(`${file}: "${id}" staat ook al in ${origin[id]}`);
      origin[id] = file;
      cast[id] = { name: member.name, role: member.role, kind: member.kind as CastKind };
      if (en) cast[id].en = { name: en.name as string, role: en.role as string };
    }
  }
  return cast;
}

/** A cast member as a story in this language shows them. */
export function localizedMember(member: CastMember, lang: string): CastMember {
  return lang === 'en' && member.en ? { ...member, name: member.en.name, role: member.en.role } : member;
}

/** What a story uses that the game has no cast member, backdrop or sound for. */
export function vocabularyProblems(
  used: { speakers: readonly string[]; scenes: readonly string[]; sfx: readonly string[] },
  cast: Cast,
): string[] {
  return [
    ...used.speakers.filter((id) => !cast[id]).map((id) => `speaker "${id}" staat niet in stories/cast/`),
    ...used.scenes.filter((id) => !isSceneId(id)).map((id) => `scene "${id}" bestaat niet (zie stories/README.md)`),
    ...used.sfx.filter((id) => !isSfxId(id)).map((id) => `sfx "${id}" bestaat niet (zie stories/README.md)`),
  ];
}
