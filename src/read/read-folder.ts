import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, SourceFile } from '../types.ts';
import { decodeBytes, decodeName } from './decode.ts';
import { describeMixedWords, fixMixedScripts } from './homoglyphs.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

/**
 * Files larger than this are not articles (a corpus dump, a book, a video renamed .txt). A
 * long news article is 50–200 KB; extraction takes seconds per megabyte, so a bigger file is
 * refused before it is read rather than slowing every build.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Folders never looked into and never reported: version control. */
const TOOL_FOLDERS = new Set(['.git', '.hg', '.svn']);

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
export function readSeedFolder(dir: string, displayRoot = process.cwd(), memo?: ReadMemo): FolderReading {
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
  // Real paths of the folders walked: a link back to one of them would walk it forever.
  const walked = new Set<string>([realRoot]);
  // Names given to files so far: two byte names can decode to one.
  const names = new Set<string>();

  /**
   * Names are listed as bytes: a name that is not UTF-8 (Cyrillic in Windows-1251 from an old
   * archive) is still read, by its bytes, and shown decoded, with a warning.
   */
  const walk = (folder: string, folderBytes: Buffer) => {
    let entries: Buffer[];
    try {
      entries = readdirSync(folderBytes, { encoding: 'buffer' }).sort(Buffer.compare);
    } catch (error) {
      diagnostics.push(diagnostic(shown(folder), 'error', 'read-folder', `cannot list the folder: ${errorMessage(error)}`));
      return;
    }
    for (const entryBytes of entries) {
      const { text: entry, encoding: nameEncoding } = decodeName(entryBytes);
      const abs = path.join(folder, entry);
      const fsPath = Buffer.concat([folderBytes, Buffer.from(path.sep), entryBytes]);
      const isHidden = entry.startsWith('.');
      const isArticle = ARTICLE_EXTENSIONS.some((ext) => entry.toLowerCase().endsWith(ext));
      const noteName = () => {
        if (nameEncoding === 'utf-8') return;
        const label = nameEncoding === 'koi8-r' ? 'KOI8-R (KOI8-U)' : 'Windows-1251';
        diagnostics.push(diagnostic(shown(abs), 'warning', 'file-name-encoding', `the name is not UTF-8 and was read as ${label}; rename it so that every tool shows it the same`));
      };
      let info;
      try {
        info = lstatSync(fsPath);
      } catch (error) {
        diagnostics.push(diagnostic(shown(abs), 'error', 'read-file', `cannot read: ${errorMessage(error)}`));
        continue;
      }
      if (info.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(fsPath);
        } catch {
          diagnostics.push(diagnostic(shown(abs), 'warning', 'broken-link', 'ignored: a symbolic link whose target does not exist'));
          continue;
        }
        if (!isInside(target, realRoot)) {
          diagnostics.push(diagnostic(shown(abs), 'warning', 'link-outside', 'ignored: a symbolic link pointing outside the seeds folder'));
          continue;
        }
        try {
          info = statSync(fsPath);
        } catch (error) {
          diagnostics.push(diagnostic(shown(abs), 'error', 'read-file', `cannot read: ${errorMessage(error)}`));
          continue;
        }
        if (info.isDirectory() && walked.has(target)) {
          diagnostics.push(diagnostic(shown(abs), 'warning', 'link-loop', 'ignored: a symbolic link to a folder that is read already'));
          continue;
        }
      }
      if (info.isDirectory()) {
        if (isHidden) {
          if (!TOOL_FOLDERS.has(entry)) {
            const articles = countArticles(fsPath);
            if (articles > 0) diagnostics.push(diagnostic(shown(abs), 'warning', 'hidden-folder', `ignored: a hidden folder (its name starts with a dot) holding ${articles} article file${articles === 1 ? '' : 's'}`));
          }
          continue;
        }
        try {
          walked.add(realpathSync(fsPath));
        } catch {
          // listed just now; if it went away, walk() reports it
        }
        noteName();
        walk(abs, fsPath);
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
        diagnostics.push(diagnostic(shown(abs), 'error', 'file-too-large', `not read: the file is ${(info.size / 1048576).toFixed(1)} MB and an article is at most ${MAX_FILE_BYTES / 1048576} MB; split it or take out what is not the article`));
        continue;
      }
      noteName();
      const name = path.relative(root, abs).split(path.sep).join('/');
      if (names.has(name)) {
        // Only a name that is not UTF-8 can read the same as another: its article would take the other's place.
        diagnostics.push(diagnostic(shown(abs), 'error', 'duplicate-name', 'not read: another file has this name once its name is decoded; rename one of them'));
        continue;
      }
      names.add(name);
      const read = () => readOne(abs, fsPath, name, shown(abs));
      const { file, diagnostics: problems } = memo ? memo.reuse(`${fsPath.toString('base64')}\0${abs}\0${shown(abs)}`, stamp(info), read) : read();
      diagnostics.push(...problems);
      if (file) files.push(file);
    }
  };
  walk(root, Buffer.from(root));
  memo?.finish();
  return { files, diagnostics, seen };
}

