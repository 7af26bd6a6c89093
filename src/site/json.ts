import type { ActorPage, ActorRef, ArticlePage, InterfaceNames, MeetingPage, MeetingRef } from './model.ts';
import { compareStrings } from '../diagnostics.ts';
import type { DateSource, IsoDate, Lang } from '../types.ts';

/** One entry of `data/articles.json`: the public, stable shape (see CONTRACT.md). */
export interface ArticleJson {
  id: string;
  file: string;
  url: string;
  date: IsoDate | null;
  dateSource: DateSource;
  lang: Lang;
  title: string;
  outlet: string | null;
  tags: string[];
  /** The contract's actor fields only: the English `name`, no `displayNames` (they are in actors.json). */
  actors: ActorJsonRef[];
  /** The contract's meeting fields only: the English `title` and `place`, no `titles` or `placeNames`. */
  meetings: Omit<MeetingRef, 'titles' | 'placeNames'>[];
}

/** An actor as articles.json and meetings.json list it: `id`, English `name`, `type`. */
export type ActorJsonRef = Omit<ActorRef, 'displayNames'>;

/** Keys in a fixed order, so the file is byte-identical for the same input. */
export function articleJson(article: ArticlePage, pathPrefix: string): ArticleJson {
  return {
    id: article.id,
    file: article.file,
    url: joinPrefix(pathPrefix, article.url),
    date: article.date,
    dateSource: article.dateSource,
    lang: article.lang,
    title: article.title,
    outlet: article.outlet,
    tags: article.tags,
    actors: article.actors.map((a) => ({ id: a.id, name: a.name, type: a.type })),
    meetings: article.meetings.map((m) => ({ id: m.id, title: m.title, date: m.date, place: m.place, kind: m.kind, status: m.status })),
  };
}

export function joinPrefix(prefix: string, path: string): string {
  return `${prefix.replace(/\/+$/u, '')}${path}`;
}

/** One entry of `data/actors.json`. */
export interface ActorJson {
  id: string;
  type: ActorPage['type'];
  name: string;
  names: ActorPage['names'];
  /** The names the English and the Ukrainian interface show (`en` is `name`; `uk` never null). */
  displayNames: InterfaceNames;
  side: ActorPage['side'];
  country: string | null;
  inKnowledgeBase: boolean;
  roles: ActorPage['roles'];
  mentions: number;
  articles: string[];
}

export function actorJson(actor: ActorPage): ActorJson {
  return {
    id: actor.id,
    type: actor.type,
    name: actor.name,
    names: actor.names,
    displayNames: { en: actor.displayNames.en, uk: actor.displayNames.uk },
    side: actor.side,
    country: actor.country,
    inKnowledgeBase: actor.inKnowledgeBase,
    roles: actor.roles,
    mentions: actor.mentionCount,
    articles: actor.appearances.map((a) => a.article.id),
  };
}

/** One entry of `data/meetings.json`. */
export interface MeetingJson extends MeetingRef {
  endDate: string | null;
  approximate: boolean;
  participants: ActorJsonRef[];
  statusHistory: { status: MeetingRef['status']; reportedOn: string | null; article: string | null }[];
  articles: string[];
  curated: boolean;
}

export function meetingJson(meeting: MeetingPage): MeetingJson {
  return {
    id: meeting.id,
    title: meeting.title,
    titles: { en: meeting.titles.en, uk: meeting.titles.uk },
    date: meeting.date,
    place: meeting.place,
    placeNames: meeting.placeNames && { en: meeting.placeNames.en, uk: meeting.placeNames.uk },
    kind: meeting.kind,
    status: meeting.status,
    endDate: meeting.endDate,
    approximate: meeting.approximate,
    // By id whatever the interface language (the Ukrainian interface lists them by their Ukrainian names).
    participants: [...meeting.participants].sort((a, b) => compareStrings(a.id, b.id)).map((a) => ({ id: a.id, name: a.name, type: a.type })),
    statusHistory: meeting.statusHistory.map((change) => ({ status: change.status, reportedOn: change.reportedOn, article: change.article?.id ?? null })),
    articles: meeting.coverage.map((c) => c.article.id),
    curated: meeting.curated,
  };
}
