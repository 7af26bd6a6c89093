import type { ComponentChildren } from 'preact';
import type { ChartMeeting, TimelineChart as Chart } from '../../src/site/charts.ts';
import type { ChartBin, LaneKey, LaneMark } from '../../src/site/timeline-chart.ts';
import { settings } from '../../src/site/settings.ts';
import type { MeetingKind, MeetingStatus } from '../../src/types.ts';
import { formatDate, formatMonth, t, tCount } from '../lib/i18n.ts';
import { useHref } from '../lib/links.ts';
import { sideName } from '../lib/sides.ts';

const numbers = new Intl.NumberFormat(settings.locale);

export interface TimelineChartProps {
  chart: Chart;
  /** Unique on the page: prefixes the ids the chart's text alternative needs. */
  id: string;
  title: string;
  /** What the bars count: articles, or an actor's mentions. */
  measure?: 'articles' | 'mentions';
  /** Heading level of the title (the page's outline decides). */
  level?: 2 | 3;
}

/**
 * The timeline drawn at build time: meetings in a row per side (shape = format, fill = status,
 * dashed = approximate date), bars of articles per week or month, month and year ticks.
 * No JavaScript: every mark is a link with a `<title>`; the caption says what the chart shows
 * in words, a key explains the marks, and a table (in `<details>`) gives the bars' numbers.
 */
export function TimelineChart({ chart, id, title, measure = 'articles', level = 2 }: TimelineChartProps) {
  const href = useHref();
  if (chart.domain === null || chart.span === null) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  const { bars, plot } = chart;
  // The gutter's right edge: marks and focus rings just inside the plot are not cut off.
  const split = plot.left - 12;
  return (
    <figure class="tl-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <Heading id={`${id}-title`} class="tl-title">
          {title}
        </Heading>
        <p id={`${id}-desc`} class="tl-summary">
          {summary(chart, measure)}
        </p>
      </figcaption>
      <a class="tl-skip" href={`#${id}-end`}>
        {t('chart.skip')}
      </a>
      <div class="tl-frame">
        {/* Lane and axis names stay put while the plot scrolls sideways on narrow screens. */}
        <svg class="tl-gutter" viewBox={`0 0 ${split} ${chart.height}`} width={split} height={chart.height} aria-hidden="true">
          {chart.lanes.map((lane, i) => (
            <g key={lane.key}>
              {i % 2 === 0 ? <rect class="tl-band" x={0} y={lane.top} width={split} height={lane.height} /> : null}
              <text class="tl-lane-label" x={split - 6} y={lane.y + 4}>
                {laneName(lane.key)}
              </text>
            </g>
          ))}
          {bars ? (
            <>
              <text class="tl-axis-label" x={split - 6} y={bars.top + 4}>
                {numbers.format(bars.scaleMax)}
              </text>
              <text class="tl-axis-label tl-axis-name" x={split - 6} y={(bars.top + bars.baseline) / 2 - 2}>
                {t(measure === 'mentions' ? 'chart.axis.mentions' : 'chart.axis.articles')}
              </text>
              <text class="tl-axis-label" x={split - 6} y={(bars.top + bars.baseline) / 2 + 12}>
                {t(`chart.axis.${bars.unit}`)}
              </text>
              <text class="tl-axis-label" x={split - 6} y={bars.baseline}>
                0
              </text>
            </>
          ) : null}
        </svg>
        <div class="tl-scroll">
          <svg class="tl-svg" viewBox={`${split} 0 ${chart.width - split} ${chart.height}`} width={chart.width - split} height={chart.height} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
            <g aria-hidden="true">
              {chart.lanes.map((lane, i) => (i % 2 === 0 ? <rect key={lane.key} class="tl-band" x={split} y={lane.top} width={chart.width - split} height={lane.height} /> : null))}
              {chart.ticks.map((tick) => (
                <line key={tick.date} class={tick.major ? 'tl-grid tl-grid-major' : 'tl-grid'} x1={tick.x} x2={tick.x} y1={plot.top} y2={plot.bottom + 5} />
              ))}
              {bars ? <line class="tl-grid tl-scale" x1={plot.left} x2={plot.right} y1={bars.top} y2={bars.top} /> : null}
              <line class="tl-baseline" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
              {chart.ticks.map((tick) => (
                <g key={tick.date}>
                  {tick.label ? (
                    <text class="tl-tick" x={tick.x + 3} y={plot.bottom + 16}>
                      {tick.label}
                    </text>
                  ) : null}
                  {tick.year ? (
                    <text class="tl-tick tl-year" x={tick.x + 3} y={plot.bottom + 32}>
                      {tick.year}
                    </text>
                  ) : null}
                </g>
              ))}
              {chart.connectors.map((c, i) => (
                <line key={i} class="tl-connector" x1={c.x} x2={c.x} y1={c.y1} y2={c.y2} />
              ))}
            </g>
            {chart.marks.map((mark) => (
              <MarkLink mark={mark} key={`${mark.lane}-${mark.from}-${mark.to}`} />
            ))}
            {bars
              ? bars.bins.map((bin) => (
                  <a key={bin.start} class="tl-link" href={href(`/timeline/${bin.first.slice(0, 7)}/`)}>
                    <title>{binTitle(bin, bars.unit, measure)}</title>
                    <rect class="tl-hit" x={bin.hit.x} y={bin.hit.y} width={bin.hit.width} height={bin.hit.height} />
                    <rect class="tl-bar" x={bin.x} y={bin.yExact} width={bin.width} height={round(bars.baseline - bin.yExact)} />
                    {bin.approximateValue > 0 ? <rect class="tl-bar tl-bar-approx" x={bin.x} y={bin.yApproximate} width={bin.width} height={round(bin.yExact - bin.yApproximate)} /> : null}
                  </a>
                ))
              : null}
          </svg>
        </div>
      </div>
      <Legend lanes={chart.lanes.length > 0} bars={bars !== null} />
      {bars ? <BinTable chart={chart} measure={measure} /> : null}
      <span id={`${id}-end`} class="tl-end" tabIndex={-1} />
    </figure>
  );
}

