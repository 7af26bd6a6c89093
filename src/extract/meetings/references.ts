/**
 * Back-references between the drafts of one article: what a mention leaves out is filled
 * from the mention it refers back to, and the two become one event unless the text sets
 * them apart; an event sequenced with another ("після саміту", "наступного дня") takes its
 * day and place. Run over all drafts once the sentences are read, until nothing changes.
 */
import type { Sentence } from '../../text/sentences.ts';
import type { IsoDate, MeetingStatus } from '../../types.ts';
import { dayDiff, disjoint, overlap, root, shiftDate, type Draft } from './draft.ts';
import { placesCompatible, type Gazetteer } from './gazetteer.ts';
import { framedMonths } from './vocabulary.ts';

const MAX_LOOKBACK = 40;

/**
 * Fills what a mention lacks (date, place, format, status) from the mention it refers
 * back to: the same people, the same kind of word ("розмова" after "телефонна розмова"),
 * an anaphoric opener ("під час зустрічі"), or the mention just before. A headline or
 * caption may also take them from a later mention of the same people. Mentions linked
 * so become one event (two events named in one sentence are never joined).
 */
const ROUND_WORD = /(?<![\p{L}])раунд/iu;

export function resolveReferences(drafts: Draft[], gazetteer: Gazetteer): boolean {
  let changed = false;
  drafts.forEach((m, i) => {
    if (m.renewed) setApart(drafts, i, false);
    const antecedent = m.date && m.place && m.kindExplicit ? null : findAntecedent(drafts, i, gazetteer);
    if (!antecedent) {
      if (m.distinct) setApart(drafts, i, true);
      return;
    }
    if (inherit(m, antecedent)) changed = true;
    // "окрема зустріч", "окремо поговорив": the same day and place, another meeting. A talk
    // face to face ("віч-на-віч", "с глазу на глаз", "в перерыве") beside a summit, a session,
    // a larger meeting, or a round of delegations between two people named is another too.
    const larger = root(antecedent);
    const round = (larger.lemma === 'delegation' || ROUND_WORD.test(larger.words)) && m.participants.size >= 2;
    const aside = m.faceToFace && (larger.lemma === 'summit' || larger.lemma === 'session' || round || larger.participants.size > Math.max(2, m.participants.size));
    if (m.distinct || aside) {
      m.distinctFrom.add(antecedent);
      antecedent.distinctFrom.add(m);
      return;
    }
    const a = root(antecedent);
    const b = root(m);
    if (a === b || [...b.sentenceKeys].some((key) => a.sentenceKeys.has(key))) return;
    b.parent = a;
    for (const key of b.sentenceKeys) a.sentenceKeys.add(key);
  });
  return changed;
}

/**
 * "окремо зустрівся", "также прошла встреча": a meeting set apart
 * is another event than the one told just before, even when it needs nothing from it. A
 * new meeting ("новий раунд", "новая встреча") is another than one postponed or cancelled.
 */
function setApart(drafts: readonly Draft[], i: number, nearest: boolean): void {
  const m = drafts[i]!;
  if (nearest && [...m.distinctFrom].some((x) => x.sentenceKey < m.sentenceKey)) return;
  for (let j = i - 1; j >= 0 && j >= i - MAX_LOOKBACK; j--) {
    const a = drafts[j]!;
    if (a.sentenceKey === m.sentenceKey || m.block - a.block > 8) continue;
    const apartFrom = nearest ? a.recalled === m.recalled : a.status === 'postponed' || a.status === 'cancelled';
    if (!apartFrom) continue;
    m.distinctFrom.add(a);
    a.distinctFrom.add(m);
    if (nearest) return;
  }
}

