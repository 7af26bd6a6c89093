/**
 * Web feeds (Atom and JSON Feed) of the latest articles, for the site and for each actor.
 *
 * Everything in a feed comes from the articles: entry dates are the articles' dates (an
 * approximate date too, marked as such), the feed's `updated` is its newest entry's date,
 * never the build time, so the same seeds give byte-identical feeds. Undated articles are
 * left out: a feed reader needs a date to place an entry.
 */
import { convertHtmlToAbsoluteUrls, dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { ArticlePage } from '../../src/site/model.ts';
import { settings } from '../../src/site/settings.ts';
import type { IsoDate } from '../../src/types.ts';
import { actorName, t } from './i18n.ts';

/** How many of the latest articles the site feed carries. */
export const SITE_FEED_SIZE = 50;

export const SITE_FEED_PATH = '/feed.xml';
export const SITE_JSON_FEED_PATH = '/feed.json';
export const CALENDAR_PATH = '/meetings.ics';
export const FEED_STYLESHEET_PATH = '/assets/feed.xsl';

export function actorFeedPath(actorId: string): string {
  return `/actors/${actorId}/feed.xml`;
}

/** A feed or calendar a page links to, in `<head>` and in words. */
export interface FeedLink {
  path: string;
  type: 'application/atom+xml' | 'application/feed+json' | 'text/calendar';
  /** For `<link rel="alternate" title>`: says whose feed it is. */
  title: string;
  /** The visible link text on the page. */
  label: string;
}

export function siteFeedLinks(): FeedLink[] {
  return [
    { path: SITE_FEED_PATH, type: 'application/atom+xml', title: t('feeds.siteAtom', { site: settings.title }), label: t('feeds.linkAtom') },
    { path: SITE_JSON_FEED_PATH, type: 'application/feed+json', title: t('feeds.siteJson', { site: settings.title }), label: t('feeds.linkJson') },
  ];
}

export function calendarLink(): FeedLink {
  return { path: CALENDAR_PATH, type: 'text/calendar', title: t('feeds.calendar', { site: settings.title }), label: t('feeds.linkCalendar') };
}

export function actorFeedLink(actorId: string, name: string): FeedLink {
  return { path: actorFeedPath(actorId), type: 'application/atom+xml', title: t('feeds.actorAtom', { name }), label: t('feeds.linkActor', { name }) };
}

/**
 * The feeds a page offers in words: the home page its feeds and the calendar, an actor's
 * page the actor's feed, the meetings index the calendar. Worked out from the page's path,
 * so the pages themselves need not know about feeds.
 */
export function pageFeeds(url: string | null, title: string): FeedLink[] {
  if (url === '/' || url === '/index.html') return [...siteFeedLinks(), calendarLink()];
  if (url === '/meetings/' || url === '/meetings/index.html') return [calendarLink()];
  const actor = url ? /^\/actors\/([^/]+)\/(?:index\.html)?$/u.exec(url) : null;
  if (actor) return [actorFeedLink(actor[1]!, title)];
  return [];
}

/** Articles that have a date, newest first (same date: later in the timeline first). */
export function latestDated(articles: readonly ArticlePage[], limit = Infinity): ArticlePage[] {
  return articles
    .map((article, index) => ({ article, index }))
    .filter(({ article }) => article.date !== null)
    .sort((a, b) => (a.article.date! < b.article.date! ? 1 : a.article.date! > b.article.date! ? -1 : b.index - a.index))
    .slice(0, limit)
    .map(({ article }) => article);
}

/** An ISO date as an RFC 3339 instant at midnight UTC ("2025-11-25T00:00:00Z"). */
export function feedDate(date: IsoDate): string {
  return dateToRfc3339(new Date(`${date}T00:00:00Z`));
}

/** The newest entry date, or a fixed instant for a feed with no entries (never the build time). */
export function feedUpdated(articles: readonly ArticlePage[], fallback: IsoDate | null): string {
  const newest = articles.reduce<IsoDate | null>((max, a) => (a.date && (max === null || a.date > max) ? a.date : max), null);
  return feedDate(newest ?? fallback ?? '1970-01-01');
}

/** Text escaped for XML character data and attribute values; characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

export interface FeedSpec {
  /** Absolute address of this feed. */
  selfUrl: string;
  /** Absolute address of the page the feed follows. */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** Site path of the XSL stylesheet, prefixed, for browsers that open the feed. */
  stylesheetHref: string;
  /** Site path of the site's CSS, prefixed, for the page the stylesheet makes of the feed. */
  cssHref: string;
  articles: readonly ArticlePage[];
  /** Absolute address of a site path. */
  absolute: (path: string) => string;
  /** The date to give `updated` when there is no entry (the site's newest article). */
  fallbackDate: IsoDate | null;
}

/**
 * The body of an entry: the article's text as HTML, links made absolute, after a line
 * with its outlet and (approximate) date, since feed readers show only what is in the entry.
 */
