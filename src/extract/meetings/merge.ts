/**
 * Meetings across articles and languages. Mentions of one meeting are merged when their
 * dates are within a day and their places agree (one may lie in the other) or, without
 * places, their formats agree; a mention without a date joins the known meeting it
 * refers to (the same place, the nearest earlier one for a recollection, the nearest
 * later one for a plan; without a place, the same format and people, or the article's
 * only meeting of that format). Events one article tells apart never merge: set apart in
 * words (`distinctFrom`), or one stated as held and the other as planned. Curated meetings
 * are known from the start: they give titles and fill what the texts leave out, but
 * nothing here needs one for a meeting to be found.
 *
 * Cost: mentions are bucketed by day, by place and by participant, so each one is
 * compared with a bounded number of meetings.
 */
import type { CuratedMeeting } from '../../knowledge/schema.ts';
import type { IsoDate, Lang, MeetingKind, MeetingStatus } from '../../types.ts';
import { dayDiff } from './draft.ts';
import type { MeetingMention } from './find-mentions.ts';
import { ancestorsOf, moreSpecific, placesCompatible, type Gazetteer } from './gazetteer.ts';
import { minDaysAtMonthDistance, MonthBuckets, monthIndex } from './month-buckets.ts';
import { meetingSlug, meetingTitle, meetingTitleUk, type ActorInfo } from './titles.ts';

export interface MeetingStatusChange {
  status: MeetingStatus;
  reportedOn: IsoDate | null;
  articleId: string;
}

export interface MeetingCoverage {
  articleId: string;
  evidence: string;
  status: MeetingStatus;
}

export interface MeetingRecord {
  /** Stable slug ("2025-11-23-geneva-us-ukraine-talks"); curated meetings keep their id. */
  id: string;
  /** English title (the data files' `title`). */
  title: string;
  /** Ukrainian title, for the Ukrainian interface. */
  titleUk: string;
  date: IsoDate | null;
  endDate: IsoDate | null;
  /** The date is the publication date of the article that reported it, not one in the text. */
  approximate: boolean;
  place: string | null;
  /** The place's Ukrainian name (the gazetteer's first `uk` form), for the Ukrainian interface. */
  placeUk: string | null;
  kind: MeetingKind;
  /** The latest report's status. */
  status: MeetingStatus;
  statusHistory: MeetingStatusChange[];
  /** Actor ids, sorted. */
  participants: string[];
  /** Articles covering it, in article-date order. */
  coverage: MeetingCoverage[];
  curated: boolean;
}

export interface ArticleMeetingMentions {
  articleId: string;
  articleDate: IsoDate | null;
  lang: Lang;
  mentions: readonly MeetingMention[];
}

const STATUS_WEIGHT: Readonly<Record<MeetingStatus, number>> = { planned: 0, held: 1, postponed: 2, cancelled: 3 };

/** Days a fresh (not recalled) report may lag behind the meeting it reports without a date. */
const FRESH_DAYS = 14;
/** How far back a recollection without a date may reach. */
const RECALL_DAYS = 730;
/** How far ahead a plan without a date may reach. */
const PLAN_DAYS = 365;
/** Only a headline, caption or lead may date an otherwise unknown meeting by the article. */
const LEAD_BLOCKS = 4;

interface Item {
  articleId: string;
  articleDate: IsoDate | null;
  mention: MeetingMention;
  sentenceKey: string;
}

/**
 * One article's mentions of one event (the same `event` number), matched as a unit: the
 * group's date, place, format and people are those its mentions give together.
 */
interface Group {
  articleId: string;
  articleDate: IsoDate | null;
  /** The event key within its article ("e3"), or a key of its own. */
  key: string;
  /** Keys of the article's events this one is told apart from. */
  distinct: Set<string>;
  /** The status its mentions state in words (a verb, a marker), or null. */
  statedStatus: MeetingStatus | null;
  items: Item[];
  date: IsoDate | null;
  endDate: IsoDate | null;
  place: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  recalled: boolean;
  participants: string[];
  firstBlock: number;
  lastBlock: number;
  sentences: Set<string>;
}

