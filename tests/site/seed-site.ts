import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { SEEDS_DIR, tempFolder } from '../helpers.ts';
import { runBuild, type BuildRun } from './build-helpers.ts';

/**
 * The site built from `seeds/` by `npm run build`, once per test run: the first test file to
 * ask builds it, the others (in other workers) wait for that build and read the same folder.
 * For tests that only read the site; a test that changes seeds or options builds its own.
 * Fails when the build fails, with the build's output.
 */
export async function seedSite(timeoutMs = 170_000): Promise<string> {
  const runDir = inject('runDir') as string | undefined;
  if (!runDir) return checked(buildInto(tempFolder())); // run outside vitest.config.ts: build alone
  const output = path.join(runDir, 'seed-site');
  const report = path.join(runDir, 'seed-site.json');
  try {
    mkdirSync(output); // atomic: exactly one worker gets to build
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return checked(await waitForReport(report, output, timeoutMs));
  }
  let built: BuiltSite = { output, run: { status: null, stdout: '', stderr: 'the build did not finish' } };
  try {
    built = buildInto(output);
  } finally {
    // Written whole, then renamed into place, so a waiting worker never reads half a report.
    writeFileSync(`${report}.tmp`, JSON.stringify(built.run));
    renameSync(`${report}.tmp`, report);
  }
  return checked(built);
}

interface BuiltSite {
  output: string;
  run: BuildRun;
}

function buildInto(output: string): BuiltSite {
  return { output, run: runBuild({ seedsDir: SEEDS_DIR, outputDir: output }) };
}

function checked({ output, run }: BuiltSite): string {
  if (run.status !== 0) throw new Error(`npm run build on seeds/ exited with status ${String(run.status)}:\n${run.stderr}${run.stdout}`);
  return output;
}

async function waitForReport(report: string, output: string, timeoutMs: number): Promise<BuiltSite> {
  const started = Date.now();
  for (;;) {
    try {
      return { output, run: JSON.parse(readFileSync(report, 'utf8')) as BuildRun };
    } catch {
      // not written yet (or being written)
    }
    if (Date.now() - started > timeoutMs) throw new Error(`gave up after ${timeoutMs} ms waiting for another test file's build of seeds/ into ${output}`);
    await sleep(250);
  }
}
