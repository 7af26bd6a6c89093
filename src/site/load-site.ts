import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../pipeline.ts';
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
}

/** Runs the whole pipeline and packs its result as the templates' `site` data. */
export function loadSite(sources: SiteSources): LoadedSite {
  const result = runPipeline(sources);
  return { data: toSiteData(result.site, result.diagnostics), filesSeen: result.filesSeen };
}
