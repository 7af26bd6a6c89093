import type { IsoDate } from '../types.ts';

export type DateCheck =
  | { ok: true; date: IsoDate }
  | { ok: false; problem: 'malformed' | 'impossible'; message: string };

/** Checks a date written as `YYYY-MM-DD`: the only form the date line and front matter take. */
export function checkIsoDate(value: string): DateCheck {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    const meant = likelyMeant(value);
    return { ok: false, problem: 'malformed', message: `"${value}" is not a date as YYYY-MM-DD${meant ? ` (write ${meant})` : ''}` };
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) {
    return { ok: false, problem: 'impossible', message: `${value} is not a calendar date` };
  }
  return { ok: true, date: value };
}

/**
 * What a malformed date most likely means, when that is a real date: `2025-12-3`,
 * `2025/12/03`, and day-first `03.12.2025` as written in Ukraine and Russia. Only a hint
 * in the message: the date itself is still refused.
 */
function likelyMeant(value: string): IsoDate | null {
  const yearFirst = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(value);
  const parts = yearFirst ? [yearFirst[1], yearFirst[2], yearFirst[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return isRealDate(year, month, day) ? formatIsoDate(year, month, day) : null;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Ukraine's independence: coverage of these negotiations cannot be older. */
const EARLIEST_PLAUSIBLE = '1991-08-24';

/** A warning message when a valid date is implausible for a news article, else null. */
export function implausibleDate(date: IsoDate, today: Date = new Date()): string | null {
  if (date < EARLIEST_PLAUSIBLE) return `${date} is before ${EARLIEST_PLAUSIBLE}; check the year`;
  const limit = new Date(today.getTime() + 366 * 86_400_000).toISOString().slice(0, 10);
  if (date > limit) return `${date} is more than a year in the future; check the year`;
  return null;
}
