/**
 * The timeline's filters as static pages with shareable addresses: by language
 * (`/timeline/lang/uk/`), by outlet (`/timeline/outlet/<slug>/`) and by month
 * (`/timeline/2025-11/`). Computed once from the site model, in one pass over the articles;
 * Eleventy paginates `pages` (one output page per entry), so each page carries only its own
 * slice (at most `FILTER_PAGE_SIZE` articles) and a pager of bounded size: no page grows
 * with the number of articles.
 */
import { actorNameOrder } from '../assemble/actors.ts';
import { compareStrings } from '../diagnostics.ts';
import { slugify } from '../text/transliterate.ts';
import type { Lang } from '../types.ts';
import type { ActorRef, ArticleSummary, SiteModel } from './model.ts';
import { DEFAULT_PAGE_SIZES, numberedUrl, paginate, type Pager } from './pagination.ts';
import type { InterfaceLanguage } from './settings.ts';

export const FILTER_PAGE_SIZE = DEFAULT_PAGE_SIZES.filter;
/** Outlets and months shown in the home page's filter bar; the rest are on `/timeline/`. */
export const BAR_OUTLETS = 10;
export const BAR_MONTHS = 24;
export const BAR_ACTORS = 8;
export type FilterKind = 'lang' | 'outlet' | 'month' | 'undated';

export interface TimelineFilter {
  kind: FilterKind;
  /** `uk`/`ru`; the outlet's slug (`unknown` for articles with no outlet); `YYYY-MM`; `undated`. */
  key: string;
  /** The outlet as written; null for languages, months and the unknown outlet. */
  name: string | null;
  /** Address of the first page. */
  url: string;
  count: number;
  /** How many of the articles have approximate dates. */
  approximate: number;
}

export interface FilterSection {
  /** `YYYY-MM`; null for undated articles. */
  month: string | null;
  articles: ArticleSummary[];
}

export interface FilterPage {
  filter: TimelineFilter;
  url: string;
  /** 1-based page number, and how many pages the filter has. */
  number: number;
  pageCount: number;
  /** 1-based positions of the first and last article on this page. */
  from: number;
  to: number;
  sections: FilterSection[];
  pager: Pager;
  /** The months before and after (month filters only). */
  siblings: { previous: TimelineFilter | null; next: TimelineFilter | null };
}

export interface FilterBarActor extends ActorRef {
  url: string;
  mentions: number;
}

export interface TimelineFilters {
  languages: TimelineFilter[];
  /** Most articles first, then by name; the unknown outlet last. */
  outlets: TimelineFilter[];
  /** Chronological. */
  months: TimelineFilter[];
  /** Articles with no date at all (`/timeline/undated/`); null when every article has one. */
  undated: TimelineFilter | null;
  /** `months` grouped by year, for the overview page. */
  years: { year: string; months: TimelineFilter[] }[];
  /** Every output page of every filter. */
  pages: FilterPage[];
  /** What the home page's filter bar shows: a bounded selection. */
  bar: {
    outlets: TimelineFilter[];
    moreOutlets: number;
    years: { year: string; months: TimelineFilter[] }[];
    moreMonths: number;
    actors: FilterBarActor[];
    meetings: number;
    undated: number;
  };
}

const LANGS: readonly Lang[] = ['uk', 'ru'];
export const UNKNOWN_OUTLET = 'unknown';

interface Group {
  filter: TimelineFilter;
  articles: ArticleSummary[];
}

