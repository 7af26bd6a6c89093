/**
 * Pages an earlier build wrote that this build no longer has (an article removed from
 * `seeds/`, a page number that fell away) would otherwise stay in the output folder and be
 * published with it: Eleventy never deletes. Each build records the files it wrote, per output
 * folder, in `.cache/output-manifests/`, and removes those of the previous build that it did
 * not write again. Only files a build wrote are ever removed; without a record (first build,
 * cache deleted) nothing is.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Where the records are kept (safe to delete: the next build then removes nothing). */
export const OUTPUT_MANIFESTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.cache/output-manifests');

const Manifest = z.object({ outputDir: z.string(), files: z.array(z.string()) });

/** Records `written` (paths of files written into `outputDir`) and removes the previous build's others; returns them, relative to `outputDir`. */
export function removeStaleOutput(outputDir: string, written: Iterable<string>, manifestDir: string): string[] {
  const root = path.resolve(outputDir);
  const manifestFile = path.join(manifestDir, `${createHash('sha1').update(root).digest('hex').slice(0, 16)}.json`);
  const files = [...new Set([...written].map((file) => path.relative(root, path.resolve(file))).filter((rel) => isInside(rel)).map(toPosix))].sort();
  const current = new Set(files);
  const stale = previousFiles(manifestFile, root).filter((rel) => !current.has(rel) && isInside(rel));
  for (const rel of stale) {
    rmSync(path.join(root, rel), { force: true });
    removeEmptyFolders(root, path.dirname(path.join(root, rel)));
  }
  mkdirSync(manifestDir, { recursive: true });
  writeFileSync(manifestFile, `${JSON.stringify({ outputDir: root, files })}\n`);
  return stale;
}

function previousFiles(manifestFile: string, root: string): string[] {
  if (!existsSync(manifestFile)) return [];
  try {
    const manifest = Manifest.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
    return manifest.outputDir === root ? manifest.files : [];
  } catch {
    return []; // unreadable: remove nothing
  }
}

function isInside(rel: string): boolean {
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function toPosix(rel: string): string {
  return rel.split(path.sep).join('/');
}

function removeEmptyFolders(root: string, folder: string): void {
  for (let dir = folder; dir !== root && dir.startsWith(`${root}${path.sep}`); dir = path.dirname(dir)) {
    if (!existsSync(dir) || readdirSync(dir).length > 0) return;
    rmdirSync(dir);
  }
}
