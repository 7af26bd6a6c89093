/**
 * A small hand-written uk/ru grammar for dates in running text.
 *
 * Four scanners run over each block (day–month dates with ranges and years, numeric
 * dates, weekdays after a preposition or a direction word, relative day words); their
 * matches are sorted, overlaps dropped, a weekday written beside an explicit date merged
 * into it, and each expression is marked `future`/`recalled` from its clause/sentence.
 *
 * Every regex is a fixed sequence of bounded tokens (no nested quantifiers), and the
 * sentence/clause pass walks each block once, so cost is linear in the text size.
 */
import { splitSentences } from '../../text/sentences.ts';
import { isValidDay } from './calendar.ts';
import type { DateExpression } from './expression.ts';
import { isFutureClause, isRecallSentence, splitClauses } from './markers.ts';
import { ORDINAL_DAY_SOURCE, ordinalDay } from './ordinals.ts';
import {
  DIRECTION_SOURCE,
  MONTH_SOURCE,
  RELATIVE_SOURCE,
  WEEKDAY_ACC_SOURCE,
  WEEKDAY_GEN_SOURCE,
  WEEKDAY_NOMINATIVE_SOURCE,
  WORD_END,
  WORD_START,
  directionOf,
  isAccusativeWeekday,
  isFullMonth,
  monthNumber,
  nominativeWeekday,
  relativeDaysOf,
  weekdayNumber,
} from './months.ts';

/** An expression before the sentence pass sets `block`, `future` and `recalled`. */
type Found = Omit<DateExpression, 'block' | 'future' | 'recalled'>;

const ORD = '(?:-(?:го|ого|е))?';
const SEP = '(\\s*[–—‒-]\\s*|\\s+(?:по|до)\\s+)';
const YEAR =
  '(\\d{4})(?!\\p{N})(?:\\s?(?:року|році|рік|года|году|год|р\\.|г\\.|р(?![\\p{L}\\p{N}])|г(?![\\p{L}\\p{N}])))?';
const PART = `(\\d{1,2})${ORD}`;

/**
 * Groups: 1 day, 2 separator, 3 end day, 4 month, 5 year, 6 separator, 7 end day,
 * 8 end month, 9 end year.
 */
