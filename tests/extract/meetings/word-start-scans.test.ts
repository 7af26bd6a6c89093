/**
 * The vocabulary's long alternations are scanned by WordStartAlternation, which tries each
 * branch only at word starts it can begin with. This checks that each finds exactly what
 * the one pattern `B(?:(a)|(b)|…)` it stands for finds, match by match and branch by
 * branch, over every line of every held-out article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_CUES } from '../../../src/extract/meetings/status.ts';
import { B, findTriggers, GENERIC, TRIGGER_WORDS } from '../../../src/extract/meetings/vocabulary.ts';
import { capturingGroups, type WordStartAlternation } from '../../../src/text/word-start-alternation.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

const lines = readdirSync(FIXTURES)
  .filter((set) => set.startsWith('generalisation'))
  .flatMap((set) => readdirSync(path.join(FIXTURES, set)).filter((file) => /\.(txt|md)$/u.test(file)).map((file) => path.join(FIXTURES, set, file)))
  .flatMap((file) => readFileSync(file, 'utf8').split(/\n+/u))
  .filter((line) => line.trim() !== '');

/** The alternation as the one pattern it replaces, and its matches as "start:text:branch". */
function scanEverywhere(alternation: WordStartAlternation): (text: string) => string[] {
  const wrapping: number[] = [];
  let group = 1;
  for (const source of alternation.alternatives) {
    wrapping.push(group);
    group += 1 + capturingGroups(source);
  }
  const pattern = alternation.compile(`${B}(?:${alternation.alternatives.map((source) => `(${source})`).join('|')})`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}:${wrapping.findIndex((g) => match[g] !== undefined)}`);
}

const scans: [string, WordStartAlternation][] = [
  ['meeting words', TRIGGER_WORDS],
  ['generic uses of meeting words', GENERIC],
  ['status cues', STATUS_CUES],
];

describe.each(scans)('%s, tried only at word starts', (_, alternation) => {
  it('finds what the one pattern of all its branches finds, over every held-out article', () => {
    const everywhere = scanEverywhere(alternation);
    const differing = lines.filter((line) => {
      const found = [...alternation.matchAll(line)].map((match) => `${match.start}:${line.slice(match.start, match.end)}:${match.branch}`);
      return found.join('\n') !== everywhere(line).join('\n');
    });
    expect(lines.length).toBeGreaterThan(1000);
    expect(differing).toEqual([]);
  });
});

describe('findTriggers', () => {
  it('finds a word after a hyphenated prefix only as the compound, and upper case as lower case', () => {
    expect(findTriggers('Прес-конференція після ЗУСТРІЧІ').map((match) => match.text)).toEqual(['ЗУСТРІЧІ']);
    expect(findTriggers('онлайн-зустріч відбулася').map((match) => match.spec.kind)).toEqual(['video']);
  });
});
