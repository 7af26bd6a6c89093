/**
 * Datelines and rubrics of chronicles, digests, live blogs and Telegram posts ("Ср, 3
 * марта.", "4 бер., Відень.", "📞 Телефон."): joined to the sentence they head, they give its
 * meeting a day, a place or a format. Read once per block, before its sentences.
 */
import { caselessRegExp } from '../../text/case-insensitive-literals.ts';
import type { Sentence } from '../../text/sentences.ts';
import type { MeetingKind, TextDate } from '../../types.ts';
import { WEEKDAY_NOMINATIVE_SOURCE } from '../dates/months.ts';
import type { PlaceHit } from './gazetteer.ts';

/** A dateline heading joined to the sentence after it: where it ends and the place it names. */
export interface Heading {
  end: number;
  place: string | null;
  /** The format a rubric names ("Телефон.", "Відеозв'язок."), for a meeting that names none. */
  kind?: MeetingKind;
  /** With the hour ("8 травня, 13:05."): when a post was written, so not the day of a plan in it. */
  timed?: boolean;
}

/** A digest's rubric naming a format: "📞 Телефон.", "Телефонні розмови:", "Звонки.", "Видеосвязь." */
const RUBRIC_PHONE = /^[\p{P}\p{S}\p{M}\s]*(?:телефон|телефонн\p{L}*\s+розмов\p{L}*|телефонн\p{L}*\s+разговор\p{L}*|дзвін(?:ок|ки)|дзвінки|звон(?:ок|ки)|созвон(?:ы)?)\s*[.:—–-]?$/iu;
const RUBRIC_VIDEO = /^[\p{P}\p{S}\p{M}\s]*(?:відео|видео|відеозв['’ʼ]?язок|видеосвязь|онлайн)\s*[.:—–-]?$/iu;

/**
 * Chronicles, digests and Telegram posts open an entry with a dateline of its own: a weekday
 * (often abbreviated), a day, a city, or a city alone ("Ср, 3 марта.", "Чт, 4.03.", "4 бер.,
 * Відень.", "• Прага.", "**12.03.2030** — Відень."); a live blog's day with the hour ("8 травня, 13:05."). The entry's first sentence is told on that day and at that place, so
 * such a heading at the start of a block is joined to the sentence after it; its city is the
 * place of a meeting that names none of its own.
 */
const HEADING =
  caselessRegExp(String.raw`^[\p{P}\p{S}\p{M}\s]*(?:(?:пн|вт|ср|чт|пт|сб|нд|вс|понеділок|вівторок|середа|четвер|п['’ʼ]?ятниця|субота|неділя|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\.?(?:\s*[–—-]\s*(?:пн|вт|ср|чт|пт|сб|нд|вс)\.?)?,?\s+)?(?:(\d{1,2}(?:\s*[–—-]\s*\d{1,2})?(?:\s+\p{L}{3,8}\.?|\.\d{2}(?:\.\d{4})?\.?))[*_]*(?:\s*[,–—-]\s*|\s+)?(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*,\s*|\s+)?)?)?((?:\p{Lu}[\p{L}'’ʼ-]*)(?:\s+\p{Lu}[\p{L}'’ʼ-]*)?)?\s*[.:—–-]?$`);

const WEEKDAY_NAME = new RegExp(`^${WEEKDAY_NOMINATIVE_SOURCE}$`, 'iu');

export function joinHeadings(text: string, sentences: readonly Sentence[], places: readonly PlaceHit[]): { sentences: Sentence[]; headings: Map<number, Heading> } {
  const headings = new Map<number, Heading>();
  const first = sentences[0];
  const next = sentences[1];
  const unchanged = { sentences: [...sentences], headings };
  if (!first || !next || first.text.length > 40) return unchanged;
  const rubric = RUBRIC_PHONE.test(first.text) ? 'phone' : RUBRIC_VIDEO.test(first.text) ? 'video' : null;
  if (rubric) {
    headings.set(first.start, { end: first.end, place: null, kind: rubric });
    return { sentences: [{ start: first.start, end: next.end, text: text.slice(first.start, next.end) }, ...sentences.slice(2)], headings };
  }
  const match = HEADING.exec(first.text);
  if (!match || (!match[1] && !match[2])) return unchanged;
  let place: string | null = null;
  // A weekly review's bare weekday ("Понеділок.") heads the entry too; it is no city.
  const bareWeekday = !match[1] && match[2] !== undefined && WEEKDAY_NAME.test(match[2]);
  if (match[2] && !bareWeekday) {
    // The words after the date must be a place the gazetteer knows, written whole.
    const hit = places.find((h) => h.start >= first.start && h.end <= first.end && h.via === 'name' && text.slice(h.start, h.end) === match[2]);
    if (!hit) return unchanged;
    place = hit.place.name;
  }
  const joined: Sentence = { start: first.start, end: next.end, text: text.slice(first.start, next.end) };
  headings.set(joined.start, { end: first.end, place, timed: /\d:[0-5]\d/u.test(first.text) });
  return { sentences: [joined, ...sentences.slice(2)], headings };
}

/**
 * A live blog's or a Telegram channel's dateline on a line of its own ("📌 19 березня, 10:05",
 * "12 марта, Вена"): it dates and places the first sentence of the post below it.
 */
export interface CarriedHeading {
  block: number;
  date: TextDate;
  place: string | null;
  timed: boolean;
}

export function datelineBlock(text: string, block: number, dates: readonly TextDate[], places: readonly PlaceHit[]): CarriedHeading | null {
  if (text.length > 40 || dates.length !== 1) return null;
  const match = HEADING.exec(text);
  if (!match?.[1]) return null;
  let place: string | null = null;
  if (match[2] && !WEEKDAY_NAME.test(match[2])) {
    const hit = places.find((h) => h.via === 'name' && text.slice(h.start, h.end) === match[2]);
    if (!hit) return null;
    place = hit.place.name;
  }
  return { block, date: dates[0]!, place, timed: /\d:[0-5]\d/u.test(text) };
}

/** The heading's day, as if written at the start of the post's first sentence. */
export function carriedDate(heading: CarriedHeading, at: number, block: number): TextDate {
  return { ...heading.date, block, start: at, end: at };
}