const DAY_MONTH_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,:/])${PART}(?:${SEP}${PART})?\\s+(${MONTH_SOURCE})(?:\\s+${YEAR})?` +
    `(?:${SEP}${PART}\\s+(${MONTH_SOURCE})(?:\\s+${YEAR})?)?`,
  'dgiu',
);

const NUMERIC_RE = /(?<![\p{N}.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\p{N}|\.\p{N})/gu;
const ISO_RE = /(?<![\p{N}.,-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|-\p{N})/gu;
/**
 * A weekday as a chronicle or digest heads an entry with it: a nominative ("Середа, 3.03",
 * "Пятница, 5.03") or a two-letter abbreviation, alone or as a range ("Чт, 4.03.",
 * "Сб–нд, 6.03"); only ever before a date.
 */
const WEEKDAY_HEADING_SOURCE =
  "(?:(?:пн|вт|ср|чт|пт|сб|нд|вс)\\.?(?:\\s*[–—-]\\s*(?:пн|вт|ср|чт|пт|сб|нд|вс)\\.?)?|понеділок|вівторок|середа|четвер|п['’ʼ]?ятниця|субота|неділя|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)";
/**
 * Verbs of taking place or being set, after which a bare "09.03" is the day ("відбулася 09.03",
 * "состоялась 12.04", "призначено 3.05"); clock times take "о/в" before them. Holding and
 * gathering too ("домовилися провести 14.03", "проведут 5.04", "зберуться 20.05"): a clock
 * time after them takes "о/в" as well.
 */
const TOOK_PLACE =
  '(?:відбул(?:ася|ися|ось|ося|ся)|відбудеться|відбудуться|состоял(?:ась|ся|ись|ось)|состоится|состоятся|пройшл(?:а|и|о)|пройшов|прошл(?:а|и|о)|прошел|прошёл|призначен(?:а|о|ий|і)|назначен(?:а|о|ы)?|запланован(?:а|о|ий|і)|запланирован(?:а|о|ы)?|провести|провед(?:уть|ут|е|ет|ёт)|провели|зберуться|збереться|соберутся|соберется|соберётся)';
/**
 * A day and a two-digit month without a year ("намечен на 15.09", "з 3.11", "у середу,
 * 21.10"): a date only after a preposition of time or a weekday and its comma, never
 * followed by a digit or a unit ("на 15.09 млрд"), so prices, scores and clock times
 * ("о 10.05", "в 10.05") stay numbers. Groups: 1 day, 2 month.
 */
const NUMERIC_DAY_MONTH_RE = new RegExp(
  `(?=\\d)(?<=${WORD_START}(?:(?:на|до|к|по|з|із|від|с|со|от|після|после|перед|${TOOK_PLACE})\\s+|(?:${WEEKDAY_ACC_SOURCE}|${WEEKDAY_HEADING_SOURCE}),?\\s+)|^)(\\d{1,2})\\.(\\d{2})` +
    // A calendar line opened by the day and a dash ("13.04 — голосування"), not a clock time.
    `(?:(?<=^\\d{1,2}\\.\\d{2})(?=\\s*[—–]\\s)|(?<=\\s\\d{1,2}\\.\\d{2}))` +
    `(?![\\p{N}]|[.,]\\p{N}|\\s*(?:%|(?:млн|млрд|трлн|тис|тыс|грн|руб|дол|євро|евро|відсот|процент|бал|км|кг|тонн|год|час|хв|мин)\\p{L}*))`,
  'giu',
);

const PREPOSITION = '(?:у|в|во|на)';
/** Groups: 1 preposition, 2 direction word, 3 weekday. */
const WEEKDAY_RE = new RegExp(
  `${WORD_START}(?:(${PREPOSITION})\\s+)?(?:(${DIRECTION_SOURCE})\\s+)?(${WEEKDAY_ACC_SOURCE}|${WEEKDAY_GEN_SOURCE})${WORD_END}`,
  'giu',
);

const RELATIVE_RE = new RegExp(`${WORD_START}(${RELATIVE_SOURCE})${WORD_END}`, 'giu');

/** Count words for a few days: "два/дві", "три", "чотири/четыре", "п'ять/пять", "шість/шесть". */
const COUNTED: Readonly<Record<string, number>> = { два: 2, дві: 2, три: 3, чотири: 4, четыре: 4, "п'ять": 5, 'п’ять': 5, 'пʼять': 5, пять: 5, шість: 6, шесть: 6 };

/**
 * Days counted forward from today: "через два дні", "через 3 дня", "через тиждень", "через
 * неделю". Not from another event ("через два дні після саміту", "через неделю после встречи"),
 * and not "через день" (every other day).
 */
const DAYS_LATER_RE = new RegExp(
  `${WORD_START}через\\s+(?:(\\d{1,2}|${Object.keys(COUNTED).join('|')})\\s+(?:дні|днів|дня|дней)|(тиждень|неделю))${WORD_END}(?!\\s+(?:після|по|опісля|после|спустя)${WORD_END})`,
  'giu',
);

/**
 * A month word, then (in {@link scanOrdinalDayMonth}) an ordinal word right before it: found
 * from the month, which is rare, rather than tried at every letter. Groups: 1 month, 2 year.
 */
const MONTH_WORD_RE = new RegExp(`${WORD_START}(${MONTH_SOURCE})(?:\\s+${YEAR})?`, 'dgiu');
const ORDINAL_BEFORE_RE = new RegExp(`${WORD_START}${ORDINAL_DAY_SOURCE}\\s+$`, 'iu');

/** Two days of one month joined by "і/и/та": "4 і 5 грудня". Groups: 1 day, 2 second day, 3 month, 4 year. */
const TWO_DAYS_RE = new RegExp(`(?=\\d)(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,:/])(\\d{1,2})\\s+(?:і|й|и|та)\\s+(\\d{1,2})\\s+(${MONTH_SOURCE})(?:\\s+${YEAR})?`, 'dgiu');

const RANGE_PREFIX = /(?<![\p{L}\p{N}])(?:з|із|зі|від|с|со|от)\s+$/iu;
const WORD_CONNECTOR = /^\s+(?:по|до)\s+$/iu;
/** Adjective forms of "лютий" (fierce): "15 лютий мороз" is not February. */
const FIERCE = /^лют(?:ий|им|ому|ім)$/iu;

/** Scan one block's text. Expressions come out sorted, without overlaps, not yet marked. */
export function scanBlock(text: string): Found[] {
  const found = [
    ...scanDayMonth(text),
    ...scanOrdinalDayMonth(text),
    ...scanTwoDays(text),
    ...scanNumeric(text),
    ...scanWeekdayRanges(text),
    ...scanWeekdays(text),
    ...scanWeekdayHeading(text),
    ...scanRelative(text),
    ...scanDaysLater(text),
    ...scanDayOnly(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const expression of found) {
    const last = kept[kept.length - 1];
    if (last && expression.start < last.end) continue;
    kept.push(expression);
  }
  return mergeWeekdays(text, kept);
}

/**
 * A day with its ordinal ending and no month ("1-го", "15-го числа"), not an ordinal before a
 * noun ("2-го раунду", "3-го дня"), nor the first of two days of a month ("6-го и 7-го июня").
 */
const DAY_ONLY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/–—-])([1-9]|[12]\\d|3[01])-(?:го|ого)(?![\\p{L}\\p{N}])(?:\\s+числа)?(?!\\s+(?!(?:в|у|во|на|з|із|зі|с|со|о|об|а|але|но|ввечері|увечері|вранці|вечером|утром|днем|вдень)(?![\\p{L}]))\\p{Ll}|\\s*[–—-]\\s*\\d|\\s+(?:і|и|та|й)\\s+\\d)`,
  'gu',
);

