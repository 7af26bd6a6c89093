import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { h, type VNode } from 'preact';
import { renderToStaticMarkup } from 'preact-render-to-string';
import { printReport } from './src/cli/report.ts';
import { loadSite, REBUILD_SIGNAL, siteSources } from './src/site/load-site.ts';
import { absoluteUrl } from './templates/lib/absolute.ts';
import { PageContext } from './templates/lib/page.ts';
import { writeSearchIndex } from './templates/lib/search-index.ts';
import { sitemapPages, sitemapXml, type BuiltPage } from './templates/lib/sitemap.ts';

/**
 * Eleventy is only the renderer: `src/` reads and understands the seeds, and hands the
 * result to the templates as the global `site` data. Pages are made by pagination over
 * that data, never from collections (see ../shared/guide/PERF.md for why).
 */
interface EleventyConfig {
  /** The `--pathprefix` of this build ("/" when none), once the configuration is read. */
  pathPrefix?: string;
  addGlobalData(name: string, value: () => unknown): void;
  addWatchTarget(path: string): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addExtension(extensions: string[], options: { key: string; compile: () => (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: unknown) => Promise<string> }): void;
  addTemplateFormats(formats: string): void;
  on(event: 'eleventy.before' | 'eleventy.after', callback: (event: AfterBuild) => void | Promise<void>): void;
  setQuietMode(quiet: boolean): void;
  setUseGitIgnore(use: boolean): void;
}

/** What Eleventy hands `eleventy.after`: the output folder and every page it wrote. */
interface AfterBuild {
  directories: { output: string };
  results?: (BuiltPage & { content: string })[];
  /** `--incremental`: `results` holds only the pages written this time. */
  incremental?: boolean;
}

export default function configure(eleventyConfig: EleventyConfig): void {
  const sources = siteSources();
  let buildFailed = false;

  // Re-run the pipeline for every build, so `npm run serve` picks up new and changed seeds
  // and knowledge files (code changes restart the server instead: src/cli/serve.ts).
  eleventyConfig.addGlobalData('site', () => {
    const { data, filesSeen } = loadSite(sources);
    buildFailed = printReport(data.diagnostics, filesSeen);
    return data;
  });
  eleventyConfig.on('eleventy.after', async ({ directories, results = [], incremental }) => {
    if (buildFailed) process.exitCode = 1;
    // An incremental build lists only the pages it rewrote: keep the last full sitemap and index.
    if (!incremental) await afterBuild(directories.output, results, normalisePrefix(eleventyConfig.pathPrefix));
  });
  eleventyConfig.addWatchTarget(sources.seedsDir);
  eleventyConfig.addWatchTarget(sources.knowledgeDir);
  eleventyConfig.addWatchTarget(REBUILD_SIGNAL);
  // .gitignore lists .cache/, where the signal lives; the input folder is templates/ anyway.
  eleventyConfig.setUseGitIgnore(false);

  // TSX templates (https://www.11ty.dev/docs/languages/typescript/): Preact renders them to
  // static HTML, escaping every value unless a template says otherwise.
  eleventyConfig.addExtension(['11ty.tsx', '11ty.ts'], {
    key: '11ty.js',
    compile: () =>
      async function (data) {
        const content = await this.defaultRenderer(data);
        if (typeof content === 'string') return content;
        // Components learn which page they are on from this context (the canonical address, its feeds).
        const page = (data as { page?: { url?: unknown } }).page;
        const current = { url: typeof page?.url === 'string' ? page.url : null };
        return `<!doctype html>\n${renderToStaticMarkup(h(PageContext.Provider, { value: current }, content as VNode))}\n`;
      },
  });
  eleventyConfig.addTemplateFormats('11ty.tsx,11ty.ts');
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  eleventyConfig.addWatchTarget('./templates/styles/');
  // One summary line instead of a line per page: the build report is the diagnostics.
  eleventyConfig.setQuietMode(true);
}

function normalisePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '/').replace(/^\/+|\/+$/gu, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * After Eleventy has written the pages: the sitemap, made from the list of pages written, and
 * the search index (see templates/lib/search-index.ts). Both depend only on the pages, so the
 * output stays byte-identical for the same input.
 */
async function afterBuild(outputDir: string, results: readonly (BuiltPage & { content: string })[], prefix: string): Promise<void> {
  const prefixed = (url: string) => `${prefix}${url.replace(/^\//u, '')}`;
  const sitemap = sitemapPages(results).map((url) => absoluteUrl(prefixed(url), prefix));
  writeFileSync(path.join(outputDir, 'sitemap.xml'), sitemapXml(sitemap));

  const pages = results
    .filter((r): r is BuiltPage & { url: string; content: string } => typeof r.url === 'string' && typeof r.outputPath === 'string' && r.outputPath.endsWith('.html'))
    .filter((r) => r.content.includes('data-pagefind-body'))
    .map((r) => ({ url: prefixed(r.url), content: r.content }));
  const started = performance.now();
  const report = await writeSearchIndex(outputDir, pages);
  for (const error of report.errors) process.stderr.write(`pagefind: error: ${error} [search-index]\n`);
  if (report.errors.length) process.exitCode = 1;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
  process.stdout.write(`[search] ${report.pages} pages, ${report.words} words: index ${kB(report.indexBytes)} in pagefind/ (${kB(report.bytes)} with Pagefind's scripts) in ${seconds} s\n`);
}

export const config = {
  dir: { input: 'templates', output: '_site' },
  templateFormats: ['11ty.tsx', '11ty.ts'],
};
