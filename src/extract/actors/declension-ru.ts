/**
 * Russian declension: names through `lvovich` 2.1 (`inclineFirstname`/`inclineLastname`
 * with an explicit gender; its `incline` ignores gender), common nouns and adjectives
 * (role heads, organisation names) by hand.
 */
import { inclineFirstname, inclineLastname } from 'lvovich';
import { FormSet, type Case, type EndingTable, type Form, type Gender } from './forms.ts';

type LvovichCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';

const LVOVICH_CASES: readonly [LvovichCase, Case][] = [
  ['genitive', 'gen'],
  ['dative', 'dat'],
  ['accusative', 'acc'],
  ['instrumental', 'ins'],
  ['prepositional', 'loc'],
];

function viaLvovich(word: string, gender: Gender, fn: typeof inclineLastname): Form[] {
  const set = new FormSet();
  set.add(word, ['nom', 'voc']);
  for (const [lv, c] of LVOVICH_CASES) {
    let form: string;
    try {
      form = fn(word, lv, gender);
    } catch {
      form = word;
    }
    set.add(form || word, c);
    // Instrumental in -ою/-ею is an accepted variant (Еленою, Кислицею).
    if (c === 'ins' && /[ое]й$/u.test(form) && /[ая]$/u.test(word)) set.add(`${form.slice(0, -1)}ю`, 'ins');
  }
  return set.toArray();
}

/** Case forms of a Russian surname. */
export function declineRuSurname(surname: string, gender: Gender): Form[] {
  const words = surname.split(' ');
  if (words.length > 1 && words.some((w) => w === w.toLowerCase())) {
    return new FormSet().indeclinable(surname).toArray();
  }
  const lastWord = words.pop() ?? '';
  const prefix = words.length > 0 ? `${words.join(' ')} ` : '';
  const set = new FormSet();
  for (const f of viaLvovich(lastWord, gender, inclineLastname)) set.add(prefix + f.form, f.cases);
  // Ukrainian surnames in -ко are declined by part of the Russian press (Иващенка): keep both.
  if (gender === 'male' && /[^аеёиоуыэюя]ко$/u.test(lastWord.toLowerCase())) {
    const stem = lastWord.slice(0, -1);
    set.add(`${prefix}${stem}а`, ['gen', 'acc']).add(`${prefix}${stem}у`, 'dat').add(`${prefix}${stem}ом`, 'ins').add(`${prefix}${stem}е`, 'loc');
  }
  return set.toArray();
}

/** Case forms of a Russian given name. */
export function declineRuGiven(given: string, gender: Gender): Form[] {
  if (given.includes('-')) {
    const cut = given.lastIndexOf('-');
    const head = given.slice(0, cut + 1);
    const set = new FormSet().indeclinable(given);
    for (const f of declineRuGiven(given.slice(cut + 1), gender)) set.add(head + f.form, f.cases);
    return set.toArray();
  }
  return viaLvovich(given, gender, inclineFirstname);
}

// ---------------------------------------------------------------------------------------
// Common nouns and adjectives.

const VELAR_SIBILANT = /[гкхжшщч]$/u;
const SIBILANT_TS = /[жшщчц]$/u;

