import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, KNOWLEDGE_DIR, tempFolder } from '../helpers.ts';

export const BAD_INPUT_DIR = path.join(FIXTURES_DIR, 'bad-input');

/** "Now" for every case: dates more than a year after it are implausible. */
export const TODAY = new Date('2026-02-01T00:00:00Z');

export interface CaseFolders {
  /** The temporary folder: diagnostics' paths are relative to it (`seeds/…`, `knowledge/…`). */
  root: string;
  seedsDir: string;
  knowledgeDir: string;
}

/**
 * A fresh temporary `root/seeds` holding one catalogue case. A case is a file (copied alone),
 * a folder (its contents are the seeds), or a folder with `seeds/` and `knowledge/`: then the
 * real `knowledge/` is copied to `root/knowledge` and each `knowledge/X.append.yaml` of the
 * case is appended to the copy's `X.yaml`.
 */
export function prepareCase(name: string): CaseFolders {
  const root = tempFolder({}, 'peace-timeline-case-');
  const seedsDir = path.join(root, 'seeds');
  mkdirSync(seedsDir);
  const source = path.join(BAD_INPUT_DIR, name);
  let knowledgeDir = KNOWLEDGE_DIR;
  if (!statSync(source).isDirectory()) {
    cpSync(source, path.join(seedsDir, name));
  } else if (existsSync(path.join(source, 'knowledge'))) {
    knowledgeDir = path.join(root, 'knowledge');
    cpSync(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
    for (const file of readdirSync(path.join(source, 'knowledge'))) {
      appendFileSync(path.join(knowledgeDir, file.replace(/\.append\.yaml$/u, '.yaml')), readFileSync(path.join(source, 'knowledge', file)));
    }
    if (existsSync(path.join(source, 'seeds'))) cpSync(path.join(source, 'seeds'), seedsDir, { recursive: true });
  } else {
    cpSync(source, seedsDir, { recursive: true });
  }
  return { root, seedsDir, knowledgeDir };
}

/** Every catalogue case kept as a fixture: the entries of tests/fixtures/bad-input/ but its README. */
export function fixtureCases(): string[] {
  return readdirSync(BAD_INPUT_DIR)
    .filter((name) => name !== 'README.md' && name !== '.gitattributes')
    .sort();
}

/** A line count, for diagnostics pointing into an appended knowledge file. */
export function lineCount(file: string): number {
  const text = readFileSync(file, 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The hostile seeds: the catalogue's hostile cases, the knowledge-base case, and hostile file names. */
export function hostileInput(): CaseFolders {
  const folders = prepareCase('kb-hostile');
  const { seedsDir } = folders;
  for (const name of ['hostile-seed.txt', 'hostile-front-matter.md', 'hostile-url-data.md']) cpSync(path.join(BAD_INPUT_DIR, name), path.join(seedsDir, name));
  writeFileSync(path.join(seedsDir, `<img src=x onerror=alert('file')>.txt`), ' date 2025-11-26 Назва файлу з розміткою\n\nТекст статті.\n');
  writeFileSync(path.join(seedsDir, `"><svg onload=alert('file2')>.md`), '---\ntitle: "\\"><svg onload=alert(\'fm\')>"\ndate: 2025-11-27\ntags: ["\\" onmouseover=\\"alert(\'tag\')"]\n---\nТекст.\n');
  return folders;
}

