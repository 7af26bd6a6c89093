/**
 * The geometry of the timeline chart drawn at build time: a time axis with month or year
 * ticks, bars of articles (or mentions) per week or month, and meeting marks in one lane per
 * side. Pure and typed: dated items in, coordinates out (in the SVG's user units); the
 * component in `templates/components/TimelineChart.tsx` only draws what this returns.
 *
 * It stays readable from one item to 100,000: bars are weekly while they are at least
 * `MIN_BAR_PX` wide, else monthly, quarterly or yearly, so there are never more than a few
 * hundred of them; meetings on the same day (or too close to draw apart) are gathered into
 * one numbered mark per lane. Every item is visited once: linear in the input, plus sorting
 * the dated meetings.
 */
import { DateTime } from 'luxon';
import type { IsoDate, MeetingKind, MeetingStatus, Side } from '../types.ts';

/** A lane of meeting marks: one per side; `other` for meetings with no known side. */
export type LaneKey = Side | 'other';
export const LANE_ORDER: readonly LaneKey[] = ['ukraine', 'usa', 'europe', 'russia', 'international', 'other'];

export type BinUnit = 'week' | 'month' | 'quarter' | 'year';
export type TickUnit = 'week' | 'month' | 'quarter' | 'year';

export interface ChartArticleInput {
  date: IsoDate | null;
  /** The date was inferred from the text: drawn apart from exact dates. */
  approximate: boolean;
  /** What the item adds to its bar (mentions in the article); 1 when absent. */
  weight?: number;
}

export interface ChartMeetingInput {
  date: IsoDate | null;
  approximate: boolean;
  kind: MeetingKind;
  status: MeetingStatus;
  /** The lanes the meeting is drawn in (its participants' sides); `['other']` when none is known. */
  lanes: readonly LaneKey[];
}

export interface ChartOptions {
  /** BCP 47 locale for the tick labels (`settings.locale`). */
  locale: string;
  /** Width of the SVG in user units. */
  width?: number;
  /** Draw the bars (false: meetings only). */
  bars?: boolean;
}

export interface AxisTick {
  date: IsoDate;
  x: number;
  /** Month ("Nov"), day and month ("24 Nov") or year; null when it would not fit. */
  label: string | null;
  /** The year, under the first tick and wherever the year changes (finer ticks only). */
  year: string | null;
  /** The first day of a year: a stronger grid line. */
  major: boolean;
}

export interface ChartBin {
  /** `YYYY-MM-DD` of the bin's first day, and its last day. */
  start: IsoDate;
  end: IsoDate;
  /** Earliest and latest item dates in the bin. */
  first: IsoDate;
  last: IsoDate;
  /** Items in the bin, and how many of them have approximate dates. */
  items: number;
  approximateItems: number;
  /** Sum of weights, and the part from approximate items. */
  value: number;
  approximateValue: number;
  /** The bar: exact part from `baseline` up to `yExact`, approximate part stacked above it. */
  x: number;
  width: number;
  yExact: number;
  yApproximate: number;
  /** The whole column, for pointer and focus. */
  hit: { x: number; y: number; width: number; height: number };
}

export interface ChartBars {
  unit: BinUnit;
  /** Top of the scale and the baseline (y). */
  top: number;
  baseline: number;
  /** Largest bar, and the value at `top` (a round number ≥ max). */
  max: number;
  scaleMax: number;
  /** Bins with at least one item, in time order. */
  bins: ChartBin[];
}

export interface ChartLane {
  key: LaneKey;
  /** Centre line of the lane, and its band. */
  y: number;
  top: number;
  height: number;
}

/** One mark in one lane: a meeting, or several drawn as one numbered mark. Marks come in time order. */
export interface LaneMark<M> {
  lane: LaneKey;
  x: number;
  y: number;
  /** First and last day of the meetings it stands for. */
  from: IsoDate;
  to: IsoDate;
  count: number;
  /** Up to `SAMPLE_SIZE` of its meetings, in time order (all of them when `count` is small). */
  meetings: M[];
  /**
   * The mark through which its meetings are reached by keyboard and screen readers: false when
   * every one of its meetings already has a primary mark in an earlier lane (no duplicate links).
   */
  primary: boolean;
}

/** A vertical line joining the marks of one meeting drawn alone in several lanes. */
export interface MeetingConnector {
  x: number;
  y1: number;
  y2: number;
}

