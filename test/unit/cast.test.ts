import { describe, expect, it } from 'vitest';
import { type Cast, localizedMember, mergeCast } from '../../src/story/cast.ts';

function member(cast: Cast, id: string) {
  const found = cast[id];
  if (!found) throw new Error(`no ${id} in the cast`);
  return found;
}

describe('cast', () => {
  const files = {
    'school.json': {
      bakker: {
        name: 'Mevrouw Bakker',
        role: 'vertrouwenspersoon',
        kind: 'staff',
        en: { name: 'Ms Bakker', role: 'confidential adviser' },
      },
    },
    'klas.json': { ilias: { name: 'Ilias', role: 'leerling 3B', kind: 'pupil' } },
  };

  it('merges cast files and shows a member in the language of the story', () => {
    const cast = mergeCast(files);
    expect(localizedMember(member(cast, 'bakker'), 'nl')).toMatchObject({
      name: 'Mevrouw Bakker',
      role: 'vertrouwenspersoon',
    });
    expect(localizedMember(member(cast, 'bakker'), 'en')).toMatchObject({
      name: 'Ms Bakker',
      role: 'confidential adviser',
    });
    // Without an English name, an English story shows the Dutch one rather than nothing.
    expect(localizedMember(member(cast, 'ilias'), 'en')).toMatchObject({ name: 'Ilias', role: 'leerling 3B' });
  });

  it('names the file and the id of an entry that is incomplete or defined twice', () => {
    expect(() => mergeCast({ 'a.json': { x: { name: 'X', role: 'r', kind: 'pupil', en: { name: 'X' } } } })).toThrow(
      /a\.json: "x" heeft bij "en"/,
    );
    expect(() => mergeCast({ ...files, 'b.json': { ilias: { name: 'I', role: 'r', kind: 'pupil' } } })).toThrow(
      /b\.json: "ilias" staat ook al in klas\.json/,
    );
    expect(() => mergeCast({ 'c.json': { y: { name: 'Y', role: 'r', kind: 'alien' } } })).toThrow(/c\.json: "y"/);
  });
});