interface Cluster {
  curated: CuratedMeeting | null;
  /** Date used for matching: the curated one, the first text date, or an approximate one. */
  date: IsoDate | null;
  endDate: IsoDate | null;
  place: string | null;
  kind: MeetingKind;
  participants: Set<string>;
  items: Item[];
  sentences: Set<string>;
  /** Article id → the groups of that article in this meeting. */
  groups: Map<string, Group[]>;
  /** Article id → dates its groups gave this meeting (one article's two dates are two meetings). */
  articleDates: Map<string, { date: IsoDate; endDate: IsoDate }[]>;
  approximate: boolean;
  order: number;
}

/**
 * Merges the meeting mentions of all articles with the curated meetings. `gazetteer`
 * gives the place hierarchy (Mar-a-Lago is in Florida); without it places must match
 * exactly. Deterministic: output sorted by date (null last), then id.
 */
export function mergeMeetings(
  perArticle: readonly ArticleMeetingMentions[],
  curated: readonly CuratedMeeting[],
  actors: ReadonlyMap<string, ActorInfo>,
  gazetteer: Gazetteer | null = null,
): MeetingRecord[] {
  const index = new ClusterIndex(gazetteer);
  for (const meeting of curated) {
    const cluster = emptyCluster(meeting.date, meeting.place, meeting.kind, false);
    cluster.curated = meeting;
    for (const id of meeting.participants) cluster.participants.add(id);
    index.add(cluster);
  }

  const groups: Group[] = [];
  const articles = [...perArticle].sort((a, b) => compareNullableDates(a.articleDate, b.articleDate) || compare(a.articleId, b.articleId));
  for (const article of articles) groups.push(...groupsOf(article, gazetteer));

  const last = new Map<string, { cluster: Cluster; group: Group }>();
  const assign = (group: Group, cluster: Cluster) => {
    index.join(cluster, group);
    last.set(group.articleId, { cluster, group });
  };
  /** The article's previous group went to this meeting, a paragraph or two before. */
  const continuity = (group: Group, cluster: Cluster): number => {
    const previous = last.get(group.articleId);
    if (!previous || previous.cluster !== cluster) return 0;
    return group.firstBlock - previous.group.lastBlock <= 2 && previous.group.recalled === group.recalled ? 0.5 : 0;
  };

  // 1. Events with a date.
  for (const group of groups) {
    if (!group.date) continue;
    let best: Cluster | null = null;
    let bestScore = -Infinity;
    for (const c of index.near(group.date)) {
      const score = datedScore(c, group, gazetteer);
      if (score === null) continue;
      const total = score + continuity(group, c);
      if (better(total, c, bestScore, best)) {
        best = c;
        bestScore = total;
      }
    }
    assign(group, best ?? index.add(emptyCluster(group.date, group.place, group.kind, false, group.endDate)));
  }

  // 2. Without a date, with a place: the meeting there it refers to.
  for (const group of groups) {
    if (group.date || !group.place) continue;
    // At most: every participant shared, the same place, a date; less a day's distance
    // (continuity only for `previous`, which is scored first).
    const ceiling = 2 * group.participants.length + 1 + 0.1;
    const best = index.bestNear(index.placeKeys(group.place, group.kind), group, ceiling, last.get(group.articleId)?.cluster ?? null, (c) => {
      if (!c.place || c.kind !== group.kind || !inWindow(c, group) || !placesCompatible(gazetteer, c.place, group.place!) || toldApart(c, group)) return null;
      const shared = overlap(c, group);
      if (shared === 0 && group.participants.length >= 2 && c.participants.size >= 2) return null;
      const days = c.date && group.articleDate ? Math.abs(dayDiff(c.date, group.articleDate)) : 0;
      return 2 * shared + (c.place === group.place ? 1 : 0) + continuity(group, c) + (c.date ? 0.1 : 0) - days / 1000;
    });
    if (best) assign(group, best);
    else {
      const fresh = !group.recalled && group.status === 'held' && group.articleDate !== null;
      assign(group, index.add(emptyCluster(fresh ? group.articleDate : null, group.place, group.kind, fresh)));
    }
  }

  // 3. Neither date nor place: the meeting of the same format and people, the one the
  //    previous paragraph was about, or the article's only meeting of that format and of
  //    its time (fresh or recalled); otherwise dropped, unless it is a fresh lead report.
  for (const group of groups) {
    if (group.date || group.place) continue;
    const previous = last.get(group.articleId)?.cluster ?? null;
    // At most: every participant shared, less a day's distance (continuity only for `previous`).
    const ceiling = 2 * group.participants.length;
    let best = index.bestNear(index.actorKeys(group.participants, group.kind), group, ceiling, previous, (c) => {
      if (c.kind !== group.kind || !inWindow(c, group)) return null;
      const shared = overlap(c, group);
      const bonus = continuity(group, c);
      if (shared === 0 && bonus === 0) return null;
      if (!c.date && shared < 2 && bonus === 0) return null;
      if (toldApart(c, group)) return null;
      const days = c.date && group.articleDate ? Math.abs(dayDiff(c.date, group.articleDate)) : 0;
      return 2 * shared + bonus - days / 1000;
    });
    best ??= onlyOfItsKind(index.ofArticle(group.articleId), group);
    if (best) assign(group, best);
    else if (isLeadReport(group)) assign(group, index.add(emptyCluster(group.articleDate, null, group.kind, true)));
    else if (isUndatedRemote(group)) assign(group, index.add(emptyCluster(null, null, group.kind, false)));
  }

  const records = index.all().filter((c) => c.curated || c.items.length > 0).map((c) => toRecord(c, actors, gazetteer));
  assignIds(records);
  return records.sort((a, b) => compareNullableDates(a.date, b.date) || compare(a.id, b.id));
}

