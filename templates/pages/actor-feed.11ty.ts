import type { ActorPage } from '../../src/site/model.ts';
import { withPrefix } from '../lib/links.ts';
import { settings } from '../../src/site/settings.ts';
import { absoluteUrls } from '../lib/absolute.ts';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { actorFeedPath, atomFeed, FEED_STYLESHEET_PATH, latestDated, SITE_FEED_SIZE } from '../lib/feeds.ts';
import { actorName, t } from '../lib/i18n.ts';

export const data = {
  pagination: { data: 'site.render.actorFeeds', size: 1, alias: 'actor' },
  permalink: (data: { actor: ActorPage }) => actorFeedPath(data.actor.id),
  eleventyExcludeFromCollections: true,
};

/**
 * `actors/<id>/feed.xml`: the latest dated articles naming one actor. Every actor has one,
 * those no article names yet too, so a reader can follow someone before they appear.
 */
export function render(this: RenderContext, { site, actor }: PageData & { actor: ActorPage }): Promise<string> {
  const absolute = absoluteUrls(withPrefix(this.url('/')));
  const ids = new Set(actor.appearances.map((appearance) => appearance.article.id));
  return atomFeed({
    selfUrl: absolute(actorFeedPath(actor.id)),
    pageUrl: absolute(actor.url),
    title: t('feeds.actorTitle', { name: actorName(actor), site: settings.title }),
    subtitle: t('feeds.actorSubtitle', { name: actorName(actor) }),
    stylesheetHref: this.url(FEED_STYLESHEET_PATH),
    cssHref: this.url('/assets/style.css'),
    articles: latestDated(site.articles.filter((article) => ids.has(article.id)), SITE_FEED_SIZE),
    absolute,
    fallbackDate: site.stats.lastDate,
  });
}
