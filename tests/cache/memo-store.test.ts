import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion, DiskMemoStore } from '../../src/cache/memo-store.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { FIXTURES_DIR, KNOWLEDGE_DIR, SEEDS_DIR, tempFolder } from '../helpers.ts';

describe('DiskMemoStore', () => {
  it('computes once, then answers from disk in the next build', () => {
    const dir = tempFolder();
    let calls = 0;
    const compute = () => ({ value: ++calls });
    const first = DiskMemoStore.open(dir, 'v1');
    expect(first.memo('ns', { a: 1 }, compute)).toEqual({ value: 1 });
    expect(first.memo('ns', { a: 1 }, compute)).toEqual({ value: 1 });
    first.save();
    const second = DiskMemoStore.open(dir, 'v1');
    expect(second.memo('ns', { a: 1 }, compute)).toEqual({ value: 1 });
    expect(second.hits).toBe(1);
    expect(calls).toBe(1);
    expect(second.memo('ns', { a: 2 }, compute)).toEqual({ value: 2 });
  });

  it('starts afresh when the code version changes, and removes the old store', () => {
    const dir = tempFolder();
    const old = DiskMemoStore.open(dir, 'v1');
    old.memo('ns', 1, () => 'old');
    old.save();
    const fresh = DiskMemoStore.open(dir, 'v2');
    expect(fresh.memo('ns', 1, () => 'new')).toBe('new');
    fresh.save();
    expect(readdirSync(dir)).toEqual(['pipeline-v2.v8']);
  });

  it('forgets entries a build did not use, so deleted files do not pile up', () => {
    const dir = tempFolder();
    const store = DiskMemoStore.open(dir, 'v1');
    store.memo('ns', 'a', () => 1);
    store.memo('ns', 'b', () => 2);
    store.save();
    const next = DiskMemoStore.open(dir, 'v1');
    next.memo('ns', 'a', () => 99);
    next.save();
    let computed = false;
    DiskMemoStore.open(dir, 'v1').memo('ns', 'b', () => ((computed = true), 3));
    expect(computed).toBe(true);
  });

  it('survives a corrupt store file', () => {
    const dir = tempFolder();
    writeFileSync(path.join(dir, 'pipeline-v1.v8'), 'not a v8 serialisation');
    expect(DiskMemoStore.open(dir, 'v1').memo('ns', 1, () => 'ok')).toBe('ok');
  });

  it('changes version with any change to the code it covers', () => {
    const dir = tempFolder({ 'a.ts': 'export const a = 1;' });
    const before = codeVersion([dir]);
    writeFileSync(path.join(dir, 'a.ts'), 'export const a = 2;');
    expect(codeVersion([dir])).not.toBe(before);
    expect(existsSync(dir)).toBe(true);
  });
});

describe('the pipeline with a cache', () => {
  // The bad-input catalogue holds copies and a translation: what is spotted across files must not change either.
  it.each([
    ['the seeds', SEEDS_DIR],
    ['the bad-input catalogue', path.join(FIXTURES_DIR, 'bad-input')],
  ])('gives exactly the result it gives without one, from a cold and from a warm cache (%s)', (_name, seedsDir) => {
    const today = new Date('2026-11-22T00:00:00Z');
    const plain = runPipeline({ seedsDir, knowledgeDir: KNOWLEDGE_DIR, today });
    const dir = tempFolder();
    const cold = DiskMemoStore.open(dir, 'test');
    const first = runPipeline({ seedsDir, knowledgeDir: KNOWLEDGE_DIR, today, cache: cold });
    cold.save();
    const warm = DiskMemoStore.open(dir, 'test');
    const second = runPipeline({ seedsDir, knowledgeDir: KNOWLEDGE_DIR, today, cache: warm });
    expect(warm.misses).toBe(0);
    expect(warm.hits).toBeGreaterThan(0);
    expect(JSON.stringify(first)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(second)).toBe(JSON.stringify(plain));
  });

  it('still tells copies and translations apart from a warm cache', () => {
    const seedsDir = path.join(FIXTURES_DIR, 'bad-input');
    const today = new Date('2026-11-22T00:00:00Z');
    const dir = tempFolder();
    const cold = DiskMemoStore.open(dir, 'test');
    runPipeline({ seedsDir, knowledgeDir: KNOWLEDGE_DIR, today, cache: cold });
    cold.save();
    const { diagnostics } = runPipeline({ seedsDir, knowledgeDir: KNOWLEDGE_DIR, today, cache: DiskMemoStore.open(dir, 'test') });
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('duplicate-content');
    expect(codes).toContain('possible-translation');
  });
});
