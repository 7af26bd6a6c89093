import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../src/pipeline.ts';
import type { ArticlePage } from '../../src/site/model.ts';
import { KNOWLEDGE_DIR, PROJECT_ROOT, SEEDS_DIR } from '../helpers.ts';

/** The seeds as a careful reader sees them (../shared/guide/FACTS.md). */
const EXPECTED = [
  {
    file: '000_8124e8ad9604be43.txt',
    title: 'Держсектретар США Марко Рубіо наразі активно бере участь у переговарах щодо мирного врегулювання війни в Україні',
    date: '2025-11-25',
    dateSource: 'date-line',
    lang: 'uk',
    outlet: 'Главком',
    tags: [],
    firstBlock: 'США та країни-учасниці коаліції досягли домовленості про створення робочої групи, яка займатиметься гарантіями безпеки для України',
  },
  {
    file: '002_c3f19f54ed547ed9.txt',
    title: 'Лидеры так называемой "коалиции желающих" и госсекретарь США Марко Рубио во вторник договорились ускорить работу…',
    date: '2025-11-26',
    dateSource: 'date-line',
    lang: 'ru',
    outlet: 'РИА Новости',
    tags: [],
    firstBlock: 'ЛОНДОН, 26 ноя - РИА Новости. Лидеры так называемой "коалиции желающих" и госсекретарь США Марко Рубио во вторник договорились ускорить работу по предоставлению Украине гарантий безопасности, заявили в канцелярии премьер-министра Великобритании Кира Стармера.',
  },
  {
    file: '003_83dcc17e5d22c300.txt',
    title: 'У США вже розпочалася зустріч української делегації з американською стороною щодо кроків для досягнення достойного миру',
    date: '2025-11-30',
    dateSource: 'text',
    lang: 'uk',
    outlet: null,
    tags: [],
    firstBlock: 'У США вже розпочалася зустріч української делегації з американською стороною щодо кроків для досягнення достойного миру.',
  },
  {
    file: '001_d573edd654c68f5f.txt',
    title: 'Украинская сторона скоординировала позиции, спланировала дальнейшие встречи с европейскими и американскими партнерами…',
    date: '2025-12-31',
    dateSource: 'date-line',
    lang: 'ru',
    outlet: null,
    tags: [],
    firstBlock: 'Украинская сторона скоординировала позиции, спланировала дальнейшие встречи с европейскими и американскими партнерами в январе 2026 года.',
  },
  {
    file: '004_56c201d3acdcaa1f.txt',
    title: 'Президент після саміту «коаліції охочих» провів переговори з американцями',
    date: '2026-01-07',
    dateSource: 'date-line',
    lang: 'uk',
    outlet: 'Главком',
    tags: ['Володимир Зеленський', 'переговори', 'США', 'Джаред Кушнер', 'Стів Віткофф'],
    firstBlock: 'Зеленський зустрівся з Стівеном Віткоффом і Джаредом Кушнером',
  },
] as const;

let result: PipelineResult;
const byFile = (file: string): ArticlePage => result.site.articles.find((a) => a.file === file)!;

beforeAll(() => {
  result = runPipeline({ seedsDir: SEEDS_DIR, knowledgeDir: KNOWLEDGE_DIR, displayRoot: PROJECT_ROOT, today: new Date('2026-11-22T00:00:00Z') });
});

