import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LinkChecker } from 'linkinator';
import { PROJECT_ROOT } from '../helpers.ts';

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run build` exactly as a user does, with another seeds folder and output folder. */
export function runBuild(options: { seedsDir: string; outputDir: string; pathPrefix?: string; env?: Record<string, string>; extraArgs?: string[] }): BuildRun {
  const args = ['run', '--silent', 'build', '--', `--output=${options.outputDir}`];
  if (options.pathPrefix) args.push(`--pathprefix=${options.pathPrefix}`);
  args.push(...(options.extraArgs ?? []));
  const result = spawnSync('npm', args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SEEDS_DIR: options.seedsDir, ...options.env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below a folder, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${entry}` : entry;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out;
}

export function readOutput(dir: string, rel: string): string {
  return readFileSync(path.join(dir, rel), 'utf8');
}

/** Crawls the built site from `start` (served from `root` on loopback) and returns broken links. */
export async function brokenLinks(root: string, start = '/'): Promise<string[]> {
  const checker = new LinkChecker();
  const result = await checker.check({
    // A path relative to serverRoot: linkinator resolves absolute links against the server root.
    path: start.replace(/^\/+/u, '') || 'index.html',
    serverRoot: root,
    recurse: true,
    // Links to the outside world are not checked here: there is no network in tests.
    linksToSkip: ['^(?!http://localhost)'],
  });
  return result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent ?? '?'})`);
}

/**
 * Output files that must be byte-identical across builds of the same input: all of them,
 * the search index included (templates/lib/pagefind-canonical.ts puts Pagefind's filters in
 * a stable order).
 */
export function listDeterministicFiles(dir: string): string[] {
  return listFiles(dir);
}