/** One article's mentions, grouped by their `event` number (a mention without one is alone). */
function groupsOf(article: ArticleMeetingMentions, gazetteer: Gazetteer | null): Group[] {
  const mentions = [...article.mentions].sort((a, b) => a.block - b.block || a.start - b.start);
  const byEvent = new Map<string, Item[]>();
  mentions.forEach((mention, i) => {
    const item: Item = {
      articleId: article.articleId,
      articleDate: article.articleDate,
      mention,
      sentenceKey: `${article.articleId}\u0000${mention.block}\u0000${mention.sentence}`,
    };
    push(byEvent, mention.event === undefined ? `#${i}` : `e${mention.event}`, item);
  });
  return [...byEvent].map(([key, items]) => {
    const dates = new Map<IsoDate, number>();
    for (const { mention } of items) if (mention.date) dates.set(mention.date, (dates.get(mention.date) ?? 0) + 1);
    const date = [...dates].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]?.[0] ?? null;
    let endDate = date;
    for (const { mention } of items) if (date && mention.date === date && mention.endDate && mention.endDate > endDate!) endDate = mention.endDate;
    let place: string | null = null;
    for (const { mention } of items) {
      if (!mention.place) continue;
      if (place === null) place = mention.place;
      else if (placesCompatible(gazetteer, place, mention.place)) place = moreSpecific(gazetteer, place, mention.place);
    }
    const remote = items.map((i) => i.mention.kind).filter((k) => k !== 'in-person');
    const kind: MeetingKind = remote.length === 0 ? 'in-person' : remote.filter((k) => k === 'video').length * 2 >= remote.length ? 'video' : 'phone';
    const status = items.map((i) => i.mention.status).reduce((a, b) => (STATUS_WEIGHT[b] > STATUS_WEIGHT[a] ? b : a));
    const stated = items.filter((i) => i.mention.statusStated).map((i) => i.mention.status);
    const statedStatus = stated.length > 0 ? stated.reduce((a, b) => (STATUS_WEIGHT[b] > STATUS_WEIGHT[a] ? b : a)) : null;
    return {
      articleId: article.articleId,
      articleDate: article.articleDate,
      key,
      distinct: new Set(items.flatMap((i) => (i.mention.distinctFrom ?? []).map((n) => `e${n}`))),
      statedStatus,
      items,
      date,
      endDate,
      place,
      kind,
      status,
      recalled: items.every((i) => i.mention.recalled),
      participants: [...new Set(items.flatMap((i) => i.mention.participants))].sort(compare),
      firstBlock: Math.min(...items.map((i) => i.mention.block)),
      lastBlock: Math.max(...items.map((i) => i.mention.block)),
      sentences: new Set(items.map((i) => i.sentenceKey)),
    };
  });
}

