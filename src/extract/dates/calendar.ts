/**
 * Plain proleptic-Gregorian arithmetic on day numbers (days since 1970-01-01, UTC): no
 * time zones, no clocks, so results never depend on where the build runs.
 */
import type { IsoDate } from '../../types.ts';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; without a year February has 29 (a day-month may be a leap day). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when day/month (and year, when given) name a real calendar day. */
export function isValidDay(day: number, month: number, year?: number): boolean {
  return (
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(month, year)
  );
}

/** Day number of a real date, else null. */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || !isValidDay(day, month, year)) return null;
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function isoFromDayNumber(n: number): IsoDate {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Day number of a `YYYY-MM-DD` string, else null (impossible dates are rejected). */
export function dayNumberOfIso(iso: IsoDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function yearOfDayNumber(n: number): number {
  return new Date(n * 86_400_000).getUTCFullYear();
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}
