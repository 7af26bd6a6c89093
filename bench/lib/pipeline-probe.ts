/**
 * Child process of the benchmark: runs the pipeline once, exactly as the build does
 * (`loadSite`, i.e. `runPipeline` + `toSiteData`), over `SEEDS_DIR`, under the V8 sampling
 * profiler, and prints one line of JSON: wall time, time per phase, peak memory, counts.
 *
 *   SEEDS_DIR=DIR node --no-regexp-tier-up --import tsx bench/lib/pipeline-probe.ts [--profile-out FILE] [--no-profile]
 *
 * `src/` has no timing hooks, so phases come from the profile: each sample taken inside
 * `runPipeline` is charged to the stage function it is in (the first frame below
 * `runPipeline` outside src/pipeline.ts, by folder: src/read → read, src/knowledge →
 * knowledge, src/parse → parse, src/extract → extract, src/assemble and src/site →
 * assemble). Garbage collection is shared out in proportion. No edit to src/ is needed and
 * new stages are picked up by their folder.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { loadSite, siteSources } from '../../src/site/load-site.ts';
import { attributePhases, type CpuProfile, type PhaseBreakdown } from './profile.ts';

export interface ProbeResult {
  wallMs: number;
  /** User + system CPU time of the run, ms. */
  cpuMs: number;
  profiled: boolean;
  phases: PhaseBreakdown | null;
  maxRssBytes: number;
  heapUsedBytes: number;
  counts: { filesSeen: number; articles: number; actors: number; meetings: number | null; errors: number; warnings: number };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'profile-out': { type: 'string' }, 'no-profile': { type: 'boolean', default: false } } });
  const profile = !values['no-profile'];
  const sources = siteSources();
  let session: Session | null = null;
  if (profile) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
  }
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const { data, filesSeen } = loadSite(sources);
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  let phases: PhaseBreakdown | null = null;
  if (session) {
    const { profile: cpuProfile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    session.disconnect();
    if (values['profile-out']) writeFileSync(values['profile-out'], JSON.stringify(cpuProfile));
    phases = attributePhases(cpuProfile, wallMs);
  }
  const loose = data as unknown as Record<string, unknown>;
  const length = (key: string) => (Array.isArray(loose[key]) ? (loose[key] as unknown[]).length : null);
  const result: ProbeResult = {
    wallMs: Math.round(wallMs),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    profiled: profile,
    phases,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedBytes: process.memoryUsage().heapUsed,
    counts: {
      filesSeen,
      articles: data.articles.length,
      actors: data.actors.length,
      meetings: length('meetings'),
      errors: data.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: data.diagnostics.filter((d) => d.severity === 'warning').length,
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
