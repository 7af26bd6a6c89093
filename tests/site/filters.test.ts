import { describe, expect, it } from 'vitest';
import { groupByMonth } from '../../src/assemble/timeline.ts';
import { BAR_MONTHS, BAR_OUTLETS, timelineFilters, type FilterPage } from '../../src/site/filters.ts';
import type { ActorPage, ArticleSummary, SiteModel } from '../../src/site/model.ts';
import type { Lang } from '../../src/types.ts';

function summary(id: string, date: string | null, lang: Lang, outlet: string | null, approximate = false): ArticleSummary {
  return { id, url: `/articles/${id}/`, file: `${id}.txt`, date, dateSource: date === null ? 'none' : approximate ? 'text' : 'date-line', approximate, lang, title: id, outlet, lead: '', actors: [], meetings: [] };
}

/** A model holding only what the filters read, articles in timeline order. */
function model(articles: ArticleSummary[], actors: Partial<ActorPage>[] = []): Pick<SiteModel, 'timeline' | 'actors' | 'meetings'> {
  return {
    timeline: { ...groupByMonth(articles), latest: null },
    actors: actors as ActorPage[],
    meetings: [],
  };
}

const SEEDS = [
  summary('a0', '2025-11-25', 'uk', null),
  summary('a2', '2025-11-26', 'ru', 'РИА Новости'),
  summary('a3', '2025-11-30', 'uk', null, true),
  summary('a1', '2025-12-31', 'ru', 'РИА Новости'),
  summary('a4', '2026-01-07', 'uk', 'Главком'),
];

/** Every article of a filter, across its pages. */
function articlesOf(pages: FilterPage[], url: string): string[] {
  return pages.filter((p) => p.filter.url === url).flatMap((p) => p.sections.flatMap((s) => s.articles.map((a) => a.id)));
}

