/**
 * `npm run serve` with a broken file: the problem is printed, the site keeps being served
 * with every other article, and fixing the file brings its article in.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SEEDS_DIR, tempFolder } from '../helpers.ts';

async function waitFor<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: nothing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A rebuild takes seconds; a restart under load (a code change by someone else) can take a minute. */
const STEP_MS = 120_000;

describe('npm run serve with a broken file', () => {
  const seeds = tempFolder();
  cpSync(SEEDS_DIR, seeds, { recursive: true });
  const output = tempFolder();
  const logFile = path.join(tempFolder(), 'serve.log');
  const log = openSync(logFile, 'a');
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = spawn('npm', ['run', '--silent', 'serve', '--', `--output=${output}`, `--port=${port}`], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SEEDS_DIR: seeds },
    detached: true,
    stdio: ['ignore', log, log],
  });
  afterAll(() => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  });

  const logText = () => readFileSync(logFile, 'utf8');
  const articleFiles = (): string[] | undefined => {
    const json = path.join(output, 'data', 'articles.json');
    if (!existsSync(json)) return undefined;
    try {
      return (JSON.parse(readFileSync(json, 'utf8')) as { file: string }[]).map((a) => a.file);
    } catch {
      return undefined; // being written
    }
  };
  const status = async (page: string) => {
    try {
      return (await fetch(`http://localhost:${port}${page}`)).status;
    } catch {
      return undefined;
    }
  };
  /**
   * The page's status once the server answers. Someone editing src/ or templates/ restarts the
   * server (src/cli/serve.ts), so a moment without an answer is allowed; a broken seed never
   * restarts it.
   */
  const served = (page: string) => waitFor(() => status(page), STEP_MS, `GET ${page}`);

  it('prints the error, keeps serving the last good site, and recovers when the file is fixed', async () => {
    await waitFor(() => (articleFiles()?.length === 5 ? true : undefined), 120_000, 'first build');
    expect(await served('/')).toBe(200);

    // A file that cannot be an article: reported, the rest of the site stays.
    const logBefore = logText().length;
    writeFileSync(path.join(seeds, 'broken.txt'), new Uint8Array([0x20, 0x64, 0x61, 0x74, 0x65, 0x00, 0x01]));
    const report = await waitFor(() => /broken\.txt:1:6: error: not a text file: the file contains NUL bytes.*\[binary-file\]/u.exec(logText().slice(logBefore))?.[0], STEP_MS, 'error printed');
    expect(report).toContain('[binary-file]');
    expect(logText().slice(logBefore)).not.toMatch(/\n\s+at /u); // no stack trace
    expect(articleFiles()).toHaveLength(5);
    expect(await served('/')).toBe(200);
    expect(await served('/data/articles.json')).toBe(200);

    // Broken front matter: the article is kept as far as it can be read, with the error.
    const logBroken = logText().length;
    writeFileSync(path.join(seeds, 'broken.txt'), '---\ntitle: [unclosed\n---\nДелегації зустрілися у Женеві.\n');
    await waitFor(() => (/broken\.txt:2:1: error: .*\[front-matter-yaml\]/u.test(logText().slice(logBroken)) ? true : undefined), STEP_MS, 'YAML error printed');
    expect(await served('/')).toBe(200);

    // Fixed: its article joins the site, and the report is clean of it.
    const logFixed = logText().length;
    writeFileSync(path.join(seeds, 'broken.txt'), ' date 2025-11-27 Делегації зустрілися знову\n\nПереговори тривали весь день.\n');
    const titled = () => (JSON.parse(readFileSync(path.join(output, 'data', 'articles.json'), 'utf8')) as { file: string; title: string }[]).find((a) => a.file === 'broken.txt')?.title;
    await waitFor(() => {
      try {
        return titled() === 'Делегації зустрілися знову' ? true : undefined;
      } catch {
        return undefined; // being written
      }
    }, STEP_MS, 'fixed file built');
    expect(articleFiles()).toHaveLength(6);
    await waitFor(() => (/0 errors/u.test(logText().slice(logFixed)) ? true : undefined), STEP_MS, 'clean report');
    expect(logText().slice(logFixed)).not.toContain('broken.txt:');
    expect(await served('/')).toBe(200);
  }, 600_000);
});
