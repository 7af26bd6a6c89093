/**
 * `npm run bench:serve -- --corpus DIR [--json FILE] [--keep]`
 *
 * How long a new article takes to appear while `npm run serve` runs: copies the corpus (for
 * instance one made by `npm run bench:corpus`) into a temporary folder, starts the server on
 * it, waits for its first build and search index, then writes one new article, dated today,
 * and measures until its page is written, and until the search index has it. The corpus
 * folder itself is never written to.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './corpus.ts';

interface ServeFigures {
  articles: number;
  firstBuildSeconds: number;
  /** From writing the new file to its page being written (and listed in data/articles.json). */
  visibleSeconds: number;
  /** From writing the new file to the search index being rewritten with it. */
  searchableSeconds: number;
  /** The server's own lines about the rebuild: "[serve] rendering …" and Eleventy's "Wrote …". */
  rebuildLines: string[];
}

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '1800' },
  },
});
if (!values.corpus) {
  process.stderr.write('usage: npm run bench:serve -- --corpus DIR [--json FILE] [--keep] [--timeout SECONDS]\n');
  process.exit(2);
}
const timeoutMs = Number(values.timeout) * 1000;

const work = mkdtempSync(path.join(os.tmpdir(), 'peace-timeline-serve-'));
const seeds = path.join(work, 'seeds');
const output = path.join(work, 'site');
cpSync(path.resolve(values.corpus), seeds, { recursive: true });
const articles = readdirSync(seeds, { recursive: true }).filter((name) => /\.(txt|md)$/u.test(String(name))).length;

let log = '';
const server = spawn('npm', ['run', '--silent', 'serve', '--', `--output=${output}`, `--port=${8600 + Math.floor(Math.random() * 300)}`], {
  cwd: PROJECT_ROOT,
  env: { ...process.env, SEEDS_DIR: seeds },
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
});
for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));

const stop = () => {
  if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  if (!values.keep) rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

async function until(what: string, check: () => boolean): Promise<number> {
  const started = performance.now();
  while (!check()) {
    if (server.exitCode !== null) throw new Error(`the server stopped (status ${server.exitCode}) while waiting for ${what}:\n${log.slice(-2000)}`);
    if (performance.now() - started > timeoutMs) throw new Error(`no ${what} after ${timeoutMs / 1000} s:\n${log.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (performance.now() - started) / 1000;
}

/** True once `data/articles.json` lists the article and its page is written (the JSON is read only when it changes). */
function articlePageWritten(title: string): () => boolean {
  const json = path.join(output, 'data', 'articles.json');
  let seen = 0;
  let url: string | null = null;
  return () => {
    if (url === null) {
      const modified = statSync(json, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (modified === seen) return false;
      seen = modified;
      try {
        url = (JSON.parse(readFileSync(json, 'utf8')) as { title: string; url: string }[]).find((article) => article.title === title)?.url ?? null;
      } catch {
        return false; // being written
      }
      if (url === null) return false;
    }
    return existsSync(path.join(output, url, 'index.html'));
  };
}

const searchLines = () => log.match(/^\[search\] /gmu)?.length ?? 0;

try {
  process.stdout.write(`[bench:serve] ${articles} articles; first build and search index…\n`);
  const firstBuildSeconds = await until('first search index', () => searchLines() >= 1);
  const logBefore = log.length;
  const title = `Bench probe ${Date.now()}`;
  const today = new Date().toISOString().slice(0, 10);
  const started = performance.now();
  writeFileSync(path.join(seeds, 'zz-bench-probe.txt'), ` date ${today} ${title}\nУмєров зустрівся з Віткоффом у Женеві вчора.\n`);
  await until('the new article\'s page', articlePageWritten(title));
  const visibleSeconds = (performance.now() - started) / 1000;
  await until('search index with the new article', () => searchLines() >= 2);
  const searchableSeconds = (performance.now() - started) / 1000;
  const rebuildLines = log
    .slice(logBefore)
    .split('\n')
    .filter((line) => /^\[serve\] rendering|Wrote \d+ files|^\[search\]/u.test(line));
  const figures: ServeFigures = { articles, firstBuildSeconds, visibleSeconds, searchableSeconds, rebuildLines };
  process.stdout.write(
    [
      `[bench:serve] first build with its search index: ${firstBuildSeconds.toFixed(1)} s`,
      `[bench:serve] new article's page written after ${visibleSeconds.toFixed(1)} s, in the search index after ${searchableSeconds.toFixed(1)} s`,
      ...rebuildLines.map((line) => `  ${line}`),
      '',
    ].join('\n'),
  );
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ machine: { cpus: os.cpus().length, node: process.version }, ...figures }, null, 2)}\n`);
} catch (error) {
  process.stderr.write(`[bench:serve] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  stop();
}
