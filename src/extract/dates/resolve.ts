/**
 * Pinning date expressions to calendar days against the article's publication date.
 */
import { splitSentences } from '../../text/sentences.ts';
import type { IsoDate, TextDate } from '../../types.ts';
import {
  dayNumber,
  dayNumberOfIso,
  isoFromDayNumber,
  weekdayOfDayNumber,
  yearOfDayNumber,
} from './calendar.ts';
import type { DateExpression } from './expression.ts';
import { scanDateExpressions } from './grammar.ts';

/** A day-month without a year lands between this many days before publication … */
export const PAST_WINDOW_DAYS = 300;
/** … and this many days after it. */
export const FUTURE_WINDOW_DAYS = 65;
/**
 * A clause in the future tense looks forward first: the first candidate from a couple of
 * weeks before publication (the clause may still name a recent day) up to this far ahead.
 */
export const FORWARD_WINDOW_DAYS = 300;
export const FORWARD_SLACK_DAYS = 14;

/**
 * The calendar day(s) an expression means, or null when it cannot be pinned (invalid
 * publication date, impossible date). `endDate` equals `date` unless it is a range.
 */
export function resolveDateExpression(
  expression: DateExpression,
  publication: IsoDate,
): { date: IsoDate; endDate: IsoDate } | null {
  const pub = dayNumberOfIso(publication);
  if (pub === null) return null;
  const range = resolveDays(expression, (month, day, weekday) => chooseByWindow(month, day, pub, expression.future, weekday), pub);
  return range && { date: isoFromDayNumber(range[0]), endDate: isoFromDayNumber(range[1]) };
}

/** Picks the day number of a day-month written without a year. */
export type YearChooser = (month: number, day: number, weekday: number | undefined) => number | null;

/**
 * Day numbers [first, last] of an expression. `chooseYear` settles a day-month without
 * a year; `pub` anchors weekdays and relative words.
 */
export function resolveDays(
  expression: DateExpression,
  chooseYear: YearChooser,
  pub: number | null,
): [number, number] | null {
  switch (expression.kind) {
    case 'absolute':
    case 'day-month': {
      const { month, day } = expression;
      if (expression.dayOnly && day !== undefined) return pub === null ? null : dayOfNearMonth(pub, day, expression.future);
      if (month === undefined || day === undefined) return null;
      let first: number | null;
      if (expression.year !== undefined) first = dayNumber(expression.year, month, day);
      else first = chooseYear(month, day, expression.weekday);
      if (first === null) return null;
      if (expression.endDay === undefined) return [first, first];
      const endMonth = expression.endMonth ?? month;
      let endYear = expression.endYear ?? yearOfDayNumber(first);
      let last = dayNumber(endYear, endMonth, expression.endDay);
      if (last !== null && last < first && expression.endYear === undefined) {
        endYear += 1;
        last = dayNumber(endYear, endMonth, expression.endDay);
      }
      if (last === null || last < first) return null;
      return [first, last];
    }
    case 'weekday': {
      if (pub === null || expression.weekday === undefined) return null;
      const d = expression.thisWeek
        ? pub - weekdayOfDayNumber(pub) + expression.weekday
        : resolveWeekday(pub, expression.weekday, expression.direction, expression.future);
      // A span of weekdays runs forward from its first day ("с пятницы по понедельник").
      return [d, expression.endWeekday === undefined ? d : d + ((expression.endWeekday - expression.weekday + 7) % 7)];
    }
    case 'relative': {
      if (pub === null || expression.relativeDays === undefined) return null;
      const d = pub + expression.relativeDays;
      return [d, d];
    }
  }
}

/**
 * The weekday meant: "минулого/прошлый" → the latest strictly before publication, but never
 * the day before ("минулого вівторка" on a Wednesday is eight days back: yesterday would be
 * "учора"; on a Friday it is three days back, as fixtures of both readings have it);
 * "наступного/следующий" → the first strictly after; a bare weekday → the latest on or
 * before publication, or the first on or after it when the clause points forward.
 */
export function resolveWeekday(
  pub: number,
  weekday: number,
  direction: 'last' | 'next' | undefined,
  future: boolean,
): number {
  const back = (weekdayOfDayNumber(pub) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOfDayNumber(pub) + 7) % 7;
  if (direction === 'last') return pub - (back === 0 || back === 1 ? back + 7 : back);
  if (direction === 'next') return pub + (ahead === 0 ? 7 : ahead);
  return future ? pub + ahead : pub - back;
}

