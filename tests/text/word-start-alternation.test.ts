import { describe, expect, it } from 'vitest';
import { capturingGroups, WordStartAlternation } from '../../src/text/word-start-alternation.ts';

const spans = (alternation: WordStartAlternation, text: string) =>
  [...alternation.matchAll(text)].map(({ branch, start, end }) => `${branch}:${text.slice(start, end)}`);

describe.each([false, true])('WordStartAlternation (branches joined per character: %s)', (joinPerCharacter) => {
  const compile = (source: string, flags: string) => new RegExp(source, flags);
  const words = new WordStartAlternation(['зустріч\\p{L}*', 'зустрічі', 'розмов\\p{L}*', '«[^»]+»', '\\p{Lu}\\p{L}+ом'], compile, { joinPerCharacter });

  it('matches only at word starts, the first branch that matches winning, as the alternation does', () => {
    expect(spans(words, 'перезустріч зустрічі; розмова і «Мінськ» з Трампом')).toEqual(['0:зустрічі', '2:розмова', '3:«Мінськ»', '4:Трампом']);
    expect(spans(new WordStartAlternation(['зустрічі', 'зустріч\\p{L}*'], compile, { joinPerCharacter }), 'зустрічами')).toEqual(['1:зустрічами']);
  });

  it('goes on after a match, never inside a word, and past characters outside the first plane', () => {
    expect(spans(words, '📌📌 зустріч-зустріч 📌розмови')).toEqual(['0:зустріч', '2:розмови']);
    expect(spans(words, '🇺🇦 без жодних слів')).toEqual([]);
    expect([...words.matchAll('так, розмова')]).toEqual([{ branch: 2, start: 5, end: 12 }]);
  });

  it('tries a letter-class branch at every word but not between words', () => {
    expect(spans(words, ' Трампом, Путіном.')).toEqual(['4:Трампом', '4:Путіном']);
  });
});

describe('capturingGroups', () => {
  it('counts plain and named groups, not lookarounds, non-capturing groups, escapes or classes', () => {
    expect(capturingGroups('(a)(?:b)(?<n>c)(?<=d)(?<!e)(?=f)\\(g\\)[(]')).toBe(2);
  });
});
