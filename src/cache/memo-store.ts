/**
 * A persistent memo for the pipeline's per-file work: the same input (a file's bytes, the
 * knowledge base, the code) gives the same output, so unchanged files are not parsed or
 * extracted again, across `npm run build` runs and across rebuilds in `npm run serve`.
 *
 * One file under `.cache/` (safe to delete), written atomically. Its name carries a hash of
 * the code and the Node version: any change to `src/` or the dependencies starts afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { JobResult } from '../parallel/job-result.ts';

export interface MemoJob<I> {
  key: unknown;
  input: I;
}

export interface MemoStore {
  /** `compute()`'s result for `key`, from the store when it has it. */
  memo<T>(namespace: string, key: unknown, compute: () => T): T;
  /**
   * `memo` for a batch: `computeAll` gets the inputs of the jobs the store does not have, in
   * order, and must answer each; failures are returned but not kept.
   */
  memoMany<I, T>(namespace: string, jobs: readonly MemoJob<I>[], computeAll: (inputs: I[]) => JobResult<T>[]): JobResult<T>[];
}

/** No persistence: every call computes (tests, and `PEACE_TIMELINE_CACHE=off`). */
export const NO_CACHE: MemoStore = {
  memo: (_namespace, _key, compute) => compute(),
  memoMany: (_namespace, jobs, computeAll) => computeAll(jobs.map((job) => job.input)),
};

export function hashOf(value: unknown): string {
  return createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('base64url');
}

export class DiskMemoStore implements MemoStore {
  private previous = new Map<string, unknown>();
  private current = new Map<string, unknown>();
  hits = 0;
  misses = 0;

  private constructor(private readonly file: string) {}

  /** Opens the store for this code version, dropping stores of other versions. */
  static open(dir: string, version: string): DiskMemoStore {
    const file = path.join(dir, `pipeline-${version}.v8`);
    const store = new DiskMemoStore(file);
    try {
      for (const name of readdirSync(dir)) if (name.startsWith('pipeline-') && name !== path.basename(file)) rmSync(path.join(dir, name), { force: true });
      store.previous = deserialize(readFileSync(file)) as Map<string, unknown>;
    } catch {
      store.previous = new Map();
    }
    return store;
  }

  memo<T>(namespace: string, key: unknown, compute: () => T): T {
    const id = `${namespace}:${hashOf(key)}`;
    if (this.current.has(id)) return this.current.get(id) as T;
    if (this.previous.has(id)) {
      this.hits++;
      const value = this.previous.get(id) as T;
      this.current.set(id, value);
      return value;
    }
    this.misses++;
    const value = compute();
    this.current.set(id, value);
    return value;
  }

  memoMany<I, T>(namespace: string, jobs: readonly MemoJob<I>[], computeAll: (inputs: I[]) => JobResult<T>[]): JobResult<T>[] {
    const ids = jobs.map((job) => `${namespace}:${hashOf(job.key)}`);
    const results: (JobResult<T> | undefined)[] = ids.map((id) => {
      if (this.current.has(id)) return { ok: true, value: this.current.get(id) as T };
      if (!this.previous.has(id)) return undefined;
      this.hits++;
      const value = this.previous.get(id) as T;
      this.current.set(id, value);
      return { ok: true, value };
    });
    const missing = results.flatMap((result, i) => (result ? [] : [i]));
    this.misses += missing.length;
    const computed = computeAll(missing.map((i) => jobs[i]!.input));
    missing.forEach((i, n) => {
      const result = computed[n]!;
      if (result.ok) this.current.set(ids[i]!, result.value);
      results[i] = result;
    });
    return results as JobResult<T>[];
  }

  /**
   * Keeps what this build used (so the store does not grow with deleted files) and starts
   * the next build from it. Writes only when something changed.
   */
  save(): void {
    const changed = this.misses > 0 || this.current.size !== this.previous.size;
    this.previous = this.current;
    this.current = new Map();
    this.hits = 0;
    this.misses = 0;
    if (!changed) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(this.previous));
    renameSync(temporary, this.file);
  }
}

/** A hash of everything that decides what the pipeline computes: its code and the runtime. */
export function codeVersion(roots: readonly string[]): string {
  const hash = createHash('sha256').update(process.version);
  const visit = (entry: string) => {
    const info = statSync(entry, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of readdirSync(entry).sort()) visit(path.join(entry, name));
    } else {
      hash.update(entry).update(readFileSync(entry));
    }
  };
  for (const root of roots) visit(root);
  return hash.digest('hex').slice(0, 16);
}
