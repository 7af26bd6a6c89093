import { articleJson } from '../../src/site/json.ts';
import { ONCE_PER_SITE, type PageData, type RenderContext } from '../lib/eleventy.ts';

export const data = { ...ONCE_PER_SITE, permalink: '/data/articles.json' };

/** `data/articles.json`: every article in timeline order, in the shape CONTRACT.md promises. */
export function render(this: RenderContext, { site }: PageData): string {
  const prefix = this.url('/').replace(/\/$/u, '');
  return `${JSON.stringify(site.articles.map((article) => articleJson(article, prefix)), null, 2)}\n`;
}