/**
 * The one meeting of the article's own that an undated, unplaced mention can be: the same
 * format, the same time (both recalled or both fresh), not told apart. A story about one
 * meeting names it in many ways ("переговори", "зустріч", "консультації"); with two or
 * more candidates nothing is guessed.
 */
function onlyOfItsKind(clusters: readonly Cluster[], group: Group): Cluster | null {
  let found: Cluster | null = null;
  for (const c of clusters) {
    if (c.kind !== group.kind || toldApart(c, group) || !inWindow(c, group)) continue;
    if (!(c.groups.get(group.articleId) ?? []).some((g) => g.recalled === group.recalled)) continue;
    if (found) return null;
    found = c;
  }
  return found;
}

/** A fresh report in the first paragraphs of a call, or of a meeting between named people. */
function isLeadReport(group: Group): boolean {
  return (
    group.articleDate !== null &&
    !group.recalled &&
    group.status === 'held' &&
    group.firstBlock <= LEAD_BLOCKS &&
    (group.kind !== 'in-person' || group.participants.length >= 2)
  );
}

/**
 * A call or video meeting told without a day that is a meeting of its own all the same (or a
 * meeting in person planned in words between two named people): one recalled between two named people ("колись говорили по відеозв'язку"), or one
 * promised, planned, put off or called off in words ("обіцяє подзвонити"). It stays undated.
 */
function isUndatedRemote(group: Group): boolean {
  // In person: a plan stated in words for two named people ("встречу Путина и Трампа не
  // исключают", "зустріч … планують"), with neither day nor place yet.
  if (group.kind === 'in-person') return !group.recalled && group.statedStatus === 'planned' && group.status === 'planned' && group.participants.length >= 2;
  if (group.recalled) return group.participants.length >= 2;
  // Promised, put off or called off in words ("обіцяє подзвонити", "созвон перенесли").
  return group.statedStatus !== null && group.statedStatus !== 'held' && group.status === group.statedStatus && group.participants.length >= 1;
}

function emptyCluster(date: IsoDate | null, place: string | null, kind: MeetingKind, approximate: boolean, endDate?: IsoDate | null): Cluster {
  return {
    curated: null,
    date,
    endDate: endDate ?? date,
    place,
    kind,
    participants: new Set(),
    items: [],
    sentences: new Set(),
    groups: new Map(),
    articleDates: new Map(),
    approximate,
    order: 0,
  };
}

function sharesSentence(c: Cluster, group: Group): boolean {
  for (const key of group.sentences) if (c.sentences.has(key)) return true;
  return false;
}

/**
 * The article itself tells this event apart from one already in the meeting: it says so
 * ("окрема зустріч", "після саміту … зустрівся"), or it states one as held and the other
 * as planned, postponed or cancelled (one article does not report a meeting as both).
 */
function toldApart(c: Cluster, group: Group): boolean {
  // Sentence keys and told-apart events are the article's own: other articles cannot tell.
  const own = c.groups.get(group.articleId);
  if (!own) return false;
  if (sharesSentence(c, group)) return true;
  for (const other of own) {
    if (other.distinct.has(group.key) || group.distinct.has(other.key)) return true;
    const pair = [other.statedStatus, group.statedStatus];
    if (pair.includes('held') && (pair.includes('planned') || pair.includes('postponed') || pair.includes('cancelled'))) return true;
    // A plan and a meeting called off or put off, each with its own people and nobody in
    // common ("розмова з Рубіо" planned, "сніданок зі Стармером" called off): two meetings.
    if (pair.includes('planned') && (pair.includes('cancelled') || pair.includes('postponed')) && other.participants.length > 0 && group.participants.length > 0 && !other.participants.some((id) => group.participants.includes(id))) return true;
    // A plan stated in words is not a meeting the article tells as held without a cue
    // ("вчора поговорили телефоном … обіцяє подзвонити знову").
    if (pair.includes('planned') && [other, group].some((g) => g.statedStatus === null && g.status === 'held')) return true;
  }
  return false;
}

