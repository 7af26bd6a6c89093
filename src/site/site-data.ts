import { actorNameOrder } from '../assemble/actors.ts';
import type { Diagnostic, Side } from '../types.ts';
import type { ActorPage, SiteModel } from './model.ts';
import { timelineViews, type TimelineViews } from './charts.ts';
import { listPages, type ListPages } from './pages.ts';
import { DEFAULT_PAGE_SIZES, type PageSizes } from './pagination.ts';
import { settings, type InterfaceLanguage } from './settings.ts';

/** What the templates receive as the global `site` data. */
export interface SiteData extends SiteModel, TimelineViews, Omit<ListPages, 'meetingListUrls'> {
  /** How many items each kind of list page holds in this build. */
  pageSizes: PageSizes;
  /** Problems of this build, for the console. */
  diagnostics: Diagnostic[];
  stats: { articles: number; dated: number; firstDate: string | null; lastDate: string | null };
  search: {
    /** Whether article and meeting pages give their people and organisations as a search filter. */
    peopleFilter: boolean;
  };
  actorIndex: {
    /** Actors named in at least one article, by side (null: not in the knowledge base), most named first, then by name in the interface language. */
    groups: { side: Side | null; actors: ActorPage[] }[];
    /** Knowledge-base actors no article names yet, by name in the interface language. */
    unmentioned: ActorPage[];
  };
}

/**
 * Searchable pages (articles and meetings) up to which search results can be filtered by
 * person. Pagefind counts every filter value over every result at each search: with the
 * people filter, a common name took about 3 s a search in Chromium over 20,000 pages and
 * 20 s over 120,000 (without it, a quarter of that); the actor pages list every article of a
 * person anyway.
 */
export const PEOPLE_FILTER_MAX_PAGES = 20_000;

/** What search offers on a site with this many searchable pages (article and meeting pages). */
export function searchOptions(searchablePages: number): SiteData['search'] {
  return { peopleFilter: searchablePages <= PEOPLE_FILTER_MAX_PAGES };
}

const SIDES: readonly (Side | null)[] = ['ukraine', 'usa', 'europe', 'russia', 'international', null];

export function toSiteData(model: SiteModel, diagnostics: Diagnostic[], pageSizes: PageSizes = DEFAULT_PAGE_SIZES, language: InterfaceLanguage = settings.language): SiteData {
  const { meetingListUrls, ...pages } = listPages(model, pageSizes);
  const dated = model.articles.filter((a) => a.date !== null);
  const byName = actorNameOrder(language);
  const mentioned = model.actors
    .filter((a) => a.articleCount > 0)
    .sort((a, b) => b.mentionCount - a.mentionCount || byName(a, b));
  return {
    ...model,
    ...timelineViews(model, { filterPageSize: pageSizes.filter, meetingListUrls, language }),
    ...pages,
    pageSizes,
    diagnostics,
    stats: {
      articles: model.articles.length,
      dated: dated.length,
      firstDate: dated[0]?.date ?? null,
      lastDate: dated[dated.length - 1]?.date ?? null,
    },
    search: searchOptions(model.articles.length + model.meetings.length),
    actorIndex: {
      groups: SIDES.map((side) => ({ side, actors: mentioned.filter((a) => a.side === side) })).filter((g) => g.actors.length > 0),
      unmentioned: model.actors.filter((a) => a.articleCount === 0 && a.inKnowledgeBase).sort(byName),
    },
  };
}
