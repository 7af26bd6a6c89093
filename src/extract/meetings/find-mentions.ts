/**
 * Meeting mentions in one article. Each sentence with a meeting word becomes at most one
 * mention per event it names (several words for one event are one mention; "після саміту
 * … зустрівся" names two). A mention takes its date, place, format, status and
 * participants from its sentence; what a sentence leaves out is filled from the mention
 * it refers back to ("під час зустрічі", "в разговоре", the same people), and delegation
 * lists in nearby paragraphs add participants.
 *
 * Cost: each block is tokenised and scanned by a fixed set of regexes once; the
 * back-references look at a bounded number of earlier mentions.
 */
import { tokenize } from '../../text/fold.ts';
import { splitSentences, type Sentence } from '../../text/sentences.ts';
import type { IsoDate, Lang, MeetingKind, MeetingStatus, Mention, TextDate } from '../../types.ts';
import { clauseAt, splitClauses, type Clause } from './clauses.ts';
import { decideFormat, findFormatCues } from './format.ts';
import { findPlaces, placesCompatible, SEATS, type Gazetteer, type PlaceHit } from './gazetteer.ts';
import { decideStatus, findStatusCues } from './status.ts';
import {
  findDelegationWork,
  findTriggers,
  genericSpans,
  hasDeictic,
  hasRecallWord,
  HYPOTHETICAL,
  isAnaphoricLead,
  isDelegationList,
  isRecallOpener,
  isRecapOpener,
  isSinceReference,
  isTopicReference,
  partySpans,
  RELATION_NOUN,
  REPORT_VERB,
  SEQUENCE_BEFORE,
  vagueSpans,
  type TriggerLemma,
  type TriggerMatch,
} from './vocabulary.ts';

export interface MeetingMention {
  /** The meeting word's place. */
  block: number;
  start: number;
  end: number;
  /** The evidence sentence. */
  sentence: string;
  date: IsoDate | null;
  endDate: IsoDate | null;
  /** English name of the most specific place, or null. */
  place: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  /** Actor ids, sorted. */
  participants: string[];
  /** A reference back to an earlier meeting ("Нагадаємо…", "недавно", "досягнутих у Женеві"). */
  recalled: boolean;
  /**
   * Mentions of one article with the same number were found to be about one meeting (one
   * refers back to the other); different numbers may still be one meeting. Optional: a
   * mention without it stands alone.
   */
  event?: number;
}

export interface MeetingContext {
  lang: Lang;
  /** Publication date of the article. */
  date: IsoDate | null;
  mentions: readonly Mention[];
  textDates: readonly TextDate[];
}

interface Span {
  start: number;
  end: number;
}

/** A mention while it is being built, with what the later steps need to know. */
interface Draft {
  block: number;
  trigger: TriggerMatch;
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
  /** This event happened after `after` ("після саміту … зустрівся"). */
  after: Draft | null;
  /** Union-find parent: the draft this one was found to refer to. */
  parent: Draft | null;
  /** On an event's root: the sentences its mentions are in. */
  sentenceKeys: Set<number>;
}

const REFERENCE_DISTANCE = 40;
const MAX_LOOKBACK = 40;

