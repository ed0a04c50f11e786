import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { languageFromBrowser, longDate, setLanguage, t } from '../../src/i18n/i18n.ts';
import { nl } from '../../src/i18n/nl.ts';

afterEach(() => setLanguage('nl'));

describe('i18n', () => {
  it('fills placeholders in the current language', () => {
    expect(t('common.page', { page: 2, pages: 5 })).toBe('Pagina 2 van 5');
    setLanguage('en');
    expect(t('common.page', { page: 2, pages: 5 })).toBe('Page 2 of 5');
  });

  it('keeps the same placeholders in every language', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(holes(en[key]), key).toEqual(holes(nl[key]));
    }
  });

  it.each([
    [['nl-NL', 'en'], 'nl'],
    [['en-GB', 'nl'], 'en'],
    [['de-DE', 'fr'], 'nl'],
    [['fr', 'en-US'], 'en'],
    [[], 'nl'],
  ] as const)('follows the browser on first visit: %j → %s', (prefs, lang) => {
    expect(languageFromBrowser(prefs)).toBe(lang);
  });
});

describe('longDate', () => {
  it('spells every month as the browser formats a long date in Dutch and in British English', () => {
    for (let month = 0; month < 12; month++) {
      // Days of one and two digits, in a leap year and not.
      for (const [year, day] of [
        [2026, 7],
        [2028, 29],
      ] as const) {
        const date = new Date(year, month, day);
        expect(longDate(date, 'nl')).toBe(date.toLocaleDateString('nl-NL', { dateStyle: 'long' }));
        expect(longDate(date, 'en')).toBe(date.toLocaleDateString('en-GB', { dateStyle: 'long' }));
      }
    }
  });

  it('follows the current language', () => {
    setLanguage('en');
    expect(longDate(new Date(2026, 11, 7))).toBe('7 December 2026');
    setLanguage('nl');
    expect(longDate(new Date(2026, 11, 7))).toBe('7 december 2026');
  });
});
