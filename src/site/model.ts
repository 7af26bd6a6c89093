/**
 * The data handed to the templates: everything ready-made (sorted, linked, counted), so
 * templates only present it. Built by `src/assemble`, validated by nothing else.
 */
import type { ActorType, DateSource, IsoDate, Lang, MeetingKind, MeetingStatus, Mention, RemovedLine, Side } from '../types.ts';

/** A name or title in each interface language; the English one is also the data's plain field. */
export interface InterfaceNames {
  en: string;
  uk: string;
}

export interface ActorRef {
  id: string;
  /** The canonical English name (a transliteration for people not in the knowledge base). */
  name: string;
  /**
   * The name each interface language shows (`en` is `name`): in Ukrainian the knowledge
   * base's Ukrainian name, else the name as a Russian article wrote it (src/assemble/actors.ts).
   */
  displayNames: InterfaceNames;
  type: ActorType;
}

export interface MeetingRef {
  id: string;
  title: string;
  titles: InterfaceNames;
  date: IsoDate | null;
  place: string | null;
  /** The place in each interface language (`en` is `place`), null when `place` is. */
  placeNames: InterfaceNames | null;
  kind: MeetingKind;
  status: MeetingStatus;
}

export interface ArticleLink {
  id: string;
  url: string;
  title: string;
  date: IsoDate | null;
}

/** What a timeline entry shows. */
export interface ArticleSummary {
  id: string;
  url: string;
  file: string;
  date: IsoDate | null;
  dateSource: DateSource;
  /** The date was inferred from the text: show it as approximate. */
  approximate: boolean;
  lang: Lang;
  title: string;
  outlet: string | null;
  lead: string;
  actors: ActorRef[];
  meetings: MeetingRef[];
}

export interface ArticlePage extends ArticleSummary {
  fullTitle: string;
  tags: string[];
  bodyHtml: string;
  authors: string[];
  /** The original web address from front matter (http/https only). */
  sourceUrl: string | null;
  removed: RemovedLine[];
  previous: ArticleLink | null;
  next: ArticleLink | null;
}

export interface ActorRole {
  title: { en: string; uk: string; ru: string };
  from: IsoDate | null;
  to: IsoDate | null;
}

/** One article in an actor's story, with the sentences that name them. */
export interface ActorAppearance {
  article: ArticleLink & { dateSource: DateSource; lang: Lang };
  mentions: Pick<Mention, 'surface' | 'sentence' | 'via'>[];
}

export interface ActorPage extends ActorRef {
  url: string;
  /** False for people found in the text that the knowledge base does not know yet. */
  inKnowledgeBase: boolean;
  names: { en: string; uk: string | null; ru: string | null };
  side: Side | null;
  country: string | null;
  roles: ActorRole[];
  mentionCount: number;
  articleCount: number;
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  appearances: ActorAppearance[];
  /** The actors named most often in the same articles, most first. */
  coActors: (ActorRef & { articles: number })[];
  meetings: MeetingRef[];
}

export interface MeetingLink {
  id: string;
  url: string;
  title: string;
  titles: InterfaceNames;
  date: IsoDate | null;
}

/** One article's report on a meeting: the sentence that says so, and the status it gives. */
export interface MeetingCoverageItem {
  article: ArticleLink & { dateSource: DateSource; lang: Lang };
  evidence: string;
  status: MeetingStatus;
}

export interface MeetingPage extends MeetingRef {
  url: string;
  endDate: IsoDate | null;
  /** The date was not given by any article or the curator: it is the reporting article's. */
  approximate: boolean;
  /** Statuses as they were reported, oldest report first ("planned on 31 Dec, held on 3 Jan"). */
  statusHistory: { status: MeetingStatus; reportedOn: IsoDate | null; article: ArticleLink | null }[];
  participants: ActorRef[];
  coverage: MeetingCoverageItem[];
  /** In the knowledge base's curated meetings. */
  curated: boolean;
  previous: MeetingLink | null;
  next: MeetingLink | null;
}

export interface TimelineMonth {
  /** `YYYY-MM`. */
  key: string;
  articles: ArticleSummary[];
}

export interface SiteModel {
  articles: ArticlePage[];
  actors: ActorPage[];
  /** Chronological: dated meetings by date, undated ones last. */
  meetings: MeetingPage[];
  timeline: { months: TimelineMonth[]; undated: ArticleSummary[]; latest: ArticleLink | null };
}