function findAntecedent(drafts: readonly Draft[], i: number, gazetteer: Gazetteer): Draft | null {
  const m = drafts[i]!;
  const useful = (a: Draft) => (!m.date && a.date !== null) || (!m.place && a.place !== null) || (!m.kindExplicit && a.kindExplicit);
  const previous: Draft[] = [];
  for (let j = i - 1; j >= 0 && previous.length < MAX_LOOKBACK; j--) {
    const a = drafts[j]!;
    // A talk face to face set apart beside a round is not what a later "раунду" points at.
    if (a.faceToFace && !m.faceToFace && a.distinctFrom.size > 0) continue;
    if (compatible(a, m, gazetteer)) previous.push(a);
  }
  const overlapping = (a: Draft) => overlap(a, m) >= Math.min(2, m.participants.size) && m.participants.size > 0;
  // "У цьому засіданні": the meeting told just before, whoever is named.
  if (m.demonstrative && previous[0] && m.block - previous[0].block <= 2) return previous[0];
  const byPeople = previous.find((a) => overlapping(a) && useful(a));
  if (byPeople) return byPeople;
  // "Після саміту … зустрівся": a new event, dated by the one it follows, not by the sentence before.
  if (m.after) return null;
  const sameLemma = previous.find((a) => a.lemma === m.lemma && m.block - a.block <= 8 && useful(a) && !disjoint(a, m));
  if (sameLemma) return sameLemma;
  const nearest = previous[0];
  if (nearest && useful(nearest) && !disjoint(nearest, m) && (m.anaphoric || m.block - nearest.block <= 2) && m.block - nearest.block <= 8) {
    if (drafts[i - 1] === nearest || m.anaphoric) return nearest;
  }
  // Headlines, captions and leads come before the paragraph that tells the story.
  for (let j = i + 1; j < drafts.length && j <= i + MAX_LOOKBACK; j++) {
    const a = drafts[j]!;
    // A talk face to face or over dinner told later is beside the story, not the story itself.
    if (!a.distinct && !(a.faceToFace && !m.faceToFace) && compatible(a, m, gazetteer) && overlapping(a) && (a.date || a.place)) return a;
  }
  return null;
}

function compatible(a: Draft, m: Draft, gazetteer: Gazetteer): boolean {
  if (a.sentenceKey === m.sentenceKey) return false;
  if (apart(a, m)) return false;
  if (a.recalled !== m.recalled) {
    // A later reference back ("після саміту", "після конференції") may point at the news
    // told earlier ("відбувся саміт", "відбулася відеоконференція").
    const [earlier, later] = a.sentenceKey < m.sentenceKey ? [a, m] : [m, a];
    if (!(later.recalled && !earlier.recalled && (a.lemma === m.lemma || later.anaphoric) && !disjoint(a, m))) return false;
    // What is recalled has happened: it is not a meeting still planned, put off or called off.
    if (earlier.status === 'postponed' || earlier.status === 'cancelled' || (earlier.statusExplicit && earlier.status === 'planned')) return false;
  }
  // A meeting somewhere is not a call or a video conference.
  if ((m.place && a.kindExplicit && a.kind !== 'in-person') || (a.place && m.kindExplicit && m.kind !== 'in-person')) return false;
  if (m.statusExplicit && a.statusExplicit && !statusesAgree(a.status, m.status)) return false;
  if (m.statusExplicit && !a.statusExplicit && m.status === 'planned' && a.status !== 'planned') return false;
  if (m.kindExplicit && a.kind !== m.kind) return false;
  if (a.kindExplicit && m.kindExplicit && a.kind !== m.kind) return false;
  if (a.date && m.date && Math.abs(dayDiff(a.date, m.date)) > 1) return false;
  if (otherMonth(a, m) || otherMonth(m, a)) return false;
  // "Раунд начался сегодня" is not "вчерашняя встреча": what opened on a day holds nothing before it.
  if (a.date && m.date && a.date !== m.date && opened((a.date > m.date ? a : m).sentence)) return false;
  // A later sentence that opens with its own day ("Напередодні, …", "У суботу …") tells a
  // meeting of that day: not one of another day told before, unless that one's days hold
  // it. (A meeting set apart is told apart by its own words.)
  if (a.date && m.date && a.date !== m.date && later(a, m).dated && !later(a, m).distinct && !within(m.date, a) && !within(a.date, m)) return false;
  if (a.place && m.place && !placesCompatible(gazetteer, a.place, m.place)) return false;
  // A meeting at a place the gazetteer does not know is not one at a place it knows.
  if ((a.unknownPlace && m.place) || (m.unknownPlace && a.place)) return false;
  return true;
}

const sentenceOpened = new WeakMap<Sentence, boolean>();
function opened(sentence: Sentence): boolean {
  let value = sentenceOpened.get(sentence);
  if (value === undefined) sentenceOpened.set(sentence, (value = OPENED.test(sentence.text)));
  return value;
}

/** Began, opened: "розпочався", "стартували", "начался", "открылся", "открывшийся". */
export const OPENED = /(?<![\p{L}])(?:почал\p{L}*|розпочал\p{L}*|розпоча(?:вся|лася|лись|лися)|почався|стартува\p{L}*|стартовал\p{L}*|начал(?:ся|ась|ись)|начавш\p{L}*|открыл(?:ся|ась|ись)|открывш\p{L}*|відкри(?:вся|лася|лися|лись)|відкрил\p{L}*)(?![\p{L}])/iu;