function scanDayOnly(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(DAY_ONLY_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'day-month', day: Number(m[1]), dayOnly: true });
  }
  return out;
}

function num(match: RegExpExecArray, group: number): number | undefined {
  const value = match[group];
  return value === undefined ? undefined : Number(value);
}

function span(match: RegExpExecArray, group: number): [number, number] {
  const indices = match.indices?.[group];
  if (!indices) throw new Error(`group ${group} did not take part in the match`);
  return indices;
}

function scanDayMonth(text: string): Found[] {
  const out: Found[] = [];
  DAY_MONTH_RE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DAY_MONTH_RE.exec(text)) !== null) {
    const result = readDayMonth(text, match);
    if (result.expression) out.push(result.expression);
    DAY_MONTH_RE.lastIndex = Math.max(result.resume, match.index + 1);
  }
  return out;
}

/** "дев'ятого жовтня", "двадцать первое мая 2029 года". */
function scanOrdinalDayMonth(text: string): Found[] {
  const out: Found[] = [];
  for (const match of text.matchAll(MONTH_WORD_RE)) {
    const ordinal = ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, match.index - 40), match.index));
    if (!ordinal) continue;
    const day = ordinalDay(ordinal[1], ordinal[2]!);
    const month = monthNumber(match[1]!);
    const monthEnd = span(match, 1)[1];
    if (day === null || month === null || looksLikeName(text, match[1]!, monthEnd) || looksLikeAdjective(text, match[1]!, monthEnd)) continue;
    const year = num(match, 2);
    const end = year === undefined ? monthEnd : span(match, 2)[1] + yearSuffixLength(text, span(match, 2)[1]);
    const expression = makeDate(text, match.index - ordinal[0].length, end, day, month, year, undefined, undefined, undefined);
    if (expression) out.push(expression);
  }
  return out;
}