/** Null when the dated event cannot be this meeting; else how well it fits. */
function datedScore(c: Cluster, group: Group, gazetteer: Gazetteer | null): number | null {
  if (!c.date || !group.date || toldApart(c, group)) return null;
  const cEnd = c.endDate ?? c.date;
  const gEnd = group.endDate ?? group.date;
  if (dayDiff(group.date, cEnd) > 1 || dayDiff(c.date, gEnd) > 1) return null;
  // One article giving two different days names two meetings ("6 січня … 7 січня").
  for (const other of c.articleDates.get(group.articleId) ?? []) {
    if (!(group.date <= other.endDate && other.date <= gEnd)) return null;
  }
  let score = 0;
  if (c.place && group.place) {
    if (!placesCompatible(gazetteer, c.place, group.place)) return null;
    score += c.place === group.place ? 4 : 2;
  } else if (c.kind !== group.kind) return null;
  if (c.kind === group.kind) score += 2;
  const shared = overlap(c, group);
  if (group.participants.length >= 2 && c.participants.size >= 2 && shared === 0 && !(c.place && c.place === group.place)) return null;
  if (c.date === group.date) score += 1;
  if (c.approximate) score -= 1;
  return score + Math.min(shared, 3);
}

/** Whether an undated event in an article of its date can be meeting `c`. */
function inWindow(c: Cluster, group: Group): boolean {
  if (!c.date || !group.articleDate) return true;
  const days = dayDiff(c.date, group.articleDate);
  if (group.status === 'planned') return days >= -1 && days <= PLAN_DAYS;
  if (group.recalled) return days <= 0 && days >= -RECALL_DAYS;
  if (group.status === 'postponed' || group.status === 'cancelled') return days >= -FRESH_DAYS && days <= PLAN_DAYS;
  return days <= 1 && days >= -FRESH_DAYS;
}

/** The higher score wins; between equal ones, the meeting known first (lists are not sorted). */
function better(score: number, c: Cluster, bestScore: number, best: Cluster | null): boolean {
  return score > bestScore || (score === bestScore && best !== null && c.order < best.order);
}

function overlap(c: Cluster, group: Group): number {
  let n = 0;
  for (const id of group.participants) if (c.participants.has(id)) n++;
  return n;
}

/** Meetings bucketed by day, by place (and every place it lies in) and by participant. */
class ClusterIndex {
  private readonly list: Cluster[] = [];
  private readonly byDay = new Map<string, Set<Cluster>>();
  /** Under participant and format, and under place (and every place it lies in) and format. */
  private readonly buckets = new MonthBuckets<Cluster>();
  private readonly byArticle = new Map<string, Cluster[]>();

  constructor(private readonly gazetteer: Gazetteer | null) {}

  add(cluster: Cluster): Cluster {
    cluster.order = this.list.length;
    this.list.push(cluster);
    this.indexDate(cluster);
    this.indexPlace(cluster);
    for (const key of this.actorKeys([...cluster.participants], cluster.kind)) this.buckets.file(cluster, key, monthOf(cluster));
    return cluster;
  }

  join(cluster: Cluster, group: Group): void {
    cluster.items.push(...group.items);
    if (!cluster.groups.has(group.articleId)) push(this.byArticle, group.articleId, cluster);
    push(cluster.groups, group.articleId, group);
    for (const key of group.sentences) cluster.sentences.add(key);
    if (group.date) push(cluster.articleDates, group.articleId, { date: group.date, endDate: group.endDate ?? group.date });
    for (const id of group.participants) {
      if (!cluster.participants.has(id)) {
        cluster.participants.add(id);
        for (const key of this.actorKeys([id], cluster.kind)) this.buckets.file(cluster, key, monthOf(cluster));
      }
    }
    if (group.place && (!cluster.place || placesCompatible(this.gazetteer, cluster.place, group.place))) {
      const place = cluster.place ? moreSpecific(this.gazetteer, cluster.place, group.place) : group.place;
      if (place !== cluster.place) {
        cluster.place = place;
        this.indexPlace(cluster);
      }
    }
    if (group.date && (!cluster.date || cluster.approximate)) {
      cluster.date = group.date;
      cluster.endDate = group.endDate ?? group.date;
      cluster.approximate = false;
      this.indexDate(cluster);
    }
  }

