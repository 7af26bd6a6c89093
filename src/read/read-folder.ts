import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareStrings, diagnostic } from '../diagnostics.ts';
import type { Diagnostic, SourceFile } from '../types.ts';
import { decodeBytes } from './decode.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

/** Files larger than this are not articles (a corpus dump, a video renamed .txt). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface FolderReading {
  files: SourceFile[];
  diagnostics: Diagnostic[];
  /** Every candidate file looked at, read or not: for the report's summary. */
  seen: number;
}

/**
 * Reads every `.txt`/`.md` file below `dir` (sub-folders included), decodes it, and
 * reports what it could not read. Never throws for bad input; never writes.
 */
export function readSeedFolder(dir: string, displayRoot = process.cwd()): FolderReading {
  const root = path.resolve(dir);
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const shown = (abs: string) => displayPath(abs, displayRoot);
  let seen = 0;

  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    if (!statSync(realRoot).isDirectory()) throw new Error('not a folder');
  } catch {
    diagnostics.push(diagnostic(shown(root), 'error', 'seeds-folder', 'the seeds folder does not exist or is not a folder'));
    return { files, diagnostics, seen };
  }

  const walk = (folder: string) => {
    let entries: string[];
    try {
      entries = readdirSync(folder).sort(compareStrings);
    } catch (error) {
      diagnostics.push(diagnostic(shown(folder), 'error', 'read-folder', `cannot list the folder: ${errorMessage(error)}`));
      return;
    }
    for (const entry of entries) {
      const abs = path.join(folder, entry);
      const isHidden = entry.startsWith('.');
      const isArticle = ARTICLE_EXTENSIONS.some((ext) => entry.toLowerCase().endsWith(ext));
      let info;
      try {
        info = lstatSync(abs);
      } catch (error) {
        diagnostics.push(diagnostic(shown(abs), 'error', 'read-file', `cannot read: ${errorMessage(error)}`));
        continue;
      }
      if (info.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          diagnostics.push(diagnostic(shown(abs), 'warning', 'broken-link', 'ignored: a symbolic link whose target does not exist'));
          continue;
        }
        if (!isInside(target, realRoot)) {
          diagnostics.push(diagnostic(shown(abs), 'warning', 'link-outside', 'ignored: a symbolic link pointing outside the seeds folder'));
          continue;
        }
        info = statSync(target);
      }
      if (info.isDirectory()) {
        if (!isHidden) walk(abs);
        continue;
      }
      if (!info.isFile()) continue;
      if (isHidden) {
        if (isArticle) diagnostics.push(diagnostic(shown(abs), 'warning', 'hidden-file', 'ignored: hidden file (its name starts with a dot)'));
        continue;
      }
      if (!isArticle) {
        diagnostics.push(diagnostic(shown(abs), 'warning', 'unsupported-extension', `ignored: only ${ARTICLE_EXTENSIONS.join(' and ')} files are articles`));
        continue;
      }
      seen++;
      if (info.size > MAX_FILE_BYTES) {
        diagnostics.push(diagnostic(shown(abs), 'error', 'file-too-large', `the file is ${Math.round(info.size / 1048576)} MB; articles are at most ${MAX_FILE_BYTES / 1048576} MB`));
        continue;
      }
      const file = readOne(abs, path.relative(root, abs).split(path.sep).join('/'), shown(abs), diagnostics);
      if (file) files.push(file);
    }
  };
  walk(root);
  return { files, diagnostics, seen };
}

function readOne(abs: string, name: string, shownPath: string, diagnostics: Diagnostic[]): SourceFile | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (error) {
    diagnostics.push(diagnostic(shownPath, 'error', 'read-file', `cannot read: ${errorMessage(error)}`));
    return null;
  }
  const result = decodeBytes(bytes);
  if (!result.ok) {
    const code = result.reason === 'binary' ? 'binary-file' : 'bad-encoding';
    diagnostics.push(diagnostic(shownPath, 'error', code, `not a text file: ${result.detail}`));
    return null;
  }
  if (result.encoding === 'windows-1251' || result.encoding === 'koi8-r') {
    const label = result.encoding === 'koi8-r' ? 'KOI8-R' : 'Windows-1251';
    diagnostics.push(diagnostic(shownPath, 'warning', 'legacy-encoding', `decoded as ${label}; save the file as UTF-8 to be sure of its text`));
  }
  return { path: abs, name, display: shownPath, text: result.text, encoding: result.encoding };
}

function isInside(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Paths in messages are relative to where the user ran the command, as compilers print them. */
export function displayPath(abs: string, root: string): string {
  const relative = path.relative(root, abs);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : abs;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
