/**
 * `npm run bench -- --n 1000,10000 [--seed 1] [--json FILE] [--runs 1] [--keep] [--no-baseline]`
 *
 * For each size: writes a synthetic corpus (bench/corpus.ts) into a temporary folder, runs
 * the pipeline once in a child process under the sampling profiler for the time per phase
 * (bench/lib/pipeline-probe.ts), builds the site with `npm run build` as a child process
 * (wall time, peak memory, pages and bytes written), then builds the same articles with
 * plain Eleventy as Markdown pages with one layout (bench/baseline/), and prints a table
 * with the ratio. Every figure, with machine details, also goes to a JSON file
 * (default bench/results/latest.json). Temporary folders are removed unless --keep.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, PROJECT_ROOT, type CorpusStats } from './corpus.ts';
import { prepareBaselineInput } from './lib/baseline.ts';
import { folderSize, measure, type FolderSize, type Measured } from './lib/measure.ts';
import type { ProbeResult } from './lib/pipeline-probe.ts';
import { PHASES, type Phase } from './lib/profile.ts';

const DEFAULT_SIZES = [1000, 10_000];
const LARGEST_DEFAULT = 10_000;

interface BuildFigures {
  /** Median wall time of the runs, ms. */
  wallMs: number;
  runsMs: number[];
  /** User + system CPU time of the median run, ms: steadier than wall time on a busy machine. */
  cpuMs: number | null;
  /** Eleventy's own "Wrote N files in X seconds" (summed over its runs), ms (its start-up before that is not counted). */
  eleventyReportedMs: number | null;
  /** The search index step, from the build's "[search] … in X s" line, ms; null without one. */
  searchIndexMs: number | null;
  maxRssBytes: number | null;
  exitCode: number | null;
  output: FolderSize;
  msPerArticle: number;
  /** Last lines of the build's console output. */
  tail: string[];
}

interface SizeResult {
  n: number;
  corpus: Omit<CorpusStats, 'out'>;
  /** The plain run's figures; `phases` from the profiled run (whose own wall time is `profiledWallMs`). */
  pipeline: ProbeResult & { profiledWallMs: number | null };
  build: BuildFigures;
  /** Time per phase, ms: the pipeline's phases (from the profile), then render + write. */
  /** searchIndex: the build's own "[search] … in X s" line (Pagefind, after Eleventy), null when it has none. */
  phases: Record<Phase, number> & { pipeline: number; renderWrite: number; searchIndex: number | null };
  /** The same in CPU time (user + system), ms: steadier on a busy machine. */
  phasesCpu?: ReturnType<typeof cpuPhases>;
  /** With --warm: builds with the project's pipeline cache on, first filling it, then reusing it. */
  warm: { firstBuild: BuildFigures; rebuild: BuildFigures } | null;
  baseline: (BuildFigures & { inputBytes: number }) | null;
  /** Build wall time / baseline wall time. */
  ratio: number | null;
  /** Build CPU time / baseline CPU time (less sensitive to other load on the machine). */
  cpuRatio: number | null;
}

interface Options {
  sizes: number[];
  seed: number;
  json: string;
  runs: number;
  keep: boolean;
  baseline: boolean;
  phases: boolean;
  warm: boolean;
  tmp: string;
  /** Print the tables of an earlier JSON result instead of measuring. */
  report: string | null;
}

