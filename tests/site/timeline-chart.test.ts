import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WIDTH,
  MARK_SPACING,
  MIN_BAR_PX,
  SAMPLE_SIZE,
  dayNumber,
  isoDate,
  layoutTimelineChart,
  niceCeiling,
  yearMonth,
  type ChartArticleInput,
  type ChartMeetingInput,
  type TimelineChartModel,
} from '../../src/site/timeline-chart.ts';

const en = { locale: 'en-GB' };

function article(date: string | null, approximate = false, weight?: number): ChartArticleInput {
  return weight === undefined ? { date, approximate } : { date, approximate, weight };
}

function meeting(date: string | null, lanes: ChartMeetingInput['lanes'] = ['ukraine', 'usa'], extra: Partial<ChartMeetingInput> = {}): ChartMeetingInput & { id: string } {
  return { id: `m-${date}-${lanes.join('-')}`, date, approximate: false, kind: 'in-person', status: 'held', lanes, ...extra };
}

/** Days from `from`, as `YYYY-MM-DD`. */
function plus(from: string, days: number): string {
  return isoDate(dayNumber(from) + days);
}

/** Every drawn coordinate lies inside the SVG. */
function expectInside(chart: TimelineChartModel) {
  for (const bin of chart.bars?.bins ?? []) {
    expect(bin.x).toBeGreaterThanOrEqual(chart.plot.left);
    expect(bin.x + bin.width).toBeLessThanOrEqual(chart.plot.right + 0.1);
    expect(bin.yApproximate).toBeGreaterThanOrEqual(chart.bars!.top - 0.1);
    expect(bin.yExact).toBeLessThanOrEqual(chart.bars!.baseline);
  }
  for (const mark of chart.marks) {
    expect(mark.x).toBeGreaterThanOrEqual(chart.plot.left);
    expect(mark.x).toBeLessThanOrEqual(chart.plot.right);
    expect(mark.y).toBeLessThan(chart.height);
  }
  for (const tick of chart.ticks) {
    expect(tick.x).toBeGreaterThanOrEqual(chart.plot.left - 0.1);
    expect(tick.x).toBeLessThanOrEqual(chart.plot.right + 0.1);
  }
}

