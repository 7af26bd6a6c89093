/**
 * The slice of Eleventy's template API these templates use, typed, so that a renamed
 * field is a `tsc` error rather than an empty page.
 */
import type { RenderedSite } from '../../src/site/render-plan.ts';

/** `this` inside a JavaScript/TSX template's `render`. */
export interface RenderContext {
  /** Eleventy's `url` filter: adds the path prefix (`--pathprefix`). */
  url(path: string): string;
}

export interface PageInfo {
  url: string;
  outputPath: string | false;
}

/**
 * Data every page receives: the site model from `src/`, and Eleventy's `page`. A page made
 * per item of a list (`site.render.*`) reads its item and, from the rest of `site`, only
 * what src/site/page-fingerprints.ts lists for it: `npm run serve` renders a page again only
 * when those change.
 */
export interface PageData {
  site: RenderedSite;
  page: PageInfo;
}

/**
 * Front matter of the pages made once per site (home, indexes, data files, feeds): they
 * are written by the run whose plan says so (src/site/render-plan.ts), only once when a
 * large site is rendered in several runs.
 */
export const ONCE_PER_SITE = {
  pagination: { data: 'site.render.once', size: 1, alias: 'renderedOnce' },
  eleventyExcludeFromCollections: true,
} as const;
