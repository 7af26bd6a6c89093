/**
 * Makes a Pagefind index the same for the same pages. Pagefind 1.5.2 writes each filter's
 * values, and the list of filters in the index's meta file, in hash-map order, which changes
 * from run to run (its source says so: "TODO: Change filter indexes to BTree to give them a
 * stable hash"); the newer release that fixes it is not on this registry for every platform.
 * So the filter files are rewritten with their values sorted, the meta file lists the filters
 * by name, and the files are renamed by the hash of their new content, as Pagefind names
 * them. Everything else Pagefind makes is already the same from run to run and is kept.
 *
 * This works on the files Pagefind hands over in memory (`getFiles`), not on a folder it has
 * written: its own writer returns before the last bytes are on disk (tokio files dropped
 * unflushed), and reading them back under load found `pagefind-entry.json` still empty.
 *
 * The index files are gzip-compressed CBOR after a signature: `filter/<hash>.pf_filter` is
 * `[filter name, [[value, [page numbers]], …]]`; `pagefind.<hash>.pf_meta` is `[version,
 * pages, word index chunks, [[filter name, filter file hash], …], sorts, …]`; and
 * `pagefind-entry.json` names each language's meta file by its hash.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** One file of a Pagefind bundle: its path inside the bundle folder, and its bytes. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

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
 * The bundle with its filters in a stable order, or the problem that stopped it (the bundle
 * is then returned as Pagefind made it, which still works, only not byte for byte the same).
 */
export function canonicalisePagefindBundle(files: readonly BundleFile[]): { files: BundleFile[]; problem: string | null } {
  const byPath = new Map(files.map((file) => [file.path, file.content]));
  try {
    const entryBytes = byPath.get(ENTRY_FILE);
    if (!entryBytes) throw new Error(`${ENTRY_FILE} is missing`);
    const entry = JSON.parse(Buffer.from(entryBytes).toString('utf8')) as Entry;
    for (const [language, info] of Object.entries(entry.languages)) info.hash = canonicaliseLanguage(byPath, language, info.hash);
    byPath.set(ENTRY_FILE, Buffer.from(JSON.stringify(entry)));
    return { files: [...byPath].map(([path, content]) => ({ path, content })), problem: null };
  } catch (error) {
    return { files: [...files], problem: `cannot put the search index in a stable order: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Rewrites one language's filters and meta file in `files`; returns the meta file's new hash. */
function canonicaliseLanguage(files: Map<string, Uint8Array>, language: string, metaHash: string): string {
  const metaPath = `pagefind.${metaHash}.pf_meta`;
  const meta = readIndexFile(files, metaPath);
  if (!Array.isArray(meta) || !Array.isArray(meta[META_FILTERS])) throw new Error(`unexpected layout of ${metaPath}`);
  const taken = new Set<string>();
  meta[META_FILTERS] = (meta[META_FILTERS] as unknown[])
    .map((item) => asPair(item, 'filter'))
    .sort((a, b) => compareCodePoints(a[0], b[0]))
    .map(([name, hash]) => {
      const filterPath = `filter/${String(hash)}.pf_filter`;
      const [filterName, values] = asPair(readIndexFile(files, filterPath), 'filter file');
      if (!Array.isArray(values)) throw new Error(`unexpected layout of ${filterPath}`);
      const sorted = values.map((value) => asPair(value, 'filter value')).sort((a, b) => compareCodePoints(a[0], b[0]));
      const content = encode([filterName, sorted]);
      const newHash = uniqueHash(`${language}_`, content, FILTER_HASH_DIGITS, taken);
      files.delete(filterPath);
      files.set(`filter/${newHash}.pf_filter`, indexFileBytes(content));
      return [name, newHash];
    });
  const content = encode(meta);
  const newMetaHash = uniqueHash(`${language}_`, content, META_HASH_DIGITS, new Set());
  files.delete(metaPath);
  files.set(`pagefind.${newMetaHash}.pf_meta`, indexFileBytes(content));
  return newMetaHash;
}

function readIndexFile(files: ReadonlyMap<string, Uint8Array>, path: string): unknown {
  const packed = files.get(path);
  if (!packed) throw new Error(`${path} is missing`);
  const bytes = gunzipSync(packed);
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path} is not a Pagefind index file`);
  return decode(bytes.subarray(SIGNATURE.length));
}

/** No timestamp goes into the gzip header, so the same content gives the same bytes. */
function indexFileBytes(content: Uint8Array): Uint8Array {
  return gzipSync(Buffer.concat([SIGNATURE, content]), { level: 9 });
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
