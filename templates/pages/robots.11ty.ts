import { absoluteUrls } from '../lib/absolute.ts';
import { withPrefix } from '../lib/links.ts';
import { ONCE_PER_SITE, type RenderContext } from '../lib/eleventy.ts';

export const data = { ...ONCE_PER_SITE, permalink: '/robots.txt' };

/**
 * `robots.txt`: everything may be crawled; the sitemap (written after the build, see
 * eleventy.config.ts) lists every page. Crawlers read it only at a host's root.
 */
export function render(this: RenderContext): string {
  const absolute = absoluteUrls(withPrefix(this.url('/')));
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute('/sitemap.xml')}`, ''].join('\n');
}
