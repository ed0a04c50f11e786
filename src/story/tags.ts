/**
 * The Ink tag contract of design.md, parsed and checked. Every way a story can break the
 * contract becomes a StoryContractError that names the story and the text it happened at,
 * so an author can find the line.
 */
import { isRating, isStepId, type Rating, type StepId } from '../protocol/steps.ts';

export const TOPICS = [
  'pesten',
  'chantage',
  'cyberstalking',
  'beelden',
  'naaktfoto',
  'cyberbaiting',
  'nepaccount',
  'grooming',
  'sexting',
  'personeel',
] as const;
export type Topic = (typeof TOPICS)[number];

export const MODES = ['student', 'staff'] as const;
export type Mode = (typeof MODES)[number];

export const CHANNELS = ['chat', 'post', 'face', 'narrator', 'thought'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export class StoryContractError extends Error {
  constructor(
    readonly story: string,
    readonly problem: string,
    readonly at: string,
  ) {
    super(`${story}: ${problem}${at ? ` — bij "${at.trim()}"` : ''}`);
    this.name = 'StoryContractError';
  }
}

export interface Tag {
  key: string;
  /** The text after the colon, trimmed; `null` for a bare tag such as `# feedback`. */
  value: string | null;
}

export function parseTag(raw: string): Tag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { key: text.toLowerCase(), value: null };
  return { key: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

function oneOf<T extends string>(list: readonly T[], tag: Tag, story: string, at: string): T {
  const value = requireValue(tag, story, at);
  if (!(list as readonly string[]).includes(value)) {
    throw new StoryContractError(
      story,
      `"${tag.key}: ${value}" is geen geldige waarde (kies uit: ${list.join(', ')})`,
      at,
    );
  }
  return value as T;
}

function requireValue(tag: Tag, story: string, at: string): string {
  if (tag.value === null || tag.value === '') {
    throw new StoryContractError(story, `tag "${tag.key}" heeft een waarde nodig ("${tag.key}: …")`, at);
  }
  return tag.value;
}

function forbidValue(tag: Tag, story: string, at: string): void {
  if (tag.value !== null) {
    throw new StoryContractError(story, `tag "${tag.key}" heeft geen waarde (schrijf "# ${tag.key}")`, at);
  }
}

// ---------------------------------------------------------------------------------------
// File header

export interface StoryMeta {
  id: string;
  title: string;
  mode: Mode;
  topic: Topic;
  /** Lowest intended age, from `age: 12+`. */
  age: number;
  minutes: number;
  summary: string;
  warning: string | null;
  lang: Lang;
  /** The id of the same incident told from the other side (student ↔ staff). */
  pair: string | null;
}

const HEADER_REQUIRED = ['id', 'title', 'mode', 'topic', 'age', 'minutes', 'summary'] as const;

export function parseHeader(rawTags: readonly string[], story: string): StoryMeta {
  const seen = new Map<string, Tag>();
  for (const raw of rawTags) {
    const tag = parseTag(raw);
    if (seen.has(tag.key)) throw new StoryContractError(story, `koptag "${tag.key}" staat er twee keer`, raw);
    seen.set(tag.key, tag);
  }
  for (const key of HEADER_REQUIRED) {
    if (!seen.has(key)) {
      throw new StoryContractError(story, `koptag "${key}: …" ontbreekt bovenaan het bestand`, '');
    }
  }
  const meta: StoryMeta = {
    id: '',
    title: '',
    mode: 'student',
    topic: 'pesten',
    age: 0,
    minutes: 0,
    summary: '',
    warning: null,
    lang: 'nl',
    pair: null,
  };
  for (const [key, tag] of seen) {
    const at = `# ${key}${tag.value === null ? '' : `: ${tag.value}`}`;
    switch (key) {
      case 'id': {
        const id = requireValue(tag, story, at);
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
          throw new StoryContractError(story, 'id mag alleen kleine letters, cijfers en streepjes bevatten', at);
        }
        meta.id = id;
        break;
      }
      case 'title':
        meta.title = requireValue(tag, story, at);
        break;
      case 'summary':
        meta.summary = requireValue(tag, story, at);
        break;
      case 'warning':
        meta.warning = requireValue(tag, story, at);
        break;
      case 'pair':
        meta.pair = requireValue(tag, story, at);
        break;
      case 'mode':
        meta.mode = oneOf(MODES, tag, story, at);
        break;
      case 'topic':
        meta.topic = oneOf(TOPICS, tag, story, at);
        break;
      case 'lang':
        meta.lang = oneOf(LANGS, tag, story, at);
        break;
      case 'age': {
        const match = /^(\d{1,2})\+$/.exec(requireValue(tag, story, at));
        if (!match) throw new StoryContractError(story, 'leeftijd schrijf je als "age: 12+"', at);
        meta.age = Number(match[1]);
        break;
      }
      case 'minutes': {
        const value = requireValue(tag, story, at);
        if (!/^\d{1,3}$/.test(value) || Number(value) < 1) {
          throw new StoryContractError(story, 'speelduur schrijf je als heel aantal minuten, bijv. "minutes: 10"', at);
        }
        meta.minutes = Number(value);
        break;
      }
      default:
        throw new StoryContractError(story, `onbekende koptag "${key}"`, at);
    }
  }
  return meta;
}

// ---------------------------------------------------------------------------------------
// Lines

export interface LineTags {
  speaker: string | null;
  channel: Channel | null;
  scene: string | null;
  sfx: string | null;
  feedback: boolean;
  discuss: string | null;
  ending: string | null;
}

export function parseLineTags(rawTags: readonly string[], story: string, text: string): LineTags {
  const out: LineTags = {
    speaker: null,
    channel: null,
    scene: null,
    sfx: null,
    feedback: false,
    discuss: null,
    ending: null,
  };
  const seen = new Set<string>();
  for (const raw of rawTags) {
    const tag = parseTag(raw);
    if (seen.has(tag.key)) throw new StoryContractError(story, `tag "${tag.key}" staat twee keer op één regel`, text);
    seen.add(tag.key);
    switch (tag.key) {
      case 'speaker':
        out.speaker = requireValue(tag, story, text).toLowerCase();
        break;
      case 'channel':
        out.channel = oneOf(CHANNELS, tag, story, text);
        break;
      case 'scene':
        out.scene = requireValue(tag, story, text).toLowerCase();
        break;
      case 'sfx':
        out.sfx = requireValue(tag, story, text).toLowerCase();
        break;
      case 'feedback':
        forbidValue(tag, story, text);
        out.feedback = true;
        break;
      case 'discuss':
        out.discuss = requireValue(tag, story, text);
        break;
      case 'ending':
        out.ending = requireValue(tag, story, text);
        break;
      case 'step':
      case 'rating':
        throw new StoryContractError(
          story,
          `"${tag.key}" hoort bij een keuze, tussen de [haken]: * [Tekst #step: … #rating: …]`,
          text,
        );
      default:
        throw new StoryContractError(story, `onbekende tag "${tag.key}"`, text);
    }
  }
  if (out.feedback && (out.speaker || out.channel)) {
    throw new StoryContractError(story, 'een feedbackregel heeft geen speaker of channel: het protocol spreekt', text);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Choices

export interface ChoiceTags {
  step: StepId;
  rating: Rating;
}

export function parseChoiceTags(rawTags: readonly string[] | null, story: string, text: string): ChoiceTags {
  let step: StepId | null = null;
  let rating: Rating | null = null;
  for (const raw of rawTags ?? []) {
    const tag = parseTag(raw);
    if (tag.key === 'step') {
      const value = requireValue(tag, story, text);
      if (!isStepId(value)) throw new StoryContractError(story, `onbekende protocolstap "${value}"`, text);
      step = value;
    } else if (tag.key === 'rating') {
      const value = requireValue(tag, story, text);
      if (!isRating(value)) {
        throw new StoryContractError(story, `rating "${value}" bestaat niet (kies goed, matig of fout)`, text);
      }
      rating = value;
    } else {
      throw new StoryContractError(story, `onbekende tag "${tag.key}" bij een keuze`, text);
    }
  }
  if (!step) throw new StoryContractError(story, 'deze keuze mist "# step: …"', text);
  if (!rating) throw new StoryContractError(story, 'deze keuze mist "# rating: …"', text);
  return { step, rating };
}