/** What reading one file gave: its text, or nothing, and the problems met (every reading reports them). */
export interface FileReading {
  file: SourceFile | null;
  diagnostics: Diagnostic[];
}

/**
 * Files read before, by path and the file system's record of them (size, times, inode):
 * `npm run serve` reads and decodes again only the files that changed since its last rebuild.
 * Kept in memory by one process only. Every write to a file sets its change time, which no
 * program can set back, so an edited file is never taken for an unchanged one.
 */
export class ReadMemo {
  private previous = new Map<string, { stamp: string; reading: FileReading }>();
  private current = new Map<string, { stamp: string; reading: FileReading }>();

  reuse(key: string, fileStamp: string, read: () => FileReading): FileReading {
    const known = this.previous.get(key);
    const reading = known && known.stamp === fileStamp ? known.reading : read();
    this.current.set(key, { stamp: fileStamp, reading });
    return reading;
  }

  /** Ends a reading of the folder: files not seen in it are forgotten. */
  finish(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

function stamp(info: Stats): string {
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}:${info.dev}`;
}

function readOne(abs: string, fsPath: Buffer, name: string, shownPath: string): FileReading {
  const diagnostics: Diagnostic[] = [];
  let bytes: Buffer;
  try {
    bytes = readFileSync(fsPath);
  } catch (error) {
    diagnostics.push(diagnostic(shownPath, 'error', 'read-file', `cannot read: ${errorMessage(error)}`));
    return { file: null, diagnostics };
  }
  const result = decodeBytes(bytes);
  if (!result.ok) {
    const code = result.reason === 'binary' ? 'binary-file' : 'bad-encoding';
    diagnostics.push(diagnostic(shownPath, 'error', code, `not a text file: ${result.detail}`, result.line, result.column));
    return { file: null, diagnostics };
  }
  if (result.encoding === 'windows-1251' || result.encoding === 'koi8-r') {
    const label = result.encoding === 'koi8-r' ? 'KOI8-R (KOI8-U)' : 'Windows-1251';
    diagnostics.push(diagnostic(shownPath, 'warning', 'legacy-encoding', `decoded as ${label}; save the file as UTF-8 to be sure of its text`));
  }
  for (const note of result.notes ?? []) diagnostics.push(diagnostic(shownPath, 'warning', note.code, note.message, note.line, note.column));
  const mixed = fixMixedScripts(result.text);
  const words = describeMixedWords(mixed.words);
  if (words) diagnostics.push(diagnostic(shownPath, 'warning', 'mixed-script', words, mixed.words[0]!.line, mixed.words[0]!.column));
  return { file: { path: abs, name, display: shownPath, text: mixed.text, encoding: result.encoding }, diagnostics };
}

/** Article files directly inside a folder (for the notice about a hidden folder). */
function countArticles(folder: Buffer): number {
  try {
    return readdirSync(folder, { encoding: 'buffer' }).filter((entry) => ARTICLE_EXTENSIONS.some((ext) => entry.toString('latin1').toLowerCase().endsWith(ext))).length;
  } catch {
    return 0;
  }
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
