import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../src/types.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');
export const KNOWLEDGE_DIR = path.join(PROJECT_ROOT, 'knowledge');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures');

/** A decoded source file made in memory, as the reader would hand it to the parser. */
export function sourceFile(name: string, text: string): SourceFile {
  return { path: `/virtual/${name}`, name, display: `seeds/${name}`, text, encoding: 'utf-8' };
}

const madeFolders: string[] = [];

/**
 * A fresh temporary folder holding the given files (names may contain sub-folders); removed
 * after the test file (tests/remove-temp-folders.ts).
 */
export function tempFolder(files: Record<string, string | Uint8Array> = {}, prefix = 'peace-timeline-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  madeFolders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

/** Removes every folder `tempFolder` made in this test file. */
export function removeTempFolders(): void {
  for (const dir of madeFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
}
