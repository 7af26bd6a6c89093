/**
 * Days of the month written as ordinal words, as a date is said and written out in full:
 * "дев'ятого жовтня", "Чотирнадцяте червня", "двадцять першого січня"; "девятого октября",
 * "двадцать первое мая". Genitive ("-ого", on that day) and neuter nominative or accusative
 * ("-е"/"-ое", the date named: "перенесли на двадцяте"), in both languages.
 */

/** Stems of the ordinals 1–19, 20 and 30; "трет-" takes soft endings. */
const UK_STEMS: readonly [string, number][] = [
  ['перш', 1], ['друг', 2], ['трет', 3], ['четверт', 4], ["п'ят", 5], ['шост', 6], ['сьом', 7], ['восьм', 8], ["дев'ят", 9],
  ['десят', 10], ['одинадцят', 11], ['дванадцят', 12], ['тринадцят', 13], ['чотирнадцят', 14], ["п'ятнадцят", 15],
  ['шістнадцят', 16], ['сімнадцят', 17], ['вісімнадцят', 18], ["дев'ятнадцят", 19], ['двадцят', 20], ['тридцят', 30],
];
const RU_STEMS: readonly [string, number][] = [
  ['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9],
  ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15],
  ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30],
];

/** The tens written as a separate word before a unit: "двадцять перше", "тридцать первого". */
const TENS: Readonly<Record<string, number>> = { двадцять: 20, тридцять: 30, двадцать: 20, тридцать: 30 };

const ORDINAL_WORDS = new Map<string, number>();
for (const [stem, value] of UK_STEMS) for (const ending of stem === 'трет' ? ['ього', 'є'] : ['ого', 'е']) ORDINAL_WORDS.set(stem + ending, value);
for (const [stem, value] of RU_STEMS) for (const ending of stem === 'трет' ? ['ьего', 'ье'] : ['ого', 'ое']) ORDINAL_WORDS.set(stem + ending, value);

const APOSTROPHE = /['’ʼ]/gu;

/** Longest first, so an alternation never stops at a shorter word's end; apostrophes in any spelling. */
const WORDS_SOURCE = [...ORDINAL_WORDS.keys()]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map((word) => word.replace(APOSTROPHE, "['’ʼ]?"))
  .join('|');

/** Groups: 1 a tens word or undefined, 2 the ordinal word. */
export const ORDINAL_DAY_SOURCE = `(?:(${Object.keys(TENS).join('|')})\\s+)?(${WORDS_SOURCE})`;

/**
 * The day an ordinal names, or null: "двадцять" + "першого" is 21, but only the units 1–9
 * follow twenty and only "first" follows thirty ("двадцять десятого" names no day).
 */
export function ordinalDay(tens: string | undefined, word: string): number | null {
  const value = ORDINAL_WORDS.get(word.toLowerCase().replace(APOSTROPHE, "'"));
  if (value === undefined) return null;
  if (tens === undefined) return value;
  const base = TENS[tens.toLowerCase()];
  if (base === undefined || value > 9 || (base === 30 && value > 1)) return null;
  return base + value;
}
