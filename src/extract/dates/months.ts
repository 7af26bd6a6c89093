/**
 * Month and weekday vocabulary for Ukrainian and Russian dates.
 *
 * Full month names are written as a stem plus every case ending the grammar should
 * accept; abbreviations ("лист.", "ноя", "сент") are accepted only right after a day
 * number (the grammar enforces that: a month never fires on its own).
 */

/** Full month forms per month (1–12), uk then ru, as regex sources without groups. */
const MONTH_FULL: readonly (readonly [number, string])[] = [
  [1, 'січ(?:ень|ня|ні|нем|ню)'],
  [2, 'лют(?:ий|ого|ому|ім|им)'],
  [3, 'берез(?:ень|ня|ні|нем|ню)'],
  [4, 'квіт(?:ень|ня|ні|нем|ню)'],
  [5, 'трав(?:ень|ня|ні|нем|ню)'],
  [6, 'черв(?:ень|ня|ні|нем|ню)'],
  [7, 'лип(?:ень|ня|ні|нем|ню)'],
  [8, 'серп(?:ень|ня|ні|нем|ню)'],
  [9, 'верес(?:ень|ня|ні|нем|ню)'],
  [10, 'жовт(?:ень|ня|ні|нем|ню)'],
  [11, 'листопад(?:а|і|у|ом)?'],
  [12, 'груд(?:ень|ня|ні|нем|ню)'],
  [1, 'январ(?:ь|я|е|ем|ю)'],
  [2, 'феврал(?:ь|я|е|ем|ю)'],
  [3, 'март(?:а|е|ом|у)?'],
  [4, 'апрел(?:ь|я|е|ем|ю)'],
  // "маю"/"маем" left out: Ukrainian "маю" (I have) would fire after a number.
  [5, 'ма(?:й|я|е)'],
  [6, 'июн(?:ь|я|е|ем|ю)'],
  [7, 'июл(?:ь|я|е|ем|ю)'],
  [8, 'август(?:а|е|ом|у)?'],
  [9, 'сентябр(?:ь|я|е|ем|ю)'],
  [10, 'октябр(?:ь|я|е|ем|ю)'],
  [11, 'ноябр(?:ь|я|е|ем|ю)'],
  [12, 'декабр(?:ь|я|е|ем|ю)'],
];

/** Abbreviations, with or without a trailing dot (the dot is matched by the grammar). */
const MONTH_ABBR: readonly (readonly [number, string])[] = [
  [1, 'січ'],
  [2, 'лют'],
  [3, 'бер'],
  [4, 'квіт'],
  [5, 'трав'],
  [6, 'черв'],
  [7, 'лип'],
  [8, 'серп'],
  [9, 'вер'],
  [10, 'жовт?'],
  [11, 'лист'],
  [12, 'груд'],
  [1, 'янв'],
  [2, 'февр?'],
  [3, 'мар'],
  [4, 'апр'],
  [6, 'июн'],
  [7, 'июл'],
  [8, 'авг'],
  [9, 'сент?'],
  [10, 'окт'],
  [11, 'нояб?'],
  [12, 'дек'],
];

/** Neither a letter or digit nor a hyphen joining another word ("Мар-а-Лаго"). */
export const WORD_END = '(?![\\p{L}\\p{N}\\p{M}\'’ʼ]|-\\p{L})';
/** Not preceded by a letter, digit or apostrophe. */
export const WORD_START = '(?<![\\p{L}\\p{N}\\p{M}\'’ʼ])';

/**
 * Regex source for one month word after a day number: full forms, or an abbreviation
 * with an optional dot. No capturing groups.
 */
export const MONTH_SOURCE =
  `(?:(?:${MONTH_FULL.map(([, p]) => p).join('|')})${WORD_END}` +
  `|(?:${MONTH_ABBR.map(([, p]) => p).join('|')})(?:\\.|${WORD_END}))`;

const FULL_TESTS = MONTH_FULL.map(([m, p]) => [m, new RegExp(`^(?:${p})$`, 'iu')] as const);
const ABBR_TESTS = MONTH_ABBR.map(([m, p]) => [m, new RegExp(`^(?:${p})\\.?$`, 'iu')] as const);

/** Month number (1–12) of a month word as matched by {@link MONTH_SOURCE}, else null. */
export function monthNumber(word: string): number | null {
  const w = word.normalize('NFC').toLowerCase();
  const cached = MONTH_CACHE.get(w);
  if (cached !== undefined) return cached;
  let found: number | null = null;
  for (const [m, re] of FULL_TESTS) if (found === null && re.test(w)) found = m;
  for (const [m, re] of ABBR_TESTS) if (found === null && re.test(w)) found = m;
  // The vocabulary is closed (only words the month regex matched get here), so the cache stays small.
  MONTH_CACHE.set(w, found);
  return found;
}

const MONTH_CACHE = new Map<string, number | null>();

/** True when the word is a full month name (not an abbreviation). */
export function isFullMonth(word: string): boolean {
  return FULL_TESTS.some(([, re]) => re.test(word.normalize('NFC')));
}

const APOS = "['’ʼ`]?";

/** Weekday forms in the accusative (after у/в/во/на and adjectives such as "наступну"). */
const WEEKDAY_ACC: readonly (readonly [number, string])[] = [
  [1, 'понеділок'],
  [2, 'вівторок'],
  [3, 'середу'],
  [4, 'четвер'],
  [5, `п${APOS}ятницю`],
  [6, 'суботу'],
  [7, 'неділю'],
  [1, 'понедельник'],
  [2, 'вторник'],
  [3, 'среду'],
  [4, 'четверг'],
  [5, 'пятницу'],
  [6, 'субботу'],
  [7, 'воскресенье'],
];