/**
 * "4 і 5 грудня", "9 и 10 октября": two days in a row are one event's span; two days apart
 * are two dates, the first told by its number alone (the second is read as any day and month).
 */
function scanTwoDays(text: string): Found[] {
  const out: Found[] = [];
  for (const match of text.matchAll(TWO_DAYS_RE)) {
    const [first, second] = [num(match, 1)!, num(match, 2)!];
    const month = monthNumber(match[3]!);
    const monthEnd = span(match, 3)[1];
    if (month === null || looksLikeName(text, match[3]!, monthEnd) || looksLikeAdjective(text, match[3]!, monthEnd)) continue;
    const year = num(match, 4);
    if (second === first + 1) {
      const end = year === undefined ? monthEnd : span(match, 4)[1] + yearSuffixLength(text, span(match, 4)[1]);
      const expression = makeDate(text, match.index, end, first, month, year, second, month, year);
      if (expression) out.push(expression);
    } else if (second > first) {
      const expression = makeDate(text, match.index, span(match, 1)[1], first, month, year, undefined, undefined, undefined);
      if (expression) out.push(expression);
    }
  }
  return out;
}

/**
 * Interpret one match of {@link DAY_MONTH_RE}. When only a prefix of the match is a good
 * date (a word range without "з/с/від/от", a second range after a first one, an
 * impossible end), the expression is cut back and scanning resumes after it.
 */
function readDayMonth(
  text: string,
  match: RegExpExecArray,
): { expression: Found | null; resume: number } {
  const monthWord = match[4]!;
  const monthEnd = span(match, 4)[1];
  let start = match.index;
  let day = num(match, 1)!;
  const month = monthNumber(monthWord);
  if (month === null) return { expression: null, resume: monthEnd };
  if (looksLikeName(text, monthWord, monthEnd) || looksLikeAdjective(text, monthWord, monthEnd)) {
    return { expression: null, resume: monthEnd };
  }

  // Same-month range: "15–17 січня", "з 15 по 17 січня".
  let endDay: number | undefined;
  if (match[3] !== undefined) {
    const sep = match[2]!;
    const isWordRange = WORD_CONNECTOR.test(sep);
    const prefix = RANGE_PREFIX.exec(text.slice(Math.max(0, start - 6), start));
    if (isWordRange && !prefix) {
      // "на 5 до 17 січня": not a range, only "17 січня" is a date.
      start = span(match, 3)[0];
      day = num(match, 3)!;
    } else {
      endDay = num(match, 3)!;
      if (isWordRange && prefix) start -= prefix[0].length;
    }
  }

  const firstYear = num(match, 5);
  const yearEnd = match[5] !== undefined ? span(match, 5)[1] : null;
  const firstEnd = yearEnd === null ? monthEnd : yearEnd + yearSuffixLength(text, yearEnd);

  // Cross-month range: "30 листопада – 2 грудня", "с 30 ноября по 2 декабря".
  if (match[7] !== undefined && endDay === undefined) {
    const sep = match[6]!;
    const isWordRange = WORD_CONNECTOR.test(sep);
    const prefix = RANGE_PREFIX.exec(text.slice(Math.max(0, start - 6), start));
    const endMonth = monthNumber(match[8]!);
    const endMonthEnd = span(match, 8)[1];
    const secondYear = num(match, 9);
    const ok =
      endMonth !== null &&
      (!isWordRange || prefix !== null) &&
      !looksLikeName(text, match[8]!, endMonthEnd);
    if (ok && endMonth !== null) {
      const endDayValue = num(match, 7)!;
      let year = firstYear;
      let endYear = secondYear;
      if (year === undefined && endYear !== undefined) year = month > endMonth ? endYear - 1 : endYear;
      if (endYear === undefined && year !== undefined) endYear = month > endMonth ? year + 1 : year;
      const rangeStart = isWordRange && prefix ? start - prefix[0].length : start;
      const end = match.index + match[0].length;
      const expression = makeDate(text, rangeStart, end, day, month, year, endDayValue, endMonth, endYear);
      if (expression && rangeIsOrdered(expression)) return { expression, resume: end };
    }
  }

  const end = firstEnd;
  const expression = makeDate(
    text,
    start,
    end,
    day,
    month,
    firstYear,
    endDay,
    endDay === undefined ? undefined : month,
    endDay === undefined ? undefined : firstYear,
  );
  if (expression && !rangeIsOrdered(expression)) return { expression: null, resume: end };
  return { expression, resume: end };
}

