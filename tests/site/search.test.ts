/**
 * Search: the Pagefind index written after Eleventy (one index for Ukrainian and Russian,
 * only article and meeting pages, with filters and metadata), a real search through
 * Pagefind's own `pagefind.js` run in Node, and the search page itself.
 *
 * Built from the seeds plus two held-out articles about the Geneva talks (one Ukrainian,
 * one Russian), under a path prefix, so the index's addresses must carry it.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, SEEDS_DIR, tempFolder } from '../helpers.ts';
import { listFiles, readOutput, runBuild } from './build-helpers.ts';

const PREFIX = '/news/';
const EXTRA_ARTICLES = ['ru-12-geneva-round.txt', 'uk-01-geneva-talks.txt'];

interface ArticleJson {
  id: string;
  url: string;
  lang: 'uk' | 'ru';
  title: string;
  date: string | null;
  actors: { id: string; name: string }[];
}

/** One page's record in the index, as Pagefind stores it (gzip, after a signature). */
interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** The part of Pagefind's browser API (`pagefind.js`) these tests use. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<Fragment> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy?(): Promise<void>;
}

const SIGNATURE = 'pagefind_dcd';

function decode(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  expect(raw.subarray(0, SIGNATURE.length).toString()).toBe(SIGNATURE);
  return raw.subarray(SIGNATURE.length);
}

