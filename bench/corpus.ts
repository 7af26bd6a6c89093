/**
 * `npm run bench:corpus -- --n 10000 --out DIR [--seed 1]`
 *
 * Writes a synthetic corpus of news articles about the peace negotiations: Ukrainian (60 %)
 * and Russian (40 %), half in the seed format (.txt with a date line) and half Markdown
 * with front matter (.md), 3–6 KB each, naming the knowledge base's people in inflected
 * forms, its places, organisations, outlets and meetings, with dates over 2024–2027 and
 * the usual web-page furniture (bylines, "Фото: …", "Читайте також: …", "Теги: …").
 * The same seed and knowledge base give byte-identical files. Never writes into seeds/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateArticle } from './corpus/article.ts';
import { buildCalendar } from './corpus/events.ts';
import { buildVocabulary } from './corpus/vocabulary.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Left in the output folder, so a later run may replace what this one wrote. */
export const MARKER = '.bench-corpus.json';
const GENERATED_NAME = /^\d{6,}_[0-9a-f]{16}\.(?:txt|md)$/u;

export interface CorpusOptions {
  n: number;
  out: string;
  seed?: number;
  knowledgeDir?: string;
}

export interface CorpusStats {
  n: number;
  seed: number;
  out: string;
  bytes: number;
  uk: number;
  ru: number;
  seedFormat: number;
  frontMatter: number;
  undated: number;
  firstDate: string | null;
  lastDate: string | null;
  peoplePerArticle: number;
  /** The corpus depends on the seed and on these files: a hash of knowledge/*.yaml. */
  knowledgeHash: string;
  generateMs: number;
}

export function generateCorpus(options: CorpusOptions): CorpusStats {
  const started = performance.now();
  const seed = options.seed ?? 1;
  if (!Number.isInteger(options.n) || options.n < 1) throw new Error(`--n must be a positive whole number (got ${options.n})`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number ≥ 0 (got ${seed})`);
  const out = path.resolve(options.out);
  prepareFolder(out);

  const knowledgeDir = options.knowledgeDir ?? path.join(PROJECT_ROOT, 'knowledge');
  const vocabulary = buildVocabulary(knowledgeDir);
  const calendar = buildCalendar(vocabulary, seed);
  const width = Math.max(6, String(options.n - 1).length);
  const stats: CorpusStats = { n: options.n, seed, out, bytes: 0, uk: 0, ru: 0, seedFormat: 0, frontMatter: 0, undated: 0, firstDate: null, lastDate: null, peoplePerArticle: 0, knowledgeHash: knowledgeHash(knowledgeDir), generateMs: 0 };
  let people = 0;
  for (let i = 0; i < options.n; i++) {
    const article = generateArticle(vocabulary, calendar, seed, i, width);
    writeFileSync(path.join(out, article.name), article.bytes);
    stats.bytes += article.bytes.length;
    stats[article.lang] += 1;
    if (article.format === 'seed') stats.seedFormat += 1;
    else stats.frontMatter += 1;
    if (article.date === null) stats.undated += 1;
    else {
      if (stats.firstDate === null || article.date < stats.firstDate) stats.firstDate = article.date;
      if (stats.lastDate === null || article.date > stats.lastDate) stats.lastDate = article.date;
    }
    people += article.people;
  }
  stats.peoplePerArticle = Math.round((people / options.n) * 100) / 100;
  stats.generateMs = Math.round(performance.now() - started);
  const { generateMs: _ms, out: _out, ...recorded } = stats;
  writeFileSync(path.join(out, MARKER), `${JSON.stringify({ generator: 'bench/corpus.ts', ...recorded }, null, 2)}\n`);
  return stats;
}

function knowledgeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) hash.update(name).update(readFileSync(path.join(dir, name)));
  return hash.digest('hex').slice(0, 12);
}

/** An empty or new folder, or one this generator filled before (its files are replaced). */
function prepareFolder(out: string): void {
  const seeds = path.join(PROJECT_ROOT, 'seeds');
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : path.resolve(p));
  let probe = out;
  while (!existsSync(probe) && path.dirname(probe) !== probe) probe = path.dirname(probe);
  const resolved = path.join(real(probe), path.relative(probe, out));
  const seedsReal = real(seeds);
  if (resolved === seedsReal || resolved.startsWith(seedsReal + path.sep)) {
    throw new Error(`refusing to write into the project's seeds folder (${seeds}); choose another --out`);
  }
  if (!existsSync(out)) {
    mkdirSync(out, { recursive: true });
    return;
  }
  const entries = readdirSync(out);
  if (entries.length === 0) return;
  if (!entries.includes(MARKER)) {
    throw new Error(`${out} is not empty and was not written by this generator; choose an empty or new folder`);
  }
  for (const entry of entries) if (GENERATED_NAME.test(entry) || entry === MARKER) rmSync(path.join(out, entry));
}

function main(): void {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      knowledge: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.out) {
    console.log('usage: npm run bench:corpus -- --n 10000 --out DIR [--seed 1] [--knowledge DIR]');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const stats = generateCorpus({ n: Number(values.n), out: values.out, seed: Number(values.seed), ...(values.knowledge ? { knowledgeDir: path.resolve(values.knowledge) } : {}) });
  const mib = (stats.bytes / 1048576).toFixed(1);
  console.log(
    `${stats.n} articles (${stats.uk} uk, ${stats.ru} ru; ${stats.seedFormat} .txt, ${stats.frontMatter} .md; ${stats.undated} without a date line), ` +
      `${mib} MiB, ${stats.firstDate} – ${stats.lastDate}, seed ${stats.seed}, written to ${stats.out} in ${(stats.generateMs / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`bench:corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