/** Length of the "року"/"г." written after a year, as matched by YEAR. */
function yearSuffixLength(text: string, yearEnd: number): number {
  const m = /^\s?(?:року|році|рік|года|году|год|р\.|г\.|р(?![\p{L}\p{N}])|г(?![\p{L}\p{N}]))/iu.exec(
    text.slice(yearEnd, yearEnd + 8),
  );
  return m ? m[0].length : 0;
}

/** "12 Мая Санду": a capitalised full month name followed by a capitalised word is a name. */
function looksLikeName(text: string, monthWord: string, monthEnd: number): boolean {
  const first = monthWord[0] ?? '';
  const rest = monthWord.slice(1);
  const titlecase = first !== first.toLowerCase() && rest === rest.toLowerCase();
  if (!titlecase || !isFullMonth(monthWord)) return false;
  return /^\s+\p{Lu}\p{Ll}/u.test(text.slice(monthEnd, monthEnd + 4));
}

/** "15 лютий мороз": an adjective form of "лютий" followed by a lower-case word. */
function looksLikeAdjective(text: string, monthWord: string, monthEnd: number): boolean {
  return FIERCE.test(monthWord) && /^\s+\p{Ll}/u.test(text.slice(monthEnd, monthEnd + 3));
}

function makeDate(
  text: string,
  start: number,
  end: number,
  day: number,
  month: number,
  year: number | undefined,
  endDay: number | undefined,
  endMonth: number | undefined,
  endYear: number | undefined,
): Found | null {
  if (!isValidDay(day, month, year)) return null;
  if (endDay !== undefined && endMonth !== undefined && !isValidDay(endDay, endMonth, endYear)) return null;
  if (year !== undefined && (year < 1900 || year > 2100)) return null;
  const expression: Found = {
    start,
    end,
    text: text.slice(start, end),
    kind: year === undefined ? 'day-month' : 'absolute',
    day,
    month,
  };
  if (year !== undefined) expression.year = year;
  if (endDay !== undefined && endMonth !== undefined) {
    expression.endDay = endDay;
    expression.endMonth = endMonth;
    if (endYear !== undefined) expression.endYear = endYear;
  }
  return expression;
}

/** A range must end after it starts (same year assumed when no year is written). */
function rangeIsOrdered(expression: Found): boolean {
  if (expression.endDay === undefined || expression.endMonth === undefined) return true;
  const startKey = (expression.year ?? 0) * 10_000 + expression.month! * 100 + expression.day!;
  const endYear = expression.endYear ?? expression.year ?? 0;
  // Without a year, "30 грудня – 2 січня" crosses New Year.
  const crosses = expression.year === undefined && expression.endMonth < expression.month!;
  const endKey = (crosses ? 1 : endYear) * 10_000 + expression.endMonth * 100 + expression.endDay;
  return endKey > startKey;
}

function scanNumeric(text: string): Found[] {
  const out: Found[] = [];
  const add = (m: RegExpMatchArray, day: number, month: number, year: number): void => {
    const end = m.index! + m[0].length;
    const expression = makeDate(text, m.index!, end, day, month, year, undefined, undefined, undefined);
    if (expression) out.push(expression);
  };
  for (const m of text.matchAll(NUMERIC_RE)) add(m, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(ISO_RE)) add(m, Number(m[3]), Number(m[2]), Number(m[1]));
  for (const m of text.matchAll(NUMERIC_DAY_MONTH_RE)) {
    const expression = makeDate(text, m.index!, m.index! + m[0].length, Number(m[1]), Number(m[2]), undefined, undefined, undefined, undefined);
    if (expression) out.push(expression);
  }
  return out;
}

