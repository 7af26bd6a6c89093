import { h, type VNode } from 'preact';
import { renderToStaticMarkup } from 'preact-render-to-string';
import { printReport } from './src/cli/report.ts';
import { loadSite, REBUILD_SIGNAL, siteSources } from './src/site/load-site.ts';
import { changedPages, type PageFingerprints } from './src/site/page-fingerprints.ts';
import { wholeSite, type RenderedSite } from './src/site/render-plan.ts';
import { providedRenderRun, type RenderRun } from './src/site/render-run.ts';
import { PageContext } from './templates/lib/page.ts';
import { LivePages, SiteOutput, type SearchReport } from './templates/lib/site-output.ts';
import type { BuiltPage } from './templates/lib/sitemap.ts';

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
  results?: BuiltPage[];
  /** `--incremental`: `results` holds only the pages written this time. */
  incremental?: boolean;
}

export default function configure(eleventyConfig: EleventyConfig): void {
  const sources = siteSources();
  let run: RenderRun | null = null;
  const live = { fingerprints: null as PageFingerprints | null, gone: [] as string[], pages: null as LivePages | null, saveCache: () => {} };

  // The run `npm run build` hands over (src/cli/build.ts), else the whole site: the pipeline
  // runs again for every build, so `npm run serve` picks up new and changed seeds and knowledge
  // files (code changes restart the server instead: src/cli/serve.ts). While serving, a
  // rebuild renders only the pages that changed (src/site/page-fingerprints.ts).
  eleventyConfig.addGlobalData('site', (): RenderedSite => {
    const started = performance.now();
    run = providedRenderRun() ?? standaloneRun(sources, live);
    if (isServing()) {
      const partial = changedPages(run.site, live.fingerprints);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`[serve] rendering ${partial.changed} of ${partial.total} listed pages (the others have not changed); site data in ${seconds} s\n`);
      live.fingerprints = partial.fingerprints;
      live.gone = partial.gone;
      run = { ...run, plan: partial.plan };
    }
    return { ...run.site, render: run.plan };
  });
  eleventyConfig.on('eleventy.after', async ({ directories, results = [], incremental }) => {
    // An incremental build lists only the pages it rewrote: keep the last full sitemap and index.
    if (incremental || !run) return;
    if (isServing()) {
      live.pages ??= new LivePages(directories.output, normalisePrefix(eleventyConfig.pathPrefix), reportSearchIndex);
      live.pages.update(results, live.gone);
      // Written once the pages are out: a new article should not wait for the cache file.
      live.saveCache();
      return;
    }
    // Each run of a batched build reads this configuration afresh: the output lives with the site data.
    const output = SiteOutput.of(run.site, directories.output, normalisePrefix(eleventyConfig.pathPrefix));
    await output.addPages(results);
    if (run.index === run.count - 1) {
      const { search, removed } = await output.finish();
      reportSearchIndex(search);
      if (removed.length) process.stdout.write(`[build] removed ${removed.length} files of the previous build that this one no longer has (${removed.slice(0, 3).join(', ')}${removed.length > 3 ? ', …' : ''})\n`);
    }
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

/** The pipeline, its report on the console, and one run for the whole site. */
function standaloneRun(sources: ReturnType<typeof siteSources>, live: { saveCache: () => void }): RenderRun {
  const { data, filesSeen, saveCache } = loadSite(sources, process.env, { serving: isServing() });
  live.saveCache = saveCache;
  if (printReport(data.diagnostics, filesSeen)) process.exitCode = 1;
  return { site: data, plan: wholeSite(data), index: 0, count: 1 };
}

/** `npm run serve` (Eleventy's `--serve` or `--watch`). */
function isServing(): boolean {
  return process.env.ELEVENTY_RUN_MODE === 'serve' || process.env.ELEVENTY_RUN_MODE === 'watch';
}

function reportSearchIndex(report: SearchReport): void {
  for (const error of report.errors) process.stderr.write(`pagefind: error: ${error} [search-index]\n`);
  if (report.errors.length) process.exitCode = 1;
  const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
  process.stdout.write(`[search] ${report.pages} pages, ${report.words} words: index ${kB(report.indexBytes)} in pagefind/${report.parts > 1 ? ` in ${report.parts} parts` : ''} (${kB(report.bytes)} with Pagefind's scripts)${report.alongsideSeconds ? `; ${report.alongsideSeconds.toFixed(2)} s while rendering, the rest` : ''} in ${report.seconds.toFixed(2)} s\n`);
}

export const config = {
  dir: { input: 'templates', output: '_site' },
  templateFormats: ['11ty.tsx', '11ty.ts'],
};
