import { DateTime } from 'luxon';
import type { IsoDate } from '../../src/types.ts';
import { settings } from '../../src/site/settings.ts';

/** "25 November 2025" in the interface's locale. */
export function formatDate(date: IsoDate): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale(settings.locale).toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' });
}

/** "November 2025" for a `YYYY-MM` key. */
export function formatMonth(key: string): string {
  return DateTime.fromISO(`${key}-01`, { zone: 'utc' }).setLocale(settings.locale).toLocaleString({ month: 'long', year: 'numeric' });
}

export function formatCount(count: number, one: string, many: string): string {
  return `${new Intl.NumberFormat(settings.locale).format(count)} ${count === 1 ? one : many}`;
}

export const LANGUAGE_NAMES: Record<string, string> = { uk: 'Ukrainian', ru: 'Russian' };
