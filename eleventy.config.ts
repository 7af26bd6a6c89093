import type { VNode } from 'preact';
import { renderToStaticMarkup } from 'preact-render-to-string';
import { printReport } from './src/cli/report.ts';
import { loadSite, REBUILD_SIGNAL, siteSources } from './src/site/load-site.ts';

/**
 * Eleventy is only the renderer: `src/` reads and understands the seeds, and hands the
 * result to the templates as the global `site` data. Pages are made by pagination over
 * that data, never from collections (see ../shared/guide/PERF.md for why).
 */
interface EleventyConfig {
  addGlobalData(name: string, value: () => unknown): void;
  addWatchTarget(path: string): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addExtension(extensions: string[], options: { key: string; compile: () => (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: unknown) => Promise<string> }): void;
  addTemplateFormats(formats: string): void;
  on(event: 'eleventy.before' | 'eleventy.after', callback: () => void): void;
  setQuietMode(quiet: boolean): void;
  setUseGitIgnore(use: boolean): void;
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
  eleventyConfig.on('eleventy.after', () => {
    if (buildFailed) process.exitCode = 1;
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
        return typeof content === 'string' ? content : `<!doctype html>\n${renderToStaticMarkup(content as VNode)}\n`;
      },
  });
  eleventyConfig.addTemplateFormats('11ty.tsx,11ty.ts');
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  eleventyConfig.addWatchTarget('./templates/styles/');
  // One summary line instead of a line per page: the build report is the diagnostics.
  eleventyConfig.setQuietMode(true);
}

export const config = {
  dir: { input: 'templates', output: '_site' },
  templateFormats: ['11ty.tsx', '11ty.ts'],
};
