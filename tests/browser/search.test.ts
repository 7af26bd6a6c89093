/**
 * Search in a real browser (headless Chromium through playwright-core), with the site's
 * Content-Security-Policy in force: Pagefind's default interface starts from files alone,
 * finds Ukrainian and Russian articles for a name in either spelling, breaks no rule of the
 * policy, and without JavaScript the page says so and points elsewhere.
 * A screenshot of the results goes to tests/.output/screenshots/ for a person to look at.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR, tempFolder } from '../helpers.ts';
import { readOutput, runBuild } from '../site/build-helpers.ts';
import { seedSite } from '../site/seed-site.ts';
import { DESKTOP, launchChromium, SCREENSHOT_DIR } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Reports every Content-Security-Policy violation on the console, where the test reads it. */
const REPORT_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));`;

let site: string;
let server: StaticServer;
let browser: Browser;
let langOf: Map<string, string>;

beforeAll(async () => {
  site = await seedSite();
  [server, browser] = await Promise.all([serveStatic(site), launchChromium()]);
  const articles = JSON.parse(readOutput(site, 'data/articles.json')) as { url: string; lang: string }[];
  langOf = new Map(articles.map((a) => [a.url, a.lang]));
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** A page with the site's CSP enforced (no bypass), collecting errors and violations. */
async function openPage(javaScriptEnabled = true): Promise<{ page: Page; problems: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled, reducedMotion: 'reduce' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  await page.addInitScript({ content: REPORT_VIOLATIONS });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; the site has none (not a search matter).
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
  });
  return { page, problems, close: () => context.close() };
}

/** Types a search, waits for its results, loads them all, and returns their addresses. */
async function search(page: Page, term: string): Promise<string[]> {
  const input = page.locator('.pagefind-ui__search-input');
  await input.fill(term);
  // "Searching for …" first, then "8 results for …" once the results are counted.
  const message = page.locator('.pagefind-ui__message', { hasText: new RegExp(`^(\\d+ results?|No results) for ${term}$`, 'u') });
  await message.waitFor();
  const total = Number(/^\d+/u.exec((await message.textContent()) ?? '')?.[0] ?? 0);
  const more = page.locator('.pagefind-ui__button', { hasText: /more|більше/iu });
  while (await more.isVisible()) {
    const before = await page.locator('.pagefind-ui__result').count();
    await more.click();
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 45_000 }).toBeGreaterThan(before);
  }
  // Each result is a placeholder until its own fragment has loaded; only then has it a link.
  // (Polled from here: a string for waitForFunction is evaluated in the page, which its CSP forbids.)
  await expect.poll(() => page.locator('.pagefind-ui__result-link').count(), { timeout: 45_000 }).toBe(total);
  return Promise.all((await page.locator('.pagefind-ui__result-link').all()).map(async (link) => (await link.getAttribute('href')) ?? ''));
}

describe('search in the browser', () => {
  it('finds Ukrainian and Russian articles for "Умєров" and "Умеров", within the Content-Security-Policy', async () => {
    const { page, problems, close } = await openPage();
    try {
      await page.goto(`${server.origin}/search/`);
      await page.locator('.pagefind-ui__search-input').waitFor();
      for (const term of ['Умєров', 'Умеров']) {
        const urls = await search(page, term);
        const langs = new Set(urls.map((url) => langOf.get(url)).filter(Boolean));
        expect(langs, `${term}: ${urls.join(' ')}`).toEqual(new Set(['uk', 'ru']));
        // Each result shows a title, a snippet with the word marked, and (for articles) a date.
        const first = page.locator('.pagefind-ui__result').first();
        await expect(first.locator('.pagefind-ui__result-title').textContent()).resolves.toMatch(/\S/u);
        await expect(first.locator('.pagefind-ui__result-excerpt mark').count()).resolves.toBeGreaterThan(0);
        await expect(first.locator('.pagefind-ui__result-tag', { hasText: 'Date' }).count()).resolves.toBe(1);
      }
      // Geneva in the seeds is Ukrainian; the Russian form of the name finds it too.
      for (const term of ['Женева', 'Женеве']) expect((await search(page, term)).length, term).toBeGreaterThan(0);
      // The filters are there: language, actors, kind of page.
      const filters = await page.locator('.pagefind-ui__filter-name').allTextContents();
      expect(filters.map((f) => f.trim())).toEqual(expect.arrayContaining(['Language', 'People and organisations', 'Page']));
      await search(page, 'Умеров');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'search-results-desktop-light.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('searches an index written in parts as one index: the same results, no failed request', async () => {
    // The seeds' ~40 searchable pages, 7 a part: several parts, as a site of 100,000 articles has.
    const split = tempFolder();
    const run = runBuild({ seedsDir: SEEDS_DIR, outputDir: split, env: { PEACE_TIMELINE_SEARCH_PART: '7' } });
    expect(run.status, run.stderr).toBe(0);
    const { parts } = JSON.parse(readOutput(split, 'pagefind/parts.json')) as { parts: string[] };
    const pageCount = (root: string, bundle: string) => (JSON.parse(readOutput(root, `${bundle}pagefind-entry.json`)) as { languages: { ru: { page_count: number } } }).languages.ru.page_count;
    const counts = ['pagefind/', ...parts.map((part) => `pagefind/${part}`)].map((bundle) => pageCount(split, bundle));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const count of counts) expect(count).toBeLessThanOrEqual(7);
    expect(counts.reduce((a, b) => a + b)).toBe(pageCount(site, 'pagefind/'));

    const splitServer = await serveStatic(split);
    const whole = await openPage();
    const inParts = await openPage();
    try {
      // Loading several indexes takes longer on a busy machine (the whole test suite runs at once).
      for (const { page } of [whole, inParts]) page.setDefaultTimeout(45_000);
      await whole.page.goto(`${server.origin}/search/`);
      await inParts.page.goto(`${splitServer.origin}/search/`);
      for (const term of ['Умєров', 'Женеве', 'Witkoff']) {
        const expected = await search(whole.page, term);
        const found = await search(inParts.page, term);
        expect(expected.length, term).toBeGreaterThan(0);
        expect([...found].sort(), term).toEqual([...expected].sort());
      }
      expect(inParts.problems).toEqual([]);
    } finally {
      await Promise.all([whole.close(), inParts.close(), splitServer.close()]);
    }
  }, 240_000);

  it('says plainly without JavaScript that search needs it, and links to the timeline, meetings and people', async () => {
    const { page, close } = await openPage(false);
    try {
      await page.goto(`${server.origin}/search/`);
      const fallback = page.locator('.search-fallback').first();
      await expect(fallback.isVisible()).resolves.toBe(true);
      await expect(fallback.textContent()).resolves.toMatch(/Search needs JavaScript/u);
      const hrefs = await Promise.all((await fallback.locator('a').all()).map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(['/', '/meetings/', '/actors/']);
      await expect(page.locator('#search-unavailable').isVisible()).resolves.toBe(false);
    } finally {
      await close();
    }
  });
});