  /** Meetings within a day of `date` (a meeting may come more than once). */
  *near(date: IsoDate): Iterable<Cluster> {
    for (const offset of [-1, 0, 1]) yield* this.byDay.get(shift(date, offset)) ?? [];
  }

  placeKeys(place: string, kind: MeetingKind): string[] {
    return [place, ...ancestorsOf(this.gazetteer, place)].map((name) => `place\u0000${name}\u0000${kind}`);
  }

  actorKeys(ids: readonly string[], kind: MeetingKind): string[] {
    return ids.map((id) => `actor\u0000${id}\u0000${kind}`);
  }

  /**
   * The best-scoring meeting filed under `keys` for an undated event (`score` null: it cannot
   * be that one), `start` first. Nearest months first: a meeting d days from the article
   * scores at most `ceiling − d/1000`, so the search stops when none farther can beat the best
   * or be in any event's time window. Same result as scoring every meeting under the keys.
   */
  bestNear(keys: readonly string[], group: Group, ceiling: number, start: Cluster | null, score: (c: Cluster) => number | null): Cluster | null {
    let best: Cluster | null = null;
    let bestScore = -Infinity;
    const consider = (c: Cluster) => {
      const s = score(c);
      if (s !== null && better(s, c, bestScore, best)) {
        best = c;
        bestScore = s;
      }
    };
    if (start) consider(start);
    if (!group.articleDate) {
      for (const c of this.buckets.all(keys)) consider(c);
      return best;
    }
    for (const ring of this.buckets.rings(keys, monthIndex(group.articleDate))) {
      const minDays = minDaysAtMonthDistance(ring.distance);
      if (minDays > RECALL_DAYS + 1 || (best && bestScore > ceiling - minDays / 1000)) break;
      for (const c of ring.items) consider(c);
    }
    return best;
  }

  /** Meetings an article's mentions were joined to. */
  ofArticle(articleId: string): Cluster[] {
    return this.byArticle.get(articleId) ?? [];
  }

  all(): Cluster[] {
    return this.list;
  }

  private indexDate(cluster: Cluster): void {
    this.buckets.move(cluster, monthOf(cluster));
    if (!cluster.date) return;
    const span = Math.min(Math.max(0, dayDiff(cluster.endDate ?? cluster.date, cluster.date)), 31);
    for (let d = 0; d <= span; d++) {
      const key = shift(cluster.date, d);
      const set = this.byDay.get(key) ?? new Set();
      set.add(cluster);
      this.byDay.set(key, set);
    }
  }

  /** A meeting is found under its place and every place that place lies in. */
  private indexPlace(cluster: Cluster): void {
    if (!cluster.place) return;
    for (const key of this.placeKeys(cluster.place, cluster.kind)) this.buckets.file(cluster, key, monthOf(cluster));
  }

}

