/**
 * The search index: Pagefind (https://pagefind.app/) run after Eleventy over the pages it
 * wrote, into the output folder's `pagefind/`. Only pages that mark their text with
 * `data-pagefind-body` (articles, meetings) are indexed, so the timeline, index and actor
 * pages, which repeat the articles' words, do not come up as duplicates.
 *
 * Pagefind holds a whole index in memory until it is written (about 130 kB a page: 16 GiB
 * for the 120,000 pages of 100,000 articles). So the index is written in parts of at most
 * `PEACE_TIMELINE_SEARCH_PART` pages, one after another, each by a fresh Pagefind process;
 * the search page merges them in the browser (Pagefind's `mergeIndex`, assets/search.js).
 * The first part is `pagefind/` itself, the others `pagefind/part-2/`, … as listed in
 * `pagefind/parts.json`.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { canonicalisePagefindBundle } from './pagefind-canonical.ts';

/**
 * Ukrainian and Russian articles are searched as one index: by default Pagefind splits the
 * index by `<html lang>`, which is the interface language. Russian stemming, applied to both
 * (Ukrainian has no stemmer in Pagefind), folds the endings the two share: "Умєрова" finds
 * "Умєров", "Женеве" finds "Женева"; prefix matching does the rest ("Женеві").
 */
export const SEARCH_LANGUAGE = 'ru';

/** Pages per part of the index: about 2.6 GiB of Pagefind's memory at most. */
export const DEFAULT_SEARCH_PART_PAGES = 20_000;

/** The list of parts beside the first, read by assets/search.js. */
export const SEARCH_PARTS_FILE = 'parts.json';

export function searchPartPagesFromEnv(env: NodeJS.ProcessEnv): number {
  const asked = Number.parseInt(env.PEACE_TIMELINE_SEARCH_PART ?? '', 10);
  return Number.isInteger(asked) && asked >= 1 ? asked : DEFAULT_SEARCH_PART_PAGES;
}

export interface IndexedPage {
  /** Site path with the path prefix ("/news/articles/x/"): the address a result links to. */
  url: string;
  content: string;
}

export interface SearchIndexReport {
  pages: number;
  words: number;
  /** Parts the index was written in (`pagefind/` and `pagefind/part-2/`, …). */
  parts: number;
  files: number;
  /** Size of the index proper (what searches download a part of). */
  indexBytes: number;
  /** Size of everything in pagefind/, Pagefind's scripts, styles and WebAssembly included. */
  bytes: number;
  errors: string[];
}

/** The contents of `pagefind/parts.json`: the other parts' folders, relative to `pagefind/`. */
export interface SearchParts {
  parts: string[];
}

/**
 * Builds the index in `<outputDir>/pagefind/`, replacing any previous one: `open`, then `add`
 * the pages (in one go or run by run), then `write`. The parts are written into a folder
 * beside it and moved in place at the end, so a site being served keeps searching its
 * previous index meanwhile. Problems are collected in the report, never thrown.
 */
export class SearchIndexBuilder {
  private readonly report: SearchIndexReport = { pages: 0, words: 0, parts: 0, files: 0, indexBytes: 0, bytes: 0, errors: [] };
  private part: pagefind.PagefindIndex | null = null;
  private pagesInPart = 0;

  private constructor(
    private readonly outputDir: string,
    private readonly pagesPerPart: number,
  ) {}

  static open(outputDir: string, pagesPerPart = searchPartPagesFromEnv(process.env)): SearchIndexBuilder {
    const builder = new SearchIndexBuilder(outputDir, pagesPerPart);
    rmSync(builder.staging, { recursive: true, force: true });
    return builder;
  }

  private get staging(): string {
    return path.join(this.outputDir, '.pagefind-next');
  }

  /** The folder of part `n` (1-based) inside the bundle. */
  private partDir(bundle: string, n: number): string {
    return n === 1 ? bundle : path.join(bundle, `part-${n}`);
  }

  async add(pages: readonly IndexedPage[]): Promise<void> {
    try {
      // One page at a time, in address order: the index is the same for the same pages.
      for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
        const index = this.part ?? (await this.openPart());
        if (!index) return;
        const added = await index.addHTMLFile({ url: page.url, content: page.content });
        this.report.errors.push(...added.errors.map((error) => `${page.url}: ${error}`));
        if (added.errors.length === 0) {
          this.report.pages += 1;
          this.report.words += added.file.uniqueWords;
        }
        if (++this.pagesInPart >= this.pagesPerPart) await this.writePart();
      }
    } catch (error) {
      this.report.errors.push(messageOf(error));
    }
  }

  async write(): Promise<SearchIndexReport> {
    const report = this.report;
    const bundle = path.join(this.outputDir, 'pagefind');
    try {
      // An empty site still gets an index (and Pagefind's scripts), so the search page loads.
      if (this.part || report.parts === 0) {
        if (!this.part) await this.openPart();
        await this.writePart();
      }
      if (report.parts === 0) return report;
      const others = Array.from({ length: report.parts - 1 }, (_, i) => `part-${i + 2}/`);
      writeFileSync(path.join(this.staging, SEARCH_PARTS_FILE), `${JSON.stringify({ parts: others } satisfies SearchParts)}\n`);
      rmSync(bundle, { recursive: true, force: true });
      renameSync(this.staging, bundle);
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

  private async openPart(): Promise<pagefind.PagefindIndex | null> {
    const created = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    this.report.errors.push(...created.errors);
    this.part = created.index ?? null;
    this.pagesInPart = 0;
    return this.part;
  }

  /** Writes the open part and ends its Pagefind process, which gives its memory back. */
  private async writePart(): Promise<void> {
    const index = this.part;
    this.part = null;
    if (!index) return;
    this.report.parts += 1;
    const dir = this.partDir(this.staging, this.report.parts);
    mkdirSync(dir, { recursive: true });
    // In memory, then written here: Pagefind's own writer returns before its last file is on disk.
    const made = await index.getFiles();
    this.report.errors.push(...made.errors);
    await pagefind.close();
    const { files, problem } = canonicalisePagefindBundle(made.files);
    if (problem) this.report.errors.push(problem);
    for (const file of files) {
      const target = path.join(dir, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
