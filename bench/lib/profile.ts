/**
 * Reading V8 CPU profiles (`.cpuprofile`, from `node --cpu-prof` or the inspector):
 * pipeline phases for the benchmark, and a summary of where time goes for people.
 *
 *   npx tsx bench/lib/profile.ts FILE.cpuprofile [--top 25]
 *
 * prints the functions and files with the most self time, and the time under each
 * project folder (inclusive), so a build profile can be read without DevTools.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const PHASES = ['read', 'knowledge', 'parse', 'extract', 'assemble', 'cache'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseBreakdown {
  /** Wall milliseconds per phase: the pipeline's wall time shared out by samples. */
  ms: Record<Phase, number>;
  /** Share of the attributed samples per phase (0–1). */
  share: Record<Phase, number>;
  /** Share of all samples spent collecting garbage (already shared out into the phases). */
  gcShare: number;
  /** Samples in the pipeline that matched no phase (e.g. a library called from pipeline.ts). */
  unattributedShare: number;
  samples: number;
  /** The stage functions `runPipeline` calls (`findMeetingMentions@src/extract/meetings/find-mentions.ts`), by share of the attributed samples, largest first. */
  stages: { stage: string; share: number }[];
}

const FOLDER_PHASE: readonly [RegExp, Phase][] = [
  [/\/src\/read\//u, 'read'],
  [/\/src\/knowledge\//u, 'knowledge'],
  [/\/src\/parse\//u, 'parse'],
  [/\/src\/(?:extract|parallel)\//u, 'extract'],
  [/\/src\/(?:assemble|site)\//u, 'assemble'],
  [/\/src\/(?:diagnostics\.ts|text\/)/u, 'assemble'],
  [/\/src\/cache\//u, 'cache'],
];

/** Functions of src/pipeline.ts itself that belong to a phase other than assembling. */
const PIPELINE_FUNCTIONS: Record<string, Phase> = { curatedMentions: 'extract', medianDate: 'extract' };

function parents(profile: CpuProfile): Map<number, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  return parent;
}

/** Time per sample node, in microseconds. */
function sampleTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  profile.samples.forEach((id, i) => times.set(id, (times.get(id) ?? 0) + Math.max(0, profile.timeDeltas[i] ?? 0)));
  return times;
}

/**
 * Charges each sample under `runPipeline` (or the site-data step after it) to a phase,
 * and shares `wallMs` out accordingly.
 */
export function attributePhases(profile: CpuProfile, wallMs: number): PhaseBreakdown {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = parents(profile);
  const phaseOf = new Map<number, Phase | 'gc' | 'outside' | 'unattributed'>();
  const stageOf = new Map<number, string>();

  const classify = (id: number): Phase | 'gc' | 'outside' | 'unattributed' => {
    const cached = phaseOf.get(id);
    if (cached) return cached;
    const node = byId.get(id)!;
    let result: Phase | 'gc' | 'outside' | 'unattributed';
    if (node.callFrame.functionName === '(garbage collector)') result = 'gc';
    else {
      // The stack from the root down to this node.
      const stack: CpuProfileNode[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.unshift(byId.get(at)!);
      const top = stack.findIndex((n) => n.callFrame.functionName === 'runPipeline' && n.callFrame.url.endsWith('/src/pipeline.ts'));
      if (top < 0) {
        const siteData = stack.some((n) => /\/src\/site\//u.test(n.callFrame.url));
        result = siteData ? 'assemble' : 'outside';
      } else {
        const below = stack.slice(top + 1);
        // The memo store wraps the stage functions: look through it for the stage, and
        // charge it (hashing keys, looking up) only what it does itself.
        const isGlue = (url: string) => url === '' || url.endsWith('/src/pipeline.ts') || url.startsWith('node:') || /\/src\/cache\//u.test(url);
        const stage = below.find((n) => !isGlue(n.callFrame.url)) ?? below.find((n) => /\/src\/cache\//u.test(n.callFrame.url));
        if (stage) {
          result = FOLDER_PHASE.find(([pattern]) => pattern.test(stage.callFrame.url))?.[1] ?? 'unattributed';
          const file = /\/(src\/.*)$/u.exec(stage.callFrame.url)?.[1] ?? stage.callFrame.url;
          stageOf.set(id, `${stage.callFrame.functionName || '(anonymous)'}@${file}`);
        } else {
          const own = [stack[top]!, ...below].filter((n) => n.callFrame.url.endsWith('/src/pipeline.ts')).pop()!;
          result = PIPELINE_FUNCTIONS[own.callFrame.functionName] ?? 'assemble';
          stageOf.set(id, `${own.callFrame.functionName || '(anonymous)'}@src/pipeline.ts`);
        }
      }
    }
    phaseOf.set(id, result);
    return result;
  };

  const totals: Record<Phase | 'gc' | 'outside' | 'unattributed', number> = { read: 0, knowledge: 0, parse: 0, extract: 0, assemble: 0, cache: 0, gc: 0, outside: 0, unattributed: 0 };
  let all = 0;
  const stages = new Map<string, number>();
  for (const [id, us] of sampleTimes(profile)) {
    const phase = classify(id);
    totals[phase] += us;
    all += us;
    const stage = stageOf.get(id) ?? (phase === 'assemble' ? 'toSiteData@src/site/site-data.ts' : null);
    if (stage && phase !== 'gc' && phase !== 'outside') stages.set(stage, (stages.get(stage) ?? 0) + us);
  }
  const attributed = PHASES.reduce((sum, p) => sum + totals[p], 0) + totals.unattributed;
  const ms = {} as Record<Phase, number>;
  const share = {} as Record<Phase, number>;
  for (const p of PHASES) {
    share[p] = attributed > 0 ? totals[p] / attributed : 0;
    ms[p] = Math.round(wallMs * share[p]);
  }
  return {
    ms,
    share,
    gcShare: all > 0 ? totals.gc / all : 0,
    unattributedShare: attributed > 0 ? totals.unattributed / attributed : 0,
    samples: profile.samples.length,
    stages: [...stages]
      .sort((a, b) => b[1] - a[1])
      .map(([stage, us]) => ({ stage, share: attributed > 0 ? Math.round((us / attributed) * 1000) / 1000 : 0 })),
  };
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; where: string; selfMs: number; share: number }[];
  files: { file: string; selfMs: number; share: number }[];
  /** Inclusive time under each project folder or package (counted once per sample). */
  areas: { area: string; totalMs: number; share: number }[];
}

function shortUrl(url: string, root: string): string {
  if (url === '') return '(native)';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) return file.slice(nm + '/node_modules/'.length);
  return file.startsWith(root) ? path.relative(root, file) : file;
}

/** The area a file belongs to: a package (`@11ty/eleventy`), a project folder (`src/extract`), or node internals. */
function areaOf(where: string): string {
  if (where === '(native)') return '(native / V8)';
  if (where.startsWith('node:')) return 'node: internals';
  const parts = where.split('/');
  if (where.startsWith('@')) return parts.slice(0, 2).join('/');
  if (parts[0] === 'src' || parts[0] === 'templates' || parts[0] === 'bench') return parts.slice(0, Math.min(2, parts.length - 1)).join('/') || parts[0]!;
  return parts[0]!;
}

export function summarise(profile: CpuProfile, root: string, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = parents(profile);
  const times = sampleTimes(profile);
  let total = 0;
  const fn = new Map<string, { name: string; where: string; us: number }>();
  const files = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const [id, us] of times) {
    total += us;
    const node = byId.get(id)!;
    const where = shortUrl(node.callFrame.url, root);
    const name = node.callFrame.functionName || '(anonymous)';
    const key = `${name}@${where}:${node.callFrame.lineNumber + 1}`;
    const entry = fn.get(key) ?? { name, where: `${where}:${node.callFrame.lineNumber + 1}`, us: 0 };
    entry.us += us;
    fn.set(key, entry);
    files.set(where, (files.get(where) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.url === '' && at !== id) continue;
      const area = areaOf(shortUrl(frame.url, root));
      if (!seen.has(area)) {
        seen.add(area);
        areas.set(area, (areas.get(area) ?? 0) + us);
      }
    }
  }
  const ms = (us: number) => Math.round(us / 1000);
  const share = (us: number) => (total > 0 ? us / total : 0);
  return {
    totalMs: ms(total),
    functions: [...fn.values()].sort((a, b) => b.us - a.us).slice(0, top).map((f) => ({ name: f.name, where: f.where, selfMs: ms(f.us), share: share(f.us) })),
    files: [...files].sort((a, b) => b[1] - a[1]).slice(0, top).map(([file, us]) => ({ file, selfMs: ms(us), share: share(us) })),
    areas: [...areas].sort((a, b) => b[1] - a[1]).slice(0, top).map(([area, us]) => ({ area, totalMs: ms(us), share: share(us) })),
  };
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  for (const file of positionals) {
    const summary = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, root, Number(values.top));
    const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
    console.log(`${file}: ${(summary.totalMs / 1000).toFixed(1)} s sampled\n\nself time, by function:`);
    for (const f of summary.functions) console.log(`  ${String(f.selfMs).padStart(7)} ms ${pct(f.share)}  ${f.name}  ${f.where}`);
    console.log('\nself time, by file:');
    for (const f of summary.files) console.log(`  ${String(f.selfMs).padStart(7)} ms ${pct(f.share)}  ${f.file}`);
    console.log('\ntotal time (self + callees), by package or project folder:');
    for (const a of summary.areas) console.log(`  ${String(a.totalMs).padStart(7)} ms ${pct(a.share)}  ${a.area}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
