/**
 * Runs a command as a child process and measures it: wall time, and peak resident memory
 * of the largest process in its tree (GNU time's %M, i.e. wait4's ru_maxrss, which covers
 * grandchildren such as the node process `tsx` starts). Without GNU time, peak memory is
 * sampled from /proc every 50 ms instead (Linux), or reported as unknown.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measured {
  wallMs: number;
  /** Peak RSS of the largest process of the tree, bytes; null when it cannot be known. */
  maxRssBytes: number | null;
  /** User + system CPU time of the whole tree, ms (GNU time %U + %S); null without GNU time. */
  cpuMs: number | null;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

let gnuTime: boolean | null = null;

function hasGnuTime(): boolean {
  if (gnuTime === null) {
    gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
  }
  return gnuTime;
}

export async function measure(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ptl-time-'));
  const timeFile = path.join(scratch, 'time.txt');
  const wrapped = hasGnuTime();
  const [cmd, argv] = wrapped ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let polledPeak = 0;
  const poll = !wrapped && process.platform === 'linux' && child.pid !== undefined ? setInterval(() => (polledPeak = Math.max(polledPeak, treePeakRss(child.pid!))), 50) : null;
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  let maxRssBytes: number | null = polledPeak > 0 ? polledPeak : null;
  let cpuMs: number | null = null;
  if (wrapped && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" before the figures on failure.
    const [kb, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (kb !== undefined && Number.isFinite(kb) && kb > 0) maxRssBytes = kb * 1024;
    if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuMs = Math.round((user + system) * 1000);
  }
  rmSync(scratch, { recursive: true, force: true });
  return { wallMs: Math.round(wallMs), maxRssBytes, cpuMs, exitCode, stdout, stderr };
}

/** Largest VmHWM (peak RSS) among a process and its descendants, bytes. */
function treePeakRss(root: number): number {
  let peak = 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const ppid = Number(/^PPid:\s+(\d+)/mu.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      const kb = Number(/^VmHWM:\s+(\d+)/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
    } catch {
      // gone meanwhile
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return peak;
}

export interface FolderSize {
  files: number;
  html: number;
  bytes: number;
}

/** Files and bytes below a folder (what a build wrote). */
export function folderSize(dir: string): FolderSize {
  const size: FolderSize = { files: 0, html: 0, bytes: 0 };
  if (!existsSync(dir)) return size;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const abs = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile()) {
        size.files += 1;
        if (entry.name.endsWith('.html')) size.html += 1;
        size.bytes += statSync(abs).size;
      }
    }
  };
  walk(dir);
  return size;
}
