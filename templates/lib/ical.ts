/**
 * iCalendar (RFC 5545) for the meetings: one all-day event per dated meeting, in a file a
 * calendar app can subscribe to. Nothing depends on the build time: UIDs come from meeting
 * ids, DTSTAMP from the last report of the meeting, so the same input gives the same bytes.
 */
import type { MeetingPage } from '../../src/site/model.ts';
import type { IsoDate } from '../../src/types.ts';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\r|\n/gu, '\\n')
    // Other control characters are not allowed in a TEXT value (§3.1).
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/gu, '');
}

/**
 * Folds one content line into lines of at most 75 octets (§3.1): a break is CRLF followed
 * by a space, and never falls inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  // At most 75 UTF-16 units of which none takes over one octet: most lines need no fold.
  if (line.length <= MAX_OCTETS && /^[\u0000-\u007F]*$/u.test(line)) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** "2025-11-25" as an iCalendar DATE ("20251125"). */
export function icalDate(date: IsoDate): string {
  return date.replace(/-/gu, '');
}

/** The day after a date (DTEND of an all-day event is exclusive). */
export function nextDay(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10) as IsoDate;
}

export interface CalendarEvent {
  uid: string;
  /** When this version of the event was made: a fixed instant from the data. */
  stamp: IsoDate;
  start: IsoDate;
  /** Last day (inclusive); the same as `start` for a one-day event. */
  end: IsoDate;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  categories: string[];
}

export interface CalendarSpec {
  name: string;
  description: string;
  /** Absolute address of the calendar file itself. */
  url: string;
  /** Interface language, for the calendar's own text. */
  language: string;
  events: readonly CalendarEvent[];
}

/** A whole VCALENDAR, lines folded, CRLF line ends. */
export function calendar(spec: CalendarSpec): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//peace-timeline//meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME;LANGUAGE=${spec.language}:${escapeText(spec.name)}`,
    `X-WR-CALNAME:${escapeText(spec.name)}`,
    `DESCRIPTION;LANGUAGE=${spec.language}:${escapeText(spec.description)}`,
    `X-WR-CALDESC:${escapeText(spec.description)}`,
    `SOURCE;VALUE=URI:${spec.url}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
  ];
  for (const event of spec.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icalDate(event.stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${icalDate(event.start)}`,
      `DTEND;VALUE=DATE:${icalDate(nextDay(event.end))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.categories.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
      `STATUS:${event.status}`,
      'TRANSP:TRANSPARENT',
      `URL;VALUE=URI:${event.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Statuses that belong in a calendar: what took place and what is announced. */
export const CALENDAR_STATUSES = new Set<MeetingPage['status']>(['held', 'planned']);

/** The fixed DTSTAMP of a meeting: the date of its latest report, else its own date. */
export function meetingStamp(meeting: MeetingPage): IsoDate {
  const reported = meeting.statusHistory.map((change) => change.reportedOn).filter((d): d is IsoDate => d !== null);
  const coverage = meeting.coverage.map((item) => item.article.date).filter((d): d is IsoDate => d !== null);
  const all = [...reported, ...coverage].sort();
  return all[all.length - 1] ?? meeting.date!;
}
