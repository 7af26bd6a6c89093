/**
 * The site's long lists as pages of bounded size, computed once per build: the home page's
 * latest articles, each actor's articles and meetings, the meetings index and each meeting's
 * coverage. Eleventy paginates these lists with `size: 1` (one output page per entry), so a
 * template renders one page's slice and never scans the whole model: no page grows with
 * the number of articles.
 */
import type { ActorAppearance, ActorPage, ArticleSummary, MeetingCoverageItem, MeetingPage, MeetingRef, SiteModel, TimelineMonth } from './model.ts';
import { pageCountOf, paginate, pager, sliceOf, subpageUrl, type ListSlice, type Pager, type PageSizes } from './pagination.ts';

/** Where the home page's list stops: what is shown, and what is elsewhere. */
export interface HomeView {
  /** The most recent dated articles, by month in timeline order (the oldest month maybe in part). */
  months: TimelineMonth[];
  /** Dated articles shown, and dated articles in all. */
  shown: number;
  dated: number;
  /** The oldest month shown when some of its articles are not (they are on its month page). */
  partialMonth: string | null;
  /** Undated articles listed on the home page: all of them when everything fits, else none. */
  undated: ArticleSummary[];
}

/** One page of an actor: page 1 has the whole header; every page a slice of both lists. */
export interface ActorListPage {
  actor: ActorPage;
  url: string;
  number: number;
  pageCount: number;
  appearances: ListSlice<ActorAppearance>;
  meetings: ListSlice<MeetingRef>;
  pager: Pager;
}

/** One page of a meeting: page 1 has the facts; every page a slice of the coverage. */
export interface MeetingCoveragePage {
  meeting: MeetingPage;
  /** The status changes shown: the first and the latest, when there are too many for one page. */
  statusHistory: Abridged<MeetingPage['statusHistory'][number]>;
  url: string;
  number: number;
  pageCount: number;
  coverage: ListSlice<MeetingCoverageItem>;
  pager: Pager;
}

/** One page of the meetings index. */
export interface MeetingIndexPage {
  url: string;
  number: number;
  pageCount: number;
  meetings: ListSlice<MeetingPage>;
  pager: Pager;
}

export interface ListPages {
  home: HomeView;
  actorPages: ActorListPage[];
  meetingPages: MeetingCoveragePage[];
  meetingIndex: MeetingIndexPage[];
  /** By meeting id: its row in the meetings index (`/meetings/page/3/#meeting-<id>`). */
  meetingListUrls: Map<string, string>;
}

export const MEETINGS_INDEX_URL = '/meetings/';

export function listPages(model: Pick<SiteModel, 'timeline' | 'actors' | 'meetings'>, sizes: PageSizes): ListPages {
  const meetingIndex = paginate(model.meetings, sizes.meetings, subpageUrl(MEETINGS_INDEX_URL)).map(
    (p): MeetingIndexPage => ({ url: p.url, number: p.number, pageCount: p.pageCount, meetings: p.list, pager: p.pager }),
  );
  const meetingListUrls = new Map<string, string>();
  for (const page of meetingIndex) for (const meeting of page.meetings.items) meetingListUrls.set(meeting.id, `${page.url}#meeting-${meeting.id}`);
  return {
    home: homeView(model.timeline, sizes.home),
    actorPages: model.actors.flatMap((actor) => actorPages(actor, sizes.actor)),
    meetingPages: model.meetings.flatMap((meeting) => meetingPages(meeting, sizes.coverage)),
    meetingIndex,
    meetingListUrls,
  };
}

/** The latest `size` dated articles; undated ones too when the whole timeline fits. */
export function homeView(timeline: SiteModel['timeline'], size: number): HomeView {
  const dated = timeline.months.reduce((n, m) => n + m.articles.length, 0);
  const months: TimelineMonth[] = [];
  let left = size;
  for (let i = timeline.months.length - 1; i >= 0 && left > 0; i--) {
    const month = timeline.months[i]!;
    const articles = month.articles.length <= left ? month.articles : month.articles.slice(month.articles.length - left);
    months.unshift(articles === month.articles ? month : { key: month.key, articles });
    left -= articles.length;
  }
  const shown = Math.min(dated, size);
  const oldest = months[0];
  const partialMonth = oldest && oldest.articles.length < timeline.months[timeline.months.length - months.length]!.articles.length ? oldest.key : null;
  const undated = dated + timeline.undated.length <= size ? timeline.undated : [];
  return { months, shown, dated, partialMonth, undated };
}

export function actorPages(actor: ActorPage, size: number): ActorListPage[] {
  const pageCount = Math.max(pageCountOf(actor.appearances.length, size), pageCountOf(actor.meetings.length, size));
  const urlOf = subpageUrl(actor.url);
  const pages: ActorListPage[] = [];
  for (let number = 1; number <= pageCount; number++) {
    pages.push({
      actor,
      url: urlOf(number),
      number,
      pageCount,
      appearances: sliceOf(actor.appearances, size, number),
      meetings: sliceOf(actor.meetings, size, number),
      pager: pager(urlOf, number, pageCount),
    });
  }
  return pages;
}

export function meetingPages(meeting: MeetingPage, size: number): MeetingCoveragePage[] {
  const statusHistory = abridge(meeting.statusHistory, STATUS_CHANGES_SHOWN);
  return paginate(meeting.coverage, size, subpageUrl(meeting.url)).map((p) => ({ meeting, statusHistory, url: p.url, number: p.number, pageCount: p.pageCount, coverage: p.list, pager: p.pager }));
}

/** A list cut in the middle: its first items, how many are left out, and its last items. */
export interface Abridged<T> {
  first: T[];
  omitted: number;
  last: T[];
}

/**
 * Status changes a meeting page lists: reports that flip between planned and held could
 * otherwise make the page grow with the coverage (700 changes for a much-covered summit in a
 * 100,000-article corpus); `data/meetings.json` keeps them all.
 */
export const STATUS_CHANGES_SHOWN = { first: 2, last: 8 };

export function abridge<T>(items: readonly T[], keep: { first: number; last: number }): Abridged<T> {
  if (items.length <= keep.first + keep.last + 1) return { first: [...items], omitted: 0, last: [] };
  return { first: items.slice(0, keep.first), omitted: items.length - keep.first - keep.last, last: items.slice(items.length - keep.last) };
}