/** "мартовский раунд" is not the round of a day in July: a time frame of months other than the day's. */
function otherMonth(framed: Draft, dated: Draft): boolean {
  if (!framed.timeFrame || framed.date || !dated.date) return false;
  const months = monthsOf(framed.sentence);
  return months.length > 0 && !months.includes(Number(dated.date.slice(5, 7)));
}

/** The months a sentence names without a day, read once per sentence. */
const sentenceMonths = new WeakMap<Sentence, number[]>();
function monthsOf(sentence: Sentence): number[] {
  let months = sentenceMonths.get(sentence);
  if (!months) sentenceMonths.set(sentence, (months = framedMonths(sentence.text).map((x) => x.month)));
  return months;
}

/**
 * "Предыдущий визит … в Москву состоялся в январе" beside a visit of a day in April: a meeting
 * recalled in another month is told apart from the news near it, so that the merge does not
 * make them one.
 */
export function setApartOtherMonths(drafts: readonly Draft[]): void {
  drafts.forEach((m, i) => {
    if (!m.recalled || !m.timeFrame || m.date) return;
    const months = monthsOf(m.sentence);
    if (months.length === 0) return;
    for (let j = Math.max(0, i - MAX_LOOKBACK); j < drafts.length && j <= i + MAX_LOOKBACK; j++) {
      const a = drafts[j]!;
      if (a.recalled || !a.date || months.includes(Number(a.date.slice(5, 7))) || root(a) === root(m)) continue;
      m.distinctFrom.add(a);
      a.distinctFrom.add(m);
    }
  });
}

/** Of two mentions, the one told later. */
function later(a: Draft, m: Draft): Draft {
  return a.sentenceKey > m.sentenceKey ? a : m;
}

function within(date: IsoDate, d: Draft): boolean {
  return d.date !== null && d.date <= date && date <= (d.endDate ?? d.date);
}

/** One of the two was told apart from the other's event. */
function apart(a: Draft, m: Draft): boolean {
  const ra = root(a);
  const rm = root(m);
  for (const x of a.distinctFrom) if (root(x) === rm) return true;
  for (const x of m.distinctFrom) if (root(x) === ra) return true;
  return false;
}

function statusesAgree(a: MeetingStatus, m: MeetingStatus): boolean {
  if (a === m) return true;
  // A planned meeting is what a later postponement or cancellation is about.
  return a === 'planned' && (m === 'postponed' || m === 'cancelled');
}

function inherit(m: Draft, a: Draft): boolean {
  let changed = false;
  if (!m.date && a.date && !m.timeFrame) {
    m.date = a.date;
    m.endDate = a.endDate;
    changed = true;
  }
  if (!m.place && a.place) {
    m.place = a.place;
    changed = true;
  }
  if (!m.kindExplicit && a.kindExplicit) {
    m.kind = a.kind;
    m.kindExplicit = true;
    changed = true;
  }
  if (!m.statusExplicit && a.statusExplicit && m.status !== a.status) {
    m.status = a.status;
    changed = true;
  }
  return changed;
}

/**
 * "Після саміту … зустрівся", "Перед вечерею … проведе зустріч": the event next to another
 * is on the same day (the day before for "напередодні") and, in person, at the same place
 * when nothing else says when and where.
 */
export function resolveSequence(drafts: Draft[]): boolean {
  let changed = false;
  for (const m of drafts) {
    const after = m.after;
    if (!after) continue;
    if (after.date && !m.date && !m.timeFrame && (m.status === 'held' || m.status === 'planned')) {
      m.date =
        m.sequence === 'after'
          ? (after.endDate ?? after.date)
          : m.sequence === 'next'
            ? shiftDate(after.endDate ?? after.date, 1)
            : shiftDate(after.date, m.sequence === 'eve' ? -1 : 0);
      if (m.sequence === 'same' && after.endDate && after.endDate !== after.date) m.date = after.endDate;
      m.endDate = m.date;
      changed = true;
    }
    // "Після саміту у Римі Зеленський зустрівся з Мелоні": there too, unless it was a call
    // (the next day may be elsewhere).
    if (after.place && !m.place && m.kind === 'in-person' && !m.kindExplicit && m.sequence !== 'next') {
      m.place = after.place;
      changed = true;
    }
  }
  return changed;
}
