/**
 * Makes a Pagefind index folder the same for the same pages. Pagefind 1.5.2 writes each
 * filter's values, and the list of filters in the index's meta file, in hash-map order, which
 * changes from run to run (its source says so: "TODO: Change filter indexes to BTree to give
 * them a stable hash"); the newer release that fixes it is not on this registry for every
 * platform. So after Pagefind has written a folder, the filter files are rewritten with their
 * values sorted, the meta file lists the filters by name, and the files are renamed by the
 * hash of their new content, as Pagefind names them. Everything else Pagefind writes is
 * already the same from run to run and is left alone.
 *
 * The files are gzip-compressed CBOR after a signature: `filter/<hash>.pf_filter` is
 * `[filter name, [[value, [page numbers]], …]]`; `pagefind.<hash>.pf_meta` is `[version,
 * pages, word index chunks, [[filter name, filter file hash], …], sorts, …]`; and
 * `pagefind-entry.json` names each language's meta file by its hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

const SIGNATURE = Buffer.from('pagefind_dcd');
const ENTRY_FILE = 'pagefind-entry.json';
/** Hex digits of the content hash in a file name, as Pagefind names them. */
const FILTER_HASH_DIGITS = 7;
const META_HASH_DIGITS = 10;
/** Where the meta file keeps its filters: `[[name, hash], …]`. */
const META_FILTERS = 3;

interface Entry {
  languages: Record<string, { hash: string }>;
}

/**
 * Rewrites the filter and meta files of the Pagefind index in `dir` (one part of the
 * index) in a stable order. Returns the problems met (none for a well-formed folder); a
 * folder without filters is left as it is.
 */
export function canonicalisePagefindIndex(dir: string): string[] {
  const entryPath = path.join(dir, ENTRY_FILE);
  if (!existsSync(entryPath)) return [`${ENTRY_FILE} is missing in ${dir}`];
  try {
    const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as Entry;
    for (const [language, info] of Object.entries(entry.languages)) info.hash = canonicaliseLanguage(dir, language, info.hash);
    writeFileSync(entryPath, JSON.stringify(entry));
    return [];
  } catch (error) {
    return [`cannot put the search index in ${dir} in a stable order: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** Rewrites one language's filters and meta file; returns the meta file's new hash. */
function canonicaliseLanguage(dir: string, language: string, metaHash: string): string {
  const metaPath = path.join(dir, `pagefind.${metaHash}.pf_meta`);
  const meta = readPagefindFile(metaPath);
  if (!Array.isArray(meta) || !Array.isArray(meta[META_FILTERS])) throw new Error(`unexpected layout of ${path.basename(metaPath)}`);
  const filters = (meta[META_FILTERS] as unknown[]).map((item) => asPair(item, 'filter'));
  const taken = new Set<string>();
  const renamed: [string, string][] = filters
    .sort((a, b) => compareCodePoints(a[0], b[0]))
    .map(([name, hash]) => {
      const filterPath = path.join(dir, 'filter', `${hash}.pf_filter`);
      const [filterName, values] = asPair(readPagefindFile(filterPath), 'filter file');
      if (!Array.isArray(values)) throw new Error(`unexpected layout of ${path.basename(filterPath)}`);
      const sorted = values.map((value) => asPair(value, 'filter value')).sort((a, b) => compareCodePoints(a[0], b[0]));
      const content = encode([filterName, sorted]);
      const newHash = uniqueHash(`${language}_`, content, FILTER_HASH_DIGITS, taken);
      replaceFile(filterPath, path.join(dir, 'filter', `${newHash}.pf_filter`), content);
      return [name, newHash];
    });
  meta[META_FILTERS] = renamed;
  const content = encode(meta);
  const newMetaHash = uniqueHash(`${language}_`, content, META_HASH_DIGITS, new Set());
  replaceFile(metaPath, path.join(dir, `pagefind.${newMetaHash}.pf_meta`), content);
  return newMetaHash;
}

function readPagefindFile(file: string): unknown {
  const bytes = gunzipSync(readFileSync(file));
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path.basename(file)} is not a Pagefind index file`);
  return decode(bytes.subarray(SIGNATURE.length));
}

function replaceFile(oldPath: string, newPath: string, content: Uint8Array): void {
  // No timestamp in the gzip header, so the same content gives the same bytes.
  const temporary = `${newPath}.tmp`;
  writeFileSync(temporary, gzipSync(Buffer.concat([SIGNATURE, content]), { level: 9 }));
  if (oldPath !== newPath) rmSync(oldPath, { force: true });
  renameSync(temporary, newPath);
}

/** `<prefix><first hex digits of the SHA-256>`, longer when two files would share a name. */
function uniqueHash(prefix: string, content: Uint8Array, digits: number, taken: Set<string>): string {
  const full = createHash('sha256').update(content).digest('hex');
  let length = digits;
  while (taken.has(prefix + full.slice(0, length)) && length < full.length) length += 1;
  const hash = prefix + full.slice(0, length);
  taken.add(hash);
  return hash;
}

function asPair(value: unknown, what: string): [string, unknown] {
  if (!Array.isArray(value) || typeof value[0] !== 'string') throw new Error(`unexpected ${what} in the index`);
  return value as [string, unknown];
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
