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
    // Three articles a message: many batches, answered out of order by two workers.
    const parallel = runPipeline({ seedsDir, knowledgeDir: KNOWLEDGE_DIR, today, threads: 2, minParallelJobs: 1, jobsPerMessage: 3 });
    expect(single.site.articles.length).toBeGreaterThan(20);
    expect(single.site.meetings.length).toBeGreaterThan(10);
    expect(parallel.diagnostics).toEqual(single.diagnostics);
    expect(parallel.site).toEqual(single.site);
  }, 120_000);
});

describe('the worker pool when threads cannot be used', () => {
  it('does the work in the main thread instead of failing the build', async () => {
    const { SyncWorkerPool } = await import('../../src/parallel/sync-pool.ts');
    const { extractionTasks } = await import('../../src/parallel/tasks.ts');
    const { loadKnowledgeBase } = await import('../../src/knowledge/load.ts');
    const { knowledge } = loadKnowledgeBase(KNOWLEDGE_DIR);
    const local = extractionTasks(knowledge);
    // A function cannot be sent to a thread: no worker starts.
    const pool = new SyncWorkerPool(2, { actors: [() => undefined], places: [] } as unknown as typeof knowledge);
    const input = { blocks: [{ kind: 'paragraph', text: 'Рустем Умєров зустрівся зі Стівом Віткоффом.', line: 2 }], lang: 'uk' as const, date: '2025-12-01', authors: [] };
    const [result] = pool.run('actors', [input as never], local);
    pool.close();
    expect(result).toEqual({ ok: true, value: local.actors(input as never) });
    expect(result?.ok && result.value.mentions.map((m) => m.actorId)).toEqual(['rustem-umerov', 'steve-witkoff']);
  });
});
