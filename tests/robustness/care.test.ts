/**
 * Care for the user's files: a build of the hostile fixtures is byte-identical the second
 * time (once with the pipeline cache, once without), and it writes nothing into the seeds or
 * the knowledge folder and nothing outside the output folder but the build's own cache
 * (`.cache/`) and the tools' scratch files (tsx's pipe in the temp folder, npm's log).
 * Writes are seen by `strace` (every process, Pagefind's binary included) when it is
 * installed; the seeds and knowledge folders are compared before and after in any case.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempFolder } from '../helpers.ts';
import { listDeterministicFiles, listFiles, runBuild, type BuildRun } from '../site/build-helpers.ts';
import { hostileInput } from './helpers.ts';
import type { CaseFolders } from './helpers.ts';

/** Every entry below a folder with its kind, size, mode, mtime and content hash. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const entry = path.join(rel, name);
      const info = lstatSync(path.join(dir, entry));
      const hash = info.isFile() ? createHash('sha256').update(readFileSync(path.join(dir, entry))).digest('hex') : '';
      out.set(entry, `${info.isDirectory() ? 'dir' : info.isSymbolicLink() ? 'link' : 'file'} ${info.size} ${info.mode} ${info.mtimeMs} ${hash}`);
      if (info.isDirectory()) walk(entry);
    }
  };
  walk('');
  return out;
}

const STRACE = spawnSync('strace', ['-f', '-qq', '-e', 'trace=none', 'true']).status === 0;
const WRITE_CALLS = 'open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,rmdir,symlink,symlinkat,link,linkat,truncate,chmod,fchmodat,utimensat';

/** Paths written (created, opened for writing, renamed, removed, touched) by successful calls in strace -ff logs. */
function writtenPaths(logPrefix: string, cwd: string): string[] {
  const dir = path.dirname(logPrefix);
  const paths = new Set<string>();
  for (const log of readdirSync(dir).filter((f) => f.startsWith(`${path.basename(logPrefix)}.`))) {
    for (const line of readFileSync(path.join(dir, log), 'utf8').split('\n')) {
      const call = /^(\w+)\((.*)\)\s+=\s+(-?\d+)/u.exec(line);
      if (!call || call[3]!.startsWith('-')) continue;
      const [, name, args] = call;
      if ((name === 'open' || name === 'openat') && !/O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND/u.test(args!)) continue;
      const strings = [...args!.matchAll(/"((?:[^"\\]|\\.)*)"/gu)].map((m) => unescapeStrace(m[1]!));
      const targets = name!.startsWith('rename') ? strings : name!.startsWith('symlink') || name!.startsWith('link') ? strings.slice(-1) : strings.slice(0, 1);
      const relativeToFd = /^(?:openat|mkdirat|unlinkat|fchmodat|utimensat|renameat2?|linkat|symlinkat)$/u.test(name!) && !args!.startsWith('AT_FDCWD');
      for (const target of targets) paths.add(path.isAbsolute(target) ? target : relativeToFd ? `(relative to an open folder) ${target}` : path.resolve(cwd, target));
    }
  }
  return [...paths].sort();
}