/** A plain static server for the built folder: Pagefind fetches its index over HTTP. */
async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = path.join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => response.writeHead(200).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('search', () => {
  let root: string;
  let output: string;
  let articles: ArticleJson[];
  let fragments: Fragment[];
  let server: Server;
  let pagefind: PagefindApi;

  beforeAll(async () => {
    const seeds = tempFolder();
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    for (const name of EXTRA_ARTICLES) cpSync(path.join(FIXTURES_DIR, 'generalisation', name), path.join(seeds, name));
    root = tempFolder();
    output = path.join(root, 'news');
    const run = runBuild({ seedsDir: seeds, outputDir: output, pathPrefix: PREFIX });
    expect(run.status, run.stderr).toBe(0);
    articles = JSON.parse(readOutput(output, 'data/articles.json')) as ArticleJson[];
    const fragmentDir = path.join(output, 'pagefind', 'fragment');
    fragments = readdirSync(fragmentDir).map((name) => JSON.parse(decode(path.join(fragmentDir, name)).toString('utf8')) as Fragment);

    const served = await serve(root);
    server = served.server;
    // Pagefind's own browser module, run in Node: it fetches the index from the server.
    pagefind = (await import(/* @vite-ignore */ pathToFileURL(path.join(output, 'pagefind', 'pagefind.js')).href)) as PagefindApi;
    await pagefind.options({ basePath: `${served.origin}${PREFIX}pagefind/`, baseUrl: '/' });
    await pagefind.init();
  });

  afterAll(async () => {
    await pagefind?.destroy?.();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** The addresses and languages of what a search finds (every result, not a first page). */
  async function find(term: string, filters?: Record<string, string>): Promise<{ url: string; lang: string | undefined }[]> {
    const { results } = await pagefind.search(term, filters ? { filters } : {});
    const found = await Promise.all(results.map((result) => result.data()));
    return found.map((fragment) => ({ url: fragment.url, lang: articles.find((a) => fragment.url === a.url)?.lang }));
  }

  it('writes one index for Ukrainian and Russian together', () => {
    const entry = JSON.parse(readOutput(output, 'pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['ru']);
    expect(new Set(articles.map((a) => a.lang))).toEqual(new Set(['uk', 'ru']));
    const files = listFiles(path.join(output, 'pagefind'));
    for (const file of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'wasm.ru.pagefind']) expect(files).toContain(file);
    expect(files.some((f) => f.startsWith('index/'))).toBe(true);
    expect(files.some((f) => f.startsWith('filter/'))).toBe(true);
  });

  it('indexes article and meeting pages only, once each, at their addresses under the path prefix', () => {
    const meetings = JSON.parse(readOutput(output, 'data/meetings.json')) as { id: string }[];
    const urls = fragments.map((f) => f.url).sort();
    expect(urls).toEqual([...articles.map((a) => a.url), ...meetings.map((m) => `${PREFIX}meetings/${m.id}/`)].sort());
    for (const url of urls) expect(url).toMatch(/^\/news\/(articles|meetings)\/[^/]+\/$/u);
    const entry = JSON.parse(readOutput(output, 'pagefind/pagefind-entry.json')) as { languages: { ru: { page_count: number } } };
    expect(entry.languages.ru.page_count).toBe(urls.length);
  });

  it('gives each article its title, date and outlet to show, and language, actors and kind of page to filter by', () => {
    for (const article of articles) {
      const fragment = fragments.find((f) => f.url === article.url)!;
      expect(fragment.meta.title).toBe(article.title);
      if (article.date) expect(fragment.meta.Date).toMatch(/\d{4}$/u);
      expect(fragment.filters.Language).toEqual([article.lang === 'uk' ? 'Ukrainian' : 'Russian']);
      expect(fragment.filters.Page).toEqual(['Article']);
      expect([...(fragment.filters['People and organisations'] ?? [])].sort()).toEqual(article.actors.map((a) => a.name).sort());
      // The text is the article's: not the navigation, not the list of lines left out.
      expect(fragment.content).not.toContain('Skip to content');
      expect(fragment.content).not.toContain('Lines left out');
    }
    for (const fragment of fragments.filter((f) => f.url.includes('/meetings/'))) expect(fragment.filters.Page).toEqual(['Meeting']);
    const filterFiles = readdirSync(path.join(output, 'pagefind', 'filter')).map((name) => decode(path.join(output, 'pagefind', 'filter', name)).toString('utf8'));
    for (const key of ['Language', 'People and organisations', 'Page']) expect(filterFiles.some((text) => text.includes(key)), key).toBe(true);
  });

  it('finds Ukrainian and Russian articles for a name in either spelling', async () => {
    for (const term of ['Умєров', 'Умеров', 'Umerov']) {
      const langs = new Set((await find(term)).map((r) => r.lang));
      expect(langs, term).toEqual(new Set(['uk', 'ru', undefined])); // undefined: meeting pages
    }
  });

  it('finds Ukrainian and Russian articles for a place in its shared forms', async () => {
    for (const term of ['Женева', 'Женеве', 'Женеву', 'Женев']) {
      const langs = new Set((await find(term)).map((r) => r.lang).filter(Boolean));
      expect(langs, term).toEqual(new Set(['uk', 'ru']));
    }
    // A Ukrainian ending with a letter Russian lacks finds the Ukrainian articles only (README: search).
    expect(new Set((await find('Женеві')).map((r) => r.lang).filter(Boolean))).toEqual(new Set(['uk']));
  });

  it('filters by language and by actor', async () => {
    const russian = await find('Умєров', { Language: 'Russian' });
    expect(russian.length).toBeGreaterThan(0);
    expect(russian.every((r) => r.lang === 'ru')).toBe(true);
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['Language', 'Page', 'People and organisations']);
    expect(filters['People and organisations']!['Rustem Umerov']).toBeGreaterThan(0);
    const withRubio = await find('Женева', { 'People and organisations': 'Marco Rubio' });
    for (const result of withRubio) expect(articles.find((a) => a.url === result.url)?.actors.some((a) => a.name === 'Marco Rubio') ?? true).toBe(true);
  });

  it('has a search page that loads Pagefind from files (no inline script) and says what to do without JavaScript', () => {
    const html = readOutput(output, 'search/index.html');
    expect(html).toContain('<link rel="stylesheet" href="/news/pagefind/pagefind-ui.css"/>');
    expect(html).toContain('<script src="/news/pagefind/pagefind-ui.js" defer></script>');
    expect(html).toContain('<script src="/news/assets/search.js" defer></script>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/u);
    expect(html).toContain('data-bundle-path="/news/pagefind/"');
    const noscript = /<noscript>([^]*?)<\/noscript>/u.exec(html)?.[1] ?? '';
    expect(noscript).toMatch(/Search needs JavaScript/u);
    for (const href of ['/news/', '/news/meetings/', '/news/actors/']) expect(noscript).toContain(`href="${href}"`);
    expect(readOutput(output, 'assets/search.js')).toContain('PagefindUI');
    // Search is in the navigation of every page.
    expect(readOutput(output, 'index.html')).toMatch(/<nav aria-label="Site">[^]*href="\/news\/search\/"[^]*<\/nav>/u);
  });
});
