import { describe, expect, it } from 'vitest';
import { assembleTimeline, compareArticles } from '../../src/assemble/timeline.ts';
import type { ArticleRecord } from '../../src/types.ts';

function record(file: string, date: string | null, dateSource: ArticleRecord['dateSource'] = date ? 'date-line' : 'none'): ArticleRecord {
  return {
    file, format: 'seed', title: `Title ${file}`, fullTitle: `Title ${file}`, titleLine: 1, date, dateSource,
    declaredLang: null, declaredOutlet: null, outletHints: [], url: null, tags: [],
    blocks: [{ kind: 'paragraph', text: `Lead of ${file}.`, line: 2 }], bodyHtml: '', removed: [], authors: [],
    curatedActors: [], curatedMeetings: [], id: `id-${file}`, lang: 'uk', outlet: null, mentions: [],
  };
}

describe('the timeline', () => {
  const records = [record('c.txt', '2025-12-31'), record('z.txt', null), record('b.txt', '2025-11-25'), record('a.txt', '2025-11-25'), record('d.txt', '2025-11-30', 'text'), record('y.txt', null)];
  const site = assembleTimeline(records, { actors: new Map(), meetings: new Map() });

  it('sorts by date, then file name, with undated articles last', () => {
    expect(site.articles.map((a) => a.file)).toEqual(['a.txt', 'b.txt', 'd.txt', 'c.txt', 'y.txt', 'z.txt']);
  });

  it('groups dated articles by month and keeps undated ones apart', () => {
    expect(site.timeline.months.map((m) => [m.key, m.articles.map((a) => a.file)])).toEqual([
      ['2025-11', ['a.txt', 'b.txt', 'd.txt']],
      ['2025-12', ['c.txt']],
    ]);
    expect(site.timeline.undated.map((a) => a.file)).toEqual(['y.txt', 'z.txt']);
    expect(site.timeline.latest?.id).toBe('id-c.txt');
  });

  it('links each article to its neighbours', () => {
    expect(site.articles[0]!.previous).toBeNull();
    expect(site.articles[0]!.next?.id).toBe('id-b.txt');
    expect(site.articles[5]!.next).toBeNull();
  });

  it('marks dates inferred from the text as approximate', () => {
    expect(site.articles.filter((a) => a.approximate).map((a) => a.file)).toEqual(['d.txt']);
  });

  it('has a total, stable order', () => {
    const shuffled = [...records].reverse();
    expect(assembleTimeline(shuffled, { actors: new Map(), meetings: new Map() }).articles.map((a) => a.id)).toEqual(site.articles.map((a) => a.id));
    expect(compareArticles({ date: null, file: 'a' }, { date: null, file: 'a' })).toBe(0);
  });
});