/** `day` of the publication's month; of the month before (or after, ahead) when it falls on the wrong side. */
function dayOfNearMonth(pub: number, day: number, future: boolean): [number, number] | null {
  const [y, m] = isoFromDayNumber(pub).split('-').map(Number) as [number, number];
  let n = dayNumber(y, m, day);
  if (n !== null && !future && n > pub) n = m === 1 ? dayNumber(y - 1, 12, day) : dayNumber(y, m - 1, day);
  else if (n !== null && future && n < pub) n = m === 12 ? dayNumber(y + 1, 1, day) : dayNumber(y, m + 1, day);
  return n === null ? null : [n, n];
}

/** Day numbers of day/month in the years around `year` (impossible ones, like 29 Feb, left out). */
function candidates(month: number, day: number, year: number): number[] {
  const out: number[] = [];
  for (const y of [year - 1, year, year + 1]) {
    const n = dayNumber(y, month, day);
    if (n !== null) out.push(n);
  }
  return out;
}

/**
 * The year that puts day/month between {@link PAST_WINDOW_DAYS} before and
 * {@link FUTURE_WINDOW_DAYS} after publication; a forward-pointing clause takes the first
 * candidate from {@link FORWARD_SLACK_DAYS} before publication on. A weekday written
 * beside the date ("у вівторок, 25 листопада") prefers the year where it fits.
 */
export function chooseByWindow(
  month: number,
  day: number,
  pub: number,
  future: boolean,
  weekday?: number,
): number | null {
  let all = candidates(month, day, yearOfDayNumber(pub));
  if (weekday !== undefined) {
    const fitting = all.filter(
      (n) => weekdayOfDayNumber(n) === weekday && n >= pub - PAST_WINDOW_DAYS && n <= pub + FORWARD_WINDOW_DAYS,
    );
    if (fitting.length > 0) all = fitting;
  }
  if (all.length === 0) return null;
  if (future) {
    const ahead = all.filter((n) => n >= pub - FORWARD_SLACK_DAYS && n <= pub + FORWARD_WINDOW_DAYS);
    if (ahead.length > 0) return Math.min(...ahead);
  }
  const inWindow = all.filter((n) => n >= pub - PAST_WINDOW_DAYS && n <= pub + FUTURE_WINDOW_DAYS);
  if (inWindow.length > 0) return future ? Math.max(...inWindow) : nearest(inWindow, pub);
  return nearest(all, pub);
}

/** The candidate nearest to `target` (the earlier one on a tie). */
export function nearest(all: readonly number[], target: number): number | null {
  let best: number | null = null;
  for (const n of all) {
    if (best === null || Math.abs(n - target) < Math.abs(best - target)) best = n;
  }
  return best;
}

/**
 * Every date in the blocks, pinned against the publication date. A weekday in the same
 * sentence as an explicit date that falls on that weekday is resolved to that date
 * ("во вторник … 25 ноября"), so the two never disagree.
 */
export function findTextDates(blocks: readonly { text: string }[], publication: IsoDate): TextDate[] {
  const pub = dayNumberOfIso(publication);
  if (pub === null) return [];
  const expressions = scanDateExpressions(blocks);
  const resolved = expressions.map((e) => resolveDays(e, (m, d, w) => chooseByWindow(m, d, pub, e.future, w), pub));
  const keys = sentenceKeysOf(blocks, expressions);
  // Single explicit dates per sentence, for weekdays to agree with.
  const explicit = new Map<string, number[]>();
  expressions.forEach((e, i) => {
    const r = resolved[i];
    if ((e.kind === 'day-month' || e.kind === 'absolute') && r && r[0] === r[1]) {
      const list = explicit.get(keys[i]!) ?? [];
      list.push(r[0]);
      explicit.set(keys[i]!, list);
    }
  });
  const out: TextDate[] = [];
  expressions.forEach((expression, i) => {
    let range = resolved[i];
    if (!range) return;
    if (expression.kind === 'weekday' && expression.direction === undefined) {
      const same = (explicit.get(keys[i]!) ?? []).find(
        (n) => weekdayOfDayNumber(n) === expression.weekday && Math.abs(n - pub) <= 14,
      );
      if (same !== undefined) range = [same, same];
    }
    out.push({
      date: isoFromDayNumber(range[0]),
      endDate: isoFromDayNumber(range[1]),
      block: expression.block,
      start: expression.start,
      end: expression.end,
      text: expression.text,
      kind: expression.kind,
    });
  });
  return out;
}

/** "block:sentence" for each expression (they come sorted by block, then offset). */
function sentenceKeysOf(blocks: readonly { text: string }[], expressions: readonly DateExpression[]): string[] {
  let block = -1;
  let sentences: { start: number; end: number }[] = [];
  let s = 0;
  return expressions.map((e) => {
    if (e.block !== block) {
      block = e.block;
      sentences = splitSentences(blocks[e.block]?.text ?? '');
      s = 0;
    }
    while (s < sentences.length - 1 && sentences[s]!.end <= e.start) s++;
    return `${e.block}:${s}`;
  });
}
