/**
 * Feeds (Atom, JSON Feed, a feed per actor), the meetings calendar, the sitemap, robots.txt,
 * the 404 page and the meta every page carries (canonical address, Open Graph, CSP), on the
 * seed build, under a path prefix, and with hostile titles.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../templates/lib/absolute.ts';
import { calendar, escapeText, foldLine, type CalendarEvent } from '../../templates/lib/ical.ts';
import { KNOWLEDGE_DIR, SEEDS_DIR, tempFolder } from '../helpers.ts';
import { brokenLinks, listFiles, readOutput, runBuild } from './build-helpers.ts';
import { seedSite } from './seed-site.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const SITE_URL = 'https://example.org/';

// ---------------------------------------------------------------------------------------
// A strict XML reader (saxes: XML 1.0 well-formedness and namespaces) into a small tree.

interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

interface XmlDocument {
  root: XmlElement;
  instructions: { target: string; body: string }[];
}

function parseXml(text: string): XmlDocument {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  const instructions: XmlDocument['instructions'] = [];
  let root: XmlElement | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('processinginstruction', ({ target, body }) => instructions.push({ target, body }));
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    stack[stack.length - 1]?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (value) => {
    const top = stack[stack.length - 1];
    if (top) top.text += value;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return { root, instructions };
}

const child = (element: XmlElement, name: string, uri = ATOM) => element.children.find((c) => c.name === name && c.uri === uri);
const children = (element: XmlElement, name: string, uri = ATOM) => element.children.filter((c) => c.name === name && c.uri === uri);

// ---------------------------------------------------------------------------------------

interface ArticleJson {
  id: string;
  url: string;
  date: string | null;
  dateSource: string;
  lang: string;
  title: string;
}
interface ActorJson {
  id: string;
  articles: string[];
}
interface MeetingJson {
  id: string;
  title: string;
  date: string | null;
  endDate?: string | null;
  status: string;
}

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: { id: string; url: string; title: string; content_html: string; date_published: string; language: string }[];
}

/** Dated articles, newest first, as a feed lists them. */
function expectedFeedOrder(articles: ArticleJson[]): ArticleJson[] {
  return articles
    .map((article, index) => ({ article, index }))
    .filter(({ article }) => article.date !== null)
    .sort((a, b) => b.article.date!.localeCompare(a.article.date!) || b.index - a.index)
    .map(({ article }) => article);
}