function entryHtml(article: ArticlePage, absoluteUrl: string): Promise<string> {
  // The same article is in the site's feeds and in the feed of every actor it names: made once
  // per build (the pipeline makes new article objects for every build).
  let byUrl = entryCache.get(article);
  if (!byUrl) entryCache.set(article, (byUrl = new Map()));
  let html = byUrl.get(absoluteUrl);
  if (!html) {
    const facts = [article.outlet ?? t('article.outletUnknown'), t(`lang.${article.lang}`)];
    if (article.approximate) facts.push(t('feeds.approximate'));
    // Rewriting addresses parses the whole body (0.4 ms an entry, thousands of entries in a
    // build); a body whose tags carry no attribute has no address to rewrite.
    const body = TAG_WITH_ATTRIBUTE.test(article.bodyHtml) ? convertHtmlToAbsoluteUrls(article.bodyHtml, absoluteUrl) : Promise.resolve(article.bodyHtml);
    html = body.then((body) => `<p><em>${xmlEscape(facts.join(' · '))}</em></p>\n${body}`);
    byUrl.set(absoluteUrl, html);
  }
  return html;
}

const entryCache = new WeakMap<ArticlePage, Map<string, Promise<string>>>();
const TAG_WITH_ATTRIBUTE = /<[a-z][^>]*=/iu;

/** An Atom 1.0 feed (RFC 4287) with a stylesheet that turns it into a page in a browser. */
export async function atomFeed(spec: FeedSpec): Promise<string> {
  const { absolute } = spec;
  const lines: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<?xml-stylesheet href="${xmlEscape(spec.stylesheetHref)}" type="text/xsl"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:view="${VIEW_NAMESPACE}" xml:lang="${settings.language}">`,
    `  <title>${xmlEscape(spec.title)}</title>`,
    `  <subtitle>${xmlEscape(spec.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(spec.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(spec.pageUrl)}"/>`,
    `  <id>${xmlEscape(spec.selfUrl)}</id>`,
    `  <updated>${feedUpdated(spec.articles, spec.fallbackDate)}</updated>`,
    `  <author><name>${xmlEscape(settings.title)}</name><uri>${xmlEscape(absolute('/'))}</uri></author>`,
    '  <generator>peace-timeline</generator>',
    // Words and styles for the page feed.xsl makes of this feed (feed readers ignore them).
    `  <view:css href="${xmlEscape(spec.cssHref)}"/>`,
    ...(['feeds.viewIntro', 'feeds.viewSubscribe', 'feeds.viewEntries', 'feeds.viewEmpty', 'feeds.viewBack', 'feeds.approximate'] as const).map(
      (key) => `  <view:text name="${key.slice('feeds.'.length)}">${xmlEscape(t(key))}</view:text>`,
    ),
  ];
  const actorScheme = xmlEscape(absolute('/actors/'));
  for (const article of spec.articles) {
    const url = absolute(article.url);
    lines.push(
      `  <entry xml:lang="${article.lang}">`,
      `    <title>${xmlEscape(article.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `    <id>${xmlEscape(url)}</id>`,
      `    <published>${feedDate(article.date!)}</published>`,
      `    <updated>${feedDate(article.date!)}</updated>`,
      ...(article.authors.length ? [`    <author><name>${xmlEscape(article.authors.join(', '))}</name></author>`] : []),
      ...article.actors.map((actor) => `    <category term="${xmlEscape(actor.id)}" label="${xmlEscape(actorName(actor))}" scheme="${actorScheme}"/>`),
      ...(article.approximate ? [`    <view:approximate>true</view:approximate>`] : []),
      `    <summary>${xmlEscape(article.lead)}</summary>`,
      `    <content type="html">${xmlEscape(await entryHtml(article, url))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** Namespace of the few extension elements feed.xsl reads. */
export const VIEW_NAMESPACE = 'urn:x-peace-timeline:feed-view';

/** A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export async function jsonFeed(spec: Omit<FeedSpec, 'stylesheetHref' | 'cssHref'>): Promise<string> {
  const items = [];
  for (const article of spec.articles) {
    const url = spec.absolute(article.url);
    items.push({
      id: url,
      url,
      title: article.title,
      content_html: await entryHtml(article, url),
      summary: article.lead,
      date_published: feedDate(article.date!),
      language: article.lang,
      ...(article.authors.length ? { authors: article.authors.map((name) => ({ name })) } : {}),
      tags: article.actors.map(actorName),
      // Extension (JSON Feed allows keys starting with "_"): how sure the date is.
      _peace_timeline: { date: article.date, approximate: article.approximate, outlet: article.outlet },
    });
  }
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: spec.title,
    description: spec.subtitle,
    home_page_url: spec.pageUrl,
    feed_url: spec.selfUrl,
    language: settings.language,
    authors: [{ name: settings.title, url: spec.absolute('/') }],
    items,
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
