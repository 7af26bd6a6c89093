/**
 * The search index: Pagefind (https://pagefind.app/) run after Eleventy over the pages it
 * wrote, into the output folder's `pagefind/`. Only pages that mark their text with
 * `data-pagefind-body` (articles, meetings) are indexed, so the timeline, index and actor
 * pages, which repeat the articles' words, do not come up as duplicates.
 */
import { readdirSync, rmSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Ukrainian and Russian articles are searched as one index: by default Pagefind splits the
 * index by `<html lang>`, which is the interface language. Russian stemming, applied to both
 * (Ukrainian has no stemmer in Pagefind), folds the endings the two share: "Умєрова" finds
 * "Умєров", "Женеве" finds "Женева"; prefix matching does the rest ("Женеві").
 */
export const SEARCH_LANGUAGE = 'ru';

export interface IndexedPage {
  /** Site path with the path prefix ("/news/articles/x/"): the address a result links to. */
  url: string;
  content: string;
}

export interface SearchIndexReport {
  pages: number;
  words: number;
  files: number;
  /** Size of the index proper (what searches download a part of). */
  indexBytes: number;
  /** Size of everything in pagefind/, Pagefind's scripts, styles and WebAssembly included. */
  bytes: number;
  errors: string[];
}

/**
 * Builds the index in `<outputDir>/pagefind/`, replacing any previous one: `open`, then
 * `add` the pages (in one go or run by run), then `write`. Problems are collected in the
 * report, never thrown.
 */
export class SearchIndexBuilder {
  private readonly report: SearchIndexReport = { pages: 0, words: 0, files: 0, indexBytes: 0, bytes: 0, errors: [] };

  private constructor(private readonly index: pagefind.PagefindIndex | null) {}

  static async open(): Promise<SearchIndexBuilder> {
    try {
      const created = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
      const builder = new SearchIndexBuilder(created.index ?? null);
      builder.report.errors.push(...created.errors);
      return builder;
    } catch (error) {
      const builder = new SearchIndexBuilder(null);
      builder.report.errors.push(messageOf(error));
      return builder;
    }
  }

  async add(pages: readonly IndexedPage[]): Promise<void> {
    if (!this.index) return;
    try {
      // One page at a time, in address order: the index is the same for the same pages.
      for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
        const added = await this.index.addHTMLFile({ url: page.url, content: page.content });
        this.report.errors.push(...added.errors.map((error) => `${page.url}: ${error}`));
        if (added.errors.length === 0) {
          this.report.pages += 1;
          this.report.words += added.file.uniqueWords;
        }
      }
    } catch (error) {
      this.report.errors.push(messageOf(error));
    }
  }

  async write(outputDir: string): Promise<SearchIndexReport> {
    const report = this.report;
    const bundle = path.join(outputDir, 'pagefind');
    try {
      if (!this.index) return report;
      rmSync(bundle, { recursive: true, force: true });
      const written = await this.index.writeFiles({ outputPath: bundle });
      report.errors.push(...written.errors);
      // Sizes from the disk: asking Pagefind for its files would build the whole index a second time.
      const files = readdirSync(bundle, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      const sizeOf = (entry: Dirent) => statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
      report.files = files.length;
      report.bytes = files.reduce((sum, entry) => sum + sizeOf(entry), 0);
      report.indexBytes = files.filter((entry) => /\.pf_(meta|index|fragment|filter)$/u.test(entry.name)).reduce((sum, entry) => sum + sizeOf(entry), 0);
      return report;
    } catch (error) {
      report.errors.push(messageOf(error));
      return report;
    } finally {
      await pagefind.close().catch(() => null);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
