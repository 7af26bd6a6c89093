/**
 * `npm run serve`: Eleventy's dev server, restarted whenever the code changes.
 *
 * Eleventy itself rebuilds when a seed or knowledge file changes (the pipeline runs again
 * inside the build). A change to `src/`, `templates/` or the config is different: Node
 * keeps already-imported ES modules, so an in-process rebuild would mix old and new code.
 * Restarting the Eleventy process is the only way to be sure every module is fresh.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REBUILD_SIGNAL, siteSources } from '../site/load-site.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODE = ['src', 'templates', 'eleventy.config.ts'];
const RESTART_DELAY_MS = 300;

let child: ChildProcess | null = null;
let restartTimer: NodeJS.Timeout | null = null;
let stopping = false;

function start(): void {
  const eleventy = path.join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
  // The pipeline runs in this child: the same V8 flag as `npm run build` (README, Performance).
  child = spawn(process.execPath, ['--no-regexp-tier-up', '--import', 'tsx', eleventy, '--config=eleventy.config.ts', '--serve', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    child = null;
    if (!stopping && !restartTimer && signal === null) process.exit(code ?? 0);
  });
}

function restart(changed: string): void {
  if (restartTimer) clearTimeout(restartTimer);
  restartTimer = setTimeout(() => {
    process.stdout.write(`[serve] ${changed} changed: restarting with the new code\n`);
    const old = child;
    const relaunch = () => {
      restartTimer = null;
      start();
    };
    if (!old) return relaunch();
    old.once('exit', relaunch);
    old.kill('SIGTERM');
  }, RESTART_DELAY_MS);
}

for (const entry of CODE) {
  watch(path.join(ROOT, entry), { recursive: true }, (_event, file) => restart(file ? path.join(entry, file.toString()) : entry));
}
// Eleventy 3.1 notices a deleted watched file but does not rebuild; a removed article
// must leave the timeline, so a deletion is passed on as a change to a signal file it watches.
const { seedsDir } = siteSources();
// The watcher only sees changes to a file that exists when it starts.
mkdirSync(path.dirname(REBUILD_SIGNAL), { recursive: true });
if (!existsSync(REBUILD_SIGNAL)) writeFileSync(REBUILD_SIGNAL, '');
watch(seedsDir, { recursive: true }, (event, file) => {
  if (event !== 'rename' || !file || existsSync(path.join(seedsDir, file.toString()))) return;
  mkdirSync(path.dirname(REBUILD_SIGNAL), { recursive: true });
  writeFileSync(REBUILD_SIGNAL, `${file.toString()}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    child?.kill(signal);
    process.exit(0);
  });
}
start();
