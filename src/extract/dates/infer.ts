/**
 * Publication date of an article that carries no date line, from the dates in its text.
 */
import type { IsoDate } from '../../types.ts';
import { dayNumber, dayNumberOfIso, isoFromDayNumber, weekdayOfDayNumber, yearOfDayNumber } from './calendar.ts';
import type { DateExpression } from './expression.ts';
import { scanDateExpressions } from './grammar.ts';
import { nearest, resolveDays } from './resolve.ts';

/** A year written as a number in running text (2000–2099), not part of a longer number. */
const YEAR_RE = /(?<![\p{N}.,])20\d{2}(?![\p{N}%]|[.,]\p{N})/gu;

/**
 * The latest day the article's past-tense dates allow. Each day-month or absolute date in
 * a clause that does not point forward is a lower bound on the publication date: its
 * (last) day, or the day after when the sentence recalls earlier news ("Нагадаємо, що
 * 29 листопада делегація вирушила…"). The greatest bound wins.
 *
 * A day-month without a year takes the year that puts it nearest to `context` (a date
 * from the rest of the corpus); without `context`, the year written nearest to it in the
 * text ("2025"); with neither, it is skipped. Weekdays and relative words say nothing
 * without a publication date and are ignored. Returns null when no date qualifies.
 */
export function inferPublicationDate(
  blocks: readonly { text: string }[],
  context: IsoDate | null,
): { date: IsoDate; expression: DateExpression } | null {
  const contextDay = context === null ? null : dayNumberOfIso(context);
  const expressions = scanDateExpressions(blocks);
  const years = writtenYears(blocks);
  let best: { bound: number; expression: DateExpression } | null = null;
  for (const expression of expressions) {
    if (expression.future) continue;
    if (expression.kind !== 'day-month' && expression.kind !== 'absolute') continue;
    const chooseYear = (month: number, day: number, weekday: number | undefined): number | null => {
      const anchor = contextDay;
      if (anchor === null) {
        const year = nearestYear(years, expression);
        if (year === null) return null;
        return dayNumber(year, month, day);
      }
      let all = [-1, 0, 1]
        .map((k) => dayNumber(yearOfDayNumber(anchor) + k, month, day))
        .filter((n): n is number => n !== null);
      if (weekday !== undefined) {
        const fitting = all.filter((n) => weekdayOfDayNumber(n) === weekday);
        if (fitting.length > 0) all = fitting;
      }
      return nearest(all, anchor);
    };
    const range = resolveDays(expression, chooseYear, null);
    if (!range) continue;
    const bound = range[1] + (expression.recalled ? 1 : 0);
    if (!best || bound > best.bound) best = { bound, expression };
  }
  return best && { date: isoFromDayNumber(best.bound), expression: best.expression };
}

interface WrittenYears {
  /** Start of each block in one running text (blocks joined). */
  blockStarts: number[];
  /** Years in reading order, with their position in that running text. */
  positions: number[];
  years: number[];
}

function writtenYears(blocks: readonly { text: string }[]): WrittenYears {
  const out: WrittenYears = { blockStarts: [], positions: [], years: [] };
  let base = 0;
  for (const block of blocks) {
    out.blockStarts.push(base);
    for (const m of block.text.matchAll(YEAR_RE)) {
      out.positions.push(base + m.index);
      out.years.push(Number(m[0]));
    }
    base += block.text.length + 1;
  }
  return out;
}

/** The year written nearest the expression in the running text (binary search). */
function nearestYear(written: WrittenYears, expression: DateExpression): number | null {
  const { positions, years } = written;
  if (positions.length === 0) return null;
  const at = (written.blockStarts[expression.block] ?? 0) + expression.start;
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  const after = lo < positions.length ? lo : null;
  const before = lo > 0 ? lo - 1 : null;
  if (after === null) return years[before!]!;
  if (before === null) return years[after]!;
  return at - positions[before]! <= positions[after]! - at ? years[before]! : years[after]!;
}
