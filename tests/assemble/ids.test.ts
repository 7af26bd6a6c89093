import { describe, expect, it } from 'vitest';
import { articleId, assignArticleIds } from '../../src/assemble/ids.ts';

describe('article ids', () => {
  it('are Latin slugs of the title with the official Ukrainian transliteration', () => {
    expect(articleId('Зеленський зустрівся з Віткоффом і Кушнером у Парижі', 'uk', 'a.txt')).toMatch(/^zelenskyi-zustrivsia-z-vitkoffom-i-kushnerom-u-paryzhi-[0-9a-f]{6}$/);
    expect(articleId('Кислиця про початок переговорів', 'uk', 'a.txt')).toMatch(/^kyslytsia-pro-pochatok-perehovoriv-/);
  });

  it('transliterate Russian titles with Russian rules', () => {
    expect(articleId('Лидеры коалиции договорились', 'ru', 'a.txt')).toMatch(/^lideri-koalitsii-dogovorilis-[0-9a-f]{6}$/);
  });

  it('keep at most eight words of the title', () => {
    const id = articleId('один два три чотири пʼять шість сім вісім девʼять десять', 'uk', 'a.txt');
    expect(id.split('-')).toHaveLength(9);
  });

  it('do not depend on other files', () => {
    const alone = assignArticleIds([{ title: 'Переговори', lang: 'uk', file: 'b.txt' }]);
    const withOthers = assignArticleIds([
      { title: 'Інша новина', lang: 'uk', file: 'a.txt' },
      { title: 'Переговори', lang: 'uk', file: 'b.txt' },
    ]);
    expect(withOthers[1]).toBe(alone[0]);
  });

  it('are unique when two titles are the same', () => {
    const ids = assignArticleIds([
      { title: 'Переговори тривають', lang: 'uk', file: 'a.txt' },
      { title: 'Переговори тривають', lang: 'uk', file: 'b.txt' },
    ]);
    expect(new Set(ids).size).toBe(2);
  });

  it('fall back to a hash for titles without letters', () => {
    expect(articleId('!!! 2025', 'uk', 'x.txt')).toMatch(/^2025-[0-9a-f]{6}$/);
    expect(articleId('…', 'uk', 'x.txt')).toMatch(/^article-[0-9a-f]{6}$/);
  });
});