function toRecord(c: Cluster, actors: ReadonlyMap<string, ActorInfo>, gazetteer: Gazetteer | null): MeetingRecord {
  // Date: the curator's, else the date the texts give most often (earliest on a tie).
  const textDates = new Map<IsoDate, number>();
  for (const item of c.items) if (item.mention.date) textDates.set(item.mention.date, (textDates.get(item.mention.date) ?? 0) + 1);
  let date: IsoDate | null = c.curated?.date ?? null;
  if (!date) {
    const ranked = [...textDates].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
    date = ranked[0]?.[0] ?? c.date;
  }
  const approximate = !c.curated && textDates.size === 0 && date !== null;
  let endDate = date;
  for (const item of c.items) {
    const m = item.mention;
    if (date && m.date === date && m.endDate && m.endDate > (endDate ?? '')) endDate = m.endDate;
  }

  // Place: the most specific one consistent with the curator's (or the most frequent one).
  const counts = new Map<string, number>();
  for (const item of c.items) if (item.mention.place) counts.set(item.mention.place, (counts.get(item.mention.place) ?? 0) + 1);
  let place: string | null = c.curated ? c.curated.place : [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]?.[0] ?? null;
  for (const candidate of [...counts.keys()].sort(compare)) {
    if (place === null) place = candidate;
    else if (placesCompatible(gazetteer, place, candidate)) place = moreSpecific(gazetteer, place, candidate);
  }

  // Format: the curator's; else a stated video or phone format; else in person.
  let kind: MeetingKind = c.curated?.kind ?? 'in-person';
  if (!c.curated) {
    const remote = c.items.map((i) => i.mention.kind).filter((k) => k !== 'in-person');
    const video = remote.filter((k) => k === 'video').length;
    const phone = remote.length - video;
    if (remote.length > 0) kind = video >= phone ? 'video' : 'phone';
  }

  // Per article: the status it reports (a cancellation or postponement outweighs the rest).
  const byArticle = new Map<string, Item[]>();
  for (const item of c.items) push(byArticle, item.articleId, item);
  const reports = [...byArticle].map(([articleId, list]) => {
    const status = list.map((i) => i.mention.status).reduce((a, b) => (STATUS_WEIGHT[b] > STATUS_WEIGHT[a] ? b : a));
    const evidence = (list.find((i) => !i.mention.recalled) ?? list[0]!).mention.sentence;
    return { articleId, articleDate: list[0]!.articleDate, status, evidence };
  });
  reports.sort((a, b) => compareNullableDates(a.articleDate, b.articleDate) || compare(a.articleId, b.articleId));
  const statusHistory: MeetingStatusChange[] = [];
  for (const r of reports) {
    if (statusHistory[statusHistory.length - 1]?.status === r.status) continue;
    statusHistory.push({ status: r.status, reportedOn: r.articleDate, articleId: r.articleId });
  }
  const status = statusHistory[statusHistory.length - 1]?.status ?? c.curated?.status ?? 'held';

  const participants = [...c.participants].sort(compare);
  const titleInput = {
    date,
    place,
    placeKind: place ? (gazetteer?.places.get(place)?.kind ?? null) : null,
    kind,
    participants,
    // The meeting words, not whole sentences: "після саміту … зустрівся" is no summit.
    evidence: c.items.map((i) => i.mention.word ?? i.mention.sentence),
    placeUk: place ? (gazetteer?.places.get(place)?.uk ?? null) : null,
  };
  return {
    id: c.curated?.id ?? meetingSlug(titleInput, actors),
    title: c.curated?.title ?? meetingTitle(titleInput, actors),
    titleUk: c.curated?.titleUk ?? meetingTitleUk(titleInput, actors),
    date,
    endDate,
    approximate,
    place,
    placeUk: titleInput.placeUk?.name ?? null,
    kind,
    status,
    statusHistory,
    participants,
    coverage: reports.map((r) => ({ articleId: r.articleId, evidence: r.evidence, status: r.status })),
    curated: c.curated !== null,
  };
}

/** Slugs are unique: a second meeting with the same slug gets "-2", and so on. */
function assignIds(records: MeetingRecord[]): void {
  const taken = new Set(records.filter((r) => r.curated).map((r) => r.id));
  const ordered = records
    .map((record, i) => ({ record, i }))
    .filter(({ record }) => !record.curated)
    .sort(
      (a, b) =>
        compare(a.record.id, b.record.id) ||
        compare(a.record.coverage[0]?.articleId ?? '', b.record.coverage[0]?.articleId ?? '') ||
        compare(a.record.coverage[0]?.evidence ?? '', b.record.coverage[0]?.evidence ?? '') ||
        a.i - b.i,
    );
  for (const { record } of ordered) {
    let id = record.id;
    for (let n = 2; taken.has(id); n++) id = `${record.id}-${n}`;
    record.id = id;
    taken.add(id);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function shift(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function monthOf(cluster: Cluster): number | null {
  return cluster.date ? monthIndex(cluster.date) : null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNullableDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(a, b);
}
