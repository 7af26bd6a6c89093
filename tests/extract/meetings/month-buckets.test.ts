import { describe, expect, it } from 'vitest';
import { minDaysAtMonthDistance, MonthBuckets, monthIndex } from '../../../src/extract/meetings/month-buckets.ts';

const ringsOf = (buckets: MonthBuckets<string>, keys: string[], month: number) =>
  [...buckets.rings(keys, month)].map((r) => ({ distance: r.distance, items: [...r.items].sort() }));

describe('MonthBuckets', () => {
  it('gives undated items and the month itself first, then months outward on both sides', () => {
    const b = new MonthBuckets<string>();
    const m = monthIndex('2026-03-15');
    b.file('undated', 'k', null);
    b.file('march', 'k', m);
    b.file('february', 'k', m - 1);
    b.file('june', 'k', m + 3);
    b.file('other-key', 'x', m);
    expect(ringsOf(b, ['k'], m)).toEqual([
      { distance: 0, items: ['march', 'undated'] },
      { distance: 1, items: ['february'] },
      { distance: 3, items: ['june'] },
    ]);
  });

  it('moves an item to its new month under every key it is filed under', () => {
    const b = new MonthBuckets<string>();
    const m = monthIndex('2025-12-01');
    b.file('meeting', 'trump', null);
    b.file('meeting', 'geneva', null);
    b.move('meeting', m + 2);
    expect(ringsOf(b, ['trump'], m)).toEqual([{ distance: 0, items: [] }, { distance: 2, items: ['meeting'] }]);
    expect([...b.all(['geneva'])]).toEqual(['meeting']);
  });

  it('files an item once per key', () => {
    const b = new MonthBuckets<string>();
    b.file('a', 'k', 5);
    b.file('a', 'k', 5);
    expect([...b.all(['k'])]).toEqual(['a']);
  });

  it('never overstates the distance between days some months apart', () => {
    // 31 January and 1 February are one month and one day apart; 31 January and 1 March, 29 days.
    expect(minDaysAtMonthDistance(1)).toBeLessThanOrEqual(1);
    expect(minDaysAtMonthDistance(2)).toBeLessThanOrEqual(29);
    expect(minDaysAtMonthDistance(13)).toBeLessThanOrEqual(365);
    expect(monthIndex('2026-01-31') - monthIndex('2025-12-01')).toBe(1);
  });
});
