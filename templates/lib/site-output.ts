/**
 * What is written after the pages, from the pages themselves: `sitemap.xml` and the search
 * index. Both depend only on the pages, so the output stays byte-identical for the same input.
 *
 * - `SiteOutput` (a build): a site rendered in several Eleventy runs hands each run's pages
 *   over as they come; both files are written once, after the last run.
 * - `LivePages` (`npm run serve`): a build may render only the pages that changed, so the
 *   pages are kept from build to build; the sitemap is written at once and the search index
 *   is rebuilt in the background, so a new article shows without waiting for it.
 */
import { rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OUTPUT_MANIFESTS_DIR, removeStaleOutput } from '../../src/site/output-manifest.ts';
import { absoluteUrl } from './absolute.ts';
import { SearchIndexBuilder, type IndexedPage, type SearchIndexReport } from './search-index.ts';
import { sitemapPages, sitemapXml, type BuiltPage } from './sitemap.ts';

/** `alongsideSeconds`: indexing of a build's earlier runs, before its last run ended (not in `seconds`). */
export type SearchReport = SearchIndexReport & { seconds: number; alongsideSeconds?: number };

const outputs = new WeakMap<object, SiteOutput>();

export class SiteOutput {
  private readonly sitemap = new Set<string>();
  private readonly written: string[] = [];
  private readonly search: SearchIndexBuilder;
  private indexing: Promise<void> = Promise.resolve();
  private indexingSeconds = 0;

  /** The output of the build of `site`, made by its first run and handed to the next ones. */
  static of(site: object, outputDir: string, prefix: string): SiteOutput {
    let output = outputs.get(site);
    if (!output) outputs.set(site, (output = new SiteOutput(site, outputDir, prefix)));
    return output;
  }

  private constructor(
    private readonly site: object,
    private readonly outputDir: string,
    /** The path prefix, "/" or "/news/". */
    private readonly prefix: string,
  ) {
    this.search = SearchIndexBuilder.open(outputDir);
  }

  /**
   * One run's pages: their addresses for the sitemap, the searchable ones for the index.
   * Pagefind works in a process of its own, so it indexes this run's pages while Eleventy
   * renders the next run; it waits only for the run before, so at most one run's pages
   * are held for it.
   */
  async addPages(results: readonly BuiltPage[]): Promise<void> {
    for (const url of sitemapPages(results)) this.sitemap.add(url);
    for (const result of results) if (typeof result.outputPath === 'string') this.written.push(result.outputPath);
    const pages = searchablePages(results, this.prefix);
    await this.indexing;
    const started = performance.now();
    this.indexing = this.search.add(pages).then(() => {
      this.indexingSeconds += (performance.now() - started) / 1000;
    });
  }

  /**
   * Writes both files and removes the pages of the previous build that this one did not write
   * (src/site/output-manifest.ts). The report's `seconds` is the time the build waited for
   * the index after the last run; `alongsideSeconds`, the time Pagefind spent on the earlier
   * runs' pages (mostly while Eleventy rendered).
   */
  async finish(): Promise<{ search: SearchReport; removed: string[] }> {
    outputs.delete(this.site);
    writeSitemap(this.outputDir, this.prefix, this.sitemap);
    const started = performance.now();
    const earlierRunsSeconds = this.indexingSeconds;
    await this.indexing;
    const report = await this.search.write();
    const removed = removeStaleOutput(this.outputDir, this.written, OUTPUT_MANIFESTS_DIR);
    return { search: { ...report, seconds: (performance.now() - started) / 1000, alongsideSeconds: earlierRunsSeconds }, removed };
  }
}

export class LivePages {
  private readonly sitemap = new Set<string>();
  private readonly searchable = new Map<string, IndexedPage>();
  private indexing: Promise<void> | null = null;
  private indexAgain = false;

  constructor(
    private readonly outputDir: string,
    private readonly prefix: string,
    private readonly onSearchIndex: (report: SearchReport) => void,
  ) {}

  /** A build's pages, and the addresses (site paths) of pages no longer in the site, whose files it removes. */
  update(results: readonly BuiltPage[], gone: Iterable<string>): void {
    for (const url of gone) {
      this.sitemap.delete(url);
      this.searchable.delete(url);
      removePage(this.outputDir, url);
    }
    for (const url of sitemapPages(results)) this.sitemap.add(url);
    for (const page of searchablePages(results, '/')) this.searchable.set(page.url, { url: prefixed(this.prefix, page.url), content: page.content });
    writeSitemap(this.outputDir, this.prefix, this.sitemap);
    this.indexInBackground();
  }

  /** Resolves once no index is being written (for tests and shutdown). */
  async settled(): Promise<void> {
    while (this.indexing) await this.indexing;
  }

  private indexInBackground(): void {
    if (this.indexing) {
      this.indexAgain = true;
      return;
    }
    const pages = [...this.searchable.values()];
    this.indexing = this.writeIndex(pages).finally(() => {
      this.indexing = null;
      if (this.indexAgain) {
        this.indexAgain = false;
        this.indexInBackground();
      }
    });
  }

  private async writeIndex(pages: readonly IndexedPage[]): Promise<void> {
    const started = performance.now();
    try {
      const builder = SearchIndexBuilder.open(this.outputDir);
      await builder.add(pages);
      const report = await builder.write();
      this.onSearchIndex({ ...report, seconds: (performance.now() - started) / 1000 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.onSearchIndex({ pages: 0, words: 0, parts: 0, files: 0, indexBytes: 0, bytes: 0, errors: [message], seconds: (performance.now() - started) / 1000 });
    }
  }
}

/** Removes the file of a page (`/articles/x/` → `articles/x/index.html`), and its folder once empty. */
function removePage(outputDir: string, url: string): void {
  const root = path.resolve(outputDir);
  const folder = path.resolve(root, `.${url}`);
  if (!url.endsWith('/') || !folder.startsWith(`${root}${path.sep}`)) return;
  rmSync(path.join(folder, 'index.html'), { force: true });
  try {
    rmdirSync(folder);
  } catch {
    // Not empty: other pages live below it.
  }
}

function searchablePages(results: readonly BuiltPage[], prefix: string): IndexedPage[] {
  return results
    .filter((r): r is BuiltPage & { url: string; content: string } => typeof r.url === 'string' && typeof r.outputPath === 'string' && r.outputPath.endsWith('.html') && typeof r.content === 'string')
    .filter((r) => r.content.includes('data-pagefind-body'))
    .map((r) => ({ url: prefixed(prefix, r.url), content: r.content }));
}

function writeSitemap(outputDir: string, prefix: string, urls: ReadonlySet<string>): void {
  const absolute = [...urls].sort().map((url) => absoluteUrl(prefixed(prefix, url), prefix));
  writeFileSync(path.join(outputDir, 'sitemap.xml'), sitemapXml(absolute));
}

/** A site path ("/articles/x/") under the path prefix ("/news/" → "/news/articles/x/"). */
function prefixed(prefix: string, url: string): string {
  return `${prefix}${url.replace(/^\//u, '')}`;
}
