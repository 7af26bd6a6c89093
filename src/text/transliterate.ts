import translitModule from 'cyrillic-to-translit-js';
import slugifyLatin from '@sindresorhus/slugify';
import type { Lang } from '../types.ts';

type TranslitFactory = (config: { preset: 'uk' | 'ru' }) => { transform(input: string, spaceReplacement?: string): string };
// A CommonJS package whose typings declare an ES default export: the function is the module itself.
const CyrillicToTranslit = ((translitModule as unknown as { default?: TranslitFactory }).default ?? translitModule) as unknown as TranslitFactory;

// Ukrainian uses the official 2010 national transliteration (Зеленський → Zelenskyi);
// the package's default preset is for Russian and leaves Ukrainian letters untouched.
const ukrainian = CyrillicToTranslit({ preset: 'uk' });
const russian = CyrillicToTranslit({ preset: 'ru' });

export function transliterate(text: string, lang: Lang): string {
  return (lang === 'uk' ? ukrainian : russian).transform(text);
}

/** A Latin URL slug of any uk/ru/Latin text. */
export function slugify(text: string, lang: Lang): string {
  const latin = transliterate(text.replace(/['’ʼ`]/gu, ''), lang);
  // Plain ASCII after transliteration is the usual case: slug it directly (the library
  // costs ~2.5 ms a title, most of a 10,000-file build's id step); the rest goes through it.
  if (/^[\x20-\x7e]*$/u.test(latin)) {
    return latin.toLowerCase().replace(/&/gu, ' and ').replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  }
  return slugifyLatin(latin, { decamelize: false });
}
