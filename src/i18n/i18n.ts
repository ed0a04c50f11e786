/**
 * One dictionary per language. Dutch is the source: its keys are the type every other
 * dictionary must match, so a missing key fails the type check.
 */
import { en } from './en.ts';
import { nl } from './nl.ts';

export type Key = keyof typeof nl;
export type Dictionary = Record<Key, string>;
export type Language = 'nl' | 'en';

const DICTIONARIES: Record<Language, Dictionary> = { nl, en };
let current: Language = 'nl';

export function setLanguage(language: Language): void {
  current = language;
}

export function language(): Language {
  return current;
}

/** The string for a key in the current language, with `{name}` placeholders filled in. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[current][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The language a first visit starts in: English only when the browser prefers it over Dutch. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nl') return 'nl';
    if (primary === 'en') return 'en';
  }
  return 'nl';
}

const MONTHS: Record<Language, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * A date as the reports print it ("7 december 2026"), as `toLocaleDateString` spells it
 * for nl-NL and en-GB with `dateStyle: 'long'`. By hand: the browser's formatter loads its
 * locale data on first use, some 60 ms on a slow Chromebook, for two words and a number.
 */
export function longDate(date: Date, lang: Language = current): string {
  return `${date.getDate()} ${MONTHS[lang][date.getMonth()]} ${date.getFullYear()}`;
}