/** The content lines of an iCalendar file, unfolded. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/gu, '').split('\r\n').filter(Boolean);
}

function checkIcsFraming(ics: string): void {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u); // no bare CR or LF
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
}

function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

describe('feeds, calendar and meta on the seed build', () => {
  let site: string;
  let articles: ArticleJson[];
  let actors: ActorJson[];
  let meetings: MeetingJson[];

  beforeAll(async () => {
    site = await seedSite();
    articles = JSON.parse(readOutput(site, 'data/articles.json')) as ArticleJson[];
    actors = JSON.parse(readOutput(site, 'data/actors.json')) as ActorJson[];
    meetings = JSON.parse(readOutput(site, 'data/meetings.json')) as MeetingJson[];
  });

  it('writes feed.xml: well-formed Atom, dated articles newest first, dated by the articles themselves', () => {
    const { root, instructions } = parseXml(readOutput(site, 'feed.xml'));
    expect(root).toMatchObject({ name: 'feed', uri: ATOM });
    expect(instructions).toContainEqual({ target: 'xml-stylesheet', body: 'href="/assets/feed.xsl" type="text/xsl"' });
    const expected = expectedFeedOrder(articles);
    expect(expected.length).toBeGreaterThan(0);
    const entries = children(root, 'entry');
    expect(entries.map((e) => child(e, 'id')!.text)).toEqual(expected.map((a) => `${SITE_URL}${a.url.slice(1)}`));
    entries.forEach((entry, index) => {
      const article = expected[index]!;
      expect(child(entry, 'title')!.text).toBe(article.title);
      expect(child(entry, 'updated')!.text).toBe(`${article.date}T00:00:00Z`);
      expect(child(entry, 'published')!.text).toBe(`${article.date}T00:00:00Z`);
      expect(entry.attributes['xml:lang']).toBe(article.lang);
      expect(child(entry, 'link')!.attributes.href).toBe(`${SITE_URL}${article.url.slice(1)}`);
      expect(child(entry, 'content')!.attributes.type).toBe('html');
    });
    // The approximate date (inferred from the text) is in the feed, and marked.
    const approximate = expected.findIndex((a) => a.dateSource === 'text');
    expect(approximate).toBeGreaterThanOrEqual(0);
    expect(child(entries[approximate]!, 'approximate', 'urn:x-peace-timeline:feed-view')?.text).toBe('true');
    // Nothing in the feed depends on when it was built: `updated` is the newest article's date.
    expect(child(root, 'updated')!.text).toBe(`${expected[0]!.date}T00:00:00Z`);
    expect(children(root, 'link').map((l) => l.attributes)).toEqual(
      expect.arrayContaining([
        { rel: 'self', type: 'application/atom+xml', href: `${SITE_URL}feed.xml` },
        { rel: 'alternate', type: 'text/html', href: SITE_URL },
      ]),
    );
    expect(child(child(root, 'author')!, 'name')!.text.length).toBeGreaterThan(0);
  });

  it('writes feed.json: a JSON Feed 1.1 with the same entries', () => {
    const feed = JSON.parse(readOutput(site, 'feed.json')) as JsonFeed;
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', home_page_url: SITE_URL, feed_url: `${SITE_URL}feed.json` });
    expect(typeof feed.title).toBe('string');
    const expected = expectedFeedOrder(articles);
    expect(feed.items.map((item) => item.url)).toEqual(expected.map((a) => `${SITE_URL}${a.url.slice(1)}`));
    for (const item of feed.items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'url', 'title', 'content_html', 'date_published', 'language']));
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/u);
      expect(item.id).toBe(item.url);
    }
  });

  it('serves feed.xsl, which turns a feed into a page using only the feed and the site stylesheet', () => {
    const xsl = parseXml(readOutput(site, 'assets/feed.xsl')).root;
    expect(xsl).toMatchObject({ name: 'stylesheet', uri: 'http://www.w3.org/1999/XSL/Transform' });
    expect(readOutput(site, 'assets/feed.xsl')).not.toMatch(/<script|style=/u);
    const feed = parseXml(readOutput(site, 'feed.xml')).root;
    const texts = children(feed, 'text', 'urn:x-peace-timeline:feed-view').map((t) => t.attributes.name);
    for (const [, name] of readOutput(site, 'assets/feed.xsl').matchAll(/view:text\[@name='(\w+)'\]/gu)) expect(texts).toContain(name);
    expect(child(feed, 'css', 'urn:x-peace-timeline:feed-view')!.attributes.href).toBe('/assets/style.css');
  });

  it('writes an Atom feed for every actor, with the dated articles that name them', () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const actor of actors) {
      const { root } = parseXml(readOutput(site, `actors/${actor.id}/feed.xml`));
      const expected = expectedFeedOrder(actor.articles.map((id) => byId.get(id)!).sort((a, b) => articles.indexOf(a) - articles.indexOf(b)));
      expect(children(root, 'entry').map((e) => child(e, 'id')!.text), actor.id).toEqual(expected.map((a) => `${SITE_URL}${a.url.slice(1)}`));
      expect(child(root, 'updated')!.text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/u);
    }
    const umerov = parseXml(readOutput(site, 'actors/rustem-umerov/feed.xml')).root;
    expect(children(umerov, 'entry').length).toBeGreaterThan(0);
  });

  it('writes meetings.ics: held and planned meetings with a date, as all-day events a calendar app can read', () => {
    const ics = readFileSync(path.join(site, 'meetings.ics'), 'utf8');
    checkIcsFraming(ics);
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    const expected = meetings.filter((m) => m.date && (m.status === 'held' || m.status === 'planned'));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(meetings.length + 1);
    const parsed = events(ics);
    expect(parsed.map((e) => e.getFirstPropertyValue('uid'))).toEqual(expected.map((m) => `${m.id}@example.org`));
    parsed.forEach((event, index) => {
      const meeting = expected[index]!;
      expect(event.getFirstPropertyValue('summary')).toBe(meeting.title);
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(start.toString()).toBe(meeting.date);
      expect(event.getFirstPropertyValue('url')).toBe(`${SITE_URL}meetings/${meeting.id}/`);
      expect(String(event.getFirstPropertyValue('dtstamp'))).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/u);
      expect(['CONFIRMED', 'TENTATIVE']).toContain(event.getFirstPropertyValue('status'));
    });
    expect(new Set(parsed.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(parsed.length);
  });

  it('writes sitemap.xml with every HTML page by absolute address, and robots.txt pointing to it', () => {
    const { root } = parseXml(readOutput(site, 'sitemap.xml'));
    expect(root).toMatchObject({ name: 'urlset', uri: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
    const locs = root.children.map((url) => child(url, 'loc', 'http://www.sitemaps.org/schemas/sitemap/0.9')!.text);
    const pages = listFiles(site)
      .filter((file) => file.endsWith('.html') && file !== '404.html')
      .map((file) => `${SITE_URL}${file.replace(/(^|\/)index\.html$/u, '$1')}`);
    expect([...locs].sort()).toEqual([...pages].sort());
    expect(locs).not.toContain(`${SITE_URL}404.html`);
    expect(readOutput(site, 'robots.txt')).toMatch(/^User-agent: \*$/mu);
    expect(readOutput(site, 'robots.txt')).toContain(`Sitemap: ${SITE_URL}sitemap.xml`);
  });

  it('gives every page a canonical address, Open Graph and Twitter meta, and a CSP that forbids inline scripts', () => {
    for (const file of listFiles(site).filter((f) => f.endsWith('.html'))) {
      const html = readOutput(site, file);
      const url = `${SITE_URL}${file.replace(/(^|\/)index\.html$/u, '$1')}`;
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim().split(/\s+/u)).map(([name, ...values]) => [name, values]));
      expect(directives['script-src'], file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(directives['style-src'], file).toEqual(["'self'"]);
      expect(directives['object-src'], file).toEqual(["'none'"]);
      expect(directives['base-uri'], file).toEqual(["'none'"]);
      // What the policy forbids must not be there: no inline script, handler or style.
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/u);
      expect(html, file).not.toMatch(/\son[a-z]+="/u);
      expect(html, file).not.toMatch(/<style[\s>]|\sstyle="/u);
      if (file === '404.html') {
        expect(html).toContain('<meta name="robots" content="noindex"/>');
        expect(html).not.toContain('rel="canonical"');
        continue;
      }
      expect(html, file).toContain(`<link rel="canonical" href="${url}"/>`);
      expect(html, file).toContain(`<meta property="og:url" content="${url}"/>`);
      for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale']) expect(html, `${file} ${property}`).toMatch(new RegExp(`<meta property="${property}" content="[^"]+"/>`, 'u'));
      for (const name of ['twitter:card', 'twitter:title', 'twitter:description']) expect(html, `${file} ${name}`).toMatch(new RegExp(`<meta name="${name}" content="[^"]+"/>`, 'u'));
    }
    const article = articles.find((a) => a.dateSource !== 'text' && a.date)!;
    const html = readOutput(site, `${article.url.slice(1)}index.html`);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain(`<meta property="article:published_time" content="${article.date}"/>`);
  });

  it('links the feeds and the calendar from the home, actor and meetings pages, in <head> and in words', () => {
    const home = readOutput(site, 'index.html');
    expect(home).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/feed.xml"/u);
    expect(home).toMatch(/<link rel="alternate" type="application\/feed\+json" href="\/feed.json"/u);
    expect(home).toMatch(/<link rel="alternate" type="text\/calendar" href="\/meetings.ics"/u);
    expect(home).toMatch(/<a href="\/feed.xml"[^>]*>[^<]+<\/a>/u);
    expect(home).toMatch(/<a href="\/meetings.ics"[^>]*>[^<]+<\/a>/u);
    const actor = readOutput(site, 'actors/rustem-umerov/index.html');
    expect(actor).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/actors\/rustem-umerov\/feed.xml" title="Rustem Umerov[^"]*"/u);
    expect(actor).toMatch(/<a href="\/actors\/rustem-umerov\/feed.xml"[^>]*>[^<]*Rustem Umerov[^<]*<\/a>/u);
    const meetingsPage = readOutput(site, 'meetings/index.html');
    expect(meetingsPage).toMatch(/<link rel="alternate" type="text\/calendar" href="\/meetings.ics"/u);
    expect(meetingsPage).toMatch(/<a href="\/meetings.ics"[^>]*>[^<]+<\/a>/u);
  });
});

describe('under a path prefix', () => {
  let root: string;
  let output: string;

  beforeAll(() => {
    root = tempFolder();
    output = path.join(root, 'news');
    const run = runBuild({ seedsDir: SEEDS_DIR, outputDir: output, pathPrefix: '/news/', env: { SITE_URL: 'https://example.org/' } });
    expect(run.status, run.stderr).toBe(0);
  });

  it('uses absolute addresses with the prefix in feeds, calendar, sitemap, robots.txt and canonical links', () => {
    const feed = parseXml(readOutput(output, 'feed.xml'));
    expect(feed.instructions).toContainEqual({ target: 'xml-stylesheet', body: 'href="/news/assets/feed.xsl" type="text/xsl"' });
    const urls = children(feed.root, 'entry').map((e) => child(e, 'link')!.attributes.href!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\/example\.org\/news\/articles\/[^/]+\/$/u);
    const json = JSON.parse(readOutput(output, 'feed.json')) as JsonFeed;
    expect(json.feed_url).toBe('https://example.org/news/feed.json');
    for (const item of json.items) expect(item.url).toMatch(/^https:\/\/example\.org\/news\/articles\//u);
    const actorFeed = parseXml(readOutput(output, 'actors/rustem-umerov/feed.xml')).root;
    expect(children(actorFeed, 'link').find((l) => l.attributes.rel === 'self')!.attributes.href).toBe('https://example.org/news/actors/rustem-umerov/feed.xml');
    for (const event of events(readOutput(output, 'meetings.ics'))) expect(String(event.getFirstPropertyValue('url'))).toMatch(/^https:\/\/example\.org\/news\/meetings\/[^/]+\/$/u);
    const locs = [...readOutput(output, 'sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    expect(locs).toContain('https://example.org/news/');
    for (const loc of locs) expect(loc).toMatch(/^https:\/\/example\.org\/news\//u);
    expect(readOutput(output, 'robots.txt')).toContain('Sitemap: https://example.org/news/sitemap.xml');
    expect(readOutput(output, 'meetings/index.html')).toContain('<link rel="canonical" href="https://example.org/news/meetings/"/>');
  });

  it('adds the prefix once, whether the configured address is the host or already ends with the prefix', () => {
    expect(absoluteUrl('/news/articles/x/', '/news/', 'https://example.org/')).toBe('https://example.org/news/articles/x/');
    expect(absoluteUrl('/news/articles/x/', '/news/', 'https://example.org/news/')).toBe('https://example.org/news/articles/x/');
    expect(absoluteUrl('/news/', '/news/', 'https://example.org/news')).toBe('https://example.org/news/');
    expect(absoluteUrl('/articles/x/', '/', 'https://example.org/sub/')).toBe('https://example.org/sub/articles/x/');
  });

  it('has a 404 page whose links work from any address under /news/', async () => {
    const notFound = readOutput(output, '404.html');
    const hrefs = [...notFound.matchAll(/<a [^>]*href="([^"]+)"/gu)].map((m) => m[1]!);
    for (const target of ['/news/', '/news/meetings/', '/news/actors/', '/news/search/']) expect(hrefs).toContain(target);
    // Served for a missing page at any depth: no link may be relative to where it is served.
    for (const href of hrefs) expect(href, href).toMatch(/^(\/news\/|#|https?:)/u);
    expect(notFound).toContain('href="/news/assets/style.css"');
    // Crawl from the 404 page as a host serves it (one level deep and at the root of /news/).
    expect(await brokenLinks(root, '/news/404.html')).toEqual([]);
  });
});

describe('hostile titles', () => {
  const HOSTILE_TITLE = 'Переговори <script>alert(1)</script> & "лапки" ]]> ; кома, зворотна \\ риска\u000B і кінець';
  const HOSTILE_MEETING = 'Summit, Anchorage; "quoted" \\ back-slash\nsecond line — і довга назва українською, щоб рядок довелося згорнути кілька разів';
  let output: string;

  beforeAll(() => {
    const seeds = tempFolder({
      'undated.txt': 'Зустріч делегацій без дати\n\nТекст статті, у якому немає жодної дати.\n',
      'hostile.md': `---\ntitle: ${JSON.stringify(HOSTILE_TITLE)}\ndate: 2026-02-01\nlang: uk\n---\nТекст із <b>тегом</b>, & амперсандом і [посиланням](/relative/path) та ]]> у Женеві.\n`,
    });
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    const knowledge = tempFolder();
    cpSync(KNOWLEDGE_DIR, knowledge, { recursive: true });
    const meetingsFile = path.join(knowledge, 'meetings.yaml');
    const yaml = readFileSync(meetingsFile, 'utf8');
    expect(yaml).toContain('title: Trump–Putin summit in Anchorage');
    writeFileSync(meetingsFile, yaml.replace('title: Trump–Putin summit in Anchorage', `title: ${JSON.stringify(HOSTILE_MEETING)}`));
    output = tempFolder();
    runBuild({ seedsDir: seeds, outputDir: output, env: { KNOWLEDGE_DIR: knowledge } });
  });

  it('keeps the feeds well-formed, the title intact (less what XML cannot hold) and relative links absolute', () => {
    const { root } = parseXml(readOutput(output, 'feed.xml'));
    const entry = children(root, 'entry')[0]!;
    const json = JSON.parse(readOutput(output, 'feed.json')) as JsonFeed;
    const title = json.items[0]!.title;
    expect(title).toContain('<script>alert(1)</script> & "лапки" ]]> ; кома, зворотна \\ риска');
    // XML 1.0 cannot hold most control characters: they are dropped, everything else is kept.
    expect(child(entry, 'title')!.text).toBe(title.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/gu, ''));
    const content = child(entry, 'content')!.text;
    expect(content).toContain('href="https://example.org/relative/path"');
    expect(content).not.toMatch(/<b>тегом<\/b>/u); // raw HTML in Markdown is shown as text
  });

  it('leaves undated articles out of the feeds', () => {
    const articles = JSON.parse(readOutput(output, 'data/articles.json')) as ArticleJson[];
    const undated = articles.filter((a) => a.date === null);
    expect(undated.length).toBeGreaterThan(0);
    const feed = readOutput(output, 'feed.xml');
    const json = JSON.parse(readOutput(output, 'feed.json')) as JsonFeed;
    for (const article of undated) {
      expect(feed).not.toContain(article.url);
      expect(json.items.some((item) => item.url.endsWith(article.url))).toBe(false);
    }
    expect(json.items).toHaveLength(articles.length - undated.length);
  });

  it('escapes commas, semicolons, backslashes and newlines in the calendar, and folds long lines', () => {
    const ics = readOutput(output, 'meetings.ics');
    checkIcsFraming(ics);
    expect(unfold(ics)).toContain('SUMMARY:Summit\\, Anchorage\\; "quoted" \\\\ back-slash\\nsecond line — і довга назва українською\\, щоб рядок довелося згорнути кілька разів');
    const summit = events(ics).find((e) => String(e.getFirstPropertyValue('uid')).startsWith('2025-08-15-anchorage-summit@'));
    expect(summit?.getFirstPropertyValue('summary')).toBe(HOSTILE_MEETING);
  });
});

describe('the iCalendar writer', () => {
  const event: CalendarEvent = {
    uid: 'x@example.org',
    stamp: '2025-12-01',
    start: '2025-11-30',
    end: '2025-12-01',
    summary: 'Talks; in Geneva, then \\ Florida\r\nday two',
    description: 'Учасники: Рустем Умєров, Марко Рубіо, Стів Віткофф; формат — очний.\nДата приблизна.',
    location: 'Geneva, Switzerland',
    url: 'https://example.org/meetings/x/',
    status: 'TENTATIVE',
    categories: ['In person', 'Planned, maybe'],
  };

  it('escapes TEXT values as RFC 5545 says', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'Умєров '.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /gu, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('folds by octets for characters of one to four octets, and leaves a line of 75 alone', () => {
    const ascii75 = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(ascii75)).toBe(ascii75);
    expect(foldLine(`${ascii75}y`).split('\r\n')).toEqual([ascii75, ' y']);
    // 2 (é), 3 (€) and 4 (🕊) octets; 40 characters that fit in 75 UTF-16 units but not in 75 octets.
    for (const line of [`LOCATION:${'é'.repeat(40)}`, `LOCATION:${'€'.repeat(30)}`, `LOCATION:${'🕊'.repeat(30)}`]) {
      const parts = foldLine(line).split('\r\n');
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(parts.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
      expect(Buffer.byteLength(parts[0]!, 'utf8')).toBeGreaterThan(71); // filled, not cut short
    }
  });

  it('writes a calendar that parses back to the same values, the end date exclusive', () => {
    const ics = calendar({ name: 'Meetings, all', description: 'Held; planned', url: 'https://example.org/meetings.ics', language: 'en', events: [event] });
    checkIcsFraming(ics);
    const [parsed] = events(ics);
    expect(parsed!.getFirstPropertyValue('summary')).toBe('Talks; in Geneva, then \\ Florida\nday two');
    expect(parsed!.getFirstPropertyValue('description')).toBe(event.description);
    expect(parsed!.getFirstPropertyValue('location')).toBe(event.location);
    expect(String(parsed!.getFirstPropertyValue('dtend'))).toBe('2025-12-02');
    expect(String(parsed!.getFirstPropertyValue('dtstamp'))).toBe('2025-12-01T00:00:00Z');
    expect(parsed!.getFirstProperty('categories')!.getValues()).toEqual(['In person', 'Planned, maybe']);
    expect(calendar({ name: 'x', description: 'y', url: 'https://example.org/meetings.ics', language: 'en', events: [event] })).toBe(calendar({ name: 'x', description: 'y', url: 'https://example.org/meetings.ics', language: 'en', events: [event] }));
  });
});
