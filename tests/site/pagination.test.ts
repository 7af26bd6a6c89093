import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZES, numberedUrl, pageCountOf, pageSizesFromEnv, paginate, pager, sliceOf, subpageUrl } from '../../src/site/pagination.ts';
import { groupByMonth } from '../../src/assemble/timeline.ts';
import { abridge, actorPages, homeView, listPages, meetingPages, STATUS_CHANGES_SHOWN } from '../../src/site/pages.ts';
import type { ActorAppearance, ActorPage, ArticleSummary, MeetingPage } from '../../src/site/model.ts';

describe('page addresses', () => {
  it('leaves the number out of the first page', () => {
    expect([1, 2, 10].map(numberedUrl('/timeline/2025-11/'))).toEqual(['/timeline/2025-11/', '/timeline/2025-11/2/', '/timeline/2025-11/10/']);
    expect([1, 2].map(subpageUrl('/actors/x/'))).toEqual(['/actors/x/', '/actors/x/page/2/']);
  });
});

describe('pager', () => {
  const urlOf = numberedUrl('/timeline/2025-11/');
  const view = (current: number, count: number) => pager(urlOf, current, count).items.map((i) => (i === null ? '…' : i.current ? `[${i.number}]` : String(i.number))).join(' ');
  it('shows the first, last and nearby pages, with gaps', () => {
    expect(view(1, 1)).toBe('');
    expect(view(1, 3)).toBe('[1] 2 3');
    expect(view(1, 20)).toBe('[1] 2 3 … 20');
    expect(view(10, 20)).toBe('1 … 8 9 [10] 11 12 … 20');
    expect(view(20, 20)).toBe('1 … 18 19 [20]');
    expect(view(4, 7)).toBe('1 2 3 [4] 5 6 7');
    expect(pager(urlOf, 2, 3)).toMatchObject({ previous: '/timeline/2025-11/', next: '/timeline/2025-11/3/' });
    expect(pager(urlOf, 1, 1)).toEqual({ previous: null, next: null, items: [] });
  });
  it('stays bounded however many pages there are', () => {
    for (const count of [1, 2, 9, 1_000, 1_000_000]) for (const current of [1, 2, Math.ceil(count / 2), count]) expect(pager(urlOf, current, count).items.length).toBeLessThanOrEqual(9);
  });
});

describe('paginate', () => {
  it('splits a list into pages that hold every item once, in order', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = paginate(items, 10, subpageUrl('/meetings/'));
    expect(pages.map((p) => [p.url, p.number, p.pageCount, p.list.from, p.list.to, p.list.total])).toEqual([
      ['/meetings/', 1, 3, 1, 10, 23],
      ['/meetings/page/2/', 2, 3, 11, 20, 23],
      ['/meetings/page/3/', 3, 3, 21, 23, 23],
    ]);
    expect(pages.flatMap((p) => p.list.items)).toEqual(items);
    expect(pages[1]!.pager).toMatchObject({ previous: '/meetings/', next: '/meetings/page/3/' });
  });
  it('gives an empty list one empty page, and refuses a page size below 1', () => {
    expect(paginate([], 10, subpageUrl('/x/'))).toMatchObject([{ url: '/x/', number: 1, pageCount: 1, list: { items: [], total: 0 } }]);
    expect(pageCountOf(200, 100)).toBe(2);
    expect(pageCountOf(201, 100)).toBe(3);
    expect(() => pageCountOf(1, 0)).toThrow(/positive/u);
    expect(sliceOf([1, 2, 3], 2, 3)).toEqual({ items: [], from: 5, to: 4, total: 3 });
  });
  it('reads the page size override from PEACE_TIMELINE_PAGE_SIZE', () => {
    expect(pageSizesFromEnv({})).toEqual(DEFAULT_PAGE_SIZES);
    expect(pageSizesFromEnv({ PEACE_TIMELINE_PAGE_SIZE: '7' })).toEqual({ filter: 7, home: 7, actor: 7, meetings: 7, coverage: 7 });
    expect(() => pageSizesFromEnv({ PEACE_TIMELINE_PAGE_SIZE: 'x' })).toThrow(/PEACE_TIMELINE_PAGE_SIZE/u);
  });
});

function summary(id: string, date: string | null): ArticleSummary {
  return { id, url: `/articles/${id}/`, file: `${id}.txt`, date, dateSource: date === null ? 'none' : 'date-line', approximate: false, lang: 'uk', title: id, outlet: null, lead: '', actors: [], meetings: [] };
}

function timeline(articles: ArticleSummary[]) {
  return { ...groupByMonth(articles), latest: null };
}

