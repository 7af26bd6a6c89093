import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.ts';
import { sourceFile } from '../helpers.ts';

const parse = (text: string) => parseArticle(sourceFile('a.md', text), new Date('2026-11-22T00:00:00Z'));

describe('front-matter format', () => {
  it('reads every field and renders the Markdown body', () => {
    const { article, diagnostics } = parse(
      [
        '---',
        'title: Переговори в Абу-Дабі',
        'date: 2026-01-23',
        'outlet: Укрінформ',
        'url: https://example.org/news/1',
        'lang: uk',
        'tags: [переговори, ОАЕ]',
        'actors: [rustem-umerov]',
        'meetings: [2026-01-23-abu-dhabi-talks]',
        '---',
        '',
        '## Перший день',
        '',
        'Делегації **зустрілися** в Абу-Дабі.',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      format: 'front-matter',
      title: 'Переговори в Абу-Дабі',
      date: '2026-01-23',
      dateSource: 'front-matter',
      declaredLang: 'uk',
      declaredOutlet: 'Укрінформ',
      url: 'https://example.org/news/1',
      tags: ['переговори', 'ОАЕ'],
      curatedActors: ['rustem-umerov'],
      curatedMeetings: ['2026-01-23-abu-dhabi-talks'],
    });
    expect(article!.blocks).toEqual([
      { kind: 'heading', text: 'Перший день', line: 12 },
      { kind: 'paragraph', text: 'Делегації зустрілися в Абу-Дабі.', line: 14 },
    ]);
    expect(article!.bodyHtml).toBe('<h2>Перший день</h2>\n<p>Делегації <strong>зустрілися</strong> в Абу-Дабі.</p>\n');
  });

  it('takes `source` when there is no `outlet`', () => {
    expect(parse('---\ntitle: T\nsource: ТАСС\n---\nТекст.').article?.declaredOutlet).toBe('ТАСС');
  });

  it('reports broken YAML with its line, and keeps the article', () => {
    const { article, diagnostics } = parse('---\ntitle: Заголовок\ndate: [2025-11-25\n---\nТекст статті.');
    expect(article?.blocks.map((b) => b.text)).toEqual(['Текст статті.']);
    expect(diagnostics).toHaveLength(1);
    // The YAML parser notices the unclosed list where the front matter ends: its last line.
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'front-matter-yaml', line: 3 });
  });

  it('reports a front matter that is never closed', () => {
    const { diagnostics } = parse('---\ntitle: Заголовок\n\nТекст.');
    expect(diagnostics.map((d) => d.code)).toEqual(['front-matter-unclosed']);
  });

  it('reports wrong types per field and keeps the rest', () => {
    const { article, diagnostics } = parse('---\ntitle: Заголовок\ndate: 20251125\nlang: de\ntags: переговори, США\n---\nТекст.');
    expect(article?.title).toBe('Заголовок');
    expect(article?.date).toBeNull();
    expect(article?.tags).toEqual(['переговори', 'США']);
    expect(diagnostics.map((d) => [d.line, d.severity, d.code])).toEqual([
      [3, 'error', 'front-matter-type'],
      [4, 'error', 'front-matter-type'],
      [5, 'warning', 'front-matter-type'],
    ]);
  });

  it('reports an impossible date instead of rolling it over', () => {
    const { article, diagnostics } = parse('---\ntitle: Заголовок\ndate: 2025-02-30\n---\nТекст.');
    expect(article?.date).toBeNull();
    expect(diagnostics).toMatchObject([{ line: 3, severity: 'error', code: 'impossible-date' }]);
  });

  it('warns about unknown keys', () => {
    const { diagnostics } = parse('---\ntitle: Заголовок\nheadline: Інше\n---\nТекст.');
    expect(diagnostics).toMatchObject([{ line: 3, severity: 'warning', code: 'front-matter-unknown-key' }]);
  });

  it('never lets raw HTML or javascript: links through', () => {
    const { article } = parse('---\ntitle: T\nurl: "javascript:alert(1)"\n---\n<script>alert(1)</script>\n\n[клік](javascript:alert(1)) <img src=x onerror=alert(1)>');
    expect(article!.url).toBeNull();
    expect(article!.bodyHtml).not.toMatch(/<script|<img|href="javascript/i);
  });

  it('uses the first heading as the title when front matter has none, with a warning', () => {
    const { article, diagnostics } = parse('---\ndate: 2025-11-25\n---\n# Заголовок з тексту\n\nТекст.');
    expect(article?.title).toBe('Заголовок з тексту');
    expect(diagnostics.map((d) => d.code)).toEqual(['no-title']);
  });

  it('warns when url is not a web link, and makes no link of it', () => {
    const { article, diagnostics } = parse('---\ntitle: T\nurl: "data:text/html,x"\n---\nТекст.');
    expect(article!.url).toBeNull();
    expect(diagnostics).toMatchObject([{ line: 3, severity: 'warning', code: 'unsafe-url' }]);
  });

  it('makes links only to web addresses, mail and site paths', () => {
    const { article } = parse('---\ntitle: T\n---\n[a](https://x.org/) [b](/p/) [c](#n) [d](mailto:a@b.c) [e](data:image/png;base64,AA) ![f](data:image/png;base64,AA) [g](vbscript:x)');
    expect(article!.bodyHtml.match(/href="[^"]*"|src="[^"]*"/gu)).toEqual(['href="https://x.org/"', 'href="/p/"', 'href="#n"', 'href="mailto:a@b.c"']);
  });

  it('reads a date line opening the body: front matter wins a conflict, with a warning', () => {
    const conflict = parse('---\ntitle: T\ndate: 2025-11-23\n---\n date 2025-11-24 T\n\nТекст.');
    expect(conflict.article).toMatchObject({ date: '2025-11-23', dateSource: 'front-matter' });
    expect(conflict.article!.blocks.map((b) => b.text)).toEqual(['Текст.']);
    expect(conflict.diagnostics).toMatchObject([{ line: 5, column: 7, severity: 'warning', code: 'date-conflict' }]);
    expect(parse('---\ntitle: T\n---\n date 2025-11-24 T\n\nТекст.').article).toMatchObject({ date: '2025-11-24', dateSource: 'date-line' });
  });

  it('leaves out a file with only a date, and warns about a title without text', () => {
    expect(parse('---\ndate: 2025-11-23\n---\n')).toMatchObject({ article: null, diagnostics: [{ severity: 'error', code: 'no-text' }] });
    expect(parse('---\ntitle: T\ndate: 2025-11-23\n---\n')).toMatchObject({ article: { title: 'T' }, diagnostics: [{ line: 2, severity: 'warning', code: 'no-body' }] });
  });

  it('makes each line opened by a bullet Markdown does not know ("•", "—") a paragraph of its own', () => {
    const { article } = parse(
      ['---', 'title: Хронологія', 'date: 2026-03-01', '---', '', 'Що сталося:', '• 2 бер. — Сибіга зустрівся з Фіданом;', '• 3 бер. — Умєров', 'полетів до Дохи.', '— 4 марта — Лавров позвонил Рубио.', '', 'Текст — без тире на початку.'].join('\n'),
    );
    expect(article!.blocks.map((b) => [b.text, b.line])).toEqual([
      ['Що сталося:', 6],
      ['• 2 бер. — Сибіга зустрівся з Фіданом;', 7],
      ['• 3 бер. — Умєров полетів до Дохи.', 8],
      ['— 4 марта — Лавров позвонил Рубио.', 10],
      ['Текст — без тире на початку.', 12],
    ]);
  });
});
