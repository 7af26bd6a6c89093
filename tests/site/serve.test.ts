import { spawn } from 'node:child_process';
import { cpSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SEEDS_DIR, tempFolder } from '../helpers.ts';
import { listDeterministicFiles, runBuild } from './build-helpers.ts';

let lastLog = '';
const describeLog = () => (lastLog ? `; the server said:\n${readFileSync(lastLog, 'utf8').slice(-2000)}` : '');

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
async function waitFor<T>(check: () => T | undefined, timeoutMs: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`nothing after ${timeoutMs} ms${describeLog()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('npm run serve', () => {
  const seeds = tempFolder();
  cpSync(SEEDS_DIR, seeds, { recursive: true });
  const output = tempFolder();
  const json = path.join(output, 'data', 'articles.json');
  const logFile = path.join(tempFolder(), 'serve.log');
  lastLog = logFile;
  const logFd = openSync(logFile, 'a');
  const server = spawn('npm', ['run', '--silent', 'serve', '--', `--output=${output}`, `--port=${8700 + Math.floor(Math.random() * 200)}`], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SEEDS_DIR: seeds },
    detached: true,
    // One descriptor for both streams: two would each write at their own offset, over each other's lines.
    stdio: ['ignore', logFd, logFd],
  });
  afterAll(() => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  });
  const articleCount = () => {
    if (!existsSync(json)) return undefined;
    try {
      return (JSON.parse(readFileSync(json, 'utf8')) as unknown[]).length;
    } catch {
      return undefined; // being written
    }
  };

  it('rebuilds when a seed is added or removed, without a restart', async () => {
    expect(await waitFor(() => (articleCount() === 5 ? 5 : undefined), 60_000)).toBe(5);
    // A file added while the watcher is still starting counts as already there: wait for it.
    await waitFor(() => (readFileSync(logFile, 'utf8').includes('Server at') ? true : undefined), 60_000);
    writeFileSync(path.join(seeds, '005_new.txt'), ' date 2026-01-10 Делегації зустрілися в Абу-Дабі\n\nПереговори тривали два дні.\n');
    expect(await waitFor(() => (articleCount() === 6 ? 6 : undefined), 60_000)).toBe(6);
    const added = (JSON.parse(readFileSync(json, 'utf8')) as { file: string }[]).map((a) => a.file);
    expect(added).toContain('005_new.txt');
    rmSync(path.join(seeds, '005_new.txt'));
    await waitFor(() => (articleCount() === 5 ? true : undefined), 60_000);
  }, 240_000);

  /** The served folder, once the rebuild that follows a change has written `articles.json` with `count` articles. */
  const servedAfterRebuild = async (count: number, rebuilds: number) => {
    await waitFor(() => (articleCount() === count && (readFileSync(logFile, 'utf8').match(/\[serve\] rendering /gu) ?? []).length >= rebuilds ? true : undefined), 90_000);
    // Let the writes of that rebuild end (articles.json is one of many files it writes).
    await waitFor(() => (/Wrote \d+ files/u.test(readFileSync(logFile, 'utf8').split('[serve] rendering ').at(-1) ?? '') ? true : undefined), 90_000);
    return output;
  };

  it('rewrites only the pages that changed, leaving the same site as a full build', async () => {
    const rebuildsSoFar = (readFileSync(logFile, 'utf8').match(/\[serve\] rendering /gu) ?? []).length;
    // A new article naming known people, a person the knowledge base does not know, and a
    // meeting; the newest of all, so the site's last date moves (feeds without entries show it).
    writeFileSync(
      path.join(seeds, '006_added.txt'),
      ' date 2026-01-12 Умєров і Віткофф провели переговори в Абу-Дабі\n\nРустем Умєров і Стів Віткофф зустрілися в Абу-Дабі 11 січня. У зустрічі взяв участь радник Олексій Вербицький.\n',
    );
    expect(await waitFor(() => (articleCount() === 6 ? 6 : undefined), 60_000)).toBe(6);
    const served = await servedAfterRebuild(6, rebuildsSoFar + 1);
    const log = readFileSync(logFile, 'utf8');
    const [, changed, total] = /\[serve\] rendering (\d+) of (\d+) listed pages[^\n]*\n(?![\s\S]*\[serve\] rendering)/u.exec(log) ?? [];
    expect(Number(changed)).toBeGreaterThan(0);
    expect(Number(changed)).toBeLessThan(Number(total));

    const full = tempFolder();
    expect(runBuild({ seedsDir: seeds, outputDir: full, env: { PEACE_TIMELINE_CACHE: 'off' } }).status).toBe(0);
    const files = listDeterministicFiles(full);
    expect(listDeterministicFiles(served)).toEqual(files);
    for (const file of files) expect(readFileSync(path.join(served, file)).equals(readFileSync(path.join(full, file))), file).toBe(true);
    rmSync(path.join(seeds, '006_added.txt'));
    expect(await waitFor(() => (articleCount() === 5 ? 5 : undefined), 60_000)).toBe(5);
  }, 240_000);
});