/** Case forms of a Russian common noun, singular and plural. */
export function declineRuNoun(noun: string): Form[] {
  const set = new FormSet();
  set.add(noun, 'nom');
  const w = noun.toLowerCase();
  const end = w.slice(-1);
  if ((noun.includes('-') && !/^(экс|вице|премьер|генерал|спец|гос)-/u.test(w)) || !/\p{Script=Cyrillic}/u.test(end) || (noun.length >= 2 && noun === noun.toUpperCase())) {
    return set.indeclinable(noun).toArray();
  }
  if (end === 'а' || end === 'я') {
    const stem = noun.slice(0, -1);
    const s = stem.toLowerCase();
    if (end === 'я' && /и$/u.test(s)) {
      set.addTable(stem, { gen: 'и', dat: 'и', acc: 'ю', ins: ['ей', 'ею'], loc: 'и' });
      set.addTable(stem, { nom: 'и', gen: 'й', dat: 'ям', acc: 'и', ins: 'ями', loc: 'ях' }, 'pl');
    } else if (end === 'я') {
      set.addTable(stem, { gen: 'и', dat: 'е', acc: 'ю', ins: ['ей', 'ею'], loc: 'е' });
      set.addTable(stem, { nom: 'и', gen: ['ь', 'ей', ''], dat: 'ям', acc: 'и', ins: 'ями', loc: 'ях' }, 'pl');
    } else {
      const y = VELAR_SIBILANT.test(s) ? 'и' : 'ы';
      const o = SIBILANT_TS.test(s) ? 'е' : 'о';
      set.addTable(stem, { gen: y, dat: 'е', acc: 'у', ins: [`${o}й`, `${o}ю`], loc: 'е' });
      set.addTable(stem, { nom: y, gen: '', dat: 'ам', acc: [y, ''], ins: 'ами', loc: 'ах' }, 'pl');
    }
  } else if (end === 'о' || end === 'е') {
    const stem = noun.slice(0, -1);
    if (/ие$/u.test(w)) {
      set.addTable(stem, { gen: 'я', dat: 'ю', acc: 'е', ins: 'ем', loc: 'и' });
      set.addTable(stem, { nom: 'я', gen: 'й', dat: 'ям', acc: 'я', ins: 'ями', loc: 'ях' }, 'pl');
    } else if (end === 'е') {
      set.addTable(stem, { gen: 'я', dat: 'ю', acc: 'е', ins: 'ем', loc: 'е' });
    } else {
      set.addTable(stem, { gen: 'а', dat: 'у', acc: 'о', ins: 'ом', loc: 'е' });
      set.addTable(stem, { nom: 'а', gen: '', dat: 'ам', acc: 'а', ins: 'ами', loc: 'ах' }, 'pl');
    }
  } else if (end === 'ь') {
    const stem = noun.slice(0, -1);
    set.add(noun, 'acc');
    set.addTable(stem, { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', loc: 'е' });
    set.addTable(stem, { nom: 'и', gen: 'ей', dat: 'ям', acc: ['и', 'ей'], ins: 'ями', loc: 'ях' }, 'pl');
  } else if (end === 'й') {
    const stem = noun.slice(0, -1);
    set.add(noun, 'acc');
    set.addTable(stem, { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', loc: ['е', 'и'] });
    set.addTable(stem, { nom: 'и', gen: 'ев', dat: 'ям', acc: ['и', 'ев'], ins: 'ями', loc: 'ях' }, 'pl');
  } else if (/[аеёиоуыэюя]/u.test(end)) {
    set.indeclinable(noun);
  } else {
    // Fleeting vowel: посланец → посланца.
    const stems = /[её]ц$/u.test(w) ? [noun, `${noun.slice(0, -2)}ц`] : [noun];
    const y = VELAR_SIBILANT.test(w) ? 'и' : 'ы';
    const o = SIBILANT_TS.test(w) ? 'е' : 'о';
    const pluralGen = /[жшщч]$/u.test(w) ? 'ей' : `${o === 'е' ? 'е' : 'о'}в`;
    set.add(noun, 'acc');
    for (const stem of stems) {
      set.addTable(stem, { gen: ['а', 'у'], dat: 'у', acc: 'а', ins: `${o}м`, loc: ['е', 'у'] });
      set.addTable(stem, { nom: y, gen: pluralGen, dat: 'ам', acc: [y, pluralGen], ins: 'ами', loc: 'ах' }, 'pl');
    }
  }
  return set.toArray();
}

export type Agreement = 'm' | 'f' | 'n' | 'pl';

/** Whether a word before a noun looks like a Russian adjective in the nominative. */
export function looksLikeRuAdjective(word: string): boolean {
  const w = word.toLowerCase();
  return w.length > 3 && /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/u.test(w);
}

/** Case forms of an adjective (given in any nominative) agreeing with a noun of `agree`. */
export function declineRuAdjective(adjective: string, agree: Agreement): Form[] {
  const set = new FormSet();
  const w = adjective.toLowerCase();
  const m = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/u.exec(w);
  if (!m) return set.indeclinable(adjective, agree === 'pl' ? 'pl' : 'sg').toArray();
  const stem = adjective.slice(0, -2);
  const s = stem.toLowerCase();
  const soft = /(яя|ее)$/u.test(m[0]) || (m[0] === 'ий' && /н$/u.test(s) && !/ск$/u.test(s));
  const y = soft || VELAR_SIBILANT.test(s) ? 'и' : 'ы';
  const o = soft ? 'е' : 'о';
  const a = soft ? 'я' : 'а';
  const u = soft ? 'ю' : 'у';
  const tables: Record<Agreement, EndingTable> = {
    m: { nom: m[0] === 'ой' ? 'ой' : `${y}й`, gen: `${o}го`, dat: `${o}му`, acc: [`${y}й`, `${o}го`], ins: `${y}м`, loc: `${o}м` },
    f: { nom: `${a}я`, gen: `${o}й`, dat: `${o}й`, acc: `${u}ю`, ins: [`${o}й`, `${o}ю`], loc: `${o}й` },
    n: { nom: `${o}е`, gen: `${o}го`, dat: `${o}му`, acc: `${o}е`, ins: `${y}м`, loc: `${o}м` },
    pl: { nom: `${y}е`, gen: `${y}х`, dat: `${y}м`, acc: [`${y}е`, `${y}х`], ins: `${y}ми`, loc: `${y}х` },
  };
  set.addTable(stem, tables[agree], agree === 'pl' ? 'pl' : 'sg');
  return set.toArray();
}
