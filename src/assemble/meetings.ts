import type { MeetingRecord } from '../extract/meetings/index.ts';
import type { ActorRef, ArticleLink, MeetingLink, MeetingPage, MeetingRef } from '../site/model.ts';
import type { InterfaceLanguage } from '../site/settings.ts';
import type { ArticleRecord } from '../types.ts';
import { actorNameOrder } from './actors.ts';
import { articleUrl } from './timeline.ts';

export function meetingUrl(id: string): string {
  return `/meetings/${id}/`;
}

export function meetingRef(meeting: Pick<MeetingRecord, 'id' | 'title' | 'titleUk' | 'date' | 'place' | 'placeUk' | 'kind' | 'status'>): MeetingRef {
  return {
    id: meeting.id,
    title: meeting.title,
    titles: { en: meeting.title, uk: meeting.titleUk },
    date: meeting.date,
    place: meeting.place,
    // A place the gazetteer cannot name in Ukrainian keeps its English name.
    placeNames: meeting.place === null ? null : { en: meeting.place, uk: meeting.placeUk ?? meeting.place },
    kind: meeting.kind,
    status: meeting.status,
  };
}

/**
 * Meeting pages from the merged meetings: participants and covering articles as links,
 * neighbours in time, and the lookups articles and actors need (built once). Participants
 * come by id (as the data files list them), or, for an interface in another language than
 * English, in the alphabetical order of their names in it.
 */
export function assembleMeetings(
  meetings: readonly MeetingRecord[],
  records: readonly ArticleRecord[],
  actors: ReadonlyMap<string, ActorRef>,
  language: InterfaceLanguage = 'en',
): { meetings: MeetingPage[]; byArticle: Map<string, MeetingRef[]>; byActor: Map<string, MeetingRef[]> } {
  const articles = new Map(records.map((r) => [r.id, r]));
  const link = (id: string): (ArticleLink & Pick<ArticleRecord, 'dateSource' | 'lang'>) | null => {
    const r = articles.get(id);
    return r ? { id: r.id, url: articleUrl(r.id), title: r.title, date: r.date, dateSource: r.dateSource, lang: r.lang } : null;
  };
  const asLink = (m: MeetingRecord | undefined): MeetingLink | null => (m ? { id: m.id, url: meetingUrl(m.id), title: m.title, titles: { en: m.title, uk: m.titleUk }, date: m.date } : null);

  const byName = language === 'en' ? null : actorNameOrder(language);
  const participants = (ids: readonly string[]): ActorRef[] => {
    const list = ids.map((id) => actors.get(id)).filter((a): a is ActorRef => a !== undefined);
    return byName ? list.sort(byName) : list;
  };
  const pages = meetings.map((meeting, index): MeetingPage => ({
    ...meetingRef(meeting),
    url: meetingUrl(meeting.id),
    endDate: meeting.endDate,
    approximate: meeting.approximate,
    statusHistory: meeting.statusHistory.map((change) => ({ status: change.status, reportedOn: change.reportedOn, article: link(change.articleId) })),
    participants: participants(meeting.participants),
    coverage: meeting.coverage.flatMap((item) => {
      const article = link(item.articleId);
      return article ? [{ article, evidence: item.evidence, status: item.status }] : [];
    }),
    curated: meeting.curated,
    previous: asLink(meetings[index - 1]),
    next: asLink(meetings[index + 1]),
  }));

  const byArticle = new Map<string, MeetingRef[]>();
  const byActor = new Map<string, MeetingRef[]>();
  for (const page of pages) {
    const ref: MeetingRef = { id: page.id, title: page.title, titles: page.titles, date: page.date, place: page.place, placeNames: page.placeNames, kind: page.kind, status: page.status };
    for (const id of new Set(page.coverage.map((c) => c.article.id))) push(byArticle, id, ref);
    for (const actor of page.participants) push(byActor, actor.id, ref);
  }
  return { meetings: pages, byArticle, byActor };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