/** Every filter and every page, from the model's timeline (in timeline order). */
export function timelineFilters(model: Pick<SiteModel, 'timeline' | 'actors' | 'meetings'>, pageSize = FILTER_PAGE_SIZE, language: InterfaceLanguage = 'en'): TimelineFilters {
  const ordered: ArticleSummary[] = [];
  for (const month of model.timeline.months) for (const article of month.articles) ordered.push(article);
  for (const article of model.timeline.undated) ordered.push(article);

  const byLang = new Map<Lang, ArticleSummary[]>();
  const byOutlet = new Map<string | null, ArticleSummary[]>();
  const byMonth = new Map<string, ArticleSummary[]>();
  const push = <K>(map: Map<K, ArticleSummary[]>, key: K, article: ArticleSummary) => {
    const list = map.get(key);
    if (list) list.push(article);
    else map.set(key, [article]);
  };
  for (const article of ordered) {
    push(byLang, article.lang, article);
    push(byOutlet, article.outlet, article);
    if (article.date !== null) push(byMonth, article.date.slice(0, 7), article);
  }

  const group = (kind: FilterKind, key: string, name: string | null, url: string, articles: ArticleSummary[]): Group => ({
    filter: { kind, key, name, url, count: articles.length, approximate: articles.filter((a) => a.approximate).length },
    articles,
  });

  const languages = LANGS.filter((lang) => byLang.has(lang)).map((lang) => group('lang', lang, null, `/timeline/lang/${lang}/`, byLang.get(lang)!));

  // Outlets: slugs made unique in a fixed order (by name), so an address does not depend on counts.
  const named = [...byOutlet.entries()].filter((e): e is [string, ArticleSummary[]] => e[0] !== null).sort((a, b) => compareStrings(a[0], b[0]));
  const taken = new Set<string>([UNKNOWN_OUTLET]);
  const outletGroups = named.map(([name, articles]) => {
    const slug = uniqueSlug(outletSlug(name, articles), taken);
    return group('outlet', slug, name, `/timeline/outlet/${slug}/`, articles);
  });
  outletGroups.sort((a, b) => b.filter.count - a.filter.count || compareStrings(a.filter.name!, b.filter.name!));
  const unknown = byOutlet.get(null);
  if (unknown) outletGroups.push(group('outlet', UNKNOWN_OUTLET, null, `/timeline/outlet/${UNKNOWN_OUTLET}/`, unknown));

  const monthGroups = [...byMonth.entries()].map(([key, articles]) => group('month', key, null, `/timeline/${key}/`, articles));
  const undatedGroup = model.timeline.undated.length ? group('undated', 'undated', null, '/timeline/undated/', [...model.timeline.undated]) : null;

  const pages: FilterPage[] = [];
  for (const g of [...languages, ...outletGroups]) pages.push(...filterPages(g, pageSize, { previous: null, next: null }));
  monthGroups.forEach((g, i) => pages.push(...filterPages(g, pageSize, { previous: monthGroups[i - 1]?.filter ?? null, next: monthGroups[i + 1]?.filter ?? null })));
  if (undatedGroup) pages.push(...filterPages(undatedGroup, pageSize, { previous: null, next: null }));

  const months = monthGroups.map((g) => g.filter);
  const barOutlets = outletGroups.slice(0, BAR_OUTLETS).map((g) => g.filter);
  const byName = actorNameOrder(language);
  const actors = model.actors
    .filter((a) => a.articleCount > 0)
    .sort((a, b) => b.mentionCount - a.mentionCount || byName(a, b))
    .slice(0, BAR_ACTORS)
    .map((a): FilterBarActor => ({ id: a.id, name: a.name, displayNames: a.displayNames, type: a.type, url: a.url, mentions: a.mentionCount }));
  return {
    languages: languages.map((g) => g.filter),
    outlets: outletGroups.map((g) => g.filter),
    months,
    undated: undatedGroup?.filter ?? null,
    years: byYear(months),
    pages,
    bar: {
      outlets: barOutlets,
      moreOutlets: outletGroups.length - barOutlets.length,
      years: byYear(months.slice(-BAR_MONTHS)),
      moreMonths: Math.max(0, months.length - BAR_MONTHS),
      actors,
      meetings: model.meetings.length,
      undated: model.timeline.undated.length,
    },
  };
}

function byYear(months: readonly TimelineFilter[]): { year: string; months: TimelineFilter[] }[] {
  const years: { year: string; months: TimelineFilter[] }[] = [];
  for (const month of months) {
    const year = month.key.slice(0, 4);
    const last = years[years.length - 1];
    if (last?.year === year) last.months.push(month);
    else years.push({ year, months: [month] });
  }
  return years;
}

/** The slug of an outlet's name, transliterated as the language most of its articles are in. */
function outletSlug(name: string, articles: readonly ArticleSummary[]): string {
  const ru = articles.filter((a) => a.lang === 'ru').length;
  const slug = slugify(name, ru * 2 > articles.length ? 'ru' : 'uk');
  return slug === '' ? 'outlet' : slug;
}

function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

function filterPages(group: Group, pageSize: number, siblings: FilterPage['siblings']): FilterPage[] {
  return paginate(group.articles, pageSize, numberedUrl(group.filter.url)).map(({ url, number, pageCount, list, pager }) => ({
    filter: group.filter,
    url,
    number,
    pageCount,
    from: list.from,
    to: list.to,
    sections: sections(list.items),
    pager,
    siblings,
  }));
}

/** Consecutive articles of the same month together (the slice is in timeline order). */
function sections(articles: readonly ArticleSummary[]): FilterSection[] {
  const out: FilterSection[] = [];
  for (const article of articles) {
    const month = article.date === null ? null : article.date.slice(0, 7);
    const last = out[out.length - 1];
    if (last && last.month === month) last.articles.push(article);
    else out.push({ month, articles: [article] });
  }
  return out;
}
