import { settings } from '../../src/site/settings.ts';
import { withPrefix } from '../lib/links.ts';
import { absoluteUrls } from '../lib/absolute.ts';
import { ONCE_PER_SITE, type PageData, type RenderContext } from '../lib/eleventy.ts';
import { jsonFeed, latestDated, SITE_JSON_FEED_PATH, SITE_FEED_SIZE } from '../lib/feeds.ts';

export const data = { ...ONCE_PER_SITE, permalink: SITE_JSON_FEED_PATH };

/** `feed.json`: the same articles as `feed.xml`, as a JSON Feed 1.1. */
export function render(this: RenderContext, { site }: PageData): Promise<string> {
  const absolute = absoluteUrls(withPrefix(this.url('/')));
  return jsonFeed({
    selfUrl: absolute(SITE_JSON_FEED_PATH),
    pageUrl: absolute('/'),
    title: settings.title,
    subtitle: settings.description,
    articles: latestDated(site.articles, SITE_FEED_SIZE),
    absolute,
    fallbackDate: site.stats.lastDate,
  });
}
