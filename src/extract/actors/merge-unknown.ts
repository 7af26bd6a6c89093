/**
 * Unknown people merged across articles and languages. The merge key is language-neutral:
 * the given name's group (Олександр ↔ Александр) and the surname folded onto one alphabet
 * (Мартинюк ↔ Мартынюк, Корольов ↔ Королёв), transliterated. The id is the slug of the
 * Latin transliteration of the nominative name: Ukrainian 2010 rules when a Ukrainian
 * spelling is known, else the Russian preset.
 */
import slugify from '@sindresorhus/slugify';
import type { Lang } from '../../types.ts';
import { transliterate } from '../../text/transliterate.ts';
import { givenKey } from './given-index.ts';
import { fold } from './stems.ts';

export interface UnknownPersonMention {
  /** Language-neutral merge key: given-name group + folded surname, transliterated. */
  key: string;
  /** Nominative "given surname" as written in the article's language. */
  name: string;
  given: string;
  surname: string;
  block: number;
  start: number;
  end: number;
  surface: string;
  sentence: string;
}

export interface UnknownPerson {
  /** Slug of the Latin transliteration of the nominative name, e.g. "olena-martyniuk". */
  id: string;
  /** Latin transliteration of the nominative name. */
  name: string;
  names: { uk?: string; ru?: string };
  /** Every mention, in input order, each with the article it is in. */
  mentions: (UnknownPersonMention & { articleId: string })[];
}

/** Surname folded so that its uk and ru spellings meet. */
export function neutralSurname(surname: string): string {
  const pre = surname
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[ьй]о/gu, 'е');
  // Female adjectival surnames: uk Зеленська ↔ ru Зеленская.
  return fold(pre).replace(/ця/gu, 'ца').replace(/цю/gu, 'цу').replace(/ая$/u, 'а').replace(/яя$/u, 'я');
}

export function unknownKey(given: string, surname: string): string {
  return transliterate(`${givenKey(given)} ${neutralSurname(surname)}`, 'uk').toLowerCase();
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

export function mergeUnknownPeople(
  perArticle: readonly { articleId: string; lang: Lang; people: readonly UnknownPersonMention[] }[],
): UnknownPerson[] {
  const groups = new Map<string, { mentions: (UnknownPersonMention & { articleId: string })[]; uk: Map<string, number>; ru: Map<string, number> }>();
  for (const article of perArticle) {
    for (const m of article.people) {
      let group = groups.get(m.key);
      if (!group) {
        group = { mentions: [], uk: new Map(), ru: new Map() };
        groups.set(m.key, group);
      }
      group.mentions.push({ ...m, articleId: article.articleId });
      const names = group[article.lang];
      names.set(m.name, (names.get(m.name) ?? 0) + 1);
    }
  }
  const people: UnknownPerson[] = [];
  const used = new Set<string>();
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    const uk = mostFrequent(group.uk);
    const ru = mostFrequent(group.ru);
    const name = uk ? transliterate(uk, 'uk') : transliterate(ru ?? key, 'ru');
    const base = slugify(name) || slugify(key) || 'person';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const names: { uk?: string; ru?: string } = {};
    if (uk) names.uk = uk;
    if (ru) names.ru = ru;
    people.push({ id, name, names, mentions: group.mentions });
  }
  return people.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
