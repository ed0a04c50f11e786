import { type Cast, type CastMember, localizedMember, mergeCast } from './cast.ts';

const castFiles = import.meta.glob('../../stories/cast/*.json', { import: 'default', eager: true });
export const CAST: Cast = mergeCast(castFiles);

export function castMember(id: string, lang = 'nl'): CastMember {
  const member = CAST[id];
  return member ? localizedMember(member, lang) : { name: id, role: '', kind: 'other' };
}
