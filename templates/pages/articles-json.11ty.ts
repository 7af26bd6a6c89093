import { articleJson } from '../../src/site/json.ts';
import type { PageData, RenderContext } from '../lib/eleventy.ts';

export const data = { permalink: '/data/articles.json', eleventyExcludeFromCollections: true };

/** `data/articles.json`: every article in timeline order, in the shape CONTRACT.md promises. */
export function render(this: RenderContext, { site }: PageData): string {
  const prefix = this.url('/').replace(/\/$/u, '');
  return `${JSON.stringify(site.articles.map((article) => articleJson(article, prefix)), null, 2)}\n`;
}
