/**
 * Splitting a long list into numbered pages, and the pager that links them: shared by the
 * timeline's filter pages, the actor and meeting pages and the meetings index, so that no
 * page grows with the number of articles. Pure functions over arrays: the page lists are
 * computed once per build (src/site/pages.ts, src/site/filters.ts) and Eleventy makes one
 * output page per entry.
 */

/** Page links on either side of the current one in a pager. */
export const PAGER_RADIUS = 2;

/** A link in a pager; null in `items` stands for a gap ("…"). */
export interface PagerItem {
  number: number;
  url: string;
  current: boolean;
}

export interface Pager {
  previous: string | null;
  next: string | null;
  /** Empty when there is only one page. */
  items: (PagerItem | null)[];
}

/** Where one page's slice of a list sits in the whole list. */
export interface ListSlice<T> {
  items: T[];
  /** 1-based positions of the first and last item on this page (`to < from` when empty). */
  from: number;
  to: number;
  total: number;
}

/** The address of page `number` of a paginated page: the first page has no number. */
export type PageUrl = (number: number) => string;

/** `/actors/x/`, `/actors/x/page/2/`, …: for pages whose address has sub-pages of its own. */
export function subpageUrl(base: string): PageUrl {
  return (number) => (number === 1 ? base : `${base}page/${number}/`);
}

/** `/timeline/lang/uk/`, `/timeline/lang/uk/2/`, …: the filter pages' scheme. */
export function numberedUrl(base: string): PageUrl {
  return (number) => (number === 1 ? base : `${base}${number}/`);
}

/** How many pages `total` items fill at `pageSize` a page (at least one: an empty list has a page). */
export function pageCountOf(total: number, pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a positive whole number (got ${pageSize})`);
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page `number`'s (1-based) slice of `items`; empty past the end. */
export function sliceOf<T>(items: readonly T[], pageSize: number, number: number): ListSlice<T> {
  const start = (number - 1) * pageSize;
  const slice = items.slice(start, start + pageSize);
  return { items: slice, from: start + 1, to: start + slice.length, total: items.length };
}

/** Previous, next, the first and last pages and a window around the current one. */
export function pager(urlOf: PageUrl, current: number, pageCount: number): Pager {
  const items: (PagerItem | null)[] = [];
  if (pageCount > 1) {
    const shown = new Set([1, pageCount]);
    for (let n = current - PAGER_RADIUS; n <= current + PAGER_RADIUS; n++) if (n >= 1 && n <= pageCount) shown.add(n);
    let previous = 0;
    for (const n of [...shown].sort((a, b) => a - b)) {
      if (n - previous > 1) items.push(null);
      items.push({ number: n, url: urlOf(n), current: n === current });
      previous = n;
    }
  }
  return {
    previous: current > 1 ? urlOf(current - 1) : null,
    next: current < pageCount ? urlOf(current + 1) : null,
    items,
  };
}

/** A list as pages: each page's number, address, slice and pager. */
export interface ListPage<T> {
  url: string;
  number: number;
  pageCount: number;
  list: ListSlice<T>;
  pager: Pager;
}

export function paginate<T>(items: readonly T[], pageSize: number, urlOf: PageUrl): ListPage<T>[] {
  const pageCount = pageCountOf(items.length, pageSize);
  const pages: ListPage<T>[] = [];
  for (let number = 1; number <= pageCount; number++) {
    pages.push({ url: urlOf(number), number, pageCount, list: sliceOf(items, pageSize, number), pager: pager(urlOf, number, pageCount) });
  }
  return pages;
}

/** How many items each kind of list page holds. */
export interface PageSizes {
  /** Articles on a filter page (`/timeline/…`). */
  filter: number;
  /** Dated articles on the home page (the most recent). */
  home: number;
  /** Articles, and meetings, on each page of an actor. */
  actor: number;
  /** Meetings on each page of the meetings index. */
  meetings: number;
  /** Covering articles on each page of a meeting. */
  coverage: number;
}

/**
 * Chosen so that no page passes 200 KB of HTML: an article entry on the timeline weighs about
 * 1.6 KB, an actor's article with its sentences about 1.7 KB, a row of the meetings index
 * 0.4 KB, and the charts on the first pages (bounded in size themselves) up to 105 KB.
 */
export const DEFAULT_PAGE_SIZES: Readonly<PageSizes> = { filter: 80, home: 40, actor: 40, meetings: 200, coverage: 100 };

/**
 * The page sizes of this build: the defaults, or every size set to `PEACE_TIMELINE_PAGE_SIZE`
 * (for trying pagination out on a small corpus; tests use it).
 */
export function pageSizesFromEnv(env: NodeJS.ProcessEnv = process.env): PageSizes {
  const raw = env.PEACE_TIMELINE_PAGE_SIZE;
  if (raw === undefined || raw === '') return { ...DEFAULT_PAGE_SIZES };
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`PEACE_TIMELINE_PAGE_SIZE must be a positive whole number (got "${raw}")`);
  return { filter: size, home: size, actor: size, meetings: size, coverage: size };
}
