/**
 * Which listed pages changed since the last build, for `npm run serve`: a page is rendered
 * again only when its fingerprint differs. A fingerprint covers the page's item and the few
 * things outside it that its template reads (the contract in templates/lib/eleventy.ts):
 *
 * - articles and meeting pages: the names of the actors they list (alternative spellings),
 *   and whether they give them as a search filter;
 * - actor, meeting-index and filter pages: their chart (a filter page's articles, by those
 *   articles' own fingerprints);
 * - actor feeds: their articles (by those articles' own fingerprints) and, for a feed without
 *   dated entries, the site's last date.
 *
 * Each page of an actor or a meeting carries the whole actor or meeting, every article of
 * it included, besides its own slice of them. Templates read the slice and the counts, so
 * the whole lists are left out of the fingerprint (hashing them on every page of a
 * much-covered actor took a minute at 10,000 articles), and the rest of the actor or meeting
 * is hashed once, not once per page.
 *
 * `tests/site/serve.test.ts` checks the contract: after adding, changing and
 * removing articles, the pages a partial build rewrites leave the output byte-identical to a
 * full build's.
 */
import { createHash } from 'node:crypto';
import type { ActorPage, ActorRef, MeetingPage } from './model.ts';
import { PAGE_LISTS, pageLists, type PageListName, type RenderPlan } from './render-plan.ts';
import type { SiteData } from './site-data.ts';

/** By list and page address: the fingerprint of what the page shows. */
export type PageFingerprints = Map<string, string>;

export interface PartialPlan {
  plan: RenderPlan;
  fingerprints: PageFingerprints;
  /** Listed pages to render, and listed pages in all. */
  changed: number;
  total: number;
  /** Addresses of the previous build's listed pages that this site no longer has. */
  gone: string[];
}

/**
 * The pages of `site` whose fingerprint is not in `previous` (every page when there is no
 * previous build), with the once-per-site pages, which depend on everything.
 */
export function changedPages(site: SiteData, previous: PageFingerprints | null): PartialPlan {
  const fingerprints = pageFingerprints(site);
  const lists = pageLists(site);
  const plan: RenderPlan = { articles: [], actorPages: [], meetingPages: [], meetingIndex: [], filterPages: [], actorFeeds: [], once: [true] };
  let changed = 0;
  let total = 0;
  for (const name of PAGE_LISTS) {
    const items: readonly unknown[] = lists[name];
    const target = plan[name] as unknown[];
    for (const item of items) {
      total += 1;
      const key = keyOf(name, item);
      if (previous?.get(key) === fingerprints.get(key)) continue;
      target.push(item);
      changed += 1;
    }
  }
  const gone: string[] = [];
  for (const key of previous?.keys() ?? []) {
    if (fingerprints.has(key)) continue;
    const [list, url] = splitKey(key);
    if (list !== 'actorFeeds') gone.push(url);
  }
  return { plan, fingerprints, changed, total, gone };
}

function pageFingerprints(site: SiteData): PageFingerprints {
  const actorsById = new Map(site.actors.map((actor) => [actor.id, actor]));
  const namesOf = (refs: readonly ActorRef[]) => refs.map((ref) => namesPart(actorsById.get(ref.id)));
  const out: PageFingerprints = new Map();
  const articleHashes = new Map<string, string>();
  for (const article of site.articles) {
    const hash = digest(article, [namesOf(article.actors), site.search]);
    articleHashes.set(article.id, hash);
    out.set(keyOf('articles', article), hash);
  }
  // The whole lists of an actor or a meeting are left out: pages show their own slices, and counts.
  const meetingDigests = new Map<MeetingPage, string>();
  const meetingPart = (meeting: MeetingPage) =>
    once(meetingDigests, meeting, ({ coverage, ...rest }) => digest(rest, [coverage.length, namesOf(meeting.participants)]));
  const actorDigests = new Map<ActorPage, string>();
  const actorPart = (actor: ActorPage) =>
    once(actorDigests, actor, ({ appearances, meetings, ...rest }) => digest(rest, [appearances.length, meetings.length, site.charts.actors[actor.id] ?? null]));
  for (const page of site.meetingPages) out.set(keyOf('meetingPages', page), digest({ ...page, meeting: meetingPart(page.meeting) }, site.search));
  for (const page of site.actorPages) out.set(keyOf('actorPages', page), digest({ ...page, actor: actorPart(page.actor) }, null));
  for (const page of site.meetingIndex) {
    const meetings = { ...page.meetings, items: page.meetings.items.map(meetingPart) };
    out.set(keyOf('meetingIndex', page), digest({ ...page, meetings }, site.charts.meetings));
  }
  // A filter page lists whole articles: each stands in by its own fingerprint (hashing the
  // articles again, bodies and all, on each of their pages took a second at 10,000 articles).
  for (const page of site.filters.pages) {
    const sections = page.sections.map((section) => ({ month: section.month, articles: section.articles.map((article) => articleHashes.get(article.id) ?? null) }));
    out.set(keyOf('filterPages', page), digest({ ...page, sections }, site.charts.filters[page.filter.url] ?? null));
  }
  for (const actor of site.actors) {
    const articles = actor.appearances.map((appearance) => articleHashes.get(appearance.article.id) ?? null);
    // A feed is dated by its newest entry; only a feed without dated entries takes the site's last date.
    const dated = actor.appearances.some((appearance) => appearance.article.date !== null);
    out.set(keyOf('actorFeeds', actor), digest(actorPart(actor), [articles, dated ? null : site.stats.lastDate]));
  }
  return out;
}

function once<T>(memo: Map<T, string>, value: T, hash: (value: T) => string): string {
  let hashed = memo.get(value);
  if (hashed === undefined) memo.set(value, (hashed = hash(value)));
  return hashed;
}

function keyOf(list: PageListName, item: unknown): string {
  const page = item as { url?: unknown; id?: unknown };
  // Actor feeds are addressed by the actor; every other listed page has its own address.
  return `${list} ${String(list === 'actorFeeds' ? page.id : page.url)}`;
}

function splitKey(key: string): [string, string] {
  const space = key.indexOf(' ');
  return [key.slice(0, space), key.slice(space + 1)];
}

function namesPart(actor: ActorPage | undefined): unknown {
  return actor ? [actor.id, actor.name, actor.names, actor.displayNames] : null;
}

function digest(item: unknown, outside: unknown): string {
  return createHash('sha1').update(JSON.stringify(item)).update('\0').update(JSON.stringify(outside) ?? 'null').digest('base64url');
}