describe('homeView', () => {
  const articles = [summary('a', '2025-10-01'), summary('b', '2025-11-01'), summary('c', '2025-11-02'), summary('d', '2025-12-01'), summary('u', null)];
  it('lists everything, undated too, when the timeline fits', () => {
    const view = homeView(timeline(articles), 5);
    expect(view.months.flatMap((m) => m.articles.map((a) => a.id))).toEqual(['a', 'b', 'c', 'd']);
    expect(view).toMatchObject({ shown: 4, dated: 4, partialMonth: null });
    expect(view.undated.map((a) => a.id)).toEqual(['u']);
  });
  it('lists only the latest dated articles otherwise, and says which month is cut', () => {
    const view = homeView(timeline(articles), 2);
    expect(view.months.map((m) => [m.key, m.articles.map((a) => a.id)])).toEqual([
      ['2025-11', ['c']],
      ['2025-12', ['d']],
    ]);
    expect(view).toMatchObject({ shown: 2, dated: 4, partialMonth: '2025-11', undated: [] });
    expect(homeView(timeline(articles), 3)).toMatchObject({ shown: 3, partialMonth: null });
  });
  it('stays bounded at 100,000 articles', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => summary(`x${i}`, `2025-${String((Math.floor(i / 8334) % 12) + 1).padStart(2, '0')}-01`));
    const view = homeView(timeline(many), DEFAULT_PAGE_SIZES.home);
    expect(view.months.reduce((n, m) => n + m.articles.length, 0)).toBe(DEFAULT_PAGE_SIZES.home);
    expect(view.months.at(-1)!.articles.at(-1)!.id).toBe('x99999');
  });
});

function appearance(id: string): ActorAppearance {
  return { article: { id, url: `/articles/${id}/`, title: id, date: null, dateSource: 'none', lang: 'uk' }, mentions: [] };
}

describe('actor and meeting pages', () => {
  const actor = { id: 'x', url: '/actors/x/', appearances: Array.from({ length: 25 }, (_, i) => appearance(`a${i}`)), meetings: Array.from({ length: 5 }, (_, i) => ({ id: `m${i}` })) } as unknown as ActorPage;
  it('splits an actor’s articles and meetings over the same pages', () => {
    const pages = actorPages(actor, 10);
    expect(pages.map((p) => [p.url, p.appearances.items.length, p.meetings.items.length])).toEqual([
      ['/actors/x/', 10, 5],
      ['/actors/x/page/2/', 10, 0],
      ['/actors/x/page/3/', 5, 0],
    ]);
    expect(pages.flatMap((p) => p.appearances.items.map((a) => a.article.id))).toEqual(actor.appearances.map((a) => a.article.id));
    expect(actorPages({ ...actor, meetings: Array.from({ length: 31 }, (_, i) => ({ id: `m${i}` })) } as unknown as ActorPage, 10)).toHaveLength(4);
  });
  it('splits a meeting’s coverage, and links each meeting to its page of the index', () => {
    const meeting = { id: 'm', url: '/meetings/m/', statusHistory: [], coverage: Array.from({ length: 11 }, (_, i) => ({ article: appearance(`c${i}`).article, evidence: '', status: 'held' })) } as unknown as MeetingPage;
    expect(meetingPages(meeting, 10).map((p) => [p.url, p.coverage.items.length])).toEqual([
      ['/meetings/m/', 10],
      ['/meetings/m/page/2/', 1],
    ]);
    const meetings = Array.from({ length: 12 }, (_, i) => ({ ...meeting, id: `m${i}`, url: `/meetings/m${i}/`, coverage: [] }));
    const pages = listPages({ timeline: timeline([]), actors: [], meetings }, { ...DEFAULT_PAGE_SIZES, meetings: 5 });
    expect(pages.meetingIndex.map((p) => p.url)).toEqual(['/meetings/', '/meetings/page/2/', '/meetings/page/3/']);
    expect(pages.meetingListUrls.get('m0')).toBe('/meetings/#meeting-m0');
    expect(pages.meetingListUrls.get('m11')).toBe('/meetings/page/3/#meeting-m11');
  });
});

describe('abridged status history', () => {
  it('keeps a short history whole, and the first and latest changes of a long one', () => {
    const keep = { first: 2, last: 3 };
    const list = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(abridge(list(6), keep)).toEqual({ first: list(6), omitted: 0, last: [] });
    expect(abridge(list(7), keep)).toEqual({ first: [0, 1], omitted: 2, last: [4, 5, 6] });
    expect(abridge(list(700), keep)).toEqual({ first: [0, 1], omitted: 695, last: [697, 698, 699] });
    expect(abridge([], keep)).toEqual({ first: [], omitted: 0, last: [] });
  });

  it('is what every page of a meeting shows, however many changes it has', () => {
    const history = Array.from({ length: 500 }, (_, i) => ({ status: i % 2 ? 'held' : 'planned', reportedOn: null, article: null }));
    const meeting = { url: '/meetings/m/', coverage: [], statusHistory: history } as unknown as MeetingPage;
    const [page] = meetingPages(meeting, 10);
    const shown = page!.statusHistory.first.length + page!.statusHistory.last.length;
    expect(shown).toBe(STATUS_CHANGES_SHOWN.first + STATUS_CHANGES_SHOWN.last);
    expect(page!.statusHistory.omitted).toBe(500 - shown);
  });
});
