import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.ts';
import { sourceFile } from '../helpers.ts';

const parse = (text: string, name = 'a.txt') => parseArticle(sourceFile(name, text), new Date('2026-11-22T00:00:00Z'));

describe('seed format: the date line', () => {
  it.each([
    [' date 2025-11-25 Заголовок статті', '2025-11-25'],
    ['date 2025-11-25 Заголовок статті', '2025-11-25'],
    ['date: 2025-11-25 Заголовок статті', '2025-11-25'],
    ['  DATE: 2025-11-25\tЗаголовок статті', '2025-11-25'],
  ])('reads %j', (line, date) => {
    const { article, diagnostics } = parse(`${line}\n\nТекст статті, перше речення.`);
    expect(diagnostics).toEqual([]);
    expect(article?.date).toBe(date);
    expect(article?.dateSource).toBe('date-line');
    expect(article?.title).toBe('Заголовок статті');
  });

  it('reports an impossible date as an error at the date, and keeps the article undated', () => {
    const { article, diagnostics } = parse(' date 2025-02-30 Заголовок\n\nТекст.');
    expect(article?.date).toBeNull();
    expect(article?.title).toBe('Заголовок');
    expect(diagnostics).toEqual([
      { file: 'seeds/a.txt', line: 1, column: 7, severity: 'error', code: 'impossible-date', message: 'date line: 2025-02-30 is not a calendar date' },
    ]);
  });

  it.each(['date 2025-12-3 Заголовок', 'date: 03.12.2025 Заголовок', 'date 2025-13-01 Заголовок'])('rejects %j', (line) => {
    const { article, diagnostics } = parse(`${line}\nТекст.`);
    expect(article).not.toBeNull();
    expect(diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(diagnostics[0]!.code).toMatch(/^(malformed|impossible)-date$/);
  });

  it('warns about a date far in the future or before 1991, at the date', () => {
    expect(parse('date 2031-01-01 Заголовок\nТекст.').diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['implausible-date', 1, 6]]);
    expect(parse('date 1985-05-01 Заголовок\nТекст.').diagnostics.map((d) => d.code)).toEqual(['implausible-date']);
  });

  it('takes a file without a date line as undated, with the first line as its title', () => {
    const { article, diagnostics } = parse('Перший рядок як заголовок\nДругий рядок тексту статті, довший за заголовок.');
    expect(diagnostics).toEqual([]);
    expect(article?.date).toBeNull();
    expect(article?.dateSource).toBe('none');
    expect(article?.title).toBe('Перший рядок як заголовок');
  });
});

