/**
 * Which pages one Eleventy run renders. The templates paginate over a plan's lists
 * (`render.articles`, …) rather than over the site data itself, so the same templates can
 * render the whole site at once, the site in batches (a large site: Eleventy keeps every
 * page it wrote in memory until the run ends, so a run's memory grows with its pages), or
 * only the pages that changed since the last run (`npm run serve`).
 */
import type { SiteData } from './site-data.ts';

/** The lists that give one page per item, in the order batches take them. */
export const PAGE_LISTS = ['articles', 'actorPages', 'meetingPages', 'meetingIndex', 'filterPages', 'actorFeeds'] as const;
export type PageListName = (typeof PAGE_LISTS)[number];

export interface PageLists {
  articles: SiteData['articles'];
  actorPages: SiteData['actorPages'];
  meetingPages: SiteData['meetingPages'];
  meetingIndex: SiteData['meetingIndex'];
  filterPages: SiteData['filters']['pages'];
  /** One Atom feed per actor. */
  actorFeeds: SiteData['actors'];
}

/** The templates' global `site` data: the whole site, and in `render` the pages this run writes. */
export type RenderedSite = SiteData & { render: RenderPlan };

export interface RenderPlan extends PageLists {
  /**
   * `[true]` when this run renders the pages made once per site (home, indexes, data files,
   * feeds, 404, search), `[]` when not: those templates paginate over it, so an empty list
   * renders nothing.
   */
  once: true[];
}

/** Pages of the site that come one per item of a list. */
export function pageLists(site: SiteData): PageLists {
  return {
    articles: site.articles,
    actorPages: site.actorPages,
    meetingPages: site.meetingPages,
    meetingIndex: site.meetingIndex,
    filterPages: site.filters.pages,
    actorFeeds: site.actors,
  };
}

/** Every page of the site in one run. */
export function wholeSite(site: SiteData): RenderPlan {
  return { ...pageLists(site), once: [true] };
}

/**
 * The site in runs of at most `maxPages` listed pages each (the once-per-site pages come
 * with the first run). Every page is in exactly one run; the runs follow `PAGE_LISTS` and
 * each list's own order, so the same site gives the same runs.
 */
export function renderBatches(site: SiteData, maxPages: number): RenderPlan[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError(`maxPages must be a positive integer, not ${maxPages}`);
  const lists = pageLists(site);
  const batches: RenderPlan[] = [];
  let current = emptyPlan();
  let room = maxPages;
  current.once = [true];
  for (const name of PAGE_LISTS) {
    const items: readonly unknown[] = lists[name];
    let start = 0;
    while (start < items.length) {
      if (room === 0) {
        batches.push(current);
        current = emptyPlan();
        room = maxPages;
      }
      const end = Math.min(items.length, start + room);
      const target = current[name] as unknown[];
      for (let i = start; i < end; i += 1) target.push(items[i]);
      room -= end - start;
      start = end;
    }
  }
  batches.push(current);
  return batches;
}

function emptyPlan(): RenderPlan {
  return { articles: [], actorPages: [], meetingPages: [], meetingIndex: [], filterPages: [], actorFeeds: [], once: [] };
}

/** Listed pages per Eleventy run when a build renders in batches: `PEACE_TIMELINE_RENDER_BATCH`, default 10,000. */
export const DEFAULT_RENDER_BATCH = 10_000;

export function renderBatchFromEnv(env: NodeJS.ProcessEnv): number {
  const asked = Number.parseInt(env.PEACE_TIMELINE_RENDER_BATCH ?? '', 10);
  return Number.isInteger(asked) && asked >= 1 ? asked : DEFAULT_RENDER_BATCH;
}
