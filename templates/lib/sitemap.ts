/**
 * `sitemap.xml` (https://www.sitemaps.org/protocol.html): every HTML page Eleventy wrote,
 * by absolute address, in address order. Made from the build's own list of pages, so a new
 * kind of page is in it without anyone remembering to add it.
 */
import { xmlEscape } from './feeds.ts';

export interface BuiltPage {
  /** Site path without the prefix, as Eleventy gives it ("/articles/x/"). */
  url: string | false;
  outputPath: string | false;
  content?: string;
}

/** Pages that are not places of their own: the 404 page is served for missing addresses. */
const NOT_IN_SITEMAP = new Set(['/404.html']);

export function sitemapPages(results: readonly BuiltPage[]): string[] {
  const urls = results
    .filter((r): r is BuiltPage & { url: string } => typeof r.url === 'string' && typeof r.outputPath === 'string' && r.outputPath.endsWith('.html'))
    .filter((r) => !NOT_IN_SITEMAP.has(r.url) && !/<meta name="robots" content="noindex"/u.test(r.content ?? ''))
    .map((r) => r.url);
  return [...new Set(urls)].sort();
}

export function sitemapXml(absoluteUrls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...absoluteUrls.map((url) => `  <url><loc>${xmlEscape(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