describe('seed format: title and body', () => {
  it('skips a breadcrumb and takes the next line as the title', () => {
    const { article } = parse(' date 2026-01-07 Головна Світ Політика\nПрезидент провів переговори\n\nТекст статті.');
    expect(article?.title).toBe('Президент провів переговори');
    expect(article?.removed).toContainEqual({ kind: 'breadcrumb', text: 'Головна Світ Політика', line: 1 });
    expect(article?.blocks.map((b) => b.text)).toEqual(['Текст статті.']);
  });

  it('cuts a long first sentence at a word boundary for the heading and keeps it whole in the body', () => {
    const sentence = 'Украинская сторона скоординировала позиции, спланировала дальнейшие встречи с европейскими и американскими партнерами в январе 2026 года.';
    const { article } = parse(` date 2025-12-31 ${sentence}\n\nДалее текст.`);
    expect(article!.title.endsWith('…')).toBe(true);
    expect(article!.title.length).toBeLessThanOrEqual(121);
    expect(sentence.startsWith(article!.title.slice(0, -1))).toBe(true);
    expect(article!.fullTitle).toBe(sentence);
    expect(article!.blocks[0]!.text).toBe(sentence);
  });

  it('keeps a short headline out of the body', () => {
    const { article } = parse(' date 2025-11-25 Рубіо долучився до переговорів\n\nПерший абзац.');
    expect(article?.blocks.map((b) => b.text)).toEqual(['Перший абзац.']);
  });

  it('drops an agency dateline from the title and remembers the agency', () => {
    const { article } = parse(' date 2025-11-26 ЛОНДОН, 26 ноя - РИА Новости. Лидеры договорились ускорить работу.\n\nТекст.');
    expect(article?.title).toBe('Лидеры договорились ускорить работу');
    expect(article?.outletHints).toEqual(['РИА Новости']);
    expect(article?.blocks[0]!.text).toMatch(/^ЛОНДОН, 26 ноя - РИА Новости\./);
  });

  it('takes out web-page furniture, keeping what it says', () => {
    const text = [
      ' date 2026-01-07 Заголовок новини',
      'Іванна Гончар',
      'glavcom.ua',
      'Іванна Гончар',
      'Зеленський зустрівся з делегацією',
      'фото: Офіс президента',
      'Перший абзац статті, досить довгий, щоб бути абзацом тексту, а не підписом чи заголовком розділу статті.',
      'Читайте також: Інша новина дня',
      'Реклама',
      'Сейчас смотрят',
      'Фото: Telegram Рустема Умєрова',
      'Теги: Володимир Зеленський переговори США Джаред Кушнер Стів Віткофф',
    ].join('\n');
    const { article } = parse(text);
    expect(article!.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['caption', 'Зеленський зустрівся з делегацією'],
      ['paragraph', 'Перший абзац статті, досить довгий, щоб бути абзацом тексту, а не підписом чи заголовком розділу статті.'],
    ]);
    expect(article!.authors).toEqual(['Іванна Гончар']);
    expect(article!.outletHints).toEqual(['glavcom.ua']);
    expect(article!.tags).toEqual(['Володимир Зеленський', 'переговори', 'США', 'Джаред Кушнер', 'Стів Віткофф']);
    expect(article!.removed.map((r) => r.kind)).toEqual(['byline', 'domain', 'byline', 'photo-credit', 'read-also', 'advert', 'now-watching', 'photo-credit', 'tags']);
  });

  it('marks short lines without a full stop that introduce longer text as headings', () => {
    const { article } = parse(' date 2025-12-31 Заголовок.\n\nУмеров о запланированных встречах\n\nКак отметил Умеров, он доложил президенту о результатах разговора.');
    expect(article!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('escapes the body text in HTML', () => {
    const { article } = parse(' date 2025-11-25 Заголовок\n\n<script>alert(1)</script> & "лапки"');
    expect(article!.bodyHtml).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;лапки&quot;</p>');
  });
});

describe('files without an article', () => {
  it.each([
    ['', 'the file is empty'],
    ['  \n\t\n ', 'the file holds only white space'],
  ])('reports %j as an error', (text, message) => {
    const { article, diagnostics } = parse(text);
    expect(article).toBeNull();
    expect(diagnostics).toEqual([{ file: 'seeds/a.txt', line: 1, column: 1, severity: 'error', code: 'empty-file', message }]);
  });

  it('reports a date line with nothing after it, and leaves it out', () => {
    const { article, diagnostics } = parse(' date 2025-11-25\n');
    expect(article).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['no-text']);
  });

  it('suggests the date a malformed one most likely means', () => {
    expect(parse('date 2025-12-3 Заголовок\nТекст.').diagnostics[0]!.message).toBe('date line: "2025-12-3" is not a date as YYYY-MM-DD (write 2025-12-03)');
    expect(parse('date: 03.12.2025 Заголовок\nТекст.').diagnostics[0]!.message).toBe('date line: "03.12.2025" is not a date as YYYY-MM-DD (write 2025-12-03)');
    expect(parse('date 31.02.2025 Заголовок\nТекст.').diagnostics[0]!.message).toBe('date line: "31.02.2025" is not a date as YYYY-MM-DD');
  });
});
