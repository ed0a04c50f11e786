import { type Cast, type CastMember, mergeCast } from './cast.ts';

const castFiles = import.meta.glob('../../stories/cast/*.json', { import: 'default', eager: true });
export const CAST: Cast = mergeCast(castFiles);

export function castMember(id: string): CastMember {
  return CAST[id] ?? { name: id, role: '', kind: 'other' };
}
