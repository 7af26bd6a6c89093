import { statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readOutput } from './build-helpers.ts';
import { seedSite } from './seed-site.ts';

/** A page's HTML plus the stylesheets it links, uncompressed (scripts are not counted). */
const BUDGET_BYTES = 100_000;

/** The site paths of the stylesheets a page links (`<link rel="stylesheet" href>`). */
function stylesheetsOf(html: string, pageFile: string): string[] {
  const pageUrl = new URL(`/${pageFile.replace(/index\.html$/u, '')}`, 'http://site.invalid');
  return [...html.matchAll(/<link\b[^>]*>/giu)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel=["']?[^"'>]*\bstylesheet\b/iu.test(tag))
    .map((tag) => /\bhref=["']?([^"'\s>]+)/iu.exec(tag)?.[1] ?? '')
    .map((href) => decodeURIComponent(new URL(href, pageUrl).pathname));
}

describe('page weight of the seed build', () => {
  let site: string;
  let weights: { page: string; html: number; css: number; total: number }[];

  beforeAll(async () => {
    site = await seedSite();
    weights = listFiles(site)
      .filter((file) => file.endsWith('.html'))
      .map((page) => {
        const html = readOutput(site, page);
        const css = stylesheetsOf(html, page).reduce((sum, sheet) => sum + statSync(path.join(site, sheet)).size, 0);
        const size = Buffer.byteLength(html);
        return { page, html: size, css, total: size + css };
      });
  });

  it('counts every page with the stylesheet it links', () => {
    expect(weights.length).toBeGreaterThan(50);
    const home = weights.find((w) => w.page === 'index.html');
    expect(home?.css).toBe(statSync(path.join(site, 'assets', 'style.css')).size);
  });

  // Paginated lists (the timeline, its filter pages, the indexes) would be the first to grow
  // with more articles; at the seed size they are held to the same budget as every page.
  it(`keeps every page, lists included, within ${BUDGET_BYTES / 1000} KB of HTML and CSS`, () => {
    const over = weights.filter((w) => w.total > BUDGET_BYTES).map((w) => `${w.page}: ${w.total} bytes (HTML ${w.html} + CSS ${w.css})`);
    expect(over).toEqual([]);
  });
});