export interface TimelineChartModel<M extends ChartMeetingInput = ChartMeetingInput> {
  width: number;
  height: number;
  /** The plotting area (x) and the label gutter on its left. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** First and last day on the axis; null when nothing is dated. */
  domain: { from: IsoDate; to: IsoDate } | null;
  /** First and last dated item. */
  span: { from: IsoDate; to: IsoDate } | null;
  tickUnit: TickUnit | null;
  ticks: AxisTick[];
  bars: ChartBars | null;
  lanes: ChartLane[];
  marks: LaneMark<M>[];
  connectors: MeetingConnector[];
  counts: {
    articles: number;
    approximateArticles: number;
    undatedArticles: number;
    /** Sum of the articles' weights (mentions on an actor's chart). */
    value: number;
    meetings: number;
    approximateMeetings: number;
    undatedMeetings: number;
  };
}

// Layout, in user units (= CSS pixels: the SVG is not scaled).
/** The page's text column (60rem less padding): drawn at 1:1, so text is as large as written. */
export const DEFAULT_WIDTH = 928;
const GUTTER = 112;
const RIGHT_MARGIN = 14;
const TOP_MARGIN = 8;
const LANE_HEIGHT = 28;
const LANE_GAP = 10;
const BARS_HEIGHT = 84;
const AXIS_HEIGHT = 40;
/** Narrowest bar before bins get coarser. */
export const MIN_BAR_PX = 5;
const MAX_BAR_PX = 28;
/** Fewest bins on the axis: a single day is shown inside a few weeks, not stretched across. */
const MIN_BINS = 6;
/** Closest two marks in a lane may be, centre to centre (marks are 12–16 units wide). */
export const MARK_SPACING = 16;
/** Meetings listed by a numbered mark. */
export const SAMPLE_SIZE = 5;
/** Average width of one character of a tick label (11-unit sans-serif), and the gap between labels. */
const CHAR_WIDTH = 6.6;
const LABEL_GAP = 8;
const TICK_LABEL_OFFSET = 3;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (no validation: dates are valid where they enter). */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function isoDate(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Bins: an index for a day, and the first day of an index. */
interface BinScheme {
  unit: BinUnit;
  index(day: number): number;
  start(index: number): number;
}

/** Year and month (0–11) of a day number, by arithmetic (no Date per article): H. Hinnant's civil_from_days. */
export function yearMonth(day: number): { year: number; month: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const month = shifted < 10 ? shifted + 2 : shifted - 10;
  return { year: yearOfEra + era * 400 + (month <= 1 ? 1 : 0), month };
}

const SCHEMES: readonly BinScheme[] = [
  // ISO weeks, Monday first: 1970-01-01 was a Thursday, three days after a Monday.
  { unit: 'week', index: (day) => Math.floor((day + 3) / 7), start: (index) => index * 7 - 3 },
  {
    unit: 'month',
    index: (day) => {
      const { year, month } = yearMonth(day);
      return year * 12 + month;
    },
    start: (index) => Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY_MS,
  },
  {
    unit: 'quarter',
    index: (day) => {
      const { year, month } = yearMonth(day);
      return year * 4 + Math.floor(month / 3);
    },
    start: (index) => Date.UTC(Math.floor(index / 4), (index % 4) * 3, 1) / DAY_MS,
  },
  { unit: 'year', index: (day) => yearMonth(day).year, start: (index) => Date.UTC(index, 0, 1) / DAY_MS },
];

/** 1, 2, 2.5, 5 × 10ⁿ: the smallest at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * Lays out the chart. Articles and meetings without a date are counted but not drawn.
 * `meetings` may be in any order; their own objects come back in the marks (`M`).
 */
export function layoutTimelineChart<M extends ChartMeetingInput>(
  articles: readonly ChartArticleInput[],
  meetings: readonly M[],
  options: ChartOptions,
): TimelineChartModel<M> {
  const width = options.width ?? DEFAULT_WIDTH;
  const withBars = options.bars ?? true;
  const counts = { articles: 0, approximateArticles: 0, undatedArticles: 0, value: 0, meetings: 0, approximateMeetings: 0, undatedMeetings: 0 };

  // One pass: the span, and each dated item's day.
  let minDay = Infinity;
  let maxDay = -Infinity;
  let firstDate: IsoDate | null = null;
  let lastDate: IsoDate | null = null;
  const articleDays = new Float64Array(articles.length);
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    if (article.date === null) {
      counts.undatedArticles++;
      articleDays[i] = NaN;
      continue;
    }
    const day = dayNumber(article.date);
    articleDays[i] = day;
    counts.articles++;
    counts.value += article.weight ?? 1;
    if (article.approximate) counts.approximateArticles++;
    if (!withBars) continue;
    if (day < minDay) [minDay, firstDate] = [day, article.date];
    if (day > maxDay) [maxDay, lastDate] = [day, article.date];
  }
  const datedMeetings: { day: number; meeting: M }[] = [];
  for (const meeting of meetings) {
    if (meeting.date === null) {
      counts.undatedMeetings++;
      continue;
    }
    const day = dayNumber(meeting.date);
    datedMeetings.push({ day, meeting });
    counts.meetings++;
    if (meeting.approximate) counts.approximateMeetings++;
    if (day < minDay) [minDay, firstDate] = [day, meeting.date];
    if (day > maxDay) [maxDay, lastDate] = [day, meeting.date];
  }

  const left = GUTTER;
  const right = width - RIGHT_MARGIN;
  const plotWidth = right - left;
  if (firstDate === null || lastDate === null) {
    return { width, height: 0, plot: { left, right, top: 0, bottom: 0 }, domain: null, span: null, tickUnit: null, ticks: [], bars: null, lanes: [], marks: [], connectors: [], counts };
  }

  // Bins: the finest scheme whose bars are at least MIN_BAR_PX wide.
  const maxBins = Math.floor(plotWidth / MIN_BAR_PX);
  const scheme = SCHEMES.find((s) => s.index(maxDay) - s.index(minDay) + 1 <= maxBins) ?? SCHEMES[SCHEMES.length - 1]!;
  let firstIndex = scheme.index(minDay);
  let lastIndex = scheme.index(maxDay);
  const missing = MIN_BINS - (lastIndex - firstIndex + 1);
  if (missing > 0) {
    firstIndex -= Math.floor(missing / 2);
    lastIndex += Math.ceil(missing / 2);
  }
  const domainStart = scheme.start(firstIndex);
  const domainEnd = scheme.start(lastIndex + 1);
  const pxPerDay = plotWidth / (domainEnd - domainStart);
  const x = (day: number): number => left + (day - domainStart) * pxPerDay;

  // Vertical layout: lanes on top, bars on the axis, tick labels under it.
  const laneKeys = new Set<LaneKey>();
  for (const { meeting } of datedMeetings) for (const lane of meeting.lanes) laneKeys.add(lane);
  const lanes: ChartLane[] = LANE_ORDER.filter((key) => laneKeys.has(key)).map((key, i) => {
    const top = TOP_MARGIN + i * LANE_HEIGHT;
    return { key, top, height: LANE_HEIGHT, y: top + LANE_HEIGHT / 2 };
  });
  const lanesBottom = TOP_MARGIN + lanes.length * LANE_HEIGHT;
  const barsTop = lanesBottom + (lanes.length ? LANE_GAP : 0) + (withBars ? 6 : 0);
  const baseline = withBars ? barsTop + BARS_HEIGHT : lanesBottom + 4;
  const height = baseline + AXIS_HEIGHT;

  const bars = withBars ? layoutBars(articles, articleDays, scheme, firstIndex, lastIndex, x, barsTop, baseline) : null;
  const { marks, connectors } = layoutMarks(datedMeetings, lanes, x);
  const { unit: tickUnit, ticks } = layoutTicks(domainStart, domainEnd, x, right, options.locale);

  return {
    width,
    height,
    plot: { left, right, top: TOP_MARGIN, bottom: baseline },
    domain: { from: isoDate(domainStart), to: isoDate(domainEnd - 1) },
    span: { from: firstDate, to: lastDate },
    tickUnit,
    ticks,
    bars,
    lanes,
    marks,
    connectors,
    counts,
  };
}