describe('the five seeds', () => {
  it('are all read, in date order, 003 placed by its inferred date', () => {
    expect(result.site.articles.map((a) => a.file)).toEqual(EXPECTED.map((e) => e.file));
  });

  it.each(EXPECTED)('$file: title, date, language, outlet and tags as a reader sees them', (expected) => {
    const article = byFile(expected.file);
    expect({ title: article.title, date: article.date, dateSource: article.dateSource, lang: article.lang, outlet: article.outlet, tags: article.tags }).toEqual({
      title: expected.title,
      date: expected.date,
      dateSource: expected.dateSource,
      lang: expected.lang,
      outlet: expected.outlet,
      tags: expected.tags,
    });
  });

  it.each(EXPECTED)('$file: the body starts where the text starts', (expected) => {
    expect(byFile(expected.file).bodyHtml.split('\n')[0]).toContain(expected.firstBlock.replace(/"/g, '&quot;'));
  });

  it('003 is marked approximate; the others are not', () => {
    expect(result.site.articles.filter((a) => a.approximate).map((a) => a.file)).toEqual(['003_83dcc17e5d22c300.txt']);
  });

  it('004 loses its breadcrumb, bylines, domain line, photo credit and tag line, and keeps them on record', () => {
    const article = byFile('004_56c201d3acdcaa1f.txt');
    for (const noise of ['Головна Світ Політика', 'Іванна Гончар', 'glavcom.ua', 'фото: Офіс президента', 'Теги:']) {
      expect(article.bodyHtml).not.toContain(noise);
    }
    expect(article.removed.map((r) => r.kind)).toEqual(['breadcrumb', 'byline', 'domain', 'byline', 'photo-credit', 'tags']);
    expect(article.authors).toEqual(['Іванна Гончар']);
  });

  it('001 loses "Сейчас смотрят" and keeps its section headings as headings', () => {
    const article = byFile('001_d573edd654c68f5f.txt');
    expect(article.bodyHtml).not.toContain('Сейчас смотрят');
    expect(article.bodyHtml).toContain('<h2>Умеров о запланированных встречах в январе</h2>');
    expect(article.bodyHtml).toContain('<h2>США о продвижении в мирном процессе</h2>');
  });

  it('003 loses its photo credit; 000 keeps its own typos', () => {
    expect(byFile('003_83dcc17e5d22c300.txt').bodyHtml).not.toContain('Фото: Telegram');
    expect(byFile('000_8124e8ad9604be43.txt').title).toMatch(/^Держсектретар .* переговарах /);
  });

  it('report only the inferred date of 003, as a warning at the date in the text', () => {
    expect(result.diagnostics).toEqual([
      {
        file: 'seeds/003_83dcc17e5d22c300.txt',
        line: 12,
        column: 15,
        severity: 'warning',
        code: 'date-inferred',
        message: 'no date given; 2025-11-30 inferred from "29 листопада" in the text (shown as approximate; add a date line to be sure)',
      },
    ]);
  });

  it('give the meetings a reader finds, merged across articles and languages (FACTS.md)', () => {
    const meetings = result.site.meetings.map((m) => ({
      date: m.date,
      place: m.place,
      kind: m.kind,
      status: m.status,
      seeds: m.coverage.map((c) => result.site.articles.find((a) => a.id === c.article.id)!.file.slice(0, 3)).sort(),
    }));
    expect(meetings).toEqual([
      { date: '2025-08-15', place: 'Anchorage', kind: 'in-person', status: 'held', seeds: ['002'] },
      { date: '2025-11-21', place: 'Moscow', kind: 'in-person', status: 'held', seeds: ['002'] },
      { date: '2025-11-23', place: 'Geneva', kind: 'in-person', status: 'held', seeds: ['000', '003'] },
      { date: '2025-11-25', place: null, kind: 'video', status: 'held', seeds: ['000', '002'] },
      { date: '2025-11-30', place: 'Hallandale Beach', kind: 'in-person', status: 'held', seeds: ['003'] },
      { date: '2025-12-28', place: 'Mar-a-Lago', kind: 'in-person', status: 'held', seeds: ['001'] },
      { date: '2025-12-31', place: null, kind: 'phone', status: 'held', seeds: ['001'] },
      { date: '2026-01-03', place: 'Kyiv', kind: 'in-person', status: 'planned', seeds: ['001'] },
      { date: '2026-01-06', place: 'Paris', kind: 'in-person', status: 'held', seeds: ['004'] },
      { date: '2026-01-06', place: 'Paris', kind: 'in-person', status: 'held', seeds: ['004'] },
      { date: '2026-01-07', place: 'Paris', kind: 'in-person', status: 'planned', seeds: ['004'] },
    ]);
    expect(byFile('002_c3f19f54ed547ed9.txt').meetings.map((m) => m.date)).toContain('2025-11-25');
  });

  it('link meetings to their participants, and actors to their meetings', () => {
    const call = result.site.meetings.find((m) => m.date === '2025-12-31')!;
    expect(call.participants.map((p) => p.id)).toEqual(expect.arrayContaining(['rustem-umerov', 'marco-rubio', 'steve-witkoff', 'jared-kushner']));
    const umerov = result.site.actors.find((a) => a.id === 'rustem-umerov')!;
    expect(umerov.meetings.map((m) => m.id)).toContain(call.id);
  });
});
