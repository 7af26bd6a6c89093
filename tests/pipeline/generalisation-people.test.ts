import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../src/pipeline.ts';
import { foldCyrillic } from '../../src/text/fold.ts';
import { FIXTURES_DIR, KNOWLEDGE_DIR } from '../helpers.ts';

/**
 * People found in held-out Ukrainian and Russian articles (tests/fixtures/generalisation,
 * written by someone who did not write the extractor) against their gold annotations.
 */
const SETS = ['generalisation', 'generalisation-2'];

interface Gold {
  file: string;
  people: (string | { unknown: string })[];
}

function goldsOf(dir: string): Gold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.yaml'))
    .sort()
    .map((f) => YAML.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold);
}

/** A gold person is found when the same known id is found, or (for "unknown") a found actor has that name. */
function score(result: PipelineResult, golds: readonly Gold[]) {
  const actors = new Map(result.site.actors.map((a) => [a.id, a]));
  let truePositives = 0;
  let found = 0;
  let expected = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const gold of golds) {
    const article = result.site.articles.find((a) => a.file === gold.file);
    if (!article) throw new Error(`${gold.file} was not built`);
    const people = article.actors.filter((a) => a.type === 'person').map((a) => actors.get(a.id)!);
    const matched = new Set<string>();
    for (const person of gold.people) {
      expected++;
      const hit = people.find((p) =>
        typeof person === 'string' ? p.id === person : [p.names.uk, p.names.ru].some((n) => n !== null && foldCyrillic(n) === foldCyrillic(person.unknown)),
      );
      if (hit && !matched.has(hit.id)) {
        matched.add(hit.id);
        truePositives++;
      } else misses.push(`${gold.file}: missed ${typeof person === 'string' ? person : person.unknown}`);
    }
    found += people.length;
    for (const p of people) if (!matched.has(p.id)) extras.push(`${gold.file}: extra ${p.id} (${p.names.uk ?? p.names.ru ?? p.name})`);
  }
  return { precision: truePositives / found, recall: truePositives / expected, truePositives, found, expected, misses, extras };
}

describe.each(SETS)('people in held-out articles (%s)', (set) => {
  const dir = path.join(FIXTURES_DIR, set);
  let result: PipelineResult;
  beforeAll(() => {
    result = runPipeline({ seedsDir: dir, knowledgeDir: KNOWLEDGE_DIR, today: new Date('2026-11-22T00:00:00Z') });
  });

  it('are found with precision and recall of at least 0.95', () => {
    const s = score(result, goldsOf(dir));
    console.log(`${set} people: precision ${s.precision.toFixed(3)} (${s.truePositives}/${s.found}), recall ${s.recall.toFixed(3)} (${s.truePositives}/${s.expected})`);
    if (s.misses.length || s.extras.length) console.log([...s.misses, ...s.extras].join('\n'));
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });
});