export function findMeetingMentions(
  blocks: readonly { text: string }[],
  context: MeetingContext,
  gazetteer: Gazetteer,
): MeetingMention[] {
  const drafts: Draft[] = [];
  const mentionsByBlock = groupByBlock(context.mentions);
  const datesByBlock = groupByBlock(context.textDates);
  const listBlocks: { block: number; actors: string[]; recap: boolean }[] = [];
  let recap = false;
  let sentenceKey = 0;

  blocks.forEach((blockValue, block) => {
    const text = blockValue.text;
    if (isRecapOpener(text)) recap = true;
    const actors = mentionsByBlock.get(block) ?? [];
    const dates = datesByBlock.get(block) ?? [];
    const scan = scanBlock(text, gazetteer);
    const before = drafts.length;
    const sentences = splitSentences(text);
    const perSentence = sliceBySentence(scan, sentences);
    const actorsPer = bucket(actors, sentences);
    const datesPer = bucket(dates, sentences);
    let carried: TextDate | null = null;
    sentences.forEach((sentence, i) => {
      sentenceKey++;
      const own = datesPer[i]!;
      drafts.push(...eventsOfSentence({ text, block, sentenceKey, carried }, sentence, perSentence[i]!, actorsPer[i]!, own, context, recap));
      carried = dateOnly(sentence, own);
    });
    if (isDelegationList(text)) {
      const listed = participantsIn(text, { start: 0, end: text.length }, actors, scan.places, null);
      if (listed.length > 0) {
        const own = drafts.slice(before);
        if (own.length > 0) for (const id of listed) own[own.length - 1]!.participants.add(id);
        else listBlocks.push({ block, actors: listed, recap });
      }
    }
  });

  attachDelegationLists(drafts, listBlocks);
  for (let pass = 0; pass < 3; pass++) {
    const changed = resolveReferences(drafts, gazetteer) || resolveSequence(drafts);
    if (!changed) break;
  }

  const events = new Map<Draft, number>();
  return drafts.map((d) => ({
    block: d.block,
    start: d.trigger.start,
    end: d.trigger.end,
    sentence: d.sentence.text,
    date: d.date,
    endDate: d.date ? (d.endDate ?? d.date) : null,
    place: d.place,
    kind: d.kind,
    status: d.status,
    participants: [...d.participants].sort(),
    recalled: d.recalled,
    event: eventNumber(events, root(d)),
  }));
}

