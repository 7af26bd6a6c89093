import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.ts';
import { FIXTURES_DIR, KNOWLEDGE_DIR } from '../helpers.ts';

/**
 * Large builds share extraction out over worker threads (src/parallel/). Where an article
 * is worked on must never change the site: the result is compared with a build in one thread.
 */
describe('extraction on worker threads', () => {
  const today = new Date('2026-11-01T00:00:00Z');
  const seedsDir = path.join(FIXTURES_DIR, 'generalisation');

  it('gives exactly the result of a single-threaded run', () => {
    const single = runPipeline({ seedsDir, knowledgeDir: KNOWLEDGE_DIR, today, threads: 1 });
    const parallel = runPipeline({ seedsDir, knowledgeDir: KNOWLEDGE_DIR, today, threads: 2, minParallelJobs: 1 });
    expect(single.site.articles.length).toBeGreaterThan(20);
    expect(single.site.meetings.length).toBeGreaterThan(10);
    expect(parallel.diagnostics).toEqual(single.diagnostics);
    expect(parallel.site).toEqual(single.site);
  }, 120_000);
});