/** Tick labels never overlap (estimated at the width the layout assumes). */
function expectReadableTicks(chart: TimelineChartModel) {
  const labelled = chart.ticks.filter((t) => t.label !== null);
  expect(labelled.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThan(labelled[i - 1]!.label!.length * 6);
}

describe('layoutTimelineChart', () => {
  it('draws nothing when nothing is dated, and counts what it left out', () => {
    const chart = layoutTimelineChart([article(null), article(null, true)], [meeting(null)], en);
    expect(chart.domain).toBeNull();
    expect(chart.height).toBe(0);
    expect(chart.bars).toBeNull();
    expect(chart.marks).toEqual([]);
    expect(chart.counts).toMatchObject({ articles: 0, undatedArticles: 2, meetings: 0, undatedMeetings: 1 });
  });

  it('shows one article inside a few weeks, not stretched across the axis', () => {
    const chart = layoutTimelineChart([article('2025-11-25')], [], en);
    expect(chart.bars!.unit).toBe('week');
    expect(chart.bars!.bins).toHaveLength(1);
    const bin = chart.bars!.bins[0]!;
    expect(bin).toMatchObject({ start: '2025-11-24', end: '2025-11-30', first: '2025-11-25', last: '2025-11-25', items: 1, value: 1 });
    expect(bin.width).toBeLessThanOrEqual(28);
    // Six weeks on the axis, Monday to Sunday, the article's week inside.
    expect(dayNumber(chart.domain!.to) - dayNumber(chart.domain!.from) + 1).toBe(42);
    expect(chart.domain!.from <= '2025-11-24' && chart.domain!.to >= '2025-11-30').toBe(true);
    expect(chart.span).toEqual({ from: '2025-11-25', to: '2025-11-25' });
    expect(chart.tickUnit).toBe('week');
    expect(chart.ticks.map((t) => t.label)).toContain('24 Nov');
    expect(chart.ticks[0]!.year).toBe('2025');
    expectInside(chart);
    expectReadableTicks(chart);
  });

  it('lays out the five seeds: weekly bars, approximate dates apart, meetings in side lanes', () => {
    const articles = [article('2025-11-25'), article('2025-11-26'), article('2025-11-30', true), article('2025-12-31'), article('2026-01-07')];
    const meetings = [
      meeting('2025-11-25', ['ukraine', 'usa', 'europe'], { kind: 'video' }),
      meeting('2025-11-30', ['ukraine', 'usa'], { approximate: true }),
      meeting('2026-01-03', ['ukraine', 'usa'], { status: 'planned', kind: 'phone' }),
      meeting('2026-01-06', ['europe']),
    ];
    const chart = layoutTimelineChart(articles, meetings, en);
    expect(chart.bars!.unit).toBe('week');
    expect(chart.bars!.bins.map((b) => [b.start, b.items, b.approximateItems])).toEqual([
      ['2025-11-24', 3, 1],
      ['2025-12-29', 1, 0],
      ['2026-01-05', 1, 0],
    ]);
    const first = chart.bars!.bins[0]!;
    // The approximate part is stacked on the exact one: a third of the bar.
    expect(first.yApproximate).toBeLessThan(first.yExact);
    expect(first.yExact - first.yApproximate).toBeCloseTo((chart.bars!.baseline - first.yApproximate) / 3, 0);
    expect(chart.bars!.max).toBe(3);
    expect(chart.bars!.scaleMax).toBe(5);
    expect(chart.lanes.map((l) => l.key)).toEqual(['ukraine', 'usa', 'europe']);
    expect(chart.counts).toMatchObject({ articles: 5, approximateArticles: 1, meetings: 4, approximateMeetings: 1 });
    // Every meeting has exactly one primary mark (one link for keyboards and screen readers).
    for (const m of meetings) expect(chart.marks.filter((mark) => mark.primary && mark.meetings.includes(m))).toHaveLength(1);
    // Marks come in time order (the tab order), the top lane first at the same time.
    expect(chart.marks.map((m) => m.x)).toEqual([...chart.marks.map((m) => m.x)].sort((a, b) => a - b));
    expect(chart.marks.slice(0, 3).map((m) => m.lane)).toEqual(['ukraine', 'usa', 'europe']);
    // The first meeting is joined across its three lanes.
    expect(chart.connectors[0]).toMatchObject({ y1: chart.lanes[0]!.y, y2: chart.lanes[2]!.y });
    expect(chart.ticks.some((t) => t.year === '2026')).toBe(true);
    expectInside(chart);
    expectReadableTicks(chart);
  });

  it('gathers meetings of the same day into one numbered mark per lane', () => {
    const meetings = [meeting('2025-11-25', ['ukraine']), meeting('2025-11-25', ['ukraine', 'russia'], { kind: 'phone' }), meeting('2025-12-20', ['ukraine'])];
    const chart = layoutTimelineChart([], meetings, { ...en, bars: false });
    const ukraine = chart.marks.filter((m) => m.lane === 'ukraine');
    expect(ukraine.map((m) => [m.from, m.to, m.count])).toEqual([
      ['2025-11-25', '2025-11-25', 2],
      ['2025-12-20', '2025-12-20', 1],
    ]);
    expect(ukraine[0]!.meetings).toEqual([meetings[0], meetings[1]]);
    const russia = chart.marks.filter((m) => m.lane === 'russia');
    expect(russia).toHaveLength(1);
    // The phone call already has its primary mark in the Ukraine lane.
    expect(russia[0]!.primary).toBe(false);
    // Clustered in one lane: no connector for it.
    expect(chart.connectors).toEqual([]);
    expect(chart.bars).toBeNull();
  });

  it('spans one day', () => {
    const chart = layoutTimelineChart([article('2026-02-28'), article('2026-02-28', true)], [meeting('2026-02-28')], en);
    expect(chart.span).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(chart.bars!.bins).toHaveLength(1);
    expect(chart.bars!.bins[0]).toMatchObject({ items: 2, approximateItems: 1, start: '2026-02-23', end: '2026-03-01' });
    expect(chart.marks.filter((m) => m.primary)).toHaveLength(1);
    // The mark sits on its day, inside its week's column.
    const bin = chart.bars!.bins[0]!;
    expect(chart.marks[0]!.x).toBeGreaterThan(bin.hit.x);
    expect(chart.marks[0]!.x).toBeLessThan(bin.hit.x + bin.hit.width);
    expectInside(chart);
    expectReadableTicks(chart);
  });

  it('spans four years: monthly bars, month ticks thinned to fit, years marked', () => {
    const articles: ChartArticleInput[] = [];
    for (let day = 0; day < 4 * 365; day += 3) articles.push(article(plus('2024-01-01', day), day % 9 === 0));
    const chart = layoutTimelineChart(articles, [], en);
    expect(chart.bars!.unit).toBe('month');
    expect(chart.bars!.bins).toHaveLength(48);
    expect(chart.bars!.bins[0]).toMatchObject({ start: '2024-01-01', end: '2024-01-31' });
    expect(chart.domain).toEqual({ from: '2024-01-01', to: '2027-12-31' });
    expect(['month', 'quarter']).toContain(chart.tickUnit);
    expect(chart.ticks.filter((t) => t.major).map((t) => t.date)).toEqual(['2024-01-01', '2025-01-01', '2026-01-01', '2027-01-01']);
    expect(chart.ticks.filter((t) => t.year !== null).map((t) => t.year)).toEqual(['2024', '2025', '2026', '2027']);
    for (const bin of chart.bars!.bins) expect(bin.width).toBeGreaterThanOrEqual(MIN_BAR_PX - 2);
    expectInside(chart);
    expectReadableTicks(chart);
  });

  it('spans decades with year bins and year ticks', () => {
    const chart = layoutTimelineChart([article('1950-06-01'), article('2026-01-01')], [meeting('1991-12-08', ['europe'])], en);
    expect(chart.bars!.unit).toBe('year');
    expect(chart.tickUnit).toBe('year');
    expect(chart.ticks.every((t) => t.year === null && /^\d{4}$/u.test(t.label ?? '2000'))).toBe(true);
    expectInside(chart);
    expectReadableTicks(chart);
  });

  it('writes tick labels in the interface locale', () => {
    const chart = layoutTimelineChart([article('2025-11-25'), article('2026-03-02')], [], { locale: 'uk' });
    expect(chart.ticks.map((t) => t.label)).toEqual(expect.arrayContaining(['лист.', 'груд.', 'січ.']));
  });

  it('leaves undated items out of the drawing', () => {
    const chart = layoutTimelineChart([article('2025-11-25'), article(null), article(null)], [meeting(null), meeting('2025-11-26')], en);
    expect(chart.bars!.bins.reduce((n, b) => n + b.items, 0)).toBe(1);
    expect(chart.marks.every((m) => m.meetings.every((x) => x.date !== null))).toBe(true);
    expect(chart.counts).toMatchObject({ articles: 1, undatedArticles: 2, meetings: 1, undatedMeetings: 1 });
  });

  it('weighs bars (mentions per week on an actor page)', () => {
    const chart = layoutTimelineChart([article('2025-11-25', false, 3), article('2025-11-26', true, 2)], [], en);
    expect(chart.bars!.bins[0]).toMatchObject({ items: 2, value: 5, approximateValue: 2 });
    expect(chart.counts.value).toBe(5);
  });

  it('handles 100,000 articles and 5,000 meetings quickly, with a bounded number of marks', () => {
    const articles: ChartArticleInput[] = [];
    for (let i = 0; i < 100_000; i++) articles.push(article(i % 50 === 0 ? null : plus('2024-01-01', (i * 7919) % 1100), i % 7 === 0));
    const sides = ['ukraine', 'usa', 'europe', 'russia', 'international'] as const;
    const meetings: ChartMeetingInput[] = [];
    for (let i = 0; i < 5_000; i++) meetings.push(meeting(plus('2024-01-01', (i * 31) % 1100), [sides[i % 5]!, sides[(i + 2) % 5]!]));
    const started = performance.now();
    const chart = layoutTimelineChart(articles, meetings, en);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1_500);
    expect(chart.counts).toMatchObject({ articles: 98_000, undatedArticles: 2_000, meetings: 5_000 });
    expect(chart.bars!.bins.reduce((n, b) => n + b.items, 0)).toBe(98_000);
    expect(chart.bars!.bins.length).toBeLessThanOrEqual((DEFAULT_WIDTH - 100) / MIN_BAR_PX);
    // Marks are capped by the width, whatever the number of meetings.
    expect(chart.marks.length).toBeLessThanOrEqual(5 * Math.ceil(DEFAULT_WIDTH / MARK_SPACING));
    expect(chart.marks.reduce((n, m) => n + (m.lane === 'ukraine' ? m.count : 0), 0)).toBe(2_000);
    for (const mark of chart.marks) expect(mark.meetings.length).toBeLessThanOrEqual(SAMPLE_SIZE);
    expectInside(chart);
    expectReadableTicks(chart);
  });

  it('stays linear: ten times the articles costs about ten times the time, not a hundred', () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => article(plus('2024-01-01', (i * 7919) % 1100)));
    const small = make(10_000);
    const large = make(100_000);
    const time = (input: ChartArticleInput[]) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        layoutTimelineChart(input, [], en);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(small);
    expect(time(large) / Math.max(time(small), 1)).toBeLessThan(40);
  });

  it('never draws two marks of a lane closer than they can be told apart', () => {
    const meetings: ChartMeetingInput[] = [];
    for (let i = 0; i < 400; i++) meetings.push(meeting(plus('2025-01-01', Math.floor(i * 1.7)), ['ukraine']));
    const chart = layoutTimelineChart([], meetings, { ...en, bars: false });
    const xs = chart.marks.map((m) => m.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(MARK_SPACING - 0.2);
    expect(chart.marks.reduce((n, m) => n + m.count, 0)).toBe(400);
  });

  it('keeps well-spaced meetings apart', () => {
    const meetings = [meeting('2025-11-25', ['ukraine']), meeting('2025-11-27', ['ukraine'])];
    const chart = layoutTimelineChart([], meetings, { ...en, bars: false });
    expect(chart.marks.map((m) => m.count)).toEqual([1, 1]);
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect([0, 1, 3, 7, 11, 26, 640, 1001].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 50, 1000, 2000]);
  });
});

describe('yearMonth', () => {
  it('agrees with the calendar from 1600 to 2400', () => {
    for (let day = dayNumber('1600-01-01'); day < dayNumber('2400-12-31'); day += 13) {
      const date = new Date(day * 86_400_000);
      expect(yearMonth(day)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() });
    }
    expect(yearMonth(dayNumber('2024-02-29'))).toEqual({ year: 2024, month: 1 });
    expect(yearMonth(dayNumber('2000-03-01'))).toEqual({ year: 2000, month: 2 });
  });
});