/** "з понеділка по середу", "с понедельника по среду", "від вівторка до четверга": a span of weekdays. */
const WEEKDAY_RANGE_RE = new RegExp(
  `${WORD_START}(?:з|із|зі|від|с|со|от)\\s+(${WEEKDAY_GEN_SOURCE})\\s+(?:по|до)\\s+(${WEEKDAY_ACC_SOURCE}|${WEEKDAY_GEN_SOURCE})${WORD_END}`,
  'giu',
);

function scanWeekdayRanges(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(WEEKDAY_RANGE_RE)) {
    const weekday = weekdayNumber(m[1]!);
    const endWeekday = weekdayNumber(m[2]!);
    if (weekday === null || endWeekday === null || endWeekday === weekday) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'weekday', weekday, endWeekday });
  }
  return out;
}

function scanWeekdays(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const preposition = m[1];
    const directionWord = m[2];
    const weekdayWord = m[3]!;
    if (preposition === undefined && directionWord === undefined) continue;
    // "у неділі", "в среды": a bare preposition takes the accusative.
    if (directionWord === undefined && !isAccusativeWeekday(weekdayWord)) continue;
    const weekday = weekdayNumber(weekdayWord);
    if (weekday === null) continue;
    const expression: Found = {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: 'weekday',
      weekday,
    };
    const direction = directionWord === undefined ? null : directionOf(directionWord);
    if (direction) expression.direction = direction;
    else if (directionWord !== undefined && direction === null) expression.thisWeek = true;
    out.push(expression);
  }
  return out;
}

/**
 * A weekly review heads each day's entry with the weekday alone ("Понеділок.", "**Вторник:**"):
 * at the very start of a block, a full weekday name followed by a stop is that weekday.
 */
const WEEKDAY_HEADING_RE = new RegExp(`^[\\p{P}\\p{S}\\s]*(${WEEKDAY_NOMINATIVE_SOURCE})[\\p{P}\\p{S}]*\\s*[.:—–-][\\p{P}\\p{S}]*(?=\\s|$)`, 'diu');

function scanWeekdayHeading(text: string): Found[] {
  const m = WEEKDAY_HEADING_RE.exec(text);
  if (!m) return [];
  const weekday = nominativeWeekday(m[1]!);
  if (weekday === null) return [];
  const [start, end] = span(m, 1);
  return [{ start, end, text: m[1]!, kind: 'weekday', weekday }];
}

/** Time-of-day words after "напередодні"/"накануне": still "the day before". */
const TIME_OF_DAY = /^(?:ввечері|увечері|вранці|зранку|вночі|вдень|удень|вечером|утром|ночью|днем|днём)$/iu;

/**
 * "напередодні саміту", "накануне встречи" mean "on the eve of" something, not "the day
 * before publication". Decide from the next word: a lower-case noun in the genitive
 * (саміту, встречи, переговорів) makes it "the eve of"; a name, a verb, a preposition
 * or a time of day keeps it relative.
 */
