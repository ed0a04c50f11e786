import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseHeader, parseLineTags, parseTag, StoryContractError } from '../../src/story/tags.ts';

const header = [
  'id: cyberbaiting-staff',
  'title: De clip',
  'mode: staff',
  'topic: cyberbaiting',
  'age: 12+',
  'minutes: 10',
  'summary: Een docent is gefilmd.',
];

describe('parseTag', () => {
  it.each([
    ['speaker: sanne', { key: 'speaker', value: 'sanne' }],
    ['  feedback ', { key: 'feedback', value: null }],
    ['discuss: Waar ligt de grens: hier?', { key: 'discuss', value: 'Waar ligt de grens: hier?' }],
    ['Step:eerste-opvang', { key: 'step', value: 'eerste-opvang' }],
  ])('%s', (raw, tag) => expect(parseTag(raw)).toEqual(tag));
});

describe('parseHeader', () => {
  it('reads every header tag into typed metadata', () => {
    const meta = parseHeader(
      [...header, 'warning: Over een filmpje.', 'lang: en', 'pair: cyberbaiting-student'],
      'x.ink',
    );
    expect(meta).toEqual({
      id: 'cyberbaiting-staff',
      title: 'De clip',
      mode: 'staff',
      topic: 'cyberbaiting',
      age: 12,
      minutes: 10,
      summary: 'Een docent is gefilmd.',
      warning: 'Over een filmpje.',
      lang: 'en',
      pair: 'cyberbaiting-student',
    });
  });

  it('defaults lang to nl and warning to null', () => {
    const meta = parseHeader(header, 'x.ink');
    expect(meta.lang).toBe('nl');
    expect(meta.warning).toBeNull();
  });

  it.each([
    [header.filter((t) => !t.startsWith('title')), /koptag "title: …" ontbreekt/],
    [[...header, 'colour: red'], /onbekende koptag "colour"/],
    [header.map((t) => (t.startsWith('mode') ? 'mode: teacher' : t)), /mode: teacher.*student, staff/],
    [header.map((t) => (t.startsWith('topic') ? 'topic: gamen' : t)), /topic: gamen/],
    [header.map((t) => (t.startsWith('age') ? 'age: twaalf' : t)), /age: 12\+/],
    [header.map((t) => (t.startsWith('id') ? 'id: Mijn Verhaal' : t)), /kleine letters/],
    [[...header, 'title: Nog eens'], /twee keer/],
  ])('rejects a bad header (%#)', (tags, message) => {
    expect(() => parseHeader(tags, 'verhaal.ink')).toThrow(message);
    expect(() => parseHeader(tags, 'verhaal.ink')).toThrow(/^verhaal\.ink: /);
  });
});

describe('parseLineTags', () => {
  it('reads speaker, channel, scene, sfx, feedback, discuss and ending', () => {
    expect(parseLineTags(['speaker: Sanne', 'channel: chat', 'scene: gang', 'sfx: ping'], 's', 'Hoi')).toMatchObject({
      speaker: 'sanne',
      channel: 'chat',
      scene: 'gang',
      sfx: 'ping',
      feedback: false,
    });
    expect(parseLineTags(['feedback', 'discuss: Mag dat?'], 's', 'Goed')).toMatchObject({
      feedback: true,
      discuss: 'Mag dat?',
    });
    expect(parseLineTags(['ending: Opgelost'], 's', 'Klaar').ending).toBe('Opgelost');
  });

  it('names story and text for an unknown tag', () => {
    const error = (() => {
      try {
        parseLineTags(['mood: boos'], 'verhaal.ink', 'Hij kijkt boos.');
      } catch (e) {
        return e as StoryContractError;
      }
    })();
    expect(error).toBeInstanceOf(StoryContractError);
    expect(error?.message).toBe('verhaal.ink: onbekende tag "mood" — bij "Hij kijkt boos."');
  });

  it.each([
    [['channel: email'], /channel: email/],
    [['feedback: ja'], /geen waarde/],
    [['speaker:'], /waarde nodig/],
    [['step: adviezen'], /hoort bij een keuze/],
    [['feedback', 'speaker: bakker'], /feedbackregel heeft geen speaker/],
    [['sfx: ping', 'sfx: bel'], /twee keer/],
  ])('rejects %j', (tags, message) => {
    expect(() => parseLineTags(tags, 's', 'tekst')).toThrow(message);
  });
});

describe('parseChoiceTags', () => {
  it('reads step and rating', () => {
    expect(parseChoiceTags(['step: adviezen', 'rating: matig'], 's', 'Blokkeer')).toEqual({
      step: 'adviezen',
      rating: 'matig',
    });
  });

  it.each([
    [null, /mist "# step/],
    [['step: adviezen'], /mist "# rating/],
    [['rating: goed'], /mist "# step/],
    [['step: bellen', 'rating: goed'], /onbekende protocolstap "bellen"/],
    [['step: adviezen', 'rating: prima'], /rating "prima" bestaat niet/],
    [['step: adviezen', 'rating: goed', 'speaker: ik'], /onbekende tag "speaker" bij een keuze/],
  ])('rejects %j, naming the choice', (tags, message) => {
    expect(() => parseChoiceTags(tags, 'v.ink', 'Blokkeer hem')).toThrow(message);
    expect(() => parseChoiceTags(tags, 'v.ink', 'Blokkeer hem')).toThrow(/bij "Blokkeer hem"/);
  });
});
