/**
 * findTriggers tries only the word families that can begin with a word's first letter; this
 * checks it finds exactly what one pattern of every family, tried at every position, finds
 * (the scan it replaced), over every held-out article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { B, E, findTriggers, TRIGGERS } from '../../../src/extract/meetings/vocabulary.ts';
import { caselessRegExp } from '../../../src/text/case-insensitive-literals.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const EVERY_FAMILY = caselessRegExp(`${B}(?:${TRIGGERS.map((spec) => `(${spec.forms})`).join('|')})${E}`, 'g');

function scanEverywhere(text: string): string[] {
  return [...text.matchAll(EVERY_FAMILY)].map((match) => `${match.index}:${match[0]}:${match.findIndex((value, index) => index > 0 && value !== undefined) - 1}`);
}

const lines = readdirSync(FIXTURES)
  .filter((set) => set.startsWith('generalisation'))
  .flatMap((set) => readdirSync(path.join(FIXTURES, set)).filter((file) => /\.(txt|md)$/u.test(file)).map((file) => path.join(FIXTURES, set, file)))
  .flatMap((file) => readFileSync(file, 'utf8').split(/\n+/u))
  .filter((line) => line.trim() !== '');

describe('findTriggers', () => {
  it('finds what one pattern of every word family finds, over every held-out article', () => {
    const differing = lines.filter((line) => {
      const found = findTriggers(line).map((match) => `${match.start}:${match.text}:${TRIGGERS.indexOf(match.spec)}`);
      return found.join('\n') !== scanEverywhere(line).join('\n');
    });
    expect(lines.length).toBeGreaterThan(1000);
    expect(differing).toEqual([]);
  });

  it('finds a word after a hyphenated prefix only as the compound, and upper case as lower case', () => {
    expect(findTriggers('Прес-конференція після ЗУСТРІЧІ').map((match) => match.text)).toEqual(['ЗУСТРІЧІ']);
    expect(findTriggers('онлайн-зустріч відбулася').map((match) => match.spec.kind)).toEqual(['video']);
  });
});
