import { DateTime } from 'luxon';
import { settings } from '../../src/site/settings.ts';

function month(key: string): DateTime {
  return DateTime.fromISO(`${key}-01`, { zone: 'utc' }).setLocale(settings.locale);
}

/** "Nov" / "лист." for a `YYYY-MM` key: a month inside a list headed by its year. */
export function formatMonthShort(key: string): string {
  return month(key).toLocaleString({ month: 'short' });
}

/** "November" / "листопад": a month under its year's heading. */
export function formatMonthName(key: string): string {
  return month(key).toLocaleString({ month: 'long' });
}

/** "November 2025" / "листопад 2025 р.": a month inside a sentence (not capitalised in Ukrainian). */
export function formatMonthInText(key: string): string {
  return month(key).toLocaleString({ month: 'long', year: 'numeric' });
}

/** "Українська" from "українська": a language name starting a list item. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase(settings.locale) + text.slice(1);
}
