import { settings } from '../../src/site/settings.ts';
import { withPrefix } from '../lib/links.ts';
import { absoluteUrls } from '../lib/absolute.ts';
import { ONCE_PER_SITE, type PageData, type RenderContext } from '../lib/eleventy.ts';
import { atomFeed, FEED_STYLESHEET_PATH, latestDated, SITE_FEED_PATH, SITE_FEED_SIZE } from '../lib/feeds.ts';

export const data = { ...ONCE_PER_SITE, permalink: SITE_FEED_PATH };

/** `feed.xml`: the latest dated articles as an Atom feed. */
export function render(this: RenderContext, { site }: PageData): Promise<string> {
  const absolute = absoluteUrls(withPrefix(this.url('/')));
  return atomFeed({
    selfUrl: absolute(SITE_FEED_PATH),
    pageUrl: absolute('/'),
    title: settings.title,
    subtitle: settings.description,
    stylesheetHref: this.url(FEED_STYLESHEET_PATH),
    cssHref: this.url('/assets/style.css'),
    articles: latestDated(site.articles, SITE_FEED_SIZE),
    absolute,
    fallbackDate: site.stats.lastDate,
  });
}