/** Weekday forms in the genitive (after "минулого", "наступної", "цього"). */
const WEEKDAY_GEN: readonly (readonly [number, string])[] = [
  [1, 'понеділка'],
  [2, 'вівторка'],
  [3, 'середи'],
  [4, 'четверга'],
  [5, `п${APOS}ятниці`],
  [6, 'суботи'],
  [7, 'неділі'],
  [1, 'понедельника'],
  [2, 'вторника'],
  [3, 'среды'],
  [5, 'пятницы'],
  [6, 'субботы'],
  [7, 'воскресенья'],
];

/** True when the weekday word is in the accusative ("середу", not "середи"). */
export function isAccusativeWeekday(word: string): boolean {
  return WEEKDAY_ACC_TESTS.some((re) => re.test(word.normalize('NFC')));
}

export const WEEKDAY_ACC_SOURCE = `(?:${WEEKDAY_ACC.map(([, p]) => p).join('|')})`;
export const WEEKDAY_GEN_SOURCE = `(?:${WEEKDAY_GEN.map(([, p]) => p).join('|')})`;

const WEEKDAY_ACC_TESTS = WEEKDAY_ACC.map(([, p]) => new RegExp(`^(?:${p})$`, 'iu'));

const WEEKDAY_TESTS = [...WEEKDAY_ACC, ...WEEKDAY_GEN].map(
  ([d, p]) => [d, new RegExp(`^(?:${p})$`, 'iu')] as const,
);

/** ISO weekday (1 = Monday … 7 = Sunday) of a weekday word, else null. */
export function weekdayNumber(word: string): number | null {
  const w = word.normalize('NFC');
  for (const [d, re] of WEEKDAY_TESTS) if (re.test(w)) return d;
  return null;
}

/** Weekday names in the nominative (Monday 1 … Sunday 7), as headings give them: "Понеділок.", "Пятница:". */
const WEEKDAY_NOMINATIVE: Readonly<Record<string, number>> = {
  понеділок: 1, вівторок: 2, середа: 3, четвер: 4, "п'ятниця": 5, субота: 6, неділя: 7,
  понедельник: 1, вторник: 2, среда: 3, четверг: 4, пятница: 5, суббота: 6, воскресенье: 7,
};
export const WEEKDAY_NOMINATIVE_SOURCE = `(?:${Object.keys(WEEKDAY_NOMINATIVE).map((w) => w.replace("'", "['’ʼ]?")).join('|')})`;

/** The weekday a nominative name gives, else null. */
export function nominativeWeekday(word: string): number | null {
  return WEEKDAY_NOMINATIVE[word.toLowerCase().replace(/['’ʼ]/gu, "'")] ?? null;
}

/**
 * Words before a weekday that say which one is meant. Accusative adjectives follow a
 * preposition ("у минулу середу", "в следующий вторник"); genitive ones stand alone
 * ("минулого вівторка", "наступної п'ятниці"). `null` means "this one": no direction.
 */
const DIRECTION_WORDS: readonly (readonly [string, 'last' | 'next' | null])[] = [
  ['минул(?:ий|у|е|ого|ої)', 'last'],
  ['позаминул(?:ий|у|е|ого|ої)', 'last'],
  ['прошл(?:ый|ую|ое|ой|ого)', 'last'],
  ['наступн(?:ий|у|е|ого|ої)', 'next'],
  ['найближч(?:ий|у|е|ого|ої)', 'next'],
  ['следующ(?:ий|ую|ее|его|ей)', 'next'],
  ['ближайш(?:ий|ую|ее|его|ей)', 'next'],
  ['будущ(?:ий|ую|ее)', 'next'],
  ['(?:цей|цю|це|цього|цієї)', null],
  ['(?:этот|эту|это|этого|этой)', null],
];

export const DIRECTION_SOURCE = `(?:${DIRECTION_WORDS.map(([p]) => p).join('|')})`;

const DIRECTION_TESTS = DIRECTION_WORDS.map(([p, d]) => [new RegExp(`^(?:${p})$`, 'iu'), d] as const);

/** Direction of a direction word; undefined when the word is not one. */
export function directionOf(word: string): 'last' | 'next' | null | undefined {
  for (const [re, d] of DIRECTION_TESTS) if (re.test(word)) return d;
  return undefined;
}

/** Relative day words and their offset in days from the publication date. */
const RELATIVE_WORDS: readonly (readonly [string, number])[] = [
  ['сьогодні', 0],
  ['сегодня', 0],
  ['сьогоднішн\\p{L}*', 0],
  ['сегодняшн\\p{L}*', 0],
  ['(?:в|у)чора', -1],
  ['вчера', -1],
  ['(?:в|у)чорашн\\p{L}*', -1],
  ['вчерашн\\p{L}*', -1],
  ['позавчора', -2],
  ['позавчера', -2],
  ['позавчорашн\\p{L}*', -2],
  ['позавчерашн\\p{L}*', -2],
  ['завтра', 1],
  ['завтрашн\\p{L}*', 1],
  ['післязавтра', 2],
  ['послезавтра', 2],
  ['напередодні', -1],
  ['накануне', -1],
];

export const RELATIVE_SOURCE = `(?:${RELATIVE_WORDS.map(([p]) => p).join('|')})`;

const RELATIVE_TESTS = RELATIVE_WORDS.map(([p, n]) => [new RegExp(`^(?:${p})$`, 'iu'), n] as const);

/** Day offset of a relative word, else null. */
export function relativeDaysOf(word: string): number | null {
  for (const [re, n] of RELATIVE_TESTS) if (re.test(word)) return n;
  return null;
}
