import CyrillicToTranslit from 'cyrillic-to-translit-js';
import slugifyLatin from '@sindresorhus/slugify';
import type { Lang } from '../types.ts';

// Ukrainian uses the official 2010 national transliteration (Зеленський → Zelenskyi);
// the package's default preset is for Russian and leaves Ukrainian letters untouched.
const ukrainian = CyrillicToTranslit({ preset: 'uk' });
const russian = CyrillicToTranslit({ preset: 'ru' });

export function transliterate(text: string, lang: Lang): string {
  return (lang === 'uk' ? ukrainian : russian).transform(text);
}

/** A Latin URL slug of any uk/ru/Latin text. */
export function slugify(text: string, lang: Lang): string {
  return slugifyLatin(transliterate(text.replace(/['’ʼ`]/gu, ''), lang), { decamelize: false });
}
