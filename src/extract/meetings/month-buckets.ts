/**
 * Items filed under keys (a participant, a place) and by month, so that a search for the
 * best match near a day looks at the nearest months first and can stop once nothing
 * farther away could score higher. Without this, merging an undated mention compares it
 * with every meeting of its participant: quadratic in the number of articles.
 */
import type { IsoDate } from '../../types.ts';

/** Months since year 0 of a `YYYY-MM-DD` date. */
export function monthIndex(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** Fewer days than this cannot separate a day from any day `distance` months away. */
export function minDaysAtMonthDistance(distance: number): number {
  return Math.max(0, (distance - 1) * 28);
}

interface KeyBuckets<T> {
  undated: Set<T>;
  months: Map<number, Set<T>>;
  first: number;
  last: number;
}

export interface Ring<T> {
  /** Months away from the searched month (0: that month, and the undated items). */
  distance: number;
  items: readonly T[];
}

export class MonthBuckets<T> {
  private readonly byKey = new Map<string, KeyBuckets<T>>();
  private readonly filed = new Map<T, { keys: Set<string>; month: number | null }>();

  /** Files `item` under `key` at its current month (null: undated). Filing twice is harmless. */
  file(item: T, key: string, month: number | null): void {
    let entry = this.filed.get(item);
    if (!entry) {
      entry = { keys: new Set(), month };
      this.filed.set(item, entry);
    }
    if (entry.keys.has(key)) return;
    entry.keys.add(key);
    this.put(this.bucketsOf(key), item, entry.month);
  }

  /** The item's date changed: it moves to its new month under every key it is filed under. */
  move(item: T, month: number | null): void {
    const entry = this.filed.get(item);
    if (!entry || entry.month === month) {
      if (!entry) this.filed.set(item, { keys: new Set(), month });
      return;
    }
    for (const key of entry.keys) {
      const buckets = this.bucketsOf(key);
      (entry.month === null ? buckets.undated : buckets.months.get(entry.month))?.delete(item);
      this.put(buckets, item, month);
    }
    entry.month = month;
  }

  /** Items under any of `keys`, ring by ring outward from `month`; an item may come more than once. */
  *rings(keys: readonly string[], month: number): Generator<Ring<T>> {
    const buckets = keys.map((key) => this.byKey.get(key)).filter((b): b is KeyBuckets<T> => b !== undefined);
    if (buckets.length === 0) return;
    const first = Math.min(...buckets.map((b) => b.first));
    const last = Math.max(...buckets.map((b) => b.last));
    const ring0: T[] = [];
    for (const b of buckets) ring0.push(...b.undated, ...(b.months.get(month) ?? []));
    yield { distance: 0, items: ring0 };
    for (let distance = 1; month - distance >= first || month + distance <= last; distance++) {
      const items: T[] = [];
      for (const b of buckets) items.push(...(b.months.get(month - distance) ?? []), ...(b.months.get(month + distance) ?? []));
      if (items.length > 0) yield { distance, items };
    }
  }

  /** Every item under any of `keys`; an item may come more than once. */
  *all(keys: readonly string[]): Generator<T> {
    for (const key of keys) {
      const buckets = this.byKey.get(key);
      if (!buckets) continue;
      yield* buckets.undated;
      for (const set of buckets.months.values()) yield* set;
    }
  }

  private bucketsOf(key: string): KeyBuckets<T> {
    let buckets = this.byKey.get(key);
    if (!buckets) {
      buckets = { undated: new Set(), months: new Map(), first: Infinity, last: -Infinity };
      this.byKey.set(key, buckets);
    }
    return buckets;
  }

  private put(buckets: KeyBuckets<T>, item: T, month: number | null): void {
    if (month === null) {
      buckets.undated.add(item);
      return;
    }
    let set = buckets.months.get(month);
    if (!set) {
      set = new Set();
      buckets.months.set(month, set);
    }
    set.add(item);
    buckets.first = Math.min(buckets.first, month);
    buckets.last = Math.max(buckets.last, month);
  }
}
