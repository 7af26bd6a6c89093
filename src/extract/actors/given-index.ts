/**
 * Every case form of every given name in `src/text/given-names.ts`, folded, with what it
 * can be: "Оленою" → Олена (female, instrumental), "Олександра" → Олександр (male,
 * genitive/accusative) or Олександра (female, nominative). Built once, lazily.
 */
import type { Lang } from '../../types.ts';
import { GIVEN_NAMES, type GivenName } from '../../text/given-names.ts';
import { declineGiven } from './declension.ts';
import type { Case, Gender } from './forms.ts';
import { fold } from './stems.ts';

export interface GivenReading {
  /** The nominative as listed, in the language of the form. */
  nominative: string;
  gender: Gender;
  cases: Case[];
  lang: Lang;
  /** Language-neutral key of the name group (Олександр ↔ Александр share it). */
  key: string;
  group: GivenName;
}

let index: Map<string, GivenReading[]> | null = null;

export function givenNameIndex(): Map<string, GivenReading[]> {
  if (index) return index;
  const map = new Map<string, GivenReading[]>();
  for (const group of GIVEN_NAMES) {
    for (const lang of ['uk', 'ru'] as const) {
      for (const nominative of group[lang]) {
        for (const f of declineGiven(lang, nominative, group.gender)) {
          if (f.number !== 'sg') continue;
          const key = fold(f.form);
          const list = map.get(key) ?? [];
          const same = list.find((r) => r.nominative === nominative && r.lang === lang && r.gender === group.gender);
          if (same) {
            for (const c of f.cases) if (!same.cases.includes(c)) same.cases.push(c);
          } else {
            list.push({ nominative, gender: group.gender, cases: [...f.cases], lang, key: group.key, group });
          }
          map.set(key, list);
        }
      }
    }
  }
  index = map;
  return map;
}

/** Readings of a word as a given name (the word must be capitalised; checked by callers). */
export function givenReadings(word: string): GivenReading[] {
  return givenNameIndex().get(fold(word)) ?? [];
}

/** The group key of a nominative given name in either language, or the folded name itself. */
export function givenKey(nominative: string): string {
  const readings = givenReadings(nominative).filter((r) => r.cases.includes('nom') && fold(r.nominative) === fold(nominative));
  return readings[0]?.key ?? nominative.toLowerCase();
}