function root(d: Draft): Draft {
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

function eventNumber(events: Map<Draft, number>, representative: Draft): number {
  let n = events.get(representative);
  if (n === undefined) {
    n = events.size;
    events.set(representative, n);
  }
  return n;
}

interface BlockScan {
  triggers: TriggerMatch[];
  generic: Span[];
  vague: Span[];
  places: PlaceHit[];
  statusCues: ReturnType<typeof findStatusCues>;
  formatCues: ReturnType<typeof findFormatCues>;
  parties: Span[];
}

/** Each sentence's share of a block's findings (by where they start), in one sweep. */
function sliceBySentence(scan: BlockScan, sentences: readonly Sentence[]): BlockScan[] {
  const triggers = bucket(scan.triggers, sentences);
  const generic = bucket(scan.generic, sentences);
  const vague = bucket(scan.vague, sentences);
  const places = bucket(scan.places, sentences);
  const statusCues = bucket(scan.statusCues, sentences);
  const formatCues = bucket(scan.formatCues, sentences);
  const parties = bucket(scan.parties, sentences);
  return sentences.map((_, i) => ({
    triggers: triggers[i]!,
    generic: generic[i]!,
    vague: vague[i]!,
    places: places[i]!,
    statusCues: statusCues[i]!,
    formatCues: formatCues[i]!,
    parties: parties[i]!,
  }));
}

/** Items sorted into the sentences they start in (between two sentences: the next one). */
function bucket<T extends { start: number }>(items: readonly T[], sentences: readonly Sentence[]): T[][] {
  const out = sentences.map((): T[] => []);
  if (sentences.length === 0) return out;
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let s = 0;
  for (const item of sorted) {
    while (s < sentences.length - 1 && item.start >= sentences[s]!.end) s++;
    out[s]!.push(item);
  }
  return out;
}

function scanBlock(text: string, gazetteer: Gazetteer): BlockScan {
  const triggers = [...findTriggers(text), ...findDelegationWork(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TriggerMatch[] = [];
  for (const t of triggers) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  return {
    triggers: kept,
    generic: genericSpans(text),
    vague: vagueSpans(text),
    places: findPlaces(text, tokenize(text), gazetteer),
    statusCues: findStatusCues(text),
    formatCues: findFormatCues(text),
    parties: partySpans(text),
  };
}

/** Where a sentence is: its block's text, the block's index and the sentence's key. */
interface Where {
  text: string;
  block: number;
  sentenceKey: number;
  /** The date of a sentence that was only a date ("23 лист." — a chronology line cut in two). */
  carried: TextDate | null;
}

/** The sentence's date when the sentence is nothing but that date ("2 груд.", "6 січня:"). */
function dateOnly(sentence: Sentence, dates: readonly TextDate[]): TextDate | null {
  if (dates.length !== 1) return null;
  const date = dates[0]!;
  const rest = sentence.text.slice(0, date.start - sentence.start) + sentence.text.slice(date.end - sentence.start);
  return /^[\s*_.,:;—–-]*$/u.test(rest) ? date : null;
}

/** The events a sentence names: one, or a main one and those it is sequenced with. */
function eventsOfSentence(
  where: Where,
  sentence: Sentence,
  scan: BlockScan,
  actors: readonly Mention[],
  dates: readonly TextDate[],
  context: MeetingContext,
  recap: boolean,
): Draft[] {
  const text = where.text;
  const inside = (s: Span) => s.start >= sentence.start && s.end <= sentence.end;
  const triggers = scan.triggers.filter((t) => inside(t) && !scan.generic.some((g) => overlapsSpan(g, t)));
  if (triggers.length === 0) return [];
  const clauses = splitClauses(sentence);

  // "після саміту «коаліції охочих» … зустрівся": the summit is an event of its own.
  const segments: { span: Span; triggers: TriggerMatch[] }[] = [];
  for (const t of triggers) {
    if (t.spec.pos !== 'noun' || segments.some((s) => overlapsSpan(s.span, t))) continue;
    const start = sequenceStart(text, sentence, t);
    if (start === null) continue;
    const span = { start, end: segmentEnd(text, sentence, t.end) };
    segments.push({ span, triggers: triggers.filter((u) => overlapsSpan(span, u)) });
  }
  const outside = triggers.filter((t) => !segments.some((s) => overlapsSpan(s.span, t)));
  const events: { triggers: TriggerMatch[]; range: Span[]; secondary: boolean }[] = [];
  if (outside.length === 0 || segments.length === 0) {
    events.push({ triggers, range: [{ start: sentence.start, end: sentence.end }], secondary: false });
  } else {
    events.push({ triggers: outside, range: complement(sentence, segments.map((s) => s.span)), secondary: false });
    for (const s of segments) events.push({ triggers: s.triggers, range: [s.span], secondary: true });
  }

  const out: Draft[] = [];
  let main: Draft | null = null;
  for (const event of events) {
    const draft = buildEvent(where, sentence, clauses, event, scan, actors, dates, context, recap);
    if (!draft) continue;
    if (!event.secondary) main = draft;
    else if (main) main.after = draft;
    out.push(draft);
  }
  return out;
}

function buildEvent(
  where: Where,
  sentence: Sentence,
  clauses: readonly Clause[],
  event: { triggers: TriggerMatch[]; range: Span[]; secondary: boolean },
  scan: BlockScan,
  actors: readonly Mention[],
  dates: readonly TextDate[],
  context: MeetingContext,
  recap: boolean,
): Draft | null {
  const text = where.text;
  const inRange = (s: Span) => event.range.some((r) => s.start >= r.start && s.end <= r.end);
  const sentenceStartHit = (h: PlaceHit) => h.start - sentence.start <= 3 && h.locative && !h.speaker && !h.modifier;

  // Places: near the meeting word, governed by a locative preposition.
  const places = scan.places.filter((h) => h.start >= sentence.start && h.end <= sentence.end);
  const referenceOnly = event.triggers.every((t) => t.spec.needsPlace);
  const usable = event.triggers.filter(
    (t) => (!t.spec.needsPlace || referencePlace(t, places) !== null) && (!t.spec.needsObject || personRightAfter(text, t, actors)),
  );
  if (usable.length === 0) return null;
  const trigger = usable.find((t) => !t.spec.weak && !t.spec.needsPlace) ?? usable[0]!;
  const clause = clauseAt(clauses, trigger.start);

  let placeHits: PlaceHit[];
  if (referenceOnly) placeHits = [referencePlace(trigger, places)!];
  else {
    placeHits = places.filter((h) => {
      if (h.via === 'adjective') return event.triggers.some((t) => adjacent(text, h, t));
      if (!h.locative || h.speaker || h.modifier) return false;
      if (sentenceStartHit(h)) return true;
      if (!inRange(h)) return false;
      const sameClause = clauseAt(clauses, h.start) === clause;
      return sameClause || distance(h, trigger) <= 60;
    });
  }
  const place = choosePlace(placeHits, trigger);

  // Participants.
  const participants = participantsIn(text, sentence, actors.filter((m) => inRange(m)), scan.places, { clauses, trigger });
  const parties = scan.parties.filter((p) => inRange(p)).length;

  // Date.
  const recalled =
    isRecallOpener(sentence.text) ||
    recap ||
    hasRecallWord(sentence.text) ||
    namesEarlierYear(sentence.text, context.date, dates.length > 0) ||
    referenceOnly ||
    (isTopicReference(text.slice(Math.max(clause.start, trigger.start - 60), trigger.start)) && !cuesPlan(scan, sentence)) ||
    (!event.secondary && event.triggers.every((t) => isSinceReference(text.slice(Math.max(sentence.start, t.start - 40), t.start)))) ||
    (event.secondary && /^(?:після|после|по\s+окончании)/iu.test(text.slice(event.range[0]!.start)));
  const dateHit = chooseDate(text, dates.filter((d) => inRange(d)), trigger, clauses, recalled);

  // Status and format.
  const cues = scan.statusCues.filter((c) => inRange(c));
  const own = event.triggers.find((t) => t.spec.status)?.spec.status;
  const decision = decideStatus(cues, trigger, clause, own);
  const formatCues = scan.formatCues.filter((c) => c.start >= sentence.start && c.end <= sentence.end && inRange(c));
  const ownKind = event.triggers.find((t) => t.spec.kind)?.spec.kind;
  const explicitKind = decideFormat(formatCues, trigger, ownKind);

  // Is it one meeting, not negotiations in general?
  const vague = event.triggers.every((t) => t.spec.needsPlace || scan.vague.some((v) => overlapsSpan(v, t)));
  const window = text.slice(Math.max(sentence.start, trigger.start - 30), Math.min(sentence.end, trigger.end + 20));
  const carried = !dateHit && where.carried && !(recalled && where.carried.kind === 'relative') ? where.carried : null;
  const strong = dateHit !== null || carried !== null || place !== null || hasDeictic(window);
  const partyCount = participants.length + parties;
  const statusAnchor = cues.length > 0 || own !== undefined;
  const kindAnchor =
    ownKind !== undefined || trigger.spec.lemma === 'summit' || (trigger.spec.lemma === 'session' && participants.length > 0);
  let specific: boolean;
  if (referenceOnly) specific = true;
  else if (vague) specific = strong;
  else if (trigger.spec.weak) specific = strong || partyCount >= 2 || (statusAnchor && partyCount >= 1);
  else if (trigger.spec.pos === 'verb' && own === undefined) specific = strong || statusAnchor;
  else if (trigger.spec.pos === 'verb') specific = strong || partyCount >= 1;
  else specific = strong || statusAnchor || partyCount >= 2 || kindAnchor;
  if (!specific) return null;
  if (isHypothetical(text, clause, trigger) && !(dateHit && decision.status === 'planned')) return null;

  let date = dateHit?.date ?? carried?.date ?? null;
  let endDate = dateHit?.endDate ?? carried?.endDate ?? null;
  if (!date && decision.today && !recalled && context.date) {
    date = context.date;
    endDate = context.date;
  }
  let status = decision.status;
  const statusExplicit = status !== null;
  if (status === null) status = recalled ? 'held' : date && context.date && date > context.date ? 'planned' : 'held';

  let finalPlace = place;
  if (!finalPlace && trigger.spec.lemma === 'session') {
    finalPlace = participants.map((id) => SEATS[id]).find((p): p is string => p !== undefined) ?? null;
  }

  return {
    block: where.block,
    sentenceKey: where.sentenceKey,
    trigger,
    lemma: trigger.spec.lemma,
    sentence,
    date,
    endDate,
    place: finalPlace,
    kind: explicitKind ?? 'in-person',
    kindExplicit: explicitKind !== null,
    status,
    statusExplicit,
    participants: new Set(participants),
    recalled,
    anaphoric: isAnaphoricLead(text.slice(Math.max(sentence.start, trigger.start - 25), trigger.start)) || hasDeictic(window),
    after: null,
    parent: null,
    sentenceKeys: new Set([where.sentenceKey]),
  };
}

/** "прийняв Віткоффа", "принял в Кремле американского спецпосланника Уиткоффа": a person within a few words after the verb. */
function personRightAfter(text: string, trigger: Span, actors: readonly Mention[]): boolean {
  if (NOT_A_GUEST.test(text.slice(trigger.end, trigger.end + 30))) return false;
  return actors.some((m) => m.start >= trigger.end && m.start - trigger.end <= 60 && !/[,.;:!?]/u.test(text.slice(trigger.end, m.start)));
}

/** What is "adopted", not "received": "прийняв рішення", "принял участие", "приняла закон". */
const NOT_A_GUEST =
  /^\s+(?:рішенн|решени|участ|закон|заяв|декларац|резолюц|документ|постанов|указ|бюджет|мер|санкц|пакет|план|присяг|відставк|отставк|умов|услови|поздравлени|привітанн|вітанн|пропозиц|предложени|до\s+уваги|во\s+внимание|к\s+сведению|на\s+себе)/iu;

/**
 * "Влітку 2025 року", "в 2024 году" in an article of a later year, with no day named: the
 * meeting is a recollection.
 */
function namesEarlierYear(sentence: string, published: IsoDate | null, hasDayDate: boolean): boolean {
  if (!published || hasDayDate) return false;
  const year = Number(published.slice(0, 4));
  for (const match of sentence.matchAll(/(?<![\p{L}\p{N}])((?:19|20)\d\d)\s*(?:року|році|рік|года|году|год|р\.|г\.)/gu)) {
    if (Number(match[1]) < year) return true;
  }
  return false;
}

/** The sentence speaks of a plan (a planned meeting discussed is not a recollection). */
function cuesPlan(scan: BlockScan, sentence: Sentence): boolean {
  return scan.statusCues.some((c) => c.kind === 'planned' && c.start >= sentence.start && c.end <= sentence.end);
}

/** Where a "reference" word points: a city, region or venue within a few words after it. */
function referencePlace(trigger: TriggerMatch, places: readonly PlaceHit[]): PlaceHit | null {
  if (!trigger.spec.needsPlace) return null;
  for (const h of places) {
    if (h.start < trigger.end || h.start - trigger.end > REFERENCE_DISTANCE) continue;
    if (h.place.kind === 'country' || h.speaker || h.modifier || h.via === 'adjective') continue;
    return h;
  }
  return null;
}

/** The most specific place nearest the meeting word (an enclosing place mentioned too is dropped). */
function choosePlace(hits: readonly PlaceHit[], trigger: Span): string | null {
  const names = new Set(hits.map((h) => h.place.name));
  const specific = hits.filter((h) => !hits.some((o) => o !== h && o.place.ancestors.includes(h.place.name) && names.has(o.place.name)));
  let best: PlaceHit | null = null;
  for (const h of specific) if (!best || distance(h, trigger) < distance(best, trigger)) best = h;
  return best?.place.name ?? null;
}

/** A date for the meeting word: in its clause first, then the nearest in its sentence. */
function chooseDate(
  text: string,
  dates: readonly TextDate[],
  trigger: Span,
  clauses: readonly Clause[],
  recalled: boolean,
): TextDate | null {
  const usable = dates.filter((d) => {
    if (recalled && d.kind === 'relative') return false;
    // A deadline or a starting point is not the meeting's day ("до 25 грудня", "з 1 січня").
    if (d.date === d.endDate && /(?:^|[^\p{L}])(?:до|к|з|із|с|со|від|от|після|после|перед|починаючи\s+з|начиная\s+с)\s+$/iu.test(text.slice(Math.max(0, d.start - 16), d.start))) {
      return false;
    }
    return true;
  });
  const clause = clauseAt(clauses, trigger.start);
  const inClause = usable.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const pool = inClause.length > 0 ? inClause : usable;
  let best: TextDate | null = null;
  for (const d of pool) if (!best || distance(d, trigger) < distance(best, trigger)) best = d;
  return best;
}

function isHypothetical(text: string, clause: Clause, trigger: Span): boolean {
  const from = Math.max(clause.start, trigger.start - 80);
  const to = Math.min(clause.end, trigger.end + 40);
  return HYPOTHETICAL.test(text.slice(from, to));
}

/**
 * Actors named in `range` who take part: not the addressee of a report ("доповів
 * президенту"), not a name inside someone's title ("зять Трампа Джаред Кушнер",
 * "керівника Офісу Президента Кирила Буданова"), not a speaker's place ("В Кремле
 * заявили"), and not someone quoted in a "що …" clause that does not hold the meeting word.
 */
function participantsIn(
  text: string,
  range: Span,
  actors: readonly Mention[],
  places: readonly PlaceHit[],
  clauseFilter: { clauses: readonly Clause[]; trigger: Span } | null,
): string[] {
  const out = new Set<string>();
  const triggerClause = clauseFilter ? clauseAt(clauseFilter.clauses, clauseFilter.trigger.start) : null;
  const sorted = [...actors].sort((a, b) => a.start - b.start || b.end - a.end);
  const speakers = places.filter((h) => h.speaker);
  sorted.forEach((m, k) => {
    if (m.start < range.start || m.end > range.end) return;
    if (clauseFilter && triggerClause) {
      const clause = clauseAt(clauseFilter.clauses, m.start);
      if (clause !== triggerClause && clause.subordinate) return;
    }
    const before = text.slice(Math.max(0, m.start - 45), m.start);
    if (RELATION_NOUN.test(before)) return;
    const report = REPORT_VERB.exec(before);
    if (report && !/[,.;:!?]/u.test(before.slice(report.index))) return;
    if (speakers.some((h) => h.start <= m.start && h.end >= m.end)) return;
    // A body named inside a person's title ("керівник Офісу президента"): the longer span
    // starts at or before it, so it is among the few mentions just before it.
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const o = sorted[j]!;
      if (o.end >= m.end && o.end - o.start > m.end - m.start) return;
    }
    // A name right before another one is the genitive of a title ("Офісу Президента Кирила
    // Буданова", "зять президента США Джаред Кушнер"); lists have commas or conjunctions.
    const follower = sorted[k + 1];
    if (
      follower &&
      follower.start >= m.end &&
      follower.start - m.end <= 4 &&
      follower.actorId !== m.actorId &&
      /^[\s«»"„“”]+$/u.test(text.slice(m.end, follower.start))
    ) {
      return;
    }
    out.add(m.actorId);
  });
  return [...out].sort();
}

/** "після саміту": the offset where the sequencing preposition starts, or null. */
function sequenceStart(text: string, sentence: Sentence, trigger: TriggerMatch): number | null {
  const windowStart = Math.max(sentence.start, trigger.start - 40);
  const before = text.slice(windowStart, trigger.start);
  const match = SEQUENCE_BEFORE.exec(before);
  return match ? windowStart + before.length - match[1]!.length : null;
}

/**
 * Where a sequenced event's phrase ends: after a quoted name («коаліції охочих»), an
 * abbreviation (НАТО), or "з/у + capitalised words" (з Трампом, у Женеві).
 */
function segmentEnd(text: string, sentence: Sentence, from: number): number {
  let end = from;
  const rest = () => text.slice(end, sentence.end);
  const quoted = /^\s*(?:[\p{L}-]+\s+)?[«"„“][^«»"„“”]{1,60}[»"“”]/u.exec(rest());
  if (quoted) end += quoted[0].length;
  const caps = /^\s+(?:\p{Lu}{2,}|G\d+)(?![\p{L}\p{N}])/u.exec(rest());
  if (!quoted && caps) end += caps[0].length;
  const object = /^\s+(?:з|із|зі|с|со|у|в|во|між|между)\s+(?:[\p{Lu}][\p{L}'’ʼ-]*)(?:\s+[\p{Lu}][\p{L}'’ʼ-]*){0,2}/u.exec(rest());
  if (object) end += object[0].length;
  return end;
}

function complement(sentence: Sentence, cuts: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.start > start) out.push({ start, end: cut.start });
    start = Math.max(start, cut.end);
  }
  if (start < sentence.end) out.push({ start, end: sentence.end });
  return out;
}

/** Delegation lists in paragraphs without a meeting word join the nearest meeting before (or after) them. */
function attachDelegationLists(drafts: Draft[], lists: readonly { block: number; actors: string[]; recap: boolean }[]): void {
  for (const list of lists) {
    let target: Draft | null = null;
    for (let i = drafts.length - 1; i >= 0 && !target; i--) {
      const d = drafts[i]!;
      if (d.block < list.block && list.block - d.block <= 2 && (list.recap || !d.recalled)) target = d;
    }
    if (!target) target = drafts.find((d) => d.block > list.block && d.block - list.block <= 2 && !d.recalled) ?? null;
    if (target) for (const id of list.actors) target.participants.add(id);
  }
}

/**
 * Fills what a mention lacks (date, place, format, status) from the mention it refers
 * back to: the same people, the same kind of word ("розмова" after "телефонна розмова"),
 * an anaphoric opener ("під час зустрічі"), or the mention just before. A headline or
 * caption may also take them from a later mention of the same people. Mentions linked
 * so become one event (two events named in one sentence are never joined).
 */
function resolveReferences(drafts: Draft[], gazetteer: Gazetteer): boolean {
  let changed = false;
  drafts.forEach((m, i) => {
    if (m.date && m.place && m.kindExplicit) return;
    const antecedent = findAntecedent(drafts, i, gazetteer);
    if (!antecedent) return;
    if (inherit(m, antecedent)) changed = true;
    const a = root(antecedent);
    const b = root(m);
    if (a === b || [...b.sentenceKeys].some((key) => a.sentenceKeys.has(key))) return;
    b.parent = a;
    for (const key of b.sentenceKeys) a.sentenceKeys.add(key);
  });
  return changed;
}

function findAntecedent(drafts: readonly Draft[], i: number, gazetteer: Gazetteer): Draft | null {
  const m = drafts[i]!;
  const useful = (a: Draft) => (!m.date && a.date !== null) || (!m.place && a.place !== null) || (!m.kindExplicit && a.kindExplicit);
  const previous: Draft[] = [];
  for (let j = i - 1; j >= 0 && previous.length < MAX_LOOKBACK; j--) {
    const a = drafts[j]!;
    if (compatible(a, m, gazetteer)) previous.push(a);
  }
  const overlapping = (a: Draft) => overlap(a, m) >= Math.min(2, m.participants.size) && m.participants.size > 0;
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
    if (compatible(a, m, gazetteer) && overlapping(a) && (a.date || a.place)) return a;
  }
  return null;
}

function compatible(a: Draft, m: Draft, gazetteer: Gazetteer): boolean {
  if (a.sentenceKey === m.sentenceKey) return false;
  if (a.recalled !== m.recalled) {
    // A later reference back ("після саміту") may point at the news told earlier ("відбувся саміт").
    const [earlier, later] = a.sentenceKey < m.sentenceKey ? [a, m] : [m, a];
    if (!(later.recalled && !earlier.recalled && a.lemma === m.lemma && !disjoint(a, m))) return false;
  }
  if (m.statusExplicit && a.statusExplicit && !statusesAgree(a.status, m.status)) return false;
  if (m.statusExplicit && !a.statusExplicit && m.status === 'planned' && a.status !== 'planned') return false;
  if (m.kindExplicit && a.kind !== m.kind) return false;
  if (a.kindExplicit && m.kindExplicit && a.kind !== m.kind) return false;
  if (a.date && m.date && Math.abs(dayDiff(a.date, m.date)) > 1) return false;
  if (a.place && m.place && !placesCompatible(gazetteer, a.place, m.place)) return false;
  return true;
}

function statusesAgree(a: MeetingStatus, m: MeetingStatus): boolean {
  if (a === m) return true;
  // A planned meeting is what a later postponement or cancellation is about.
  return a === 'planned' && (m === 'postponed' || m === 'cancelled');
}

function inherit(m: Draft, a: Draft): boolean {
  let changed = false;
  if (!m.date && a.date) {
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

/** "Після саміту … зустрівся": the later event happened the same day when nothing else dates it. */
function resolveSequence(drafts: Draft[]): boolean {
  let changed = false;
  for (const m of drafts) {
    if (m.after && !m.date && m.after.date && m.status === 'held') {
      m.date = m.after.date;
      m.endDate = m.after.endDate;
      changed = true;
    }
  }
  return changed;
}

function overlap(a: Draft, m: Draft): number {
  let n = 0;
  for (const id of m.participants) if (a.participants.has(id)) n++;
  return n;
}

/** Two groups of at least two people with nobody in common: two different meetings. */
function disjoint(a: Draft, m: Draft): boolean {
  return a.participants.size >= 2 && m.participants.size >= 2 && overlap(a, m) === 0 && !m.anaphoric;
}

function adjacent(text: string, a: Span, b: Span): boolean {
  const gap = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return /^\s+$/u.test(gap);
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function overlapsSpan(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function groupByBlock<T extends { block: number }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const list = map.get(item.block);
    if (list) list.push(item);
    else map.set(item.block, [item]);
  }
  return map;
}

export function dayDiff(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}
