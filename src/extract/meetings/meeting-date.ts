/**
 * When a meeting took place, as its sentence tells it: the date nearest the meeting word
 * (not a statement's, a deadline's or the day it was moved from), and a year or month told
 * without a day, which make it a recollection or only a time frame.
 */
import { caselessRegExp } from '../../text/case-insensitive-literals.ts';
import type { IsoDate, TextDate } from '../../types.ts';
import { clauseAt, type Clause } from './clauses.ts';
import { distance, type Span } from './draft.ts';

/**
 * A date for the meeting word: in its clause first, then the nearest in its sentence;
 * relative days are left out when `staleRelative` (a recap of old news).
 */
export function chooseDate(
  text: string,
  dates: readonly TextDate[],
  trigger: Span,
  clauses: readonly Clause[],
  staleRelative: boolean,
): TextDate | null {
  const clause = clauseAt(clauses, trigger.start);
  const usable = dates.filter((d) => {
    if (staleRelative && d.kind === 'relative') return false;
    // "Речник заявив у вівторок, що переговори …": a date before the "що"-clause that holds
    // the meeting word is the day of the statement.
    if (clause.subordinate && d.end <= clause.start) return false;
    // "ещё в среду обещавший разговор": the day of a promise or a statement, not the meeting's.
    if (PROMISE_AFTER.test(text.slice(d.end, d.end + 20))) return false;
    // "Станом на 8 травня", "по состоянию на 8 мая": the day the news holds as of.
    if (AS_OF_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start))) return false;
    // A deadline or a starting point is not the meeting's day ("до 25 грудня", "з 1 січня").
    const before = text.slice(Math.max(0, d.start - 16), d.start);
    if (d.date === d.endDate && /(?:^|[^\p{L}])(?:до|к|з|із|с|со|від|от|після|после|перед|починаючи\s+з|начиная\s+с)\s+$/iu.test(before)) {
      // "третій раунд … з 8 грудня": a meeting named before "з + day" starts that day.
      // Not the day it was moved from ("перенесенный с 16 декабря", "переносили з 14 червня").
      const startsThen =
        d.start > trigger.end &&
        /(?:^|[^\p{L}])(?:з|із|с|со)\s+$/iu.test(before) &&
        !MOVED_FROM.test(text.slice(Math.max(0, d.start - 30), d.start)) &&
        !/^\s*(?:по|до)\s/iu.test(text.slice(d.end, d.end + 5));
      if (!startsThen) return false;
    }
    return true;
  });
  // "планувалися на середу, відбулися в четвер": the day it took place, not the one planned.
  // "мали відбутися 3 березня, тепер уже заплановано на 10 березня": the day it was moved to.
  if (usable.length > 1 && usable.some((d) => HELD_BEFORE.test(text.slice(Math.max(0, d.start - 25), d.start)) || MOVED_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)))) {
    const kept = usable.filter(
      (d) => !PLANNED_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)) || MOVED_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)),
    );
    if (kept.length > 0) usable.splice(0, usable.length, ...kept);
  }
  const inClause = usable.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const pool = inClause.length > 0 ? inClause : usable;
  let best: TextDate | null = null;
  for (const d of pool) if (!best || distance(d, trigger) < distance(best, trigger)) best = d;
  return best;
}

const MOVED_FROM = /(?:перен[оеі]с|відкла|відклад|отлож|отклад)\p{L}*\s+(?:\p{L}+\s+)?(?:з|із|с|со)\s+$/iu;

/** A participle or verb of promising or saying right after a date ("в понедельник обещавший"). */
const PROMISE_AFTER =
  /^\s+(?:обещавш\p{L}*|пообещавш\p{L}*|обіцяв\p{L}*|пообіцяв\p{L}*|заявивш\p{L}*|заявлявш\p{L}*|обещал[аи]?|пообещал[аи]?|заяви(?:в|ла|ли|л))(?![\p{L}])/iu;

/** A verb of taking place right before a date: "прошли во вторник", "відбулася в середу". */
const HELD_BEFORE =
  /(?<![\p{L}])(?:прошл[аио]|прош[её]л|пройшл[аио]|пройшов|відбул(?:ася|ися|ось|ся)|відбувся|состоял(?:ась|ись|ось|ся)|провели|провів|провел[аи]?)\s+(?:\p{Ll}+\s+)?$/u;
/**
 * A plan right before a date: "планировались на понедельник", "спочатку планували на 3
 * травня", "мали відбутися 3 березня", "должна была пройти в субботу".
 */
const PLANNED_BEFORE =
  /(?<![\p{L}])(?:планува\p{L}*|планирова\p{L}*|намічал\p{L}*|намечал\p{L}*|заплановані?\p{L}*|запланирован\p{L}*|(?:мав|мала|мало|мали|повин(?:ен|на|но|ні)\s+бул[аои]?|повинен\s+був|должен\s+был|должн[аоы]\s+был[аои]?)\s+(?:відбутися|пройти|состояться|відбуватися|проходить|начаться|розпочатися|початися))\s+(?:провести\s+)?(?:(?:на|в|у)\s+)?$/iu;
/**
 * The day a meeting is now set for, told against the one it was to take place on ("мали
 * відбутися 3 березня, тепер уже заплановано на 10 березня", "теперь назначен на субботу"): the
 * new day. A meeting told as put off ("отложена до 10 марта") keeps its original day.
 */
const MOVED_BEFORE =
  caselessRegExp(String.raw`(?<![\p{L}])(?:тепер|теперь|нині|ныне|відтепер|отныне)\s+(?:\p{Ll}+\s+)?(?:призначен\p{L}*|назначен\p{L}*|заплановано|запланирован\p{L}*|намічено|намечен\p{L}*)\s+(?:\p{Ll}+\s+)?на\s+$`);

const AS_OF_BEFORE = /(?<![\p{L}])(?:станом\s+на|по\s+состоянию\s+на)\s+$/iu;

/** Last year named in words: "торік", "минулого року", "в прошлом году". */
const LAST_YEAR =
  /(?<![\p{L}\p{N}])(?:торік|минулого\s+року|у\s+минулому\s+році|в\s+минулому\s+році|в\s+прошлом\s+году|прошлого\s+года|в\s+минувшем\s+году)(?![\p{L}\p{N}])/iu;

/**
 * "Влітку 2025 року", "в 2024 году", "торік" in an article of a later year, with no day
 * named: the meeting is a recollection, and its time is that year only.
 */
export function namesEarlierYear(sentence: string, published: IsoDate | null, hasDayDate: boolean): boolean {
  if (!published || hasDayDate) return false;
  if (LAST_YEAR.test(sentence)) return true;
  const year = Number(published.slice(0, 4));
  for (const match of sentence.matchAll(/(?<![\p{L}\p{N}])((?:19|20)\d\d)\s*(?:року|році|рік|года|году|год|р\.|г\.)/gu)) {
    if (Number(match[1]) < year) return true;
  }
  return false;
}

/** How many months `month` lies before the publication month (0–11); -1 without a date. */
export function monthsBefore(month: number, published: IsoDate | null): number {
  if (!published) return -1;
  const current = Number(published.slice(5, 7));
  return (current - month + 12) % 12;
}