function isEveOf(text: string, end: number): boolean {
  const next = /^\s+([\p{L}'’ʼ-]+)/u.exec(text.slice(end, end + 40))?.[1];
  if (next === undefined) return false;
  if (next[0] !== next[0]!.toLowerCase()) return false;
  if (TIME_OF_DAY.test(next)) return false;
  if (/^(?:у|в|во|на|з|із|с|со|о|об|по|до)$/iu.test(next)) return false;
  if (/(?:ів|ов|ев|ёв|ей|ого|ої|ой|их|ых|ии|ия|ії|і|и|ы|у|ю)$/iu.test(next)) return true;
  if (/(?:в|л|ла|ло|ли|ся|сь|лась|лось|лись)$/iu.test(next)) return false;
  return /(?:а|я)$/iu.test(next);
}

function scanRelative(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(RELATIVE_RE)) {
    const word = m[1]!;
    const relativeDays = relativeDaysOf(word);
    if (relativeDays === null) continue;
    const end = m.index + m[0].length;
    // «Сегодня» (a newspaper), not today.
    const quoted = /[«"„“]/u.test(text[m.index - 1] ?? '') && /[»"”]/u.test(text[end] ?? '');
    if (quoted) continue;
    if (/^(?:напередодні|накануне)$/iu.test(word) && isEveOf(text, end)) continue;
    out.push({ start: m.index, end, text: m[0], kind: 'relative', relativeDays });
  }
  return out;
}

function scanDaysLater(text: string): Found[] {
  return [...text.matchAll(DAYS_LATER_RE)].map((m) => {
    const relativeDays = m[2] ? 7 : /^\d/u.test(m[1]!) ? Number(m[1]) : COUNTED[m[1]!.toLowerCase()]!;
    return { start: m.index, end: m.index + m[0].length, text: m[0], kind: 'relative' as const, relativeDays };
  });
}

/**
 * A weekday written right beside an explicit date ("у вівторок, 25 листопада",
 * "25 ноября (во вторник)") is one expression: the date, with its weekday noted.
 */
function mergeWeekdays(text: string, expressions: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < expressions.length; i++) {
    const a = expressions[i]!;
    const b = expressions[i + 1];
    if (b && isPair(a, b) && /^[\s,(–—-]*$/u.test(text.slice(a.end, b.start))) {
      const date = a.kind === 'weekday' ? b : a;
      const weekday = a.kind === 'weekday' ? a : b;
      let end = b.end;
      if (text.slice(a.end, b.start).includes('(') && text[end] === ')') end++;
      out.push({ ...date, start: a.start, end, text: text.slice(a.start, end), weekday: weekday.weekday! });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function isPair(a: Found, b: Found): boolean {
  const isDate = (e: Found): boolean => (e.kind === 'day-month' || e.kind === 'absolute') && e.endDay === undefined;
  const isBareWeekday = (e: Found): boolean => e.kind === 'weekday' && e.direction === undefined;
  return (isDate(a) && isBareWeekday(b)) || (isBareWeekday(a) && isDate(b));
}

/** Scan blocks and mark each expression's clause (future) and sentence (recalled). */
export function scanDateExpressions(blocks: readonly { text: string }[]): DateExpression[] {
  const out: DateExpression[] = [];
  blocks.forEach((block, index) => {
    const found = scanBlock(block.text);
    if (found.length === 0) return;
    const sentences = splitSentences(block.text);
    let s = 0;
    for (const expression of found) {
      while (s < sentences.length - 1 && sentences[s]!.end <= expression.start) s++;
      const sentence = sentences[s];
      let future = false;
      let recalled = false;
      if (sentence && expression.start >= sentence.start - 1) {
        recalled = isRecallSentence(sentence.text);
        const clauses = clausesOf(sentence);
        const clause = clauses.find((c) => expression.start < c.end) ?? clauses[clauses.length - 1];
        if (clause) future = clause.future;
      }
      out.push({ block: index, ...expression, future, recalled });
    }
  });
  return out;
}

const clauseCache = new WeakMap<object, { start: number; end: number; future: boolean }[]>();

/** Clauses of a sentence with their future flag, computed once per sentence. */
function clausesOf(sentence: { start: number; end: number; text: string }): { start: number; end: number; future: boolean }[] {
  let clauses = clauseCache.get(sentence);
  if (!clauses) {
    const offset = sentence.start;
    clauses = splitClauses(sentence).map((c) => ({
      ...c,
      future: isFutureClause(sentence.text.slice(c.start - offset, c.end - offset)),
    }));
    clauseCache.set(sentence, clauses);
  }
  return clauses;
}
