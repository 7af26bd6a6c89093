/**
 * The timeline views every page needs, computed once per build: the charts (home page, meetings
 * index, each actor page, each language and outlet filter) and the filter pages. Templates look
 * a chart up by key and draw it; they never scan the articles themselves.
 */
import type { IsoDate, Side } from '../types.ts';
import { timelineFilters, type TimelineFilters } from './filters.ts';
import type { ActorPage, ArticleSummary, MeetingPage, SiteModel } from './model.ts';
import { settings, type InterfaceLanguage } from './settings.ts';
import { LANE_ORDER, layoutTimelineChart, type ChartMeetingInput, type LaneKey, type TimelineChartModel } from './timeline-chart.ts';

/** A meeting as the chart links and describes it. */
export interface ChartMeeting extends ChartMeetingInput {
  id: string;
  url: string;
  title: string;
  endDate: IsoDate | null;
  /** Its row in the meetings index (on whichever page of the index it is). */
  listUrl: string;
}

export type TimelineChart = TimelineChartModel<ChartMeeting>;

export interface SiteCharts {
  /** Every article per week and every meeting, by side. */
  home: TimelineChart;
  /** Meetings only. */
  meetings: TimelineChart;
  /** By actor id: the actor's meetings and their mentions per week. */
  actors: Record<string, TimelineChart>;
  /** By a language or outlet filter's address: its articles per week. */
  filters: Record<string, TimelineChart>;
}

export interface TimelineViews {
  charts: SiteCharts;
  filters: TimelineFilters;
}

export interface TimelineViewOptions {
  locale?: string;
  /** The interface language: the filter bar's people named as often are ordered by their name in it. */
  language?: InterfaceLanguage;
  filterPageSize?: number;
  /** By meeting id: its row in the meetings index; `/meetings/#meeting-<id>` when not given. */
  meetingListUrls?: ReadonlyMap<string, string>;
}

export function timelineViews(model: SiteModel, options: TimelineViewOptions = {}): TimelineViews {
  const { locale = settings.locale, language = settings.language, filterPageSize, meetingListUrls } = options;
  const filters = timelineFilters(model, filterPageSize, language);
  const sideOf = new Map<string, Side | null>(model.actors.map((a) => [a.id, a.side]));
  const listUrl = (id: string) => meetingListUrls?.get(id) ?? `/meetings/#meeting-${id}`;
  const chartMeetings = new Map<string, ChartMeeting>(model.meetings.map((m) => [m.id, chartMeeting(m, sideOf, listUrl(m.id))]));
  const allMeetings = [...chartMeetings.values()];
  const articles = timelineArticles(model);

  const actors: Record<string, TimelineChart> = {};
  for (const actor of model.actors) {
    const meetings = actor.meetings.map((m) => chartMeetings.get(m.id)).filter((m): m is ChartMeeting => m !== undefined);
    actors[actor.id] = layoutTimelineChart(actorMentions(actor), meetings, { locale });
  }

  // Filter charts from the filter pages: each filter's articles are its pages' sections, in order.
  const byFilter = new Map<string, ArticleSummary[]>();
  for (const page of filters.pages) {
    if (page.filter.kind === 'month' || page.filter.kind === 'undated') continue;
    const list = byFilter.get(page.filter.url) ?? [];
    for (const section of page.sections) for (const article of section.articles) list.push(article);
    byFilter.set(page.filter.url, list);
  }
  const filterCharts: Record<string, TimelineChart> = {};
  for (const [url, list] of byFilter) filterCharts[url] = layoutTimelineChart<ChartMeeting>(list, [], { locale });

  return {
    charts: {
      home: layoutTimelineChart(articles, allMeetings, { locale }),
      meetings: layoutTimelineChart([], allMeetings, { locale, bars: false }),
      actors,
      filters: filterCharts,
    },
    filters,
  };
}

function timelineArticles(model: Pick<SiteModel, 'timeline'>): ArticleSummary[] {
  const out: ArticleSummary[] = [];
  for (const month of model.timeline.months) for (const article of month.articles) out.push(article);
  for (const article of model.timeline.undated) out.push(article);
  return out;
}

/** An actor's articles, each weighing as many mentions as it has. */
function actorMentions(actor: ActorPage): { date: IsoDate | null; approximate: boolean; weight: number }[] {
  return actor.appearances.map((a) => ({ date: a.article.date, approximate: a.article.dateSource === 'text', weight: Math.max(1, a.mentions.length) }));
}

/** The meeting with its lanes: its participants' sides, in lane order. */
function chartMeeting(meeting: MeetingPage, sideOf: ReadonlyMap<string, Side | null>, listUrl: string): ChartMeeting {
  const sides = new Set<LaneKey>();
  for (const p of meeting.participants) {
    const side = sideOf.get(p.id);
    if (side) sides.add(side);
  }
  return {
    id: meeting.id,
    url: meeting.url,
    // The title in the interface's language.
    title: meeting.titles[settings.language],
    date: meeting.date,
    endDate: meeting.endDate,
    listUrl,
    approximate: meeting.approximate,
    kind: meeting.kind,
    status: meeting.status,
    lanes: sides.size ? LANE_ORDER.filter((l) => sides.has(l)) : ['other'],
  };
}