const round = (value: number): number => Math.round(value * 10) / 10;

function laneName(key: LaneKey): string {
  return key === 'other' ? t('chart.lane.other') : sideName(key);
}

/** One mark, as a link to its meeting (or, for several, to their place in the meetings list). */
function MarkLink({ mark }: { mark: LaneMark<ChartMeeting> }) {
  const href = useHref();
  const single = mark.count === 1 ? mark.meetings[0]! : null;
  const target = single ? single.url : mark.meetings[0]!.listUrl;
  // A meeting drawn in several lanes is one stop for keyboards and screen readers, not several.
  const hidden = mark.primary ? {} : { tabIndex: -1, 'aria-hidden': 'true' as const };
  return (
    <a class="tl-link" href={href(target)} {...hidden}>
      <title>{single ? meetingTitle(single) : clusterTitle(mark)}</title>
      <rect class="tl-hit" x={mark.x - 9} y={mark.y - 11} width={18} height={22} />
      {single ? <MeetingShape x={mark.x} y={mark.y} kind={single.kind} status={single.status} approximate={single.approximate} /> : <ClusterShape x={mark.x} y={mark.y} count={mark.count} />}
    </a>
  );
}

/** Shape: format; fill: held (filled) or not; a strike for postponed, a cross for cancelled. */
export function MeetingShape({ x, y, kind, status, approximate }: { x: number; y: number; kind: MeetingKind; status: MeetingStatus; approximate: boolean }) {
  const cls = `tl-shape tl-${status}${approximate ? ' tl-approx' : ''}`;
  const shape =
    kind === 'in-person' ? (
      <circle class={cls} cx={x} cy={y} r={6} />
    ) : kind === 'video' ? (
      <rect class={cls} x={round(x - 5.5)} y={round(y - 5.5)} width={11} height={11} />
    ) : (
      <polygon class={cls} points={`${x},${round(y - 7)} ${round(x + 7)},${y} ${x},${round(y + 7)} ${round(x - 7)},${y}`} />
    );
  return (
    <>
      {shape}
      {status === 'postponed' || status === 'cancelled' ? <line class="tl-strike" x1={round(x - 6)} y1={round(y + 6)} x2={round(x + 6)} y2={round(y - 6)} /> : null}
      {status === 'cancelled' ? <line class="tl-strike" x1={round(x - 6)} y1={round(y - 6)} x2={round(x + 6)} y2={round(y + 6)} /> : null}
    </>
  );
}

