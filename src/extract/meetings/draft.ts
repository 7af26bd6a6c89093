/**
 * A meeting mention while it is being built (`Draft`), the union-find that joins the drafts
 * of one event, and the small span and day helpers the other steps share. A module of its
 * own so that reading sentences, resolving back-references and the passes over all drafts
 * depend on it and not on each other. `dayDiff` also serves the merge across articles.
 */
import type { Sentence } from '../../text/sentences.ts';
import type { IsoDate, MeetingKind, MeetingStatus } from '../../types.ts';
import type { TriggerLemma, TriggerMatch } from './vocabulary.ts';

export interface Span {
  start: number;
  end: number;
}

/** A mention while it is being built, with what the later steps need to know. */
export interface Draft {
  block: number;
  trigger: TriggerMatch;
  /** The event's meeting words in the sentence, joined by " … ". */
  words: string;
  lemma: TriggerLemma;
  sentence: Sentence;
  /** Index of the sentence in the article: two events of one sentence are never one. */
  sentenceKey: number;
  date: IsoDate | null;
  endDate: IsoDate | null;
  place: string | null;
  kind: MeetingKind;
  kindExplicit: boolean;
  status: MeetingStatus;
  statusExplicit: boolean;
  participants: Set<string>;
  recalled: boolean;
  /** Opened by a back-reference ("під час зустрічі", "цієї зустрічі"). */
  anaphoric: boolean;
  /** Opened by a demonstrative ("у цьому засіданні"): the meeting just told. */
  demonstrative: boolean;
  /**
   * The event next to this one in time (`after`) and how: this one came after it ("після
   * саміту … зустрівся": its last day), right before it ("перед вечерею": its first day),
   * or on the eve of it ("напередодні переговорів": the day before its first day).
   */
  after: Draft | null;
  sequence: Sequence;
  /** Set apart from the other events of the story ("окрема зустріч", "окремо поговорив"). */
  distinct: boolean;
  /** Told face to face ("віч-на-віч", "наедине"): not one with a larger meeting beside it. */
  faceToFace: boolean;
  /** The event a sentence's meeting is sequenced with ("на полях саміту", "після переговорів"). */
  secondary: boolean;
  /** Named new ("новий раунд", "новая встреча"): not the one postponed or cancelled. */
  renewed: boolean;
  /** Drafts (of other events) this one is told apart from. */
  distinctFrom: Set<Draft>;
  /** The sentence gives the time as a month, season or year only: no day may be filled in. */
  timeFrame: boolean;
  /** The sentence opens with its own day ("У суботу …", "Напередодні, …"), not one taken from another mention. */
  dated: boolean;
  /** The meeting's clause names a place the gazetteer does not know ("у Тисабечі"): it takes no other. */
  unknownPlace: boolean;
  /** A third-person pronoun before the meeting word ("у нього в планах зустріч"): someone told before takes part. */
  pronoun: boolean;
  /** Union-find parent: the draft this one was found to refer to. */
  parent: Draft | null;
  /** On an event's root: the sentences its mentions are in. */
  sentenceKeys: Set<number>;
}

/** `next`: the day after the other event's last day ("на следующий день", "наступного дня"). */
export type Sequence = 'after' | 'before' | 'eve' | 'same' | 'next';

/** One event of a sentence: its meeting words and the parts of the sentence that are its. */
export interface EventSpan {
  triggers: TriggerMatch[];
  range: Span[];
  /** Named inside a phrase of sequence, starting point or topic ("після саміту"). */
  secondary: boolean;
  /** That phrase says this event came first ("після", "з часу", "за підсумками"). */
  earlier: boolean;
  /**
   * How the sentence's main event stands to this one when the phrase is a sequence
   * ("після", "перед", "напередодні"); null for a starting point or a topic ("з часу",
   * "за підсумками"), which say nothing of the main event's day.
   */
  days: Sequence | null;
  /** A meeting of the same day told after the one before it in the sentence ("а згодом того ж дня"). */
  sequel?: Sequence;
  /** Told with its verb left out ("а назавтра — з …"): the trigger echoes the first one's. */
  elliptical?: boolean;
}

export function root(d: Draft): Draft {
  let r = d;
  while (r.parent) r = r.parent;
  // Path compression keeps later look-ups short.
  let node = d;
  while (node.parent && node.parent !== r) {
    const next: Draft = node.parent;
    node.parent = r;
    node = next;
  }
  return r;
}

export function eventNumber(events: Map<Draft, number>, representative: Draft): number {
  let n = events.get(representative);
  if (n === undefined) {
    n = events.size;
    events.set(representative, n);
  }
  return n;
}

export function overlap(a: Draft, m: Draft): number {
  let n = 0;
  for (const id of m.participants) if (a.participants.has(id)) n++;
  return n;
}

/** Two groups of at least two people with nobody in common: two different meetings. */
export function disjoint(a: Draft, m: Draft): boolean {
  return a.participants.size >= 2 && m.participants.size >= 2 && overlap(a, m) === 0 && !m.anaphoric;
}

export function adjacent(text: string, a: Span, b: Span): boolean {
  const gap = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return /^\s+$/u.test(gap);
}

export function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

export function overlapsSpan(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function groupByBlock<T extends { block: number }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const list = map.get(item.block);
    if (list) list.push(item);
    else map.set(item.block, [item]);
  }
  return map;
}

export function shiftDate(date: IsoDate, days: number): IsoDate {
  return days === 0 ? date : new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days from `b` to `a`. Hot in merging (every candidate pair), hence the memo of day numbers. */
export function dayDiff(a: IsoDate, b: IsoDate): number {
  return dayOf(a) - dayOf(b);
}

const dayNumbers = new Map<IsoDate, number>();
function dayOf(date: IsoDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}
