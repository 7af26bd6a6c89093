import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion, DiskMemoStore, NO_CACHE, type MemoStore } from '../cache/memo-store.ts';
import { runPipeline } from '../pipeline.ts';
import { ReadMemo } from '../read/read-folder.ts';
import { pageSizesFromEnv } from './pagination.ts';
import { settings } from './settings.ts';
import { toSiteData, type SiteData } from './site-data.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Written by `npm run serve` when a seed is deleted, to make Eleventy rebuild (safe to delete). */
export const REBUILD_SIGNAL = path.join(PROJECT_ROOT, '.cache', 'serve', 'seed-deleted');

export interface SiteSources {
  seedsDir: string;
  knowledgeDir: string;
}

/** Where the input comes from: `SEEDS_DIR` (or `seeds/`) and the project's `knowledge/`. */
export function siteSources(env: NodeJS.ProcessEnv = process.env): SiteSources {
  return {
    seedsDir: path.resolve(env.SEEDS_DIR ?? path.join(PROJECT_ROOT, 'seeds')),
    knowledgeDir: path.resolve(env.KNOWLEDGE_DIR ?? path.join(PROJECT_ROOT, 'knowledge')),
  };
}

export interface LoadedSite {
  data: SiteData;
  filesSeen: number;
  /** While serving, writes the pipeline cache to disk (otherwise `loadSite` has written it already). */
  saveCache(): void;
}

/** The pipeline cache: `.cache/peace-timeline/` (safe to delete); `PEACE_TIMELINE_CACHE=off` disables it. */
export const CACHE_DIR = path.join(PROJECT_ROOT, '.cache', 'peace-timeline');
let store: DiskMemoStore | null = null;

function pipelineCache(env: NodeJS.ProcessEnv): MemoStore & { save?: () => void } {
  if (env.PEACE_TIMELINE_CACHE === 'off') return NO_CACHE;
  store ??= DiskMemoStore.open(CACHE_DIR, codeVersion([path.join(PROJECT_ROOT, 'src'), path.join(PROJECT_ROOT, 'package-lock.json')]));
  return store;
}

/** `PEACE_TIMELINE_THREADS` (1: no worker threads), else one per core, at most 8. */
export function extractionThreads(env: NodeJS.ProcessEnv): number {
  const asked = Number.parseInt(env.PEACE_TIMELINE_THREADS ?? '', 10);
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, 64) : Math.min(availableParallelism(), 8);
}

export interface LoadOptions {
  /**
   * `npm run serve`: files read by the previous rebuild are reused while unchanged, and the
   * cache is written when the caller says (after the pages are out, not before).
   */
  serving?: boolean;
}

/** Files read by this process's previous rebuild (only while serving). */
let readMemo: ReadMemo | null = null;

/**
 * Runs the whole pipeline (page sizes: `PEACE_TIMELINE_PAGE_SIZE`, see src/site/pagination.ts)
 * and packs its result as the templates' `site` data. In `npm run serve` the same store serves
 * every rebuild, so only changed files are worked on.
 */
export function loadSite(sources: SiteSources, env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): LoadedSite {
  const cache = pipelineCache(env);
  if (options.serving) readMemo ??= new ReadMemo();
  const result = runPipeline({ ...sources, cache, threads: extractionThreads(env), language: settings.language, ...(options.serving && readMemo ? { readMemo } : {}) });
  const saveCache = () => cache.save?.();
  if (!options.serving) saveCache();
  return { data: toSiteData(result.site, result.diagnostics, pageSizesFromEnv(env)), filesSeen: result.filesSeen, saveCache: options.serving ? saveCache : () => {} };
}
