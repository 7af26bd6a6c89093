import { absoluteUrls } from '../lib/absolute.ts';
import type { RenderContext } from '../lib/eleventy.ts';

export const data = { permalink: '/robots.txt', eleventyExcludeFromCollections: true };

/**
 * `robots.txt`: everything may be crawled; the sitemap (written after the build, see
 * eleventy.config.ts) lists every page. Crawlers read it only at a host's root.
 */
export function render(this: RenderContext): string {
  const absolute = absoluteUrls((path) => this.url(path));
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute('/sitemap.xml')}`, ''].join('\n');
}