function ClusterShape({ x, y, count }: { x: number; y: number; count: number }) {
  const text = count > 99 ? '99+' : String(count);
  return (
    <>
      <rect class="tl-cluster" x={round(x - (text.length > 2 ? 9 : 8))} y={round(y - 7)} width={text.length > 2 ? 18 : 16} height={14} rx={4} />
      <text class={text.length > 2 ? 'tl-cluster-count tl-cluster-small' : 'tl-cluster-count'} x={x} y={round(y + 3.5)}>
        {text}
      </text>
    </>
  );
}

function dateText(date: string, approximate: boolean): string {
  return approximate ? `${t('date.approx')} ${formatDate(date)}` : formatDate(date);
}

function meetingTitle(meeting: ChartMeeting): string {
  const when = meeting.endDate && meeting.endDate !== meeting.date ? `${dateText(meeting.date!, meeting.approximate)} – ${formatDate(meeting.endDate)}` : dateText(meeting.date!, meeting.approximate);
  const sides = meeting.lanes.filter((l) => l !== 'other').map(laneName);
  return [meeting.title, when, `${t(`kind.${meeting.kind}`)}, ${t(`status.${meeting.status}`).toLocaleLowerCase(settings.locale)}`, sides.length ? t('chart.sides', { sides: sides.join(', ') }) : null]
    .filter((part) => part !== null)
    .join(' — ');
}

function clusterTitle(mark: LaneMark<ChartMeeting>): string {
  const titles = mark.meetings.map((m) => (m.approximate ? `${m.title} (${t('date.approx')})` : m.title));
  if (mark.count > mark.meetings.length) titles.push(t('chart.andMore', { count: numbers.format(mark.count - mark.meetings.length) }));
  const range = mark.from === mark.to ? formatDate(mark.from) : `${formatDate(mark.from)} – ${formatDate(mark.to)}`;
  return t('chart.clusterTitle', { meetings: tCount('count.meetings', mark.count), range, titles: titles.join('; ') });
}

function periodName(bin: ChartBin, unit: NonNullable<Chart['bars']>['unit']): string {
  switch (unit) {
    case 'week':
      return t('chart.period.week', { date: formatDate(bin.start) });
    case 'month':
      return formatMonth(bin.start.slice(0, 7));
    case 'quarter':
      return t('chart.period.quarter', { quarter: Math.floor(Number(bin.start.slice(5, 7)) / 3) + 1, year: bin.start.slice(0, 4) });
    case 'year':
      return bin.start.slice(0, 4);
  }
}

function binCount(bin: ChartBin, measure: 'articles' | 'mentions'): string {
  const total = measure === 'mentions' ? t('actor.inCoverageValue', { mentions: tCount('count.mentions', bin.value), articles: tCount('count.articles', bin.items) }) : tCount('count.articles', bin.items);
  return bin.approximateItems > 0 ? `${total}, ${tCount('count.approxDates', bin.approximateItems)}` : total;
}

function binTitle(bin: ChartBin, unit: NonNullable<Chart['bars']>['unit'], measure: 'articles' | 'mentions'): string {
  return t('chart.barTitle', { period: periodName(bin, unit), count: binCount(bin, measure), month: formatMonth(bin.first.slice(0, 7)) });
}

