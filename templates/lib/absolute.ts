/**
 * Absolute addresses for canonical links, Open Graph, feeds, the calendar and the sitemap:
 * `url` from `site.config.json` plus the path prefix (`--pathprefix`).
 *
 * `url` may be the server's root (`https://user.github.io/`) or already include the prefix
 * (`https://user.github.io/repo/`): the prefix is added once either way.
 */
import { settings } from '../../src/site/settings.ts';

/**
 * @param prefixedPath a site path with the path prefix already added ("/news/articles/x/")
 * @param prefix the path prefix ("/" or "/news/")
 */
export function absoluteUrl(prefixedPath: string, prefix: string, siteUrl: string = settings.url): string {
  const base = new URL(siteUrl);
  let root = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  const normalisedPrefix = prefix.endsWith('/') ? prefix : `${prefix}/`;
  if (normalisedPrefix !== '/' && root.endsWith(normalisedPrefix)) root = root.slice(0, -normalisedPrefix.length + 1);
  const pathPart = prefixedPath.startsWith('/') ? prefixedPath : `/${prefixedPath}`;
  return new URL(`${root.replace(/\/$/u, '')}${pathPart}`, base.origin).href;
}

/** A function from a site path ("/feed.xml") to its absolute address, given Eleventy's `url` filter. */
export function absoluteUrls(url: (path: string) => string, siteUrl: string = settings.url): (path: string) => string {
  const prefix = url('/');
  return (path) => absoluteUrl(url(path), prefix, siteUrl);
}