function parseOptions(): Options | null {
  const { values } = parseArgs({
    options: {
      n: { type: 'string' },
      seed: { type: 'string', default: '1' },
      json: { type: 'string', default: path.join(PROJECT_ROOT, 'bench', 'results', 'latest.json') },
      runs: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      'no-baseline': { type: 'boolean', default: false },
      'no-phases': { type: 'boolean', default: false },
      warm: { type: 'boolean', default: false },
      tmp: { type: 'string', default: os.tmpdir() },
      report: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench -- [--n 1000,10000] [--seed 1] [--json FILE] [--runs 1] [--keep] [--no-baseline] [--no-phases] [--warm] [--tmp DIR] | --report FILE.json');
    return null;
  }
  const sizes = values.n ? values.n.split(',').map((s) => Number(s.trim().replace(/[_k]/gu, (c) => (c === 'k' ? '000' : '')))) : DEFAULT_SIZES;
  for (const n of sizes) if (!Number.isInteger(n) || n < 1) throw new Error(`--n: "${values.n}" is not a list of positive whole numbers`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive whole number');
  return {
    sizes,
    seed: Number(values.seed),
    json: path.resolve(values.json),
    runs,
    keep: values.keep,
    baseline: !values['no-baseline'],
    phases: !values['no-phases'],
    warm: values.warm,
    tmp: path.resolve(values.tmp),
    report: values.report ? path.resolve(values.report) : null,
  };
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function runSize(n: number, options: Options): Promise<SizeResult> {
  const work = mkdtempSync(path.join(options.tmp, `peace-timeline-bench-${n}-`));
  try {
    const corpusDir = path.join(work, 'corpus');
    log(`[${n}] writing the corpus to ${corpusDir}`);
    const { out: _out, ...corpus } = generateCorpus({ n, out: corpusDir, seed: options.seed });
    // The pipeline's persistent cache (.cache/peace-timeline/ of the project) is off for the
    // figures: every run starts cold and the project's cache is left alone (--warm uses it).
    const env = { ...process.env, SEEDS_DIR: corpusDir, PEACE_TIMELINE_CACHE: 'off' };

    // The pipeline alone, as the build runs it, in a fresh process: once plain for the
    // wall time, once under the profiler for the phases.
    const probe = async (profiled: boolean): Promise<ProbeResult> => {
      // The profile stays in the temporary folder (kept with --keep): bench/lib/profile.ts reads it.
      // As `npm run build` runs it (package.json): see README, Performance, on --no-regexp-tier-up.
      const args = ['--no-regexp-tier-up', '--import', 'tsx', path.join('bench', 'lib', 'pipeline-probe.ts'), ...(profiled ? ['--profile-out', path.join(work, 'pipeline.cpuprofile')] : ['--no-profile'])];
      // The profiler sees only the main thread: the profiled run extracts in it, so that the
      // shares of the phases are those of the work (the plain run uses worker threads, as builds do).
      const run = await measure(process.execPath, args, { cwd: PROJECT_ROOT, env: profiled ? { ...env, PEACE_TIMELINE_THREADS: '1' } : env });
      const line = run.stdout.trim().split('\n').pop() ?? '';
      if (run.exitCode !== 0 || !line.startsWith('{')) throw new Error(`the pipeline probe failed (exit ${run.exitCode}):\n${run.stderr.slice(-3000)}`);
      return JSON.parse(line) as ProbeResult;
    };
    log(`[${n}] pipeline in-process (${options.phases ? 'plain, then profiled for the phases' : 'plain'})`);
    const plain = await probe(false);
    const profiled = options.phases ? await probe(true) : null;
    const pipeline = { ...plain, phases: profiled?.phases ?? null, profiled: profiled !== null, profiledWallMs: profiled?.wallMs ?? null };

    const build = await timedBuilds(n, options.runs, (i) => {
      const out = path.join(work, `site-${i}`);
      log(`[${n}] npm run build (run ${i + 1} of ${options.runs})`);
      return { out, run: () => measure('npm', ['run', 'build', '--', `--output=${out}`], { cwd: PROJECT_ROOT, env }) };
    });

    let warm: SizeResult['warm'] = null;
    if (options.warm) {
      const cached = { ...env, PEACE_TIMELINE_CACHE: 'on' };
      const first = await timedBuilds(n, 1, () => {
        const out = path.join(work, 'site-cache-first');
        log(`[${n}] npm run build with the cache: first build, writing it`);
        return { out, run: () => measure('npm', ['run', 'build', '--', `--output=${out}`], { cwd: PROJECT_ROOT, env: cached }) };
      });
      const again = await timedBuilds(n, options.runs, (i) => {
        const out = path.join(work, `site-cache-warm-${i}`);
        log(`[${n}] npm run build with the cache: rebuild, nothing changed (run ${i + 1} of ${options.runs})`);
        return { out, run: () => measure('npm', ['run', 'build', '--', `--output=${out}`], { cwd: PROJECT_ROOT, env: cached }) };
      });
      warm = { firstBuild: first, rebuild: again };
    }

    let baseline: SizeResult['baseline'] = null;
    if (options.baseline) {
      const input = path.join(work, 'baseline-input');
      const prepared = prepareBaselineInput(corpusDir, input, path.join(PROJECT_ROOT, 'bench', 'baseline'));
      const eleventy = path.join(PROJECT_ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
      const config = path.join('bench', 'baseline', 'eleventy.config.mjs');
      const figures = await timedBuilds(n, options.runs, (i) => {
        const out = path.join(work, `baseline-site-${i}`);
        log(`[${n}] baseline: plain Eleventy (run ${i + 1} of ${options.runs})`);
        return { out, run: () => measure(process.execPath, [eleventy, `--config=${config}`, `--input=${input}`, `--output=${out}`], { cwd: PROJECT_ROOT }) };
      });
      baseline = { ...figures, inputBytes: prepared.bytes };
    }

    const phaseMs = Object.fromEntries(PHASES.map((p) => [p, pipeline.phases?.ms[p] ?? 0])) as Record<Phase, number>;
    if (pipeline.phases) {
      // Shares from the profiled run, applied to the plain run's wall time.
      for (const p of PHASES) phaseMs[p] = Math.round(pipeline.phases.share[p] * pipeline.wallMs);
    }
    const result: SizeResult = {
      n,
      corpus,
      pipeline,
      build,
      phases: { ...phaseMs, pipeline: pipeline.wallMs, renderWrite: Math.max(0, build.wallMs - pipeline.wallMs - (build.searchIndexMs ?? 0)), searchIndex: build.searchIndexMs },
      warm,
      baseline,
      ratio: baseline && baseline.wallMs > 0 ? round(build.wallMs / baseline.wallMs, 3) : null,
      cpuRatio: baseline?.cpuMs && build.cpuMs ? round(build.cpuMs / baseline.cpuMs, 3) : null,
    };
    return { ...result, phasesCpu: cpuPhases(result) };
  } finally {
    if (options.keep) log(`[${n}] kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

async function timedBuilds(n: number, runs: number, next: (i: number) => { out: string; run: () => Promise<Measured> }): Promise<BuildFigures> {
  const results: (Measured & { output: FolderSize })[] = [];
  for (let i = 0; i < runs; i++) {
    const { out, run } = next(i);
    const measured = await run();
    results.push({ ...measured, output: folderSize(out) });
    if (i < runs - 1) rmSync(out, { recursive: true, force: true });
  }
  const sorted = [...results].sort((a, b) => a.wallMs - b.wallMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const console = `${median.stdout}\n${median.stderr}`;
  // A large site is rendered in several Eleventy runs, each with its own line.
  const wrote = [...console.matchAll(/Wrote \d+ files? in ([\d.]+) seconds/gu)].map((m) => Number(m[1]));
  const search = /^\[search\][^\n]* in ([\d.]+) s\s*$/mu.exec(console);
  const peaks = results.map((r) => r.maxRssBytes).filter((b): b is number => b !== null);
  return {
    wallMs: median.wallMs,
    runsMs: results.map((r) => r.wallMs),
    cpuMs: median.cpuMs,
    eleventyReportedMs: wrote.length ? Math.round(wrote.reduce((a, b) => a + b, 0) * 1000) : null,
    searchIndexMs: search ? Math.round(Number(search[1]) * 1000) : null,
    maxRssBytes: peaks.length > 0 ? Math.max(...peaks) : null,
    exitCode: median.exitCode,
    output: median.output,
    msPerArticle: round(median.wallMs / n, 2),
    tail: console
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('npm warn') && !l.startsWith('>'))
      .slice(-4),
  };
}

// ─── Output ───────────────────────────────────────────────────────────────────────────

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const count = (x: number) => x.toLocaleString('en-GB');
function bytes(b: number | null): string {
  if (b === null) return 'n/a';
  return b >= 1024 ** 3 ? `${(b / 1024 ** 3).toFixed(2)} GiB` : `${(b / 1024 ** 2).toFixed(1)} MiB`;
}

/** CPU milliseconds per phase: the profile's shares of the pipeline's CPU time; render + write is the build's CPU time less the pipeline's. */
function cpuPhases(r: SizeResult): (Record<Phase, number> & { pipeline: number; renderWrite: number | null }) {
  const shares = r.pipeline.phases?.share;
  const perPhase = Object.fromEntries(PHASES.map((p) => [p, Math.round((shares?.[p] ?? 0) * r.pipeline.cpuMs)])) as Record<Phase, number>;
  return { ...perPhase, pipeline: r.pipeline.cpuMs, renderWrite: r.build.cpuMs === null ? null : Math.max(0, r.build.cpuMs - r.pipeline.cpuMs) };
}

function table(r: SizeResult): string {
  const rows: [string, string, string, string][] = [];
  const cpu = cpuPhases(r);
  const totalCpu = r.build.cpuMs;
  const share = (ms: number | null) => (ms === null || !totalCpu ? '' : `${((100 * ms) / totalCpu).toFixed(1)} %`);
  const cpuText = (ms: number | null) => (ms === null ? 'n/a' : seconds(ms));
  const label: Record<Phase, string> = {
    read: 'read (seed files)',
    knowledge: 'read (knowledge base)',
    parse: 'parse',
    extract: 'extract (fields, actors, meetings)',
    assemble: 'assemble (+ site data)',
    cache: 'cache keys (hashing)',
  };
  rows.push(['phase', 'wall', 'CPU', 'share of CPU']);
  if (r.pipeline.phases) {
    for (const p of PHASES) if (p !== 'cache' || r.phases[p] > 0) rows.push([`  ${label[p]}`, seconds(r.phases[p]), cpuText(cpu[p]), share(cpu[p])]);
  } else rows.push(['  read, parse, extract, assemble', 'n/a', 'n/a', 'not profiled (--no-phases)']);
  rows.push(['  = pipeline, in-process', seconds(r.phases.pipeline), cpuText(cpu.pipeline), share(cpu.pipeline)]);
  const searched = r.phases.searchIndex !== null && r.phases.searchIndex !== undefined;
  rows.push([searched ? 'render + write (build − pipeline − search)' : 'render + write (build − pipeline)', seconds(r.phases.renderWrite), cpuText(cpu.renderWrite), `${share(cpu.renderWrite)}${searched ? '  (CPU includes the search index)' : ''}`]);
  rows.push(['search index', searched ? seconds(r.phases.searchIndex!) : 'n/a', 'n/a', searched ? 'the build\'s own [search] line' : '']);
  rows.push(['total (npm run build)', seconds(r.build.wallMs), cpuText(totalCpu), r.build.runsMs.length > 1 ? `median of ${r.build.runsMs.map(seconds).join(', ')}` : '']);
  rows.push(['ms per article', r.build.msPerArticle.toFixed(2), totalCpu === null ? 'n/a' : (totalCpu / r.n).toFixed(2), '']);
  rows.push(['pages written', `${count(r.build.output.html)} HTML`, '', `${count(r.build.output.files)} files in all`]);
  rows.push(['output size', bytes(r.build.output.bytes), '', '']);
  rows.push(['peak memory (RSS)', bytes(r.build.maxRssBytes), '', `pipeline alone ${bytes(r.pipeline.maxRssBytes)}`]);
  if (r.warm) {
    rows.push(['with the pipeline cache: first build', seconds(r.warm.firstBuild.wallMs), cpuText(r.warm.firstBuild.cpuMs), `peak ${bytes(r.warm.firstBuild.maxRssBytes)}`]);
    rows.push(['with the pipeline cache: rebuild', seconds(r.warm.rebuild.wallMs), cpuText(r.warm.rebuild.cpuMs), `nothing changed; peak ${bytes(r.warm.rebuild.maxRssBytes)}`]);
  }
  if (r.build.exitCode !== 0) rows.push(['build exit status', String(r.build.exitCode), '', r.build.exitCode === 1 ? 'input errors reported, or a crash: see tail' : '']);
  if (r.baseline) {
    const b = r.baseline;
    rows.push(['baseline: plain Eleventy, Markdown + 1 layout', seconds(b.wallMs), cpuText(b.cpuMs), b.runsMs.length > 1 ? `median of ${b.runsMs.map(seconds).join(', ')}` : '']);
    rows.push(['  ms per article', b.msPerArticle.toFixed(2), b.cpuMs === null ? 'n/a' : (b.cpuMs / r.n).toFixed(2), '']);
    rows.push(['  pages written', `${count(b.output.html)} HTML`, '', bytes(b.output.bytes)]);
    rows.push(['  peak memory (RSS)', bytes(b.maxRssBytes), '', '']);
    rows.push(['ratio build / baseline', `${r.ratio?.toFixed(2) ?? 'n/a'}×`, r.cpuRatio === null ? 'n/a' : `${r.cpuRatio.toFixed(2)}×`, 'target ≤ 0.75× at 10,000']);
  }
  const c = r.corpus;
  const head =
    `\n${count(r.n)} articles — corpus ${bytes(c.bytes)}, ${count(c.uk)} uk / ${count(c.ru)} ru, ${count(c.seedFormat)} .txt / ${count(c.frontMatter)} .md, ` +
    `${c.firstDate} – ${c.lastDate}, seed ${c.seed}; pipeline found ${count(r.pipeline.counts.actors)} actors` +
    `${r.pipeline.counts.meetings === null ? '' : `, ${count(r.pipeline.counts.meetings)} meetings`}, ${r.pipeline.counts.warnings} warnings, ${r.pipeline.counts.errors} errors`;
  const stages = r.pipeline.phases?.stages?.slice(0, 6) ?? [];
  const stageLine = stages.length > 0 ? `\npipeline CPU by stage: ${stages.map((st) => `${st.stage.split('@')[0]} ${(st.share * 100).toFixed(0)} %`).join(', ')}` : '';
  const width = (i: number) => Math.max(...rows.map((row) => row[i]!.length));
  const [w0, w1, w2] = [width(0), width(1), width(2)];
  const lines = rows.map(([a, b, c2, note]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c2.padStart(w2)}  ${note}`.trimEnd());
  if (r.build.exitCode !== 0 && r.build.exitCode !== 1) lines.push(...r.build.tail.map((l) => `  | ${l}`));
  return `${head}\n${'─'.repeat(Math.min(100, w0 + w1 + w2 + 20))}\n${lines.join('\n')}${stageLine}`;
}

function machine() {
  const cpus = os.cpus();
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const eleventy = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules', '@11ty', 'eleventy', 'package.json'), 'utf8')) as { version: string };
  const status = git(['status', '--porcelain', '--untracked-files=no']);
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model ?? null,
    totalMemoryBytes: os.totalmem(),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    eleventy: eleventy.version,
    npm: spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim() || null,
    gnuTime: spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0,
    // BENCH_COMMIT: for a copy of the project without .git (e.g. a `git archive` snapshot).
    commit: git(['rev-parse', '--short', 'HEAD']) ?? process.env.BENCH_COMMIT ?? null,
    trackedFilesModified: status === null ? null : status !== '',
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (!options) return;
  if (options.report) {
    const earlier = JSON.parse(readFileSync(options.report, 'utf8')) as { command: string; startedAt: string; machine: { cores: number; node: string; commit: string | null }; sizes: SizeResult[] };
    const m = earlier.machine;
    process.stdout.write(`${earlier.command} — ${earlier.startedAt}, ${m.cores} cores, Node ${m.node}, commit ${m.commit ?? 'unknown'}\n`);
    for (const result of earlier.sizes) process.stdout.write(`${table(result)}\n`);
    return;
  }
  const big = options.sizes.filter((n) => n > LARGEST_DEFAULT);
  if (big.length > 0) log(`sizes above ${count(LARGEST_DEFAULT)} (${big.map(count).join(', ')}) take long and several GiB of memory`);
  const info = machine();
  const loadBefore = os.loadavg();
  log(`${info.cores} cores, Node ${info.node}, Eleventy ${info.eleventy}, commit ${info.commit}${info.trackedFilesModified ? ' (with uncommitted changes)' : ''}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  const started = new Date();
  const results: SizeResult[] = [];
  for (const n of options.sizes) {
    const result = await runSize(n, options);
    results.push(result);
    process.stdout.write(`${table(result)}\n`);
  }
  const loadAfter = os.loadavg();
  const argv = process.argv.slice(2);
  const report = {
    tool: 'peace-timeline bench/run.ts',
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    command: `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`,
    machine: { ...info, loadAverageBefore: loadBefore.map((l) => round(l, 2)), loadAverageAfter: loadAfter.map((l) => round(l, 2)) },
    options: { sizes: options.sizes, seed: options.seed, runs: options.runs, baseline: options.baseline, phases: options.phases, warm: options.warm },
    notes: [
      'Times are wall-clock milliseconds. phases.* (read … assemble) share the in-process pipeline wall time by CPU-profile samples; renderWrite = build wall − pipeline wall − searchIndex (the build’s own [search] line, when it prints one), and includes Node/tsx/Eleventy start-up.',
      'build.maxRssBytes is the peak RSS of the largest process of `npm run build` (GNU time %M); pipeline.maxRssBytes is the pipeline alone.',
      'The pipeline cache is off (PEACE_TIMELINE_CACHE=off) for the probe and the main build; with --warm, two more builds use it (first build, then an unchanged rebuild).',
      'The baseline is plain Eleventy rendering the same articles as Markdown pages with one Nunjucks layout (bench/baseline/).',
    ],
    sizes: results,
  };
  mkdirSync(path.dirname(options.json), { recursive: true });
  writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  log(`results written to ${path.relative(process.cwd(), options.json) || options.json}; load average now ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