function layoutBars(
  articles: readonly ChartArticleInput[],
  days: Float64Array,
  scheme: BinScheme,
  firstIndex: number,
  lastIndex: number,
  x: (day: number) => number,
  top: number,
  baseline: number,
): ChartBars {
  const size = lastIndex - firstIndex + 1;
  const items = new Uint32Array(size);
  const approximateItems = new Uint32Array(size);
  const value = new Float64Array(size);
  const approximateValue = new Float64Array(size);
  const first: (IsoDate | undefined)[] = new Array(size);
  const last: (IsoDate | undefined)[] = new Array(size);
  for (let i = 0; i < articles.length; i++) {
    const day = days[i]!;
    if (Number.isNaN(day)) continue;
    const article = articles[i]!;
    const bin = scheme.index(day) - firstIndex;
    const weight = article.weight ?? 1;
    items[bin]!++;
    value[bin]! += weight;
    if (article.approximate) {
      approximateItems[bin]!++;
      approximateValue[bin]! += weight;
    }
    const date = article.date!;
    const f = first[bin];
    if (f === undefined || date < f) first[bin] = date;
    const l = last[bin];
    if (l === undefined || date > l) last[bin] = date;
  }
  let max = 0;
  for (const v of value) if (v > max) max = v;
  const scaleMax = niceCeiling(max);
  const scale = (baseline - top) / scaleMax;
  const bins: ChartBin[] = [];
  for (let b = 0; b < size; b++) {
    if (items[b] === 0) continue;
    const start = scheme.start(firstIndex + b);
    const end = scheme.start(firstIndex + b + 1);
    const columnX = x(start);
    const columnWidth = x(end) - columnX;
    const gap = Math.min(2, columnWidth * 0.2);
    const barWidth = Math.min(MAX_BAR_PX, columnWidth - gap);
    // A bar is at least 2 units tall, so that a single article shows next to thousands.
    const total = Math.max(2, value[b]! * scale);
    const approximate = value[b]! > 0 ? (total * approximateValue[b]!) / value[b]! : 0;
    bins.push({
      start: isoDate(start),
      end: isoDate(end - 1),
      first: first[b]!,
      last: last[b]!,
      items: items[b]!,
      approximateItems: approximateItems[b]!,
      value: value[b]!,
      approximateValue: approximateValue[b]!,
      x: round(columnX + (columnWidth - barWidth) / 2),
      width: round(barWidth),
      yExact: round(baseline - (total - approximate)),
      yApproximate: round(baseline - total),
      hit: { x: round(columnX), y: round(top), width: round(columnWidth), height: round(baseline - top) },
    });
  }
  return { unit: scheme.unit, top, baseline, max, scaleMax, bins };
}

