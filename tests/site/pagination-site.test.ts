import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { PROJECT_ROOT, tempFolder } from '../helpers.ts';
import { brokenLinks, listFiles, runBuild, type BuildRun } from './build-helpers.ts';

/**
 * A site from a generated corpus big enough that every long list is paginated: 600 articles
 * at 10 items a page (`PEACE_TIMELINE_PAGE_SIZE`), built under `/news/` so the link check
 * covers the path prefix too.
 */
const ARTICLES = 600;
const PAGE_SIZE = 10;
/** Bytes of HTML any one page may have here (the requirement: under 200 KB at 100,000 articles). */
const PAGE_BYTES = 200_000;
const PREFIX = '/news/';

interface ActorJson {
  id: string;
  articles: string[];
}
interface MeetingJson {
  id: string;
  articles: string[];
}

describe(`a site from ${ARTICLES} generated articles, ${PAGE_SIZE} to a page`, () => {
  let root: string;
  let site: string;
  let run: BuildRun;
  let pages: string[];
  let actors: ActorJson[];
  let meetings: MeetingJson[];
  const html = (file: string) => readFileSync(path.join(site, file), 'utf8');
  /** The site paths a page links to (prefix removed), in order. */
  const links = (file: string) => [...html(file).matchAll(/<a\b[^>]*\bhref="([^"#]*)(?:#[^"]*)?"/gu)].map((m) => `/${m[1]!.slice(PREFIX.length)}`);
  /** The article addresses a list page lists (its entry titles). */
  const listed = (file: string) => [...html(file).matchAll(/<h3 class="entry-title"[^>]*><a href="([^"]+)"/gu)].map((m) => `/${m[1]!.slice(PREFIX.length)}`);
  const pagesOf = (base: string) => pages.filter((p) => p === `${base}index.html` || new RegExp(`^${base}page/\\d+/index\\.html$`, 'u').test(p));

  beforeAll(() => {
    const corpus = tempFolder();
    generateCorpus({ n: ARTICLES, out: corpus, seed: 7 });
    // Articles with no date anywhere (the generator dates nearly all): enough for two pages.
    const letters = 'абвгґдеєжзиіїйклмнопрстуфхцчшщ';
    for (let i = 0; i < PAGE_SIZE + 5; i++) {
      const word = `${letters[i % letters.length]}${letters[(i * 7 + 3) % letters.length]}${letters[(i * 11 + 5) % letters.length]}`;
      writeFileSync(path.join(corpus, `undated-${String(i).padStart(2, '0')}.txt`), `Зустріч делегацій без дати: «${word}»\n\nТекст статті «${word}», у якому немає жодної дати, лише слово ${word}.\n`);
    }
    root = tempFolder();
    site = path.join(root, 'news');
    run = runBuild({ seedsDir: corpus, outputDir: site, pathPrefix: PREFIX, env: { PEACE_TIMELINE_PAGE_SIZE: String(PAGE_SIZE), PEACE_TIMELINE_CACHE: 'off' } });
    if (run.status !== 0) throw new Error(`build failed:\n${run.stderr}`);
    pages = listFiles(site).filter((f) => f.endsWith('.html'));
    actors = JSON.parse(html('data/actors.json')) as ActorJson[];
    meetings = JSON.parse(html('data/meetings.json')) as MeetingJson[];
  }, 600_000);

  it(`keeps every HTML page under ${PAGE_BYTES / 1000} KB`, () => {
    const over = pages.map((p) => [p, statSync(path.join(site, p)).size] as const).filter(([, size]) => size > PAGE_BYTES);
    expect(over).toEqual([]);
  });

  it('lists only the latest articles on the home page, with the way to the rest', () => {
    const home = html('index.html');
    expect(listed('index.html')).toHaveLength(PAGE_SIZE);
    expect(home.includes('id="latest"'), 'id="latest"').toBe(true);
    expect(links('index.html')).toEqual(expect.arrayContaining(['/timeline/', '/timeline/undated/']));
  });

  it('makes undated articles reachable on their own filter pages', () => {
    const articles = JSON.parse(html('data/articles.json')) as { url: string; date: string | null }[];
    const undated = articles.filter((a) => a.date === null).map((a) => `/${a.url.slice(PREFIX.length)}`);
    expect(undated.length).toBeGreaterThan(0);
    const undatedPages = pages.filter((p) => p.startsWith('timeline/undated/'));
    expect(undatedPages).toEqual(['timeline/undated/2/index.html', 'timeline/undated/index.html']);
    expect(undatedPages.flatMap(listed).sort()).toEqual(undated.sort());
    expect(links('timeline/index.html')).toContain('/timeline/undated/');
  });

  it('splits actor pages, each list page bounded, the pages together listing every article once', () => {
    const paginated = actors.filter((a) => a.articles.length > PAGE_SIZE);
    expect(paginated.length).toBeGreaterThan(3);
    for (const actor of paginated) {
      const base = `actors/${actor.id}/`;
      const own = pagesOf(base);
      // As many pages as the longer of its two lists (articles, meetings) needs.
      expect(own.length).toBeGreaterThanOrEqual(Math.ceil(actor.articles.length / PAGE_SIZE));
      for (const page of own) expect(listed(page).length).toBeLessThanOrEqual(PAGE_SIZE);
      expect(own.flatMap(listed).sort()).toEqual(actor.articles.map((id) => `/articles/${id}/`).sort());
    }
    const actor = paginated[0]!;
    const second = `actors/${actor.id}/page/2/index.html`;
    const page2 = html(second);
    expect(page2.includes(`<link rel="canonical" href="https://example.org/news/actors/${actor.id}/page/2/"/>`), `<link rel="canonical" href="https://example.org/news/actors/${actor.id}/page/2/"/>`).toBe(true);
    expect(/<a rel="prev" href="\/news\/actors\/[^/]+\/">/u.test(page2), 'rel=prev to page 1').toBe(true);
    expect(links(second)).toContain(`/actors/${actor.id}/`);
    expect(page2.includes('data-pagefind-body'), 'data-pagefind-body').toBe(false);
    expect(page2.includes('class="tl-chart'), 'class="tl-chart').toBe(false); // the chart is on page 1 only
    expect(html(`actors/${actor.id}/index.html`).includes(`<a rel="next" href="/news/actors/${actor.id}/page/2/">`), `<a rel="next" href="/news/actors/${actor.id}/page/2/">`).toBe(true);
    expect(html('sitemap.xml').includes(`https://example.org/news/actors/${actor.id}/page/2/`)).toBe(true);
  });

  it('splits the meetings index, the chart on page 1 only, every meeting once', () => {
    const index = pagesOf('meetings/');
    expect(index).toHaveLength(Math.ceil(meetings.length / PAGE_SIZE));
    expect(index.length).toBeGreaterThan(1);
    const rows = index.flatMap((p) => [...html(p).matchAll(/<tr id="meeting-([^"]+)"/gu)].map((m) => m[1]!));
    expect(rows.sort()).toEqual(meetings.map((m) => m.id).sort());
    expect(html('meetings/index.html').includes('class="tl-chart"'), 'class="tl-chart"').toBe(true);
    expect(html('meetings/page/2/index.html').includes('class="tl-chart"'), 'class="tl-chart"').toBe(false);
    expect(links('meetings/page/2/index.html')).toContain('/meetings/');
  });

  it('splits a long meeting coverage, search indexing page 1 only', () => {
    const covered = meetings.filter((m) => m.articles.length > PAGE_SIZE);
    expect(covered.length).toBeGreaterThan(0);
    for (const meeting of covered) {
      const own = pagesOf(`meetings/${meeting.id}/`);
      expect(own).toHaveLength(Math.ceil(meeting.articles.length / PAGE_SIZE));
      for (const page of own) expect(listed(page).length).toBeLessThanOrEqual(PAGE_SIZE);
      expect(own.flatMap(listed).sort()).toEqual(meeting.articles.map((id) => `/articles/${id}/`).sort());
      expect(html(own[0]!).includes('data-pagefind-body'), 'data-pagefind-body').toBe(true);
      for (const later of own.slice(1)) {
        expect(html(later).includes('data-pagefind-body'), 'data-pagefind-body').toBe(false);
        expect(links(later)).toContain(`/meetings/${meeting.id}/`);
      }
    }
  });

  it('writes valid HTML on every kind of paginated page', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(createRequire(import.meta.url)(path.join(PROJECT_ROOT, '.htmlvalidate.cjs')) as ConfigData));
    const actor = actors.find((a) => a.articles.length > PAGE_SIZE)!;
    const meeting = meetings.find((m) => m.articles.length > PAGE_SIZE)!;
    const sample = ['index.html', 'timeline/index.html', 'timeline/undated/index.html', 'timeline/undated/2/index.html', 'meetings/index.html', 'meetings/page/2/index.html', `actors/${actor.id}/index.html`, `actors/${actor.id}/page/2/index.html`, `meetings/${meeting.id}/index.html`, `meetings/${meeting.id}/page/2/index.html`];
    const found: string[] = [];
    for (const page of sample) {
      const report = await validator.validateFile(path.join(site, page));
      for (const result of report.results) for (const m of result.messages) found.push(`${page}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
    }
    expect(found).toEqual([]);
  });

  it('keeps every link working under the path prefix', async () => {
    expect(await brokenLinks(root, `${PREFIX}index.html`)).toEqual([]);
  }, 300_000);
});