/** What the chart shows, in words: span, totals, what is approximate and what is left out. */
function summary(chart: Chart, measure: 'articles' | 'mentions'): string {
  const { counts } = chart;
  // "… 2026 р." already ends with a full stop.
  const parts: string[] = [t('chart.range', { from: formatDate(chart.span!.from), to: formatDate(chart.span!.to) }).replace(/\.\.$/u, '.')];
  if (chart.bars) {
    const total = measure === 'mentions' ? tCount('count.mentions', counts.value) : tCount('count.articles', counts.articles);
    const totals = counts.approximateArticles > 0 ? t('chart.barsTotal', { total, approximate: tCount('count.approxDates', counts.approximateArticles) }) : t('chart.barsExact', { total });
    parts.push(`${t(`chart.bars.${measure}.${chart.bars.unit}`)} — ${totals}`);
  }
  if (chart.lanes.length) {
    parts.push(t('chart.lanes', { meetings: tCount('count.meetings', counts.meetings) }));
    if (counts.approximateMeetings) parts.push(t('chart.lanesApprox', { approximate: tCount('count.approxDates', counts.approximateMeetings) }));
  }
  const hidden = [
    counts.undatedArticles && chart.bars ? tCount('count.undatedArticles', counts.undatedArticles) : null,
    counts.undatedMeetings ? tCount('count.undatedMeetings', counts.undatedMeetings) : null,
  ].filter((x): x is string => x !== null);
  if (hidden.length) parts.push(t('chart.notShown', { items: hidden.join(', ') }));
  return parts.join(' ');
}

/** The marks explained: shapes and fills in words, drawn as in the chart. */
function Legend({ lanes, bars }: { lanes: boolean; bars: boolean }) {
  const glyph = (children: ComponentChildren) => (
    <svg class="tl-glyph" viewBox="-9 -9 18 18" width={18} height={18} aria-hidden="true">
      {children}
    </svg>
  );
  return (
    <div class="tl-legend">
      <p class="tl-legend-title">{t('chart.legend')}</p>
      <ul>
        {lanes ? (
          <>
            {(['in-person', 'video', 'phone'] as const).map((kind) => (
              <li key={kind}>
                {glyph(<MeetingShape x={0} y={0} kind={kind} status="held" approximate={false} />)}
                {t(`kind.${kind}`)}
              </li>
            ))}
            {(['held', 'planned', 'postponed', 'cancelled'] as const).map((status) => (
              <li key={status}>
                {glyph(<MeetingShape x={0} y={0} kind="in-person" status={status} approximate={false} />)}
                {t(`status.${status}`)}
              </li>
            ))}
            <li>
              {glyph(<MeetingShape x={0} y={0} kind="in-person" status="held" approximate={true} />)}
              {t('chart.legend.approx')}
            </li>
            <li>
              {glyph(<ClusterShape x={0} y={0} count={3} />)}
              {t('chart.legend.cluster')}
            </li>
          </>
        ) : null}
        {bars ? (
          <>
            <li>
              {glyph(<rect class="tl-bar" x={-4} y={-8} width={8} height={16} />)}
              {t('chart.legend.bar')}
            </li>
            <li>
              {glyph(<rect class="tl-bar tl-bar-approx" x={-4} y={-8} width={8} height={16} />)}
              {t('chart.legend.barApprox')}
            </li>
          </>
        ) : null}
      </ul>
    </div>
  );
}

/** The bars' numbers, for reading without the picture. */
function BinTable({ chart, measure }: { chart: Chart; measure: 'articles' | 'mentions' }) {
  const href = useHref();
  const bars = chart.bars!;
  return (
    <details class="tl-table">
      <summary>{t('chart.table')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('chart.table.period')}</th>
            <th scope="col" class="num">
              {t(measure === 'mentions' ? 'actors.mentions' : 'meetings.articles')}
            </th>
            <th scope="col" class="num">
              {t('chart.table.approx')}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.bins.map((bin) => (
            <tr key={bin.start}>
              <th scope="row">
                <a href={href(`/timeline/${bin.first.slice(0, 7)}/`)}>{periodName(bin, bars.unit)}</a>
              </th>
              <td class="num">{numbers.format(measure === 'mentions' ? bin.value : bin.items)}</td>
              <td class="num">{numbers.format(measure === 'mentions' ? bin.approximateValue : bin.approximateItems)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
