import { compareStrings } from '../diagnostics.ts';
import type { ActorRef, ArticleLink, ArticlePage, ArticleSummary, MeetingRef, SiteModel, TimelineMonth } from '../site/model.ts';
import type { ArticleRecord } from '../types.ts';

/** Longest lead shown under a timeline entry; cut at a word boundary. */
const LEAD_LENGTH = 260;

/** Timeline order: dated articles by date, then by file name; undated ones last, by file name. */
export function compareArticles(a: Pick<ArticleRecord, 'date' | 'file'>, b: Pick<ArticleRecord, 'date' | 'file'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return compareStrings(a.date, b.date);
  }
  return compareStrings(a.file, b.file);
}

export function articleUrl(id: string): string {
  return `/articles/${id}/`;
}

export interface ArticleLinks {
  actors: ReadonlyMap<string, ActorRef[]>;
  meetings: ReadonlyMap<string, MeetingRef[]>;
}

/** Sorts the articles, links each to its neighbours, and groups them by month. */
export function assembleTimeline(records: readonly ArticleRecord[], links: ArticleLinks): Pick<SiteModel, 'articles' | 'timeline'> {
  const sorted = [...records].sort(compareArticles);
  const summaries = sorted.map((record): ArticleSummary => ({
    id: record.id,
    url: articleUrl(record.id),
    file: record.file,
    date: record.date,
    dateSource: record.dateSource,
    approximate: record.dateSource === 'text',
    lang: record.lang,
    title: record.title,
    outlet: record.outlet,
    lead: leadOf(record),
    actors: links.actors.get(record.id) ?? [],
    meetings: links.meetings.get(record.id) ?? [],
  }));
  const asLink = (summary: ArticleSummary | undefined): ArticleLink | null =>
    summary ? { id: summary.id, url: summary.url, title: summary.title, date: summary.date } : null;

  const articles = sorted.map((record, index): ArticlePage => ({
    ...summaries[index]!,
    fullTitle: record.fullTitle,
    tags: record.tags,
    bodyHtml: record.bodyHtml,
    authors: record.authors,
    sourceUrl: record.url,
    removed: record.removed,
    previous: asLink(summaries[index - 1]),
    next: asLink(summaries[index + 1]),
  }));

  const { months, undated } = groupByMonth(summaries);
  const dated = summaries.filter((s) => s.date !== null);
  return { articles, timeline: { months, undated, latest: asLink(dated[dated.length - 1]) } };
}

/** Articles in timeline order, by month (`YYYY-MM`), the undated ones apart. */
export function groupByMonth(summaries: readonly ArticleSummary[]): { months: TimelineMonth[]; undated: ArticleSummary[] } {
  const months: TimelineMonth[] = [];
  const undated: ArticleSummary[] = [];
  for (const summary of summaries) {
    if (summary.date === null) {
      undated.push(summary);
      continue;
    }
    const key = summary.date.slice(0, 7);
    const last = months[months.length - 1];
    if (last?.key === key) last.articles.push(summary);
    else months.push({ key, articles: [summary] });
  }
  return { months, undated };
}

/** The first paragraph that is not the title again, cut for a timeline entry. */
function leadOf(record: ArticleRecord): string {
  const paragraphs = record.blocks.filter((b) => b.kind === 'paragraph');
  const lead = paragraphs.find((b) => b.text !== record.fullTitle) ?? paragraphs[0];
  if (!lead) return '';
  const text = lead.text.replace(/\s+/gu, ' ');
  if (text.length <= LEAD_LENGTH) return text;
  const cut = text.slice(0, LEAD_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), LEAD_LENGTH / 2)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
