/**
 * The slice of Eleventy's template API these templates use, typed, so that a renamed
 * field is a `tsc` error rather than an empty page.
 */
import type { SiteData } from '../../src/site/site-data.ts';

/** `this` inside a JavaScript/TSX template's `render`. */
export interface RenderContext {
  /** Eleventy's `url` filter: adds the path prefix (`--pathprefix`). */
  url(path: string): string;
}

export interface PageInfo {
  url: string;
  outputPath: string | false;
}

/** Data every page receives: the site model from `src/`, and Eleventy's `page`. */
export interface PageData {
  site: SiteData;
  page: PageInfo;
}
