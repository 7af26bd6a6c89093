/**
 * `npm run build [-- --output=DIR] [-- --pathprefix=/news/]`: the pipeline once, then
 * Eleventy over its result.
 *
 * A large site is rendered in several Eleventy runs of at most `PEACE_TIMELINE_RENDER_BATCH`
 * pages each (src/site/render-plan.ts): Eleventy keeps every page it wrote in memory until
 * its run ends, so one run over 100,000 articles' pages would need far more memory than the
 * pipeline. Each run is a new Eleventy instance over the same data; the sitemap and the
 * search index take every run's pages and are written after the last.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { loadSite, siteSources } from '../site/load-site.ts';
import { renderBatches, renderBatchFromEnv } from '../site/render-plan.ts';
import { provideRenderRun } from '../site/render-run.ts';
import { printReport } from './report.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = 'usage: npm run build [-- --output=DIR] [-- --pathprefix=/path/]';

async function main(): Promise<number> {
  let values: { output?: string; pathprefix?: string };
  try {
    ({ values } = parseArgs({ options: { output: { type: 'string' }, pathprefix: { type: 'string' } }, strict: true }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  process.chdir(ROOT);
  const started = performance.now();
  const { data, filesSeen } = loadSite(siteSources());
  const failed = printReport(data.diagnostics, filesSeen);
  const batches = renderBatches(data, renderBatchFromEnv(process.env));
  for (const [index, plan] of batches.entries()) {
    provideRenderRun({ site: data, plan, index, count: batches.length });
    if (batches.length > 1) process.stdout.write(`[build] Eleventy run ${index + 1} of ${batches.length}\n`);
    const eleventy = new Eleventy(undefined, values.output, {
      source: 'cli',
      configPath: 'eleventy.config.ts',
      pathPrefix: values.pathprefix,
      quietMode: true,
    });
    await eleventy.write();
  }
  provideRenderRun(null);
  process.stdout.write(`[build] done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return failed || process.exitCode ? 1 : 0;
}

// Exit when done, not when the event loop is empty: a run that failed before its end leaves
// the search index's Pagefind process open, which would keep the build waiting for ever.
// The other way round, when that process dies (the system killed it for lack of memory),
// Node finds nothing left to wait for and would exit with status 0, the index unwritten.
let finished = false;
process.on('exit', () => {
  if (finished) return;
  process.stderr.write('build: error: the build stopped before it was finished (did the search index\'s Pagefind process run out of memory?) [build]\n');
  process.exitCode = 1;
});
main().then(
  (status) => {
    finished = true;
    process.exit(status);
  },
  (error: unknown) => {
    finished = true;
    process.stderr.write(`build: error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)} [build]\n`);
    process.exit(1);
  },
);