/** strace prints bytes outside ASCII as octal escapes. */
function unescapeStrace(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && /[0-7]/u.test(text[i + 1] ?? '')) {
      const octal = /^[0-7]{1,3}/u.exec(text.slice(i + 1))![0];
      bytes.push(parseInt(octal, 8));
      i += octal.length;
    } else if (text[i] === '\\') {
      const next = text[++i]!;
      bytes.push(({ n: 10, t: 9, r: 13 } as Record<string, number>)[next] ?? next.charCodeAt(0));
    } else bytes.push(...Buffer.from(text[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

describe('a build of the hostile fixtures', () => {
  let input: CaseFolders;
  let first: { output: string; run: BuildRun; writes: string[] };
  let second: { output: string; run: BuildRun };
  let before: { seeds: Map<string, string>; knowledge: Map<string, string> };

  beforeAll(() => {
    input = hostileInput();
    before = { seeds: snapshot(input.seedsDir), knowledge: snapshot(input.knowledgeDir) };
    const env = { KNOWLEDGE_DIR: input.knowledgeDir };
    // The checkout may be edited while this runs: two builds compare only when the code
    // (src/, templates/, the config) was the same for both; otherwise they are made again.
    const code = () => [...snapshot(path.join(PROJECT_ROOT, 'src')), ...snapshot(path.join(PROJECT_ROOT, 'templates')), ['config', readFileSync(path.join(PROJECT_ROOT, 'eleventy.config.ts'), 'utf8')]].join('\n');
    for (let attempt = 1; attempt <= 3; attempt++) {
      const codeBefore = code();
      const output = path.join(tempFolder({}, 'peace-timeline-care-'), 'site');
      if (STRACE) {
        const logPrefix = path.join(tempFolder({}, 'peace-timeline-strace-'), 'trace');
        const args = ['-f', '-ff', '-qq', '-s', '4096', '-e', `trace=${WRITE_CALLS}`, '-o', logPrefix, 'npm', 'run', '--silent', 'build', '--', `--output=${output}`];
        const traced = spawnSync('strace', args, { cwd: PROJECT_ROOT, env: { ...process.env, SEEDS_DIR: input.seedsDir, ...env }, encoding: 'utf8', timeout: 600_000 });
        first = { output, run: { status: traced.status, stdout: traced.stdout, stderr: traced.stderr }, writes: writtenPaths(logPrefix, PROJECT_ROOT) };
      } else {
        first = { output, run: runBuild({ seedsDir: input.seedsDir, outputDir: output, env }), writes: [] };
      }
      const secondOutput = tempFolder({}, 'peace-timeline-care-');
      second = { output: secondOutput, run: runBuild({ seedsDir: input.seedsDir, outputDir: secondOutput, env: { ...env, PEACE_TIMELINE_CACHE: 'off' } }) };
      if (code() === codeBefore) break;
      console.info(`care.test.ts: the code changed during attempt ${attempt}; building again`);
    }
  }, 1_800_000);

  it('is byte-identical the second time (with and without the pipeline cache)', () => {
    expect(first.run.status).toBe(0);
    expect(second.run.status).toBe(0);
    const files = listDeterministicFiles(first.output);
    expect(listDeterministicFiles(second.output)).toEqual(files);
    const differ = files.filter((file) => !readFileSync(path.join(first.output, file)).equals(readFileSync(path.join(second.output, file))));
    expect(differ).toEqual([]);
  });

  it('leaves the seeds and knowledge folders exactly as they were', () => {
    expect(snapshot(input.seedsDir)).toEqual(before.seeds);
    expect(snapshot(input.knowledgeDir)).toEqual(before.knowledge);
  });

  it.runIf(STRACE)('writes nothing outside the output folder but its cache and the tools’ scratch files', () => {
    const inside = (dir: string) => (p: string) => p === dir || p.startsWith(`${dir}${path.sep}`);
    const allowed = [
      inside(first.output),
      inside(path.join(PROJECT_ROOT, '.cache')),
      (p: string) => /^tsx-/u.test(path.relative(tmpdir(), p).split(path.sep)[0] ?? ''),
      inside(path.join(homedir(), '.npm')),
      inside('/dev'),
    ];
    const outside = first.writes.filter((p) => !allowed.some((ok) => ok(p)));
    const elsewhere = first.writes.filter((p) => !inside(first.output)(p));
    console.info(`writes outside the output folder (allowed): ${elsewhere.join(', ') || 'none'}`);
    expect(first.writes.length).toBeGreaterThan(10); // the trace did see the build write its pages
    expect(outside).toEqual([]);
    expect(first.writes.filter((p) => inside(input.seedsDir)(p) || inside(input.knowledgeDir)(p))).toEqual([]);
  });
});