function layoutMarks<M extends ChartMeetingInput>(
  dated: { day: number; meeting: M }[],
  lanes: readonly ChartLane[],
  x: (day: number) => number,
): { marks: LaneMark<M>[]; connectors: MeetingConnector[] } {
  // Stable: meetings of the same day keep their input order.
  const sorted = dated.map((d, i) => ({ ...d, i })).sort((a, b) => a.day - b.day || a.i - b.i);
  const marks: LaneMark<M>[] = [];
  // Per meeting: its marks, and whether it has been given a primary mark yet.
  const markOf = new Map<M, LaneMark<M>[]>();
  const hasPrimary = new Set<M>();
  for (const lane of lanes) {
    interface Open {
      x0: number;
      x1: number;
      fromDay: number;
      toDay: number;
      meetings: M[];
      count: number;
      primary: boolean;
    }
    const laneMarks: Open[] = [];
    for (const { day, meeting } of sorted) {
      if (!meeting.lanes.includes(lane.key)) continue;
      const at = x(day + 0.5);
      const open = laneMarks[laneMarks.length - 1];
      // Join the previous mark while it stays narrow: centres end up ≥ MARK_SPACING apart.
      if (open && at - open.x1 < MARK_SPACING && at - open.x0 < 2 * MARK_SPACING) {
        open.x1 = at;
        open.toDay = day;
        open.count++;
        if (open.meetings.length < SAMPLE_SIZE) open.meetings.push(meeting);
      } else {
        laneMarks.push({ x0: at, x1: at, fromDay: day, toDay: day, meetings: [meeting], count: 1, primary: false });
      }
      const current = laneMarks[laneMarks.length - 1]!;
      if (!hasPrimary.has(meeting)) {
        hasPrimary.add(meeting);
        current.primary = true;
      }
    }
    for (const open of laneMarks) {
      const mark: LaneMark<M> = {
        lane: lane.key,
        x: round((open.x0 + open.x1) / 2),
        y: lane.y,
        from: isoDate(open.fromDay),
        to: isoDate(open.toDay),
        count: open.count,
        meetings: open.meetings,
        primary: open.primary,
      };
      marks.push(mark);
      if (open.count === 1) {
        const meeting = open.meetings[0]!;
        const list = markOf.get(meeting);
        if (list) list.push(mark);
        else markOf.set(meeting, [mark]);
      }
    }
  }
  // In time order, top lane first at the same time: the order keyboards and screen readers meet them.
  const laneIndex = new Map(lanes.map((lane, i) => [lane.key, i]));
  marks.sort((a, b) => a.x - b.x || laneIndex.get(a.lane)! - laneIndex.get(b.lane)!);
  // A meeting drawn alone in every one of its lanes gets a line joining its marks.
  const connectors: MeetingConnector[] = [];
  for (const { meeting } of sorted) {
    const own = markOf.get(meeting);
    if (!own || own.length < 2 || own.length !== meeting.lanes.length) continue;
    connectors.push({ x: own[0]!.x, y1: own[0]!.y, y2: own[own.length - 1]!.y });
  }
  return { marks, connectors };
}