describe('timelineFilters', () => {
  const filters = timelineFilters(model(SEEDS, [
    { id: 'rustem-umerov', name: 'Rustem Umerov', type: 'person', url: '/actors/rustem-umerov/', mentionCount: 9, articleCount: 3 },
    { id: 'nobody', name: 'Nobody', type: 'person', url: '/actors/nobody/', mentionCount: 0, articleCount: 0 },
  ]));

  it('has a filter per language, outlet and month, with counts and shareable addresses', () => {
    expect(filters.languages.map((f) => [f.url, f.count])).toEqual([
      ['/timeline/lang/uk/', 3],
      ['/timeline/lang/ru/', 2],
    ]);
    expect(filters.outlets.map((f) => [f.url, f.name, f.count])).toEqual([
      ['/timeline/outlet/ria-novosti/', 'РИА Новости', 2],
      ['/timeline/outlet/hlavkom/', 'Главком', 1],
      ['/timeline/outlet/unknown/', null, 2],
    ]);
    expect(filters.months.map((f) => [f.url, f.count, f.approximate])).toEqual([
      ['/timeline/2025-11/', 3, 1],
      ['/timeline/2025-12/', 1, 0],
      ['/timeline/2026-01/', 1, 0],
    ]);
    expect(filters.years.map((y) => [y.year, y.months.map((m) => m.key)])).toEqual([
      ['2025', ['2025-11', '2025-12']],
      ['2026', ['2026-01']],
    ]);
  });

  it('keeps timeline order inside a filter, grouped by month', () => {
    expect(articlesOf(filters.pages, '/timeline/lang/uk/')).toEqual(['a0', 'a3', 'a4']);
    const uk = filters.pages.find((p) => p.url === '/timeline/lang/uk/')!;
    expect(uk.sections.map((s) => s.month)).toEqual(['2025-11', '2026-01']);
    expect(uk).toMatchObject({ number: 1, pageCount: 1, from: 1, to: 3, pager: { previous: null, next: null, items: [] } });
  });

  it('links each month to its neighbours', () => {
    const december = filters.pages.find((p) => p.url === '/timeline/2025-12/')!;
    expect(december.siblings.previous?.url).toBe('/timeline/2025-11/');
    expect(december.siblings.next?.url).toBe('/timeline/2026-01/');
  });

  it('puts undated articles in their language and outlet, last, and in no month', () => {
    const f = timelineFilters(model([...SEEDS, summary('u1', null, 'uk', 'Главком')]));
    const page = f.pages.find((p) => p.url === '/timeline/outlet/hlavkom/')!;
    expect(page.sections.map((s) => [s.month, s.articles.map((a) => a.id)])).toEqual([
      ['2026-01', ['a4']],
      [null, ['u1']],
    ]);
    expect(f.months.reduce((n, m) => n + m.count, 0)).toBe(5);
    expect(f.bar.undated).toBe(1);
    expect(f.undated).toMatchObject({ kind: 'undated', url: '/timeline/undated/', count: 1 });
    expect(articlesOf(f.pages, '/timeline/undated/')).toEqual(['u1']);
    expect(timelineFilters(model(SEEDS)).undated).toBeNull();
  });

  it('gives outlets unique slugs that do not depend on counts', () => {
    const f = timelineFilters(model([summary('x', '2025-01-01', 'uk', 'Главком'), summary('y', '2025-01-02', 'uk', 'ГЛАВКОМ'), summary('z', '2025-01-02', 'uk', 'ГЛАВКОМ'), summary('w', '2025-01-03', 'uk', 'Unknown'), summary('v', '2025-01-03', 'uk', '«»')]));
    expect(f.outlets.map((o) => [o.name, o.key])).toEqual([
      ['ГЛАВКОМ', 'hlavkom'],
      ['Unknown', 'unknown-2'],
      ['«»', 'outlet'],
      ['Главком', 'hlavkom-2'],
    ]);
  });

  it('selects a bounded filter bar: top outlets, recent months, most-named actors', () => {
    expect(filters.bar.actors.map((a) => [a.id, a.url, a.mentions])).toEqual([['rustem-umerov', '/actors/rustem-umerov/', 9]]);
    expect(filters.bar.outlets).toHaveLength(3);
    expect(filters.bar.moreOutlets).toBe(0);
    const many: ArticleSummary[] = [];
    for (let i = 0; i < 600; i++) many.push(summary(`m${i}`, `${2000 + Math.floor(i / 12 / 5)}-${String((Math.floor(i / 5) % 12) + 1).padStart(2, '0')}-01`, 'uk', `Outlet ${i % 40}`));
    const f = timelineFilters(model(many));
    expect(f.bar.outlets).toHaveLength(BAR_OUTLETS);
    expect(f.bar.moreOutlets).toBe(40 - BAR_OUTLETS);
    expect(f.bar.years.flatMap((y) => y.months)).toHaveLength(BAR_MONTHS);
    expect(f.bar.moreMonths).toBe(120 - BAR_MONTHS);
    expect(f.bar.years.at(-1)!.months.at(-1)!.key).toBe('2009-12');
  });

  it('paginates (here by 200), the first page at the filter address, no page growing with N', () => {
    const many: ArticleSummary[] = [];
    for (let i = 0; i < 100_000; i++) many.push(summary(`x${String(i).padStart(6, '0')}`, `2025-${String((i % 12) + 1).padStart(2, '0')}-01`, i % 3 ? 'uk' : 'ru', i % 2 ? 'Укрінформ' : null));
    many.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    const started = performance.now();
    const f = timelineFilters(model(many), 200);
    expect(performance.now() - started).toBeLessThan(3_000);
    const uk = f.pages.filter((p) => p.filter.url === '/timeline/lang/uk/');
    expect(uk).toHaveLength(Math.ceil(66_666 / 200));
    expect(uk.map((p) => p.url).slice(0, 3)).toEqual(['/timeline/lang/uk/', '/timeline/lang/uk/2/', '/timeline/lang/uk/3/']);
    expect(new Set(f.pages.map((p) => p.url)).size).toBe(f.pages.length);
    for (const page of f.pages) {
      expect(page.sections.reduce((n, s) => n + s.articles.length, 0)).toBeLessThanOrEqual(200);
      expect(page.pager.items.length).toBeLessThanOrEqual(9);
    }
    expect(articlesOf(f.pages, '/timeline/lang/ru/')).toHaveLength(33_334);
    const middle = uk[100]!;
    expect(middle).toMatchObject({ number: 101, from: 20_001, to: 20_200, pager: { previous: '/timeline/lang/uk/100/', next: '/timeline/lang/uk/102/' } });
  });
});