interface TickCandidate {
  unit: TickUnit;
  /** Months between ticks (weeks: 0). */
  months: number;
}

const TICK_CANDIDATES: readonly TickCandidate[] = [
  { unit: 'week', months: 0 },
  { unit: 'month', months: 1 },
  { unit: 'quarter', months: 3 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((years): TickCandidate => ({ unit: 'year', months: 12 * years })),
];
const MAX_TICKS = 80;

/** Ticks for the finest unit whose labels fit side by side. */
function layoutTicks(domainStart: number, domainEnd: number, x: (day: number) => number, right: number, locale: string): { unit: TickUnit; ticks: AxisTick[] } {
  const days = domainEnd - domainStart;
  for (const candidate of TICK_CANDIDATES) {
    const stepDays = candidate.months === 0 ? 7 : candidate.months * 30.44;
    if (days / stepDays > MAX_TICKS) continue;
    const ticks = tickDays(domainStart, domainEnd, candidate).map((day, i, all): AxisTick => {
      const date = DateTime.fromMillis(day * DAY_MS, { zone: 'utc' }).setLocale(locale);
      const previous = i > 0 ? DateTime.fromMillis(all[i - 1]! * DAY_MS, { zone: 'utc' }) : null;
      const label =
        candidate.unit === 'week'
          ? date.toLocaleString({ day: 'numeric', month: 'short' })
          : candidate.unit === 'year'
            ? String(date.year)
            : date.toLocaleString({ month: 'short' });
      return {
        date: isoDate(day),
        x: round(x(day)),
        label,
        year: candidate.unit !== 'year' && (previous === null || previous.year !== date.year) ? String(date.year) : null,
        major: date.month === 1 && date.day === 1,
      };
    });
    if (!labelsFit(ticks)) continue;
    // The partial month (or quarter, year) before the first tick is named at the left edge
    // when there is room, so a chart starting on 24 November says "Nov".
    const first = ticks[0];
    if (candidate.unit !== 'week' && first && first.date !== isoDate(domainStart)) {
      const start = DateTime.fromMillis(domainStart * DAY_MS, { zone: 'utc' }).setLocale(locale);
      const label = candidate.unit === 'year' ? String(start.year) : start.toLocaleString({ month: 'short' });
      const year = candidate.unit === 'year' ? null : String(start.year);
      if (first.x - x(domainStart) >= Math.max(labelWidth(label), labelWidth(year ?? '')) + LABEL_GAP) {
        ticks.unshift({ date: isoDate(domainStart), x: round(x(domainStart)), label, year, major: false });
        if (first.year === year) first.year = null;
      }
    }
    // A label that would run past the right edge is left out (its grid line stays).
    for (const tick of ticks) {
      if (tick.label !== null && tick.x + TICK_LABEL_OFFSET + labelWidth(tick.label) > right + 12) tick.label = null;
      if (tick.year !== null && tick.x + TICK_LABEL_OFFSET + labelWidth(tick.year) > right + 12) tick.year = null;
    }
    return { unit: candidate.unit, ticks };
  }
  return { unit: 'year', ticks: [] };
}

function labelWidth(label: string): number {
  return label.length * CHAR_WIDTH;
}

function labelsFit(ticks: readonly AxisTick[]): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const previous = ticks[i - 1]!;
    const widest = Math.max(labelWidth(previous.label ?? ''), labelWidth(previous.year ?? ''));
    if (ticks[i]!.x - previous.x < widest + LABEL_GAP) return false;
  }
  return true;
}

/** Tick positions (days) inside [start, end): Mondays, or first days of every n-th month. */
function tickDays(start: number, end: number, candidate: TickCandidate): number[] {
  const out: number[] = [];
  if (candidate.months === 0) {
    for (let day = start + ((7 - ((start + 3) % 7)) % 7); day < end; day += 7) out.push(day);
    return out;
  }
  const { year, month } = yearMonth(start);
  let index = year * 12 + month;
  // Align to the step: quarters on Jan/Apr/Jul/Oct, n-year steps on multiples of n.
  const offset = ((index % candidate.months) + candidate.months) % candidate.months;
  if (offset !== 0) index += candidate.months - offset;
  for (; ; index += candidate.months) {
    const day = Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY_MS;
    if (day >= end) break;
    if (day >= start) out.push(day);
  }
  return out;
}
