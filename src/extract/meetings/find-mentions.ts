/**
 * Meeting mentions in one article. Each sentence with a meeting word becomes at most one
 * mention per event it names (several words for one event are one mention; "після саміту
 * … зустрівся", "з часу переговорів у Стамбулі", "присвячена підсумкам переговорів" name
 * two). A mention takes its date, place, format, status and participants from its
 * sentence; a place may also be given as "там", by a host city as subject ("Женева
 * приймала переговори") or by a trip in the sentence before. What a sentence leaves out is
 * filled from the mention it refers back to ("під час зустрічі", "в разговоре", "у цьому
 * засіданні", taking part "у переговорах", the same people), unless the text sets it apart
 * ("окрема зустріч", "окремо поговорив": the same day and place, another meeting, kept in
 * `distinctFrom`). Delegation lists in nearby paragraphs add participants.
 *
 * Cost: each block is tokenised and scanned by a fixed set of regexes once; the
 * back-references look at a bounded number of earlier mentions.
 */
import { caselessRegExp } from '../../text/case-insensitive-literals.ts';
import { tokenize } from '../../text/fold.ts';
import { splitSentences, type Sentence } from '../../text/sentences.ts';
import type { BodyBlock, IsoDate, Lang, MeetingKind, MeetingStatus, Mention, TextDate } from '../../types.ts';
import { WEEKDAY_NOMINATIVE_SOURCE } from '../dates/months.ts';
import { clauseAt, splitClauses, type Clause } from './clauses.ts';
import { spanFromLength } from './duration.ts';
import { findPronounSequels } from './pronoun-sequel.ts';
import { receivedAsRelative, receivesDelegations } from './relative-guest.ts';
import { decideFormat, findFormatCues } from './format.ts';
import { findPlaces, placesCompatible, seatOf, type Gazetteer, type PlaceHit } from './gazetteer.ts';
import { decideStatus, findStatusCues } from './status.ts';
import {
  CONDITIONAL,
  DENIED_PLAN,
  NO_PREPARATION_BEFORE,
  NOT_ANNOUNCED_AFTER,
  NOTHING_SET,
  ABOUT_BEFORE,
  EARLIER_FIRST,
  findDelegationWork,
  findTriggers,
  framedMonths,
  genericSpans,
  hasDeictic,
  hasFutureAnchor,
  hasNextMarker,
  hasPartOfToday,
  hasRecallWord,
  HOSTING_BETWEEN,
  HYPOTHETICAL,
  isAnaphoricLead,
  isCommentTopic,
  isDelegationList,
  isDemonstrativeLead,
  isDistinct,
  isFaceToFace,
  isFarewell,
  isInterviewCredit,
  unvouchedClaimAt,
  isParticipation,
  isRecallOpener,
  isRecapOpener,
  isRenewed,
  isSinceReference,
  isTopicReference,
  MODAL_PLAN,
  namesLastPeriod,
  namesPartOfPeriod,
  namesSides,
  opensDistinct,
  partySpans,
  RELATION_NOUN,
  REPORT_VERB,
  SEQUENCE_BEFORE,
  SIDELINES,
  THERE,
  TRAVEL,
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
  /** The meeting words of this event in the sentence, as written ("саміту", "телефонну розмову"). */
  word?: string;
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
  /**
   * Events of the same article this one is told apart from ("окрема зустріч", "після
   * саміту … зустрівся"): never one meeting with them.
   */
  distinctFrom?: number[];
  /** The status is written in the text (a verb or marker), not assumed. */
  statusStated?: boolean;
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

const REFERENCE_DISTANCE = 40;
const MAX_LOOKBACK = 40;

export function findMeetingMentions(
  blocks: readonly { text: string; kind?: BodyBlock['kind'] }[],
  context: MeetingContext,
  gazetteer: Gazetteer,
): MeetingMention[] {
  const drafts: Draft[] = [];
  const mentionsByBlock = groupByBlock(context.mentions);
  const datesByBlock = groupByBlock(context.textDates);
  const listBlocks: { block: number; actors: string[]; recap: boolean }[] = [];
  let recap = false;
  let sentenceKey = 0;
  const destinations: Destination[] = [];

  let headingBlock: CarriedHeading | null = null;
  let dayBefore: { day: TextDate; sentenceKey: number } | null = null;
  blocks.forEach((blockValue, block) => {
    const text = blockValue.text;
    if (isRecapOpener(text)) recap = true;
    const actors = mentionsByBlock.get(block) ?? [];
    const scan = scanBlock(text, gazetteer);
    const before = drafts.length;
    const { sentences, headings } = joinHeadings(text, splitSentences(text), scan.places);
    const carried = headingBlock && headingBlock.block === block - 1 ? headingBlock : null;
    headingBlock = datelineBlock(text, block, datesByBlock.get(block) ?? [], scan.places);
    const dates = carried && sentences[0] ? [carriedDate(carried, sentences[0].start, block), ...(datesByBlock.get(block) ?? [])] : (datesByBlock.get(block) ?? []);
    if (carried && sentences[0] && !headings.has(sentences[0].start)) {
      headings.set(sentences[0].start, { end: sentences[0].start, place: carried.place, timed: carried.timed });
    }
    const perSentence = sliceBySentence(scan, sentences);
    let setting: Setting | null = null;
    const actorsPer = bucket(actors, sentences);
    const datesPer = bucket(dates, sentences);
    const claim = unattributedQuote(blocks, block);
    sentences.forEach((sentence, i) => {
      sentenceKey++;
      // "Того ж дня" points at the sentence's own dated meeting, not at the summit it was
      // beside (but at the talks when the sentence's own is an undated promise after them).
      let last = drafts[drafts.length - 1];
      for (let j = drafts.length - 2; last?.secondary && j >= 0 && drafts[j]!.sentenceKey === last.sentenceKey; j--) {
        if (!drafts[j]!.secondary && drafts[j]!.date) last = drafts[j];
      }
      // "В субботу … разговор. Стороны обсудили итоги раунда, прошедшего 12–13 октября. [¶] Днем
      // ранее …": a new paragraph counts from the latest news of the one before, not from an
      // earlier meeting it named.
      if (i === 0 && last?.date && !last.dated) {
        for (let j = drafts.length - 2; j >= 0 && drafts[j]!.block === last.block; j--) {
          const d = drafts[j]!;
          if (!d.recalled && d.date && d.date > last.date!) last = d;
        }
      }
      const previous = last && block - last.block <= 2 ? last : null;
      const where: Where = {
        text,
        block,
        sentenceKey,
        places: scan.places,
        previousStart: sentences[i - 1]?.start ?? sentence.start,
        gazetteer,
        previous,
        heading: headings.get(sentence.start) ?? null,
        setting,
        dayBefore: dayBefore && sentenceKey - dayBefore.sentenceKey <= 2 ? dayBefore.day : null,
        claim,
        nextBlock: blocks[block + 1]?.text ?? '',
      };
      const found = eventsOfSentence(where, sentence, perSentence[i]!, actorsPer[i]!, datesPer[i]!, context, recap);
      drafts.push(...found);
      const moved = newDateOf(drafts, sentence, datesPer[i]!, perSentence[i]!.places, block, sentenceKey) ?? heldLaterThanPlanned(found, sentence, datesPer[i]!);
      if (moved) drafts.push(moved);
      if (found.length === 0) datePronounSequel(drafts, sentence, datesPer[i]!, block, context.date);
      setting = found.length === 0 && !recap ? settingOf(sentence, perSentence[i]!.places, datesPer[i]!, actorsPer[i]!) : null;
      // An interview's question ("— Ви були у Вашингтоні 14 листопада?") gives its day to the answer below.
      // A sentence with neither meeting nor day in between ("— Так, я його супроводжував.") keeps it.
      if (found.length > 0 || recap || datesPer[i]!.length > 1) dayBefore = null;
      else if (datesPer[i]!.length === 1) dayBefore = { day: datesPer[i]![0]!, sentenceKey };
      const destination = found.length === 0 ? travelDestination(text, sentence, perSentence[i]!.places) : null;
      if (destination) destinations.push({ place: destination, block, sentenceKey, travellers: actorsPer[i]!.map((m) => m.actorId) });
    });
    // A subhead inside the body ("## Раунд у Баку", "## Головне за 28 лютого") labels the
    // section below, which tells its meetings; the headline (the first block) still counts.
    if (blockValue.kind === 'heading' && block > 0) drafts.length = before;
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
  placeAtDestinations(drafts, destinations);
  // Days told by sequence ("того ж дня", "наступного дня") first, so that references see them.
  resolveSequence(drafts);
  for (let pass = 0; pass < 3; pass++) {
    const changed = resolveReferences(drafts, gazetteer) || resolveSequence(drafts);
    if (!changed) break;
  }
  joinContinuations(drafts);
  setApartOtherMonths(drafts);

  const events = new Map<Draft, number>();
  for (const d of drafts) eventNumber(events, root(d));
  return drafts.map((d) => ({
    block: d.block,
    start: d.trigger.start,
    end: d.trigger.end,
    sentence: d.sentence.text,
    word: d.words,
    date: d.date,
    endDate: d.date ? (d.endDate ?? d.date) : null,
    place: d.place,
    kind: d.kind,
    status: d.status,
    participants: [...d.participants].sort(),
    recalled: d.recalled,
    event: eventNumber(events, root(d)),
    ...distinctNumbers(d, events),
    statusStated: d.statusExplicit,
  }));
}

/**
 * "Раунд, открывшийся вчера в Каире, должен был начаться еще 20 января", "який мав розпочатися
 * ще 20 січня, відкрився вчора": held on the one day, put off from the other, two entries.
 */
function heldLaterThanPlanned(found: readonly Draft[], sentence: Sentence, dates: readonly TextDate[]): Draft | null {
  const held = found.length === 1 ? found[0]! : null;
  if (!held || dates.length !== 2 || !OPENED.test(sentence.text)) return null;
  const should = SHOULD_HAVE_EARLIER.exec(sentence.text);
  if (!should) return null;
  const end = sentence.start + should.index + should[0].length;
  const planned = dates.find((d) => d.start >= end && d.start - end <= 3);
  const opened = dates.find((d) => d !== planned);
  if (!planned || !opened || planned.date >= opened.date) return null;
  Object.assign(held, { date: opened.date, endDate: opened.endDate, status: 'held', statusExplicit: true });
  const postponed: Draft = {
    ...held,
    date: planned.date,
    endDate: planned.date,
    status: 'postponed',
    participants: new Set(held.participants),
    distinctFrom: new Set([held]),
    sentenceKeys: new Set(held.sentenceKeys),
  };
  held.distinctFrom.add(postponed);
  return postponed;
}
const SHOULD_HAVE_EARLIER =
  /(?<![\p{L}])(?:(?:должен|должна|должно|должны)\s+(?:был[аио]?\s+)?(?:начаться|открыться|состояться|пройти)|(?:мав|мала|мало|мали)\s+(?:розпочатися|початися|відкритися|відбутися|пройти))\s+(?:ещё|еще|ще)\s+/iu;

/**
 * "Консультації у Бледі завершилися. — Вони тривали з 12 по 13 червня": a pronoun opening the
 * next sentence with a verb of lasting or taking place gives the undated meeting just told its days.
 * So does an answer opening with its date ("— Що з самітом у Женеві? — Дата, 20 березня,
 * залишається робочою").
 */
function datePronounSequel(drafts: readonly Draft[], sentence: Sentence, dates: readonly TextDate[], block: number, published: IsoDate | null): void {
  const last = drafts[drafts.length - 1];
  if (!last || last.date || last.timeFrame || block - last.block > 1 || dates.length !== 1 || !LASTED.test(sentence.text)) return;
  for (const d of [last, root(last)]) {
    if (d.date) continue;
    d.date = dates[0]!.date;
    d.endDate = dates[0]!.endDate;
    // A day still ahead, with no status told: the meeting is planned for it.
    if (!d.statusExplicit && published && d.date > published) d.status = 'planned';
  }
}
const LASTED =
  /^[\s«"„“'–—-]*(?:(?:дата|дату)\s*[,—–:-](?=\s*\d)|(?:ми|мы)\s+(?:працювали|работали)|(?:вони|они|вона|она|він|он|воно|оно)\s+(?:трива(?:ли|ла|в|ло)|проходи(?:ли|ла|в|ло)|відбува(?:лися|лася|вся)|відбул(?:ися|ася|ося)|відбувся|длил(?:ись|ась|ся|ось)|проходил(?:и|а|о)?|прошл(?:и|а|о)|прош[её]л|состоял(?:ись|ась|ся|ось)))(?![\p{L}])/iu;

/**
 * "Новая дата — 17 ноября", "Новою датою називають 3 лютого", "нову дату призначили на 5
 * травня", "Новий термін — 9 квітня": the day a meeting put off (in this sentence or just
 * before) is now planned for, a meeting of its own beside the postponed one, at the same place
 * with the same people, unless the sentence names a new place too ("…, місце — Стамбул",
 * "место проведения — Женева").
 */
function newDateOf(drafts: readonly Draft[], sentence: Sentence, dates: readonly TextDate[], places: readonly PlaceHit[], block: number, sentenceKey: number): Draft | null {
  const phrase = NEW_DATE.exec(sentence.text);
  if (!phrase) return null;
  const start = sentence.start + phrase.index;
  const end = start + phrase[0].length;
  const day = dates.find((d) => d.start >= end && d.start - end <= 30);
  if (!day) return null;
  let postponed: Draft | null = null;
  for (let j = drafts.length - 1; j >= 0 && block - drafts[j]!.block <= 2; j--) {
    if (drafts[j]!.status === 'postponed' && (drafts[j]!.block < block || drafts[j]!.trigger.start < start)) postponed = drafts[j]!;
    if (postponed) break;
  }
  if (!postponed || postponed.date === day.date) return null;
  const newPlace = places.find((h) => h.start >= day.end && h.end <= sentence.end && NEW_PLACE_BEFORE.test(sentence.text.slice(0, h.start - sentence.start)));
  const planned: Draft = {
    ...postponed,
    ...(newPlace ? { place: newPlace.place.name } : {}),
    block,
    trigger: { spec: postponed.trigger.spec, start, end, text: phrase[0] },
    sentence,
    sentenceKey,
    date: day.date,
    endDate: day.endDate,
    status: 'planned',
    statusExplicit: true,
    recalled: false,
    renewed: true,
    dated: true,
    after: null,
    participants: new Set(postponed.participants),
    distinctFrom: new Set([postponed]),
    parent: null,
    sentenceKeys: new Set([sentenceKey]),
  };
  postponed.distinctFrom.add(planned);
  return planned;
}
/** "місце — ", "место проведения: " right before a place. */
const NEW_PLACE_BEFORE = /(?<![\p{L}])(?:місце|место)(?:\s+(?:проведення|проведения|зустрічі|встречи))?\s*[—–:-]\s*$/iu;
const NEW_DATE =
  /(?<![\p{L}])(?:(?:нова|новая)\s+дата(?:\s*[—–:-]|\s+(?:—\s+)?(?:це|это))|(?:новий|новый)\s+(?:термін|строк|срок)\s*[—–:-]|(?:новою|новой)\s+дат(?:ою|ой)\s+(?:\p{L}+\s+)?(?:назива\p{L}*|назвали|называ\p{L}*|стал[аои]?|ста(?:є|е)|призначили|назначили|визначили|определили)|(?:нову|новую)\s+дату\s+(?:\p{L}+\s+)?(?:призначили|назначили|назвали|визначили|определили|призначено|назначено)(?:\s+на)?)(?![\p{L}])/iu;

/**
 * "Сегодня делегации продолжают работу", "Консультації продовжаться і завтра", "Раунд
 * завершився": talks going on or ending are the talks told just before (the same days, or the
 * next), not a meeting of their own.
 */
function joinContinuations(drafts: readonly Draft[]): void {
  drafts.forEach((m, i) => {
    // A day written in digits ("7 січня … продовжать роботу") schedules a sitting of its own.
    if (m.parent || m.recalled || m.kind !== 'in-person' || /\d/u.test(m.sentence.text)) return;
    if (!CONTINUING.test(m.sentence.text.slice(m.trigger.start - m.sentence.start))) return;
    for (let j = i - 1; j >= 0 && m.block - drafts[j]!.block <= 6; j--) {
      const a = root(drafts[j]!);
      if (a.sentenceKey === m.sentenceKey || a.recalled || a.kind !== 'in-person' || (a.status !== 'held' && a.status !== 'planned')) continue;
      if (a.lemma !== 'talks' && a.lemma !== 'meeting' && a.lemma !== 'delegation' && a.lemma !== 'session') continue;
      if (m.date && !a.date) continue;
      const gap = a.date && m.date ? dayDiff(m.date, a.endDate ?? a.date) : 0;
      if (gap < 0 || gap > 1 || (m.place && a.place && m.place !== a.place)) continue;
      Object.assign(m, { date: a.date, endDate: a.endDate, place: a.place ?? m.place, status: a.status, statusExplicit: a.statusExplicit, parent: a });
      for (const key of m.sentenceKeys) a.sentenceKeys.add(key);
      a.sentenceKeys.add(m.sentenceKey);
      return;
    }
  });
}
/** A verb of going on or ending: "продовжують", "продолжатся", "Раунд завершився", "закончились". */
const CONTINUING = /^[^.!?;]{0,60}?(?<![\p{L}])(?:продовжу(?:ють|ється|ватимуться)|продовжать|продовжаться|продовжиться|продолжа(?:ют|ется|ются)|продолжат|продолжатся|продолжится|заверши(?:вся|лася|лися|лись|лся)|закінчи(?:вся|лася|лися|лись)|закончи(?:лся|лась|лись))(?![\p{L}])/iu;

/** The event numbers a draft's event is told apart from (none: no field). */
function distinctNumbers(d: Draft, events: Map<Draft, number>): { distinctFrom?: number[] } {
  const own = eventNumber(events, root(d));
  const numbers = new Set<number>();
  for (const other of d.distinctFrom) {
    const n = eventNumber(events, root(other));
    if (n !== own) numbers.add(n);
  }
  return numbers.size > 0 ? { distinctFrom: [...numbers].sort((a, b) => a - b) } : {};
}

/** A place someone travels to, for the meetings of the next sentences. */
interface Destination {
  place: string;
  block: number;
  sentenceKey: number;
  travellers: string[];
}

/**
 * "На следующей неделе в Москву приедет Уиткофф", "делегація вилетіла до Швейцарії": a
 * sentence with no meeting word that sends someone to a place.
 */
function travelDestination(text: string, sentence: Sentence, places: readonly PlaceHit[]): string | null {
  const travel = TRAVEL.exec(sentence.text);
  if (!travel) return null;
  const at = sentence.start + travel.index;
  let best: PlaceHit | null = null;
  for (const h of places) {
    // "до Відня має прилетіти", "приїде до Праги": "до" + a place is where the trip goes.
    const toward = /(?<![\p{L}])до\s+$/iu.test(text.slice(Math.max(0, h.start - 4), h.start));
    if (!(h.locative || toward) || h.speaker || h.modifier || h.via === 'adjective') continue;
    if (h.start < sentence.start || h.end > sentence.end) continue;
    const gap = h.start >= at ? h.start - at : at - h.end;
    if (gap > 40 || /[.;:!?]/u.test(text.slice(Math.min(h.end, at), Math.max(h.start, at)))) continue;
    if (!best || gap < (best.start >= at ? best.start - at : at - best.end)) best = h;
  }
  return best?.place.name ?? null;
}

/**
 * A meeting without a place in the two sentences after a trip takes the destination when
 * the traveller is among its people (or it names nobody): "… в Москву приедет Уиткофф. По
 * словам Ушакова, Уиткоффа примет Путин."
 */
function placeAtDestinations(drafts: readonly Draft[], destinations: readonly Destination[]): void {
  let k = 0;
  let latest: Destination | null = null;
  for (const d of drafts) {
    while (k < destinations.length && destinations[k]!.sentenceKey < d.sentenceKey) latest = destinations[k++]!;
    if (!latest || d.place || d.unknownPlace || d.recalled || d.kindExplicit && d.kind !== 'in-person') continue;
    if (d.sentenceKey - latest.sentenceKey > 2 || d.block - latest.block > 1) continue;
    const travellers = latest.travellers;
    if (travellers.length > 0 && d.participants.size > 0 && !d.pronoun && !travellers.some((id) => d.participants.has(id))) continue;
    d.place = latest.place;
  }
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
  const found = findTriggers(text);
  const triggers = [...found, ...findDelegationWork(text), ...findPronounSequels(text, found)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TriggerMatch[] = [];
  for (const t of triggers) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  const places = findPlaces(text, tokenize(text), gazetteer);
  // Only sentences with a meeting word are analysed; places serve trips and delegation lists too.
  if (kept.length === 0) return { triggers: kept, generic: [], vague: [], places, statusCues: [], formatCues: [], parties: [] };
  return {
    triggers: kept,
    generic: genericSpans(text),
    vague: vagueSpans(text),
    places,
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
  /** Every place of the block, in order. */
  places: readonly PlaceHit[];
  /** Start of the sentence before in the block (this sentence's start when it is the first). */
  previousStart: number;
  gazetteer: Gazetteer;
  /** The last meeting told before this sentence (in this block or the two before), if any. */
  previous: Draft | null;
  /** The dateline heading this sentence opens with ("Ср, 3 марта.", "4 бер., Відень."), if any. */
  heading: Heading | null;
  /** The day and place the sentence right before sets, when it tells no meeting itself. */
  setting: Setting | null;
  /** The one day the sentence right before names, when it tells no meeting itself. */
  dayBefore: TextDate | null;
  /** The paragraph is a quotation nobody is said to have said: a claim, not the article's news. */
  claim: boolean;
  /** The text of the block after this one ('' after the last). */
  nextBlock: string;
}

/**
 * A sentence without a meeting word that puts people at a place on a day ("3 березня Сибіга
 * перебував у Празі.", "В среду в Вене находился Лавров.", "Позавчора у Львові питання обговорювали …"): the
 * meeting told in the next sentence without a day or place of its own, by the same people, a
 * pronoun or a meeting noun opening the sentence ("Там він долучився до засідання …", "Вечером
 * он провел переговоры …", "Розмова тривала …"), took place then and there.
 */
interface Setting {
  date: IsoDate;
  endDate: IsoDate;
  place: string;
  actors: readonly string[];
}

function settingOf(sentence: Sentence, places: readonly PlaceHit[], dates: readonly TextDate[], actors: readonly Mention[]): Setting | null {
  const hit = places.find((h) => h.start >= sentence.start && h.end <= sentence.end && h.locative && !h.speaker && !h.modifier && h.via === 'name' && h.place.kind !== 'country');
  const day = dates.find((d) => d.start >= sentence.start && d.end <= sentence.end);
  if (!hit || !day) return null;
  return { date: day.date, endDate: day.endDate, place: hit.place.name, actors: actors.map((m) => m.actorId) };
}

/** A third-person pronoun, in any case ("він", "у неї", "с ним", "его"). */
const PRONOUN = /(?<![\p{L}])(?:він|вона|вони|нього|неї|них|ним|нею|ними|його|її|їх|он|она|они|него|нее|неё|ним|ней|ними|его|ее|её|их)(?![\p{L}])/iu;

/** A third-person pronoun, "там", or the meeting word opening the sentence: it goes on about the setting. */
const SETTING_LINK = /(?<![\p{L}])(?:він|вона|вони|он|она|они|там)(?![\p{L}])/iu;

function settingLinked(text: string, sentence: Sentence, trigger: Span, participants: readonly string[], setting: Setting): boolean {
  if (participants.some((id) => setting.actors.includes(id))) return true;
  if (/^[\s\p{P}]*$/u.test(text.slice(sentence.start, trigger.start))) return true;
  return SETTING_LINK.test(text.slice(sentence.start, trigger.start));
}

/** A dateline heading joined to the sentence after it: where it ends and the place it names. */
interface Heading {
  end: number;
  place: string | null;
  /** The format a rubric names ("Телефон.", "Відеозв'язок."), for a meeting that names none. */
  kind?: MeetingKind;
  /** With the hour ("8 травня, 13:05."): when a post was written, so not the day of a plan in it. */
  timed?: boolean;
}

/** A digest's rubric naming a format: "📞 Телефон.", "Телефонні розмови:", "Звонки.", "Видеосвязь." */
const RUBRIC_PHONE = /^[\p{P}\p{S}\p{M}\s]*(?:телефон|телефонн\p{L}*\s+розмов\p{L}*|телефонн\p{L}*\s+разговор\p{L}*|дзвін(?:ок|ки)|дзвінки|звон(?:ок|ки)|созвон(?:ы)?)\s*[.:—–-]?$/iu;
const RUBRIC_VIDEO = /^[\p{P}\p{S}\p{M}\s]*(?:відео|видео|відеозв['’ʼ]?язок|видеосвязь|онлайн)\s*[.:—–-]?$/iu;

/**
 * Chronicles, digests and Telegram posts open an entry with a dateline of its own: a weekday
 * (often abbreviated), a day, a city, or a city alone ("Ср, 3 марта.", "Чт, 4.03.", "4 бер.,
 * Відень.", "• Прага.", "**12.03.2030** — Відень."); a live blog's day with the hour ("8 травня, 13:05."). The entry's first sentence is told on that day and at that place, so
 * such a heading at the start of a block is joined to the sentence after it; its city is the
 * place of a meeting that names none of its own.
 */
const HEADING =
  caselessRegExp(String.raw`^[\p{P}\p{S}\p{M}\s]*(?:(?:пн|вт|ср|чт|пт|сб|нд|вс|понеділок|вівторок|середа|четвер|п['’ʼ]?ятниця|субота|неділя|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\.?(?:\s*[–—-]\s*(?:пн|вт|ср|чт|пт|сб|нд|вс)\.?)?,?\s+)?(?:(\d{1,2}(?:\s*[–—-]\s*\d{1,2})?(?:\s+\p{L}{3,8}\.?|\.\d{2}(?:\.\d{4})?\.?))[*_]*(?:\s*[,–—-]\s*|\s+)?(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*,\s*|\s+)?)?)?((?:\p{Lu}[\p{L}'’ʼ-]*)(?:\s+\p{Lu}[\p{L}'’ʼ-]*)?)?\s*[.:—–-]?$`);

const WEEKDAY_NAME = new RegExp(`^${WEEKDAY_NOMINATIVE_SOURCE}$`, 'iu');

function joinHeadings(text: string, sentences: readonly Sentence[], places: readonly PlaceHit[]): { sentences: Sentence[]; headings: Map<number, Heading> } {
  const headings = new Map<number, Heading>();
  const first = sentences[0];
  const next = sentences[1];
  const unchanged = { sentences: [...sentences], headings };
  if (!first || !next || first.text.length > 40) return unchanged;
  const rubric = RUBRIC_PHONE.test(first.text) ? 'phone' : RUBRIC_VIDEO.test(first.text) ? 'video' : null;
  if (rubric) {
    headings.set(first.start, { end: first.end, place: null, kind: rubric });
    return { sentences: [{ start: first.start, end: next.end, text: text.slice(first.start, next.end) }, ...sentences.slice(2)], headings };
  }
  const match = HEADING.exec(first.text);
  if (!match || (!match[1] && !match[2])) return unchanged;
  let place: string | null = null;
  // A weekly review's bare weekday ("Понеділок.") heads the entry too; it is no city.
  const bareWeekday = !match[1] && match[2] !== undefined && WEEKDAY_NAME.test(match[2]);
  if (match[2] && !bareWeekday) {
    // The words after the date must be a place the gazetteer knows, written whole.
    const hit = places.find((h) => h.start >= first.start && h.end <= first.end && h.via === 'name' && text.slice(h.start, h.end) === match[2]);
    if (!hit) return unchanged;
    place = hit.place.name;
  }
  const joined: Sentence = { start: first.start, end: next.end, text: text.slice(first.start, next.end) };
  headings.set(joined.start, { end: first.end, place, timed: /\d:[0-5]\d/u.test(first.text) });
  return { sentences: [joined, ...sentences.slice(2)], headings };
}

/**
 * A live blog's or a Telegram channel's dateline on a line of its own ("📌 19 березня, 10:05",
 * "12 марта, Вена"): it dates and places the first sentence of the post below it.
 */
interface CarriedHeading {
  block: number;
  date: TextDate;
  place: string | null;
  timed: boolean;
}

function datelineBlock(text: string, block: number, dates: readonly TextDate[], places: readonly PlaceHit[]): CarriedHeading | null {
  if (text.length > 40 || dates.length !== 1) return null;
  const match = HEADING.exec(text);
  if (!match?.[1]) return null;
  let place: string | null = null;
  if (match[2] && !WEEKDAY_NAME.test(match[2])) {
    const hit = places.find((h) => h.via === 'name' && text.slice(h.start, h.end) === match[2]);
    if (!hit) return null;
    place = hit.place.name;
  }
  return { block, date: dates[0]!, place, timed: /\d:[0-5]\d/u.test(text) };
}

/** The heading's day, as if written at the start of the post's first sentence. */
function carriedDate(heading: CarriedHeading, at: number, block: number): TextDate {
  return { ...heading.date, block, start: at, end: at };
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
  if (isFarewell(sentence.text) || isInterviewCredit(sentence.text) || where.claim) return [];
  const inside = (s: Span) => s.start >= sentence.start && s.end <= sentence.end;
  const places = scan.places.filter(inside);
  let triggers = scan.triggers.filter(
    (t) => inside(t) && !scan.generic.some((g) => overlapsSpan(g, t)) && settingSatisfied(text, t, places, actors.filter(inside), where.gazetteer),
  );
  // "Чи правда, що … зустрічався …?", "Слухи, будто … ради встречи …": the claim's meeting is not told.
  const claim = unvouchedClaimAt(sentence.text);
  if (claim >= 0) triggers = triggers.filter((t) => t.start < sentence.start + claim);
  if (triggers.length === 0) return [];
  // ", выступавший на форуме,": a meeting noun inside a participial phrase
  // describes someone; the sentence's meeting is named elsewhere in it.
  if (triggers.length > 1) {
    const described = triggers.filter(
      (t) => t.spec.pos === 'noun' && (PARTICIPLE_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 80), t.start)) || SOURCE_FAMILIAR.test(text.slice(Math.max(sentence.start, t.start - 60), t.start))),
    );
    if (described.length > 0 && described.length < triggers.length) triggers = triggers.filter((t) => !described.includes(t));
  }
  const clauses = splitClauses(sentence);

  // "після саміту «коаліції охочих» … зустрівся", "з часу переговорів у Стамбулі",
  // "присвячена результатам переговорів": the summit, the talks are events of their own.
  const segments: { span: Span; triggers: TriggerMatch[]; earlier: boolean; days: Sequence | null }[] = [];
  for (const t of triggers) {
    if (t.spec.pos !== 'noun' || segments.some((s) => overlapsSpan(s.span, t))) continue;
    const start = sequenceStart(text, sentence, t);
    if (start === null) continue;
    const span = { start, end: segmentEnd(text, sentence, t.end, triggers, scan.places) };
    const phrase = text.slice(start);
    segments.push({ span, triggers: triggers.filter((u) => overlapsSpan(span, u)), earlier: EARLIER_FIRST.test(phrase), days: sequenceDays(phrase) });
  }
  const outside = triggers.filter((t) => !segments.some((s) => overlapsSpan(s.span, t)));
  const events: EventSpan[] = [];
  // "…, а згодом того ж дня зустрівся з …", "В тот же вечер …", "Перед цим … провів
  // зустріч": another meeting of the same day, after (or before) the one told before it.
  // "Натомість лідери поговорили по відеозв'язку" after a meeting called off: its replacement, that day.
  const link = outside.length > 0 ? (sameDayLink(sentence) ?? replacementLink(sentence, where.previous)) : null;
  let sequel: { draft: Draft | null; days: Sequence } | null = null;
  const split = link && segments.length === 0 ? outside.findIndex((t) => t.start >= link.start) : -1;
  // "… зустрівся з A, а наступного дня — з B": the verb left out, a second meeting.
  const ellipsis = link && segments.length === 0 && split === -1 ? ellipticalAfter(where.text, sentence, link.start) : null;
  if (link && split > 0) {
    events.push({ triggers: outside.slice(0, split), range: [{ start: sentence.start, end: link.start }], secondary: false, earlier: false, days: null });
    events.push({ triggers: outside.slice(split), range: [{ start: link.start, end: sentence.end }], secondary: false, earlier: false, days: null, sequel: link.days });
  } else if (link && ellipsis !== null) {
    const verb = outside.find((t) => t.spec.pos === 'verb') ?? outside[0]!;
    events.push({ triggers: outside, range: [{ start: sentence.start, end: link.start }], secondary: false, earlier: false, days: null });
    const echo: TriggerMatch = { spec: verb.spec, start: ellipsis, end: ellipsis + 1, text: verb.text };
    events.push({ triggers: [echo], range: [{ start: link.start, end: sentence.end }], secondary: false, earlier: false, days: null, sequel: link.days, elliptical: true });
  } else if (segments.length === 0 && (!link || link.start < outside[0]!.start) && conjoinedSplit(text, outside) !== null) {
    // "… переговори з Фіданом, а Сибіга ввечері обговорив їх телефоном з …": two meetings
    // joined by "а/і/и", the second of the same day unless it says its own.
    const { index, at } = conjoinedSplit(text, outside)!;
    events.push({ triggers: outside.slice(0, index), range: [{ start: sentence.start, end: at }], secondary: false, earlier: false, days: null });
    events.push({ triggers: outside.slice(index), range: [{ start: at, end: sentence.end }], secondary: false, earlier: false, days: null, sequel: 'same' });
    if (link && where.previous) sequel = { draft: where.previous, days: link.days };
  } else if (outside.length === 0 || segments.length === 0) {
    events.push({ triggers, range: [{ start: sentence.start, end: sentence.end }], secondary: false, earlier: false, days: null });
    if (link && link.start < outside[0]!.start && where.previous) sequel = { draft: where.previous, days: link.days };
  } else {
    events.push({ triggers: outside, range: complement(sentence, segments.map((s) => s.span)), secondary: false, earlier: false, days: null });
    for (const s of segments) events.push({ triggers: s.triggers, range: [s.span], secondary: true, earlier: s.earlier, days: s.days });
    // "Наступного дня … провів нараду, а про підсумки переговорів розповів": the link still dates the main event.
    if (link && link.start < outside[0]!.start && where.previous) sequel = { draft: where.previous, days: link.days };
  }

  const out: Draft[] = [];
  let main: Draft | null = null;
  for (const event of events) {
    const draft = buildEvent(where, sentence, clauses, event, scan, actors, dates, context, recap);
    if (!draft) continue;
    // The elliptical meeting keeps the first one's place ("там … а наступного дня — з …").
    if (event.elliptical && main && !draft.place && !main.kindExplicit) draft.place = main.place;
    const before = event.sequel ? main : event.secondary ? null : sequel?.draft;
    if (before && !draft.after) {
      draft.after = before;
      draft.sequence = event.sequel ?? sequel!.days;
      draft.distinctFrom.add(before);
      before.distinctFrom.add(draft);
    }
    if (!event.secondary) main = draft;
    else if (main) {
      if (event.days !== null && !main.after) {
        main.after = draft;
        main.sequence = event.days;
      }
      main.distinctFrom.add(draft);
      draft.distinctFrom.add(main);
    }
    out.push(draft);
  }
  return out;
}

/**
 * A second meeting joined to the first by a conjunction after a comma (", а", ", і", ", и",
 * ", але", ", но") or a semicolon: the later meeting word is a verb, and either the two say
 * different formats ("сообщил по видеосвязи, а во вторник созвонился") or a new subject is
 * named right after the conjunction ("…, а Сибіга ввечері обговорив телефоном …"). The index
 * of its first trigger and where the conjunction starts, or null.
 */
const CONJOINED = /(?:,\s*(?:а|і|й|и|але|но|однак|однако)|;)\s+(?:(?:потім|згодом|пізніше|затем|потом|позже|ввечері|увечері|вечером|вранці|утром)\s+)?/giu;
const NEW_SUBJECT = /^(?:\p{Lu}[\p{L}'’ʼ-]+\s+){1,3}/u;
/** A day of its own opening the second part: "на понеділок", "завтра", "наступного дня", "в субботу". */
const NEW_TIME =
  /^(?:(?:на\s+)?(?:завтра|післязавтра|послезавтра)|наступного\s+(?:дня|тижня)|на\s+(?:наступний|следующий|другий|другой)\s+день|на\s+следующей\s+неделе|(?:на|у|в|во)\s+(?:понеділок|вівторок|середу|четвер|п['’ʼ]?ятницю|суботу|неділю|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))(?![\p{L}])/iu;
/** A word of planning in that part: "запланована", "намечена", "ожидается", "предстоит". */
const PLAN_WORD =
  /(?<![\p{L}])(?:запланован\p{L}*|запланирован\p{L}*|намічен\p{L}*|намечен\p{L}*|призначен\p{L}*|назначен\p{L}*|очікується|ожидается|передбачен\p{L}*|предусмотрен\p{L}*|предстоит|планується|планируется)(?![\p{L}])/iu;

function conjoinedSplit(text: string, triggers: readonly TriggerMatch[]): { index: number; at: number } | null {
  for (let k = 1; k < triggers.length; k++) {
    const later = triggers[k]!;
    const earlier = triggers[k - 1]!;
    const between = text.slice(earlier.end, later.start);
    let last: RegExpExecArray | null = null;
    for (const m of between.matchAll(CONJOINED)) last = m;
    if (!last) continue;
    // A noun after the conjunction is another meeting when its part opens with a day or a
    // plan of its own: "провів переговори з …, а на понеділок призначено зустріч з …".
    if (later.spec.pos !== 'verb') {
      // So is one whose part opens with a day and a new subject: "…, а в пятницу Путин провел … совещание".
      const rest = between.slice(last.index + last[0].length);
      const time = NEW_TIME.exec(rest);
      if (!(time && (PLAN_WORD.test(rest) || NEW_SUBJECT.test(rest.slice(time[0].length).trimStart())))) continue;
      return { index: k, at: earlier.end + last.index };
    }
    const kinds = (ts: readonly TriggerMatch[]) => new Set(ts.map((t) => t.spec.kind ?? 'in-person'));
    const first = kinds(triggers.slice(0, k));
    const second = kinds(triggers.slice(k));
    const differ = [...second].every((kind) => !first.has(kind));
    const subject = NEW_SUBJECT.test(between.slice(last.index + last[0].length));
    if (differ || subject) return { index: k, at: earlier.end + last.index };
  }
  return null;
}

/** One event of a sentence: its meeting words and the parts of the sentence that are its. */
interface EventSpan {
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

/**
 * "Натомість", "Замість цього", "Вместо этого", "Взамен" opening a sentence right after a
 * meeting called off or put off: the meeting told is its replacement, on the same day.
 */
const REPLACEMENT_OPENER = /^[\s«"„“'–—-]*(?:натомість|замість\s+цього|вместо\s+этого|взамен)(?![\p{L}])/iu;

function replacementLink(sentence: Sentence, previous: Draft | null): { start: number; days: Sequence } | null {
  if (!previous || (previous.status !== 'cancelled' && previous.status !== 'postponed')) return null;
  return REPLACEMENT_OPENER.test(sentence.text) ? { start: sentence.start, days: 'same' } : null;
}

/**
 * After the link ("а наступного дня — з Рубіо", "а на следующий день — с Рубио"): a dash
 * and "з/с" + a capitalised name, with no verb of its own. The offset of "з/с", or null.
 */
const ELLIPSIS = /^[^.;:!?]{0,40}?\s[–—-]\s+((?:з|із|зі|с|со)\s+\p{Lu})/u;

function ellipticalAfter(text: string, sentence: Sentence, from: number): number | null {
  const match = ELLIPSIS.exec(text.slice(from, sentence.end));
  return match ? from + match.index + match[0].length - match[1]!.length : null;
}

/** `next`: the day after the other event's last day ("на следующий день", "наступного дня"). */
type Sequence = 'after' | 'before' | 'eve' | 'same' | 'next';

/** ", выступавший на форуме": a participle and its preposition right before a meeting noun. */
const PARTICIPLE_BEFORE = caselessRegExp(String.raw`,\s*[\p{L}-]+(?:вш|ющ|ящ|ущ|ащ)\p{L}*\s+(?:на|в|во|у|к|с|со|по)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$`);

/** An example given after a dash or a comma: "— наприклад, у …", ", например, в …", "— зокрема в …". */
const EXAMPLE_BEFORE = /[—–,:]\s*(?:наприклад|например|зокрема|скажімо|скажем|в\s+частности|к\s+примеру)\s*,?\s*(?:у|в|во)\s+$/iu;

/**
 * "джерело, знайоме з ходом переговорів", "собеседник, осведомленный о подготовке", "близкий к
 * переговорам": a meeting word describing who a source is; the sentence's meeting is
 * named elsewhere in it.
 */
const SOURCE_FAMILIAR =
  caselessRegExp(String.raw`(?<![\p{L}])(?:знайом|знаком|обізнан|осведомл[её]н|поінформован|проинформирован|близьк|близк|причетн|причастн)\p{L}*\s+(?:з|із|зі|с|со|до|к|ко)\s+(?:(?:ходом|ходу|деталями|деталей|подробицями|подробностями|підготовкою|подготовкой|перебігом)\s+)?(?:\p{Ll}+\s+)?$`);

/**
 * "того ж дня/вечора", "в тот же день", "тем же вечером" (the same day as the meeting told
 * before), "перед ним/цим/этим" (right before it) and "наступного дня", "на следующий
 * день", "назавтра" (the day after it): where the phrase starts (with the conjunction
 * before it) and how the meeting stands to that one.
 */
const SAME_DAY =
  /(?<![\p{L}])(?:(?:а|і|и|й|але|но)\s+)?(?:(?:пізніше|згодом|потім|позже|позднее|затем)\s+)?(?:того\s+ж(?:е)?\s+(?:дня|вечора|вечера|ранку|утра)|того\s+самого\s+дня|в\s+(?:той|тот)\s+же\s+(?:день|вечер)|тем\s+же\s+(?:вечером|утром)|(перед)\s+(?:ним|нею|ней|цим|этим)|(наступного\s+дня|на\s+(?:наступний|другий|следующий|другой)\s+день|следующим\s+днем|назавтра|дн[её]м\s+(?:позже|позднее|пізніше)|через\s+день)|(дн[её]м\s+(?:ранее|раньше|раніше)|за\s+(?:день|добу|сутки)\s+до\s+(?:того|этого|цього|старту|початку|відкриття|старта|начала|открытия)(?!\s+(?:\p{L}+\s+)?(?:переговор|перемовин|раунд|зустріч|встреч|саміт|саммит|консультац|засідан|заседан))))(?![\p{L}])/iu;

function sameDayLink(sentence: Sentence): { start: number; days: Sequence } | null {
  const match = SAME_DAY.exec(sentence.text);
  return match ? { start: sentence.start + match.index, days: match[1] ? 'before' : match[2] ? 'next' : match[3] ? 'eve' : 'same' } : null;
}

/** See `EventSpan.days`. */
const SIDELINES_FIRST = new RegExp(`^(?:${SIDELINES})(?![\\p{L}])`, 'iu');

function sequenceDays(phrase: string): Sequence | null {
  if (/^(?:напередодні|накануне|за\s+(?:день|добу|сутки)\s+до)(?![\p{L}])/iu.test(phrase)) return 'eve';
  if (/^перед(?![\p{L}])/iu.test(phrase)) return 'before';
  if (SIDELINES_FIRST.test(phrase)) return 'same';
  if (/^(?:після|после|по\s+окончании|по\s+завершении)(?![\p{L}])/iu.test(phrase)) return 'after';
  return null;
}

function buildEvent(
  where: Where,
  sentence: Sentence,
  clauses: readonly Clause[],
  event: EventSpan,
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
    (t) =>
      !(t.spec.pos === 'verb' && NEGATED.test(text.slice(Math.max(sentence.start, t.start - 12), t.start))) &&
      (!t.spec.needsPlace || referencePlace(text, t, places) !== null) &&
      (!t.spec.needsObject || personRightAfter(text, t, actors, places, where.gazetteer) || receivedByHost(text, t, actors, where.gazetteer) || (RECEIVING.test(t.text) && receivedAsRelative(text, t, actors, (id) => where.gazetteer.organisations.has(id)))) &&
      (!t.spec.needsVenue || places.some((h) => h.start >= t.end && (h.start - t.end <= 4 || /^\s+(?:у|в|во)\s+\p{Ll}+\s+$/u.test(text.slice(t.end, h.start))) && whereMet(h))),
  );
  if (usable.length === 0) return null;
  // The meeting word whose clause says when or where ("Черговий раунд у Досі 3 березня
  // завершився …, хоча засідання відкривав …"), a strong one first.
  const anchored = (t: TriggerMatch) => {
    const c = clauseAt(clauses, t.start);
    const inside = (s: Span) => s.start >= c.start && s.end <= c.end;
    return dates.some((d) => inRange(d) && inside(d)) || places.some((h) => h.locative && !h.speaker && !h.modifier && inside(h));
  };
  const plain = (t: TriggerMatch) => !t.spec.weak && !t.spec.needsPlace;
  const trigger = usable.find((t) => plain(t) && anchored(t)) ?? (usable.some(plain) && !usable.some((t) => anchored(t)) ? usable.find(plain) : usable.find(anchored)) ?? usable.find(plain) ?? usable[0]!;
  const clause = clauseAt(clauses, trigger.start);

  let placeHits: PlaceHit[];
  // The relative clause right after the meeting noun: where it took place ("переговори, які
  // тривали в Досі …") or what others did with it ("саммит, который обсуждали в Париже").
  const relative = trigger.spec.pos === 'noun' ? relativeAfter(text, clauses, clause, trigger) : null;
  if (referenceOnly) placeHits = [referencePlace(text, trigger, places)!];
  else {
    placeHits = places.filter((h) => {
      if (h.via === 'adjective' && event.triggers.some((t) => adjacent(text, h, t))) return true;
      if (!h.locative || h.speaker || h.modifier) return false;
      const hClause = clauseAt(clauses, h.start);
      if (relative && hClause === relative.clause) return relative.role === 'occurred' && inRange(h);
      if (sentenceStartHit(h)) return true;
      if (!inRange(h)) return false;
      // "переговори траплялися й раніше — зокрема, у Відні": an example of the meetings named.
      if (h.start > trigger.end && h.start - trigger.end <= 120 && !/[:;]/u.test(text.slice(trigger.end, h.start)) && EXAMPLE_BEFORE.test(text.slice(Math.max(trigger.end, h.start - 30), h.start))) return true;
      // "выступит … в Сочи; в Кремле не исключают, что он прокомментирует итоги раунда": a
      // semicolon closes the place's statement.
      if (text.slice(Math.min(h.end, trigger.end), Math.max(h.start, trigger.start)).includes(';')) return false;
      return hClause === clause || distance(h, trigger) <= 60;
    });
  }
  let place = choosePlace(placeHits, trigger);
  // "візит Віткоффа до Москви": a visit's destination is where its meeting was to be.
  if (!place && trigger.spec.calledOffOnly) place = visitDestination(text, places, trigger);
  if (!place && !referenceOnly) place = hostPlace(text, places, trigger) ?? placeThere(where, sentence, event);

  // Participants.
  // "Пєсков, коментуючи переговори …", "назвал встречу полезной": a meeting as the object of
  // a comment is one already told (or a passing recollection), and the commentator is no party.
  const commented = trigger.spec.pos === 'noun' && isCommentTopic(text.slice(Math.max(clause.start, trigger.start - 50), trigger.start));
  const named = participantsIn(text, sentence, actors.filter((m) => inRange(m)), scan.places, { clauses, trigger });
  const participants = commented
    ? participantsIn(text, sentence, actors.filter((m) => inRange(m) && m.start > trigger.start), scan.places, { clauses, trigger })
    : named;
  const parties = scan.parties.filter((p) => inRange(p)).length + (namesSides(ownText(text, event, sentence.start, sentence.end)) ? 2 : 0);

  // Time: a recollection, a month or year without a day, a date.
  const planCue = cuesPlan(scan, sentence);
  const months = framedMonths(sentence.text).filter(
    (m) => !dates.some((d) => d.start < sentence.start + m.end && sentence.start + m.start < d.end),
  );
  const pastMonth = months.some((m) => monthsBefore(m.month, context.date) >= 1 && monthsBefore(m.month, context.date) <= 6);
  const earlierYear = namesEarlierYear(sentence.text, context.date, dates.length > 0);
  // Relative days ("сьогодні") in a recap or a sentence of old news are the old article's.
  // "Перед цим … проведе" is a plan: a word of the past with a verb of the future is not.
  const staleRelative = isRecallOpener(sentence.text) || recap || (hasRecallWord(sentence.text) && !planCue);
  let recalled =
    staleRelative ||
    earlierYear ||
    (pastMonth && !planCue) ||
    referenceOnly ||
    (isTopicReference(text.slice(Math.max(clause.start, trigger.start - 60), trigger.start)) && !planCue) ||
    (!event.secondary &&
      event.triggers.every((t) => t.spec.pos === 'noun' && isSinceReference(text.slice(Math.max(sentence.start, t.start - 40), t.start)))) ||
    (event.secondary && event.earlier && !planCue);
  // A live blog's post time dates what happened, not what someone says will happen.
  const planned = planCue || event.triggers.some((t) => t.spec.status === 'planned');
  const postTime = where.heading?.timed && planned ? where.heading.end : -1;
  const dateHit = chooseDate(text, dates.filter((d) => inRange(d) && d.end > postTime), trigger, clauses, staleRelative);
  const timeFrame = !dateHit && (months.length > 0 || earlierYear || namesLastPeriod(sentence.text));
  // "во время встречи в Майами в начале декабря" in a December article: a meeting of this
  // month told without its day is an earlier one, not today's news (unless it lies ahead).
  const clausePlan = scan.statusCues.some((c) => c.kind === 'planned' && c.start >= clause.start && c.end <= clause.end);
  const earlierThisMonth = !dateHit && !clausePlan && months.some((m) => monthsBefore(m.month, context.date) === 0) && !hasFutureAnchor(sentence.text);
  if (earlierThisMonth) recalled = true;
  if (!dateHit && !clausePlan && !planCue && namesPartOfPeriod(sentence.text) && !hasFutureAnchor(sentence.text)) recalled = true;
  // What is recalled has happened: a meeting given a day after the publication is not a
  // recollection, whatever word looks back ("попередня дата" is a provisional one).
  if (recalled && dateHit && context.date && dateHit.date > context.date) recalled = false;

  // Status and format.
  const discussed = relative?.role === 'discussed';
  const cues = scan.statusCues.filter(
    (c) => inRange(c) && !(discussed && c.start >= relative!.clause.start && c.end <= relative!.clause.end && c.kind !== 'cancelled' && c.kind !== 'postponed'),
  );
  const own = event.triggers.find((t) => t.spec.status)?.spec.status;
  // "підготовку раунду, який запланований на …": the relative clause tells the noun's own
  // event, so its status word outweighs the main clause's verb ("обговорили").
  const decision = decideStatus(cues, trigger, relative?.role === 'occurred' ? relative.clause : clause, own);
  // A visit is a meeting when it is told called off after it ("візит … скасували"), not in a
  // reaction to that news ("отмена визита показывает …").
  // It needs a day or someone named as visiting, not only the bodies that announced it.
  if (event.triggers.every((t) => t.spec.calledOffOnly)) {
    const calledOff = cues.some((c) => (c.kind === 'cancelled' || c.kind === 'postponed') && c.start >= trigger.end);
    const visitor = participants.some((id) => !where.gazetteer.organisations.has(id));
    if (!calledOff || (!dateHit && !visitor)) return null;
  }
  // A meeting others discussed, with nothing saying it took place, is a plan.
  if (discussed && decision.status === null) decision.status = 'planned';
  // A heading's words are no format cue of their own (a rubric's format is weighed below).
  const formatCues = scan.formatCues.filter((c) => c.start >= (where.heading?.end ?? sentence.start) && c.end <= sentence.end && inRange(c));
  const ownKind = event.triggers.find((t) => t.spec.kind)?.spec.kind;
  const explicitKind = decideFormat(formatCues, trigger, ownKind);

  // Is it one meeting, not negotiations in general?
  const vague = event.triggers.every((t) => t.spec.needsPlace || scan.vague.some((v) => overlapsSpan(v, t)));
  const window = text.slice(Math.max(sentence.start, trigger.start - 30), Math.min(sentence.end, trigger.end + 20));
  const strong = dateHit !== null || place !== null || hasDeictic(window);
  const partyCount = named.length + parties;
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
  // "Перемовини тривають" with nothing that pins one meeting: the negotiations go on.
  if (decision.today && !place && !dateHit && participants.length === 0 && ownKind === undefined && !hasDeictic(window)) specific = false;
  const before = text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start);
  const after = text.slice(trigger.end, Math.min(clause.end, trigger.end + 40));
  const anaphoric = commented || isAnaphoricLead(before.slice(-25)) || hasDeictic(window) || isParticipation(before, after);
  if (event.triggers.every((t) => t.spec.referenceBack) && !anaphoric && !event.secondary) specific = false;
  if (!specific) return null;
  // "Після зустрічі Сибіга … назвав розмову «найпредметнішою»": a meeting word as the object of
  // an assessment, with no day, place or party of its own in the sentence, is a remark on the
  // meeting told before, not another one (one calling it off or putting it off tells its status).
  if (commented && participants.length === 0 && !cues.some((c) => c.kind === 'cancelled' || c.kind === 'postponed') && !dates.some((d) => d.start >= sentence.start && d.end <= sentence.end) && !places.some((h) => (h.locative || h.via === 'adjective') && !h.speaker)) return null;
  // A question with neither day nor people ("Что с переговорами в Маскате?", "Що дали
  // консультації в Досі?") asks about talks told elsewhere; it tells none, unless the answer
  // goes on to date them ("— Чем закончился раунд в …? — Мы работали 4 и 5 декабря").
  if (!dateHit && named.length === 0 && QUESTION.test(sentence.text) && !answerDates(where, sentence)) return null;
  // A dateline's city places a meeting the sentence tells as its own news, not one reported
  // from there ("Вашингтон. Рубіо сказав, що переговори …"): it never makes a meeting specific.
  if (!place && !referenceOnly && where.heading?.place && !clause.subordinate) place = where.heading.place;

  // Offered, wished for, conditional, denied: not a meeting. A possibility in the
  // indicative ("може відбутися") is a plan once a day or a near time pins it.
  const doubt = hypothetical(text, clause, trigger, sentence.end);
  // "може відбутися в січні", "наприкінці березня": a month from this one on pins it too.
  const pinned = dateHit !== null || hasFutureAnchor(sentence.text) || months.some((m) => monthsBefore(m.month, context.date) === 0 || monthsBefore(m.month, context.date) >= 9);
  if (doubt.tentative && !pinned && !doubt.other) return null;
  if (doubt.other) {
    const plannedWithDate = dateHit !== null && decision.status === 'planned';
    const called = !doubt.conditional && (decision.status === 'cancelled' || decision.status === 'postponed');
    if (!plannedWithDate && !called) return null;
  }

  // "Изначально раунд должен был пройти в Дохе": a plan superseded, told without its day, is the
  // moved meeting's history, not a meeting of its own (one with its day is its own entry).
  if (!dateHit && INITIALLY.test(sentence.text)) return null;

  let date = dateHit?.date ?? null;
  let endDate = dateHit?.endDate ?? null;
  const setting = where.setting;
  // A venue inside the setting's city is the setting too ("… прилететь в Москву 7 марта.
  // Встречу с ним в Кремле отменили"); the venue, more precise, is kept.
  const withinSetting = (p: string) => p === setting!.place || (where.gazetteer.places.get(p)?.ancestors.includes(setting!.place) ?? false);
  if (setting && !date && (!place || withinSetting(place)) && !recalled && !timeFrame && !planCue && decision.status !== 'planned' && settingLinked(text, sentence, trigger, named, setting)) {
    date = setting.date;
    endDate = setting.endDate;
    place ??= setting.place;
    // The people the setting puts there are the ones the pronoun or the noun goes on about.
    for (const id of setting.actors) if (!participants.includes(id)) participants.push(id);
  }
  // "Все решилось в пятницу. Тогда Путин и Трамп провели телефонный разговор": that day.
  const then = THEN_OPENER.test(sentence.text) || (!where.previous && SAME_DAY_OPENER.test(sentence.text));
  if (!date && !recalled && !timeFrame && where.dayBefore && decision.status === 'held' && then) {
    date = where.dayBefore.date;
    endDate = where.dayBefore.endDate;
  }
  let status = decision.status;
  if (status === null && hasNextMarker(window)) status = 'planned';
  // "Американцы должны были встретиться …", "мали зустрітися": a plan told as past, which is
  // what the cancellation or postponement told beside it is about; its status is not its own.
  const statusExplicit = status !== null && !(trigger.spec.pos === 'verb' && PAST_OBLIGATION.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start)));
  if (!date && !recalled && !timeFrame && context.date && (decision.today || (status === 'planned' && hasPartOfToday(text.slice(clause.start, clause.end))))) {
    date = context.date;
    endDate = context.date;
  }
  if (status === null) status = recalled ? 'held' : date && context.date && date > context.date ? 'planned' : 'held';
  // "Трехдневный раунд … завершился вчера", "тривають уже третій день": it began days before.
  const span = status === 'held' && !recalled && (!dateHit || dateHit.date === dateHit.endDate) ? spanFromLength(sentence.text, dateHit?.date ?? null, context.date) : null;
  if (span && (date === null || date === span.endDate)) {
    date = span.date;
    endDate = span.endDate;
  }
  // A live blog's entry opens with its time ("14:45 …"): what it reports held is of that day.
  if (!date && !recalled && !timeFrame && context.date && status === 'held' && TIME_STAMP.test(text)) {
    date = context.date;
    endDate = context.date;
  }

  // A rubric's format ("Телефон.") for talk told without one; meeting in person, or at a
  // place, says otherwise.
  const rubricKind = where.heading?.kind !== undefined && !place && !(trigger.spec.lemma === 'meeting' && trigger.spec.pos === 'verb') ? where.heading.kind : undefined;
  const kind = explicitKind ?? rubricKind ?? 'in-person';
  // A call told as one ("обсудили по телефону ход переговоров в Осло") happens nowhere: a city
  // in its sentence is where its topic or a caller is.
  if (explicitKind === 'phone' && trigger.spec.kind === 'phone') place = null;
  if (!place && trigger.spec.lemma === 'session' && kind === 'in-person') {
    place = participants.map((id) => seatOf(where.gazetteer, id)).find((p): p is string => p !== null) ?? null;
  }

  return {
    block: where.block,
    sentenceKey: where.sentenceKey,
    trigger,
    words: event.triggers.map((t) => t.text).join(' … '),
    lemma: trigger.spec.lemma,
    sentence,
    date,
    endDate,
    place,
    kind,
    kindExplicit: explicitKind !== null || rubricKind !== undefined,
    status,
    statusExplicit,
    participants: new Set(participants),
    recalled,
    anaphoric,
    after: null,
    sequence: 'after',
    distinct:
      isDistinct(before, ownText(text, event, Math.max(sentence.start, trigger.start - 50), Math.min(sentence.end, trigger.end + 15))) ||
      (!event.secondary && opensDistinct(sentence.text)) ||
      event.triggers.some((t) => RECEIVING.test(t.text) && receivesDelegations(text.slice(t.end, Math.min(sentence.end, t.end + 60)))),
    renewed: isRenewed(before),
    // The summit a talk "в кулуарах" was beside is not itself a talk aside.
    faceToFace: !event.secondary && isFaceToFace(ownText(text, event, sentence.start, sentence.end)),
    secondary: event.secondary,
    demonstrative: isDemonstrativeLead(before),
    distinctFrom: new Set(),
    timeFrame,
    dated: dateHit !== null && dateHit.start - sentence.start <= 3,
    unknownPlace: place === null && namesUnknownPlace(text, clause, places),
    pronoun: PRONOUN.test(text.slice(sentence.start, trigger.start)),
    parent: null,
    sentenceKeys: new Set([where.sentenceKey]),
  };
}

function visitDestination(text: string, places: readonly PlaceHit[], trigger: Span): string | null {
  const hit = places.find(
    (h) => h.start > trigger.end && h.start - trigger.end <= 50 && !h.speaker && !h.modifier && /(?<![\p{L}])(?:до|в|у|во)\s+$/iu.test(text.slice(Math.max(0, h.start - 4), h.start)),
  );
  return hit && !/[,.;:!?]/u.test(text.slice(trigger.end, hit.start)) ? hit.place.name : null;
}

/** What follows a question (the rest of its block, else the next block) opens by dating the talks asked about. */
function answerDates(where: Where, sentence: Sentence): boolean {
  const rest = where.text.slice(sentence.end);
  return LASTED.test(rest.trim() ? rest : where.nextBlock);
}

/** "Тогда", "Тоді", "В тот день" opening a sentence: the time the sentence before told. */
const THEN_OPENER = /^[\s«"„“'–—-]*(?:тоді|тогда|в\s+той\s+день|в\s+тот\s+день)(?![\p{L}])/iu;

const QUESTION = /\?[\s»"”*_)]*$/u;

const AS_OF_BEFORE = /(?<![\p{L}])(?:станом\s+на|по\s+состоянию\s+на)\s+$/iu;

/**
 * A paragraph that is a quotation and nothing else («Уиткофф тайно встретился …»): a claim a
 * fact-check goes on to weigh, or a pull quote, not what the article tells.
 */
const QUOTED_PARAGRAPH = /^[\s*_>#]*(?:\d{1,2}[.)]\s*)?«[^«»]*(?:«[^«»]*»[^«»]*)*»[\s*_.]*$/u;
/** A line giving who said the quote above it ("— Сергей Лавров, отвечая на вопрос …"): a quote roundup vouches for it. */
const ATTRIBUTION = /^[\s*_]*[—–-]\s*\p{Lu}/u;

function unattributedQuote(blocks: readonly { text: string }[], block: number): boolean {
  return QUOTED_PARAGRAPH.test(blocks[block]!.text) && !ATTRIBUTION.test(blocks[block + 1]?.text ?? '');
}

/** "Того ж дня", "В тот же день" opening a sentence with no meeting told before it: the day told before. */
const SAME_DAY_OPENER = /^[\s«"„“'–—-]*(?:того\s+ж(?:е)?\s+дня|того\s+самого\s+дня|в\s+(?:той|тот)\s+же\s+день)(?![\p{L}])/iu;

/** A past obligation right before a verb: "должны были", "мали", "повинен був". */
const PAST_OBLIGATION =
  /(?<![\p{L}])(?:мав|мала|мало|мали|повин(?:ен|на|ні)\s+бул[аои]?|повинен\s+був|должен\s+был|должн[аоы]\s+был[аои]?)\s+(?:\p{Ll}+\s+)?$/u;

/** A city or venue said to be where something happens: governed by a locative, not a speaker's. */
function whereMet(h: PlaceHit): boolean {
  return h.locative && !h.speaker && !h.modifier && h.place.kind !== 'country';
}

/**
 * Verbs that are meetings only in a setting, checked before the sentence is cut into events
 * (a verb that is none must not split it): two people right before a place right before the
 * verb ("Сибіга і Фідан в Анкарі обговорюють"), or a place anywhere in the sentence.
 */
function settingSatisfied(text: string, t: TriggerMatch, places: readonly PlaceHit[], actors: readonly Mention[], gazetteer: Gazetteer): boolean {
  if (t.spec.needsSetting && !places.some(whereMet)) return false;
  if (t.spec.needsPairAfterVenue) return pairAfterVenue(text, t, places, actors, gazetteer);
  if (!t.spec.needsPairAtVenue) return true;
  const venue = places.find((h) => h.end <= t.start && /^\s+$/u.test(text.slice(h.end, t.start)) && whereMet(h));
  if (!venue) return false;
  const people = actors.filter((m) => m.end <= venue.start && !gazetteer.organisations.has(m.actorId));
  const last = people[people.length - 1];
  // The pair is the verb's subject: nothing but the preposition between the last name and the place.
  return last !== undefined && /^\s+(?:у|в|во|на)\s+$/iu.test(text.slice(last.end, venue.start)) && new Set(people.map((m) => m.actorId)).size >= 2;
}

/** Two people joined by a conjunction right before the verb, a city or venue before them in the clause. */
function pairAfterVenue(text: string, t: TriggerMatch, places: readonly PlaceHit[], actors: readonly Mention[], gazetteer: Gazetteer): boolean {
  const people = actors.filter((m) => m.end <= t.start && !gazetteer.organisations.has(m.actorId));
  const second = people[people.length - 1];
  if (!second || !/^\s+$/u.test(text.slice(second.end, t.start))) return false;
  const first = [...people].reverse().find((m) => m.actorId !== second.actorId && m.end <= second.start);
  if (!first || !/\s(?:і|й|и|та)\s/u.test(text.slice(first.end, second.start)) || /[,.;:!?«»]/u.test(text.slice(first.end, second.start))) return false;
  const venue = places.find((h) => h.end <= first.start && first.start - h.end <= 80 && whereMet(h));
  return venue !== undefined && !/[.;:!?]/u.test(text.slice(venue.end, first.start));
}

/**
 * A relative clause opening right after the meeting noun phrase: "переговори, які тривали в
 * Досі" (the meeting took place there: `occurred`), "саммит, который обсуждали в
 * Париже" (others discussed it there: `discussed`, its place and verb are not the meeting's).
 */
function relativeAfter(text: string, clauses: readonly Clause[], clause: Clause, trigger: Span): { clause: Clause; role: 'occurred' | 'discussed' } | null {
  const next = clauses[clauses.indexOf(clause) + 1];
  if (!next || next.start - trigger.end > 100 || /[;:–—]/u.test(text.slice(trigger.end, next.start))) return null;
  const body = text.slice(next.start, next.end);
  if (RELATIVE_DISCUSSED.test(body)) return { clause: next, role: 'discussed' };
  if (RELATIVE_OCCURRED.test(body)) return { clause: next, role: 'occurred' };
  return null;
}

const RELATIVE_DISCUSSED =
  /^(?:яку|яке|які|якого|котор(?:ую|ое|ые|ого|ый))(?![\p{L}])[^,;]{0,60}?(?<![\p{L}])(?:обговорю\p{L}*|обговори(?:ли|в|ла)|обсужда\p{L}*|обсуди(?:ли|л|ла))(?![\p{L}])/iu;
const RELATIVE_OCCURRED =
  /^(?:(?:яку|яке|які|якого|котор(?:ую|ое|ые|ого|ый))(?![\p{L}])[^,;]{0,80}?(?<![\p{L}])(?:прове(?:ли|в|ла|ло)|провел[аи]?|провёл|проводи(?:ли|в|ла|л)|організува\p{L}*|организова\p{L}*)(?![\p{L}])|(?:який|яка|яке|які|що|котор(?:ый|ая|ое|ые)|что)(?![\p{L}])[^,;]{0,80}?(?<![\p{L}])(?:трива\p{L}*|проходи\p{L}*|відбул\p{L}*|відбув\p{L}*|відбуд\p{L}*|пройш\p{L}*|пройд\p{L}*|прошл\p{L}*|прош[её]л|состоя\p{L}*|состо(?:ится|ятся)|проведен\p{L}*|проведені|завершил\p{L}*|заверши\p{L}*|заплановані?\p{L}*|запланирован\p{L}*|планува\p{L}*|планирова\p{L}*)(?![\p{L}]))/iu;

/** The text of [from, to) that belongs to the event (another event's phrase left out). */
function ownText(text: string, event: EventSpan, from: number, to: number): string {
  return event.range
    .map((r) => text.slice(Math.max(from, r.start), Math.min(to, r.end)))
    .filter((part) => part !== '')
    .join(' … ');
}

/** How many months `month` lies before the publication month (0–11); -1 without a date. */
function monthsBefore(month: number, published: IsoDate | null): number {
  if (!published) return -1;
  const current = Number(published.slice(5, 7));
  return (current - month + 12) % 12;
}

/**
 * "Женева вже приймала переговори", "Стамбул примет встречу": a place as the subject of
 * hosting right before the meeting word.
 */
function hostPlace(text: string, places: readonly PlaceHit[], trigger: Span): string | null {
  for (let k = places.length - 1; k >= 0; k--) {
    const h = places[k]!;
    if (h.end > trigger.start) continue;
    if (trigger.start - h.end > 60) break;
    if (h.locative || h.speaker || h.via !== 'name') continue;
    if (HOSTING_BETWEEN.test(text.slice(h.end, trigger.start))) return h.place.name;
  }
  return null;
}

/**
 * "там відбулися консультації": the place named last before "там" in this sentence or the
 * one before it (a city, region, venue or country in any case, not a speaker's place).
 */
function placeThere(where: Where, sentence: Sentence, event: EventSpan): string | null {
  for (const match of sentence.text.matchAll(THERE)) {
    const at = sentence.start + match.index;
    if (!event.range.some((r) => at >= r.start && at < r.end)) continue;
    let best: PlaceHit | null = null;
    for (let k = firstAtOrAfter(where.places, where.previousStart); k < where.places.length; k++) {
      const h = where.places[k]!;
      if (h.end > at) break;
      // A country in another case than the locative is mostly part of a title ("держсекретар США").
      if (h.speaker || h.modifier || h.via === 'adjective' || (h.place.kind === 'country' && !h.locative)) continue;
      best = h;
    }
    if (best) return best.place.name;
  }
  return null;
}

/**
 * "намічена на 3 березня в Тисабечі": "у/в" + a capitalised word the gazetteer does not know
 * (not a known place, not an abbreviation) in the meeting's clause.
 */
function namesUnknownPlace(text: string, clause: Clause, places: readonly PlaceHit[]): boolean {
  const pattern = /(?<![\p{L}])(?:у|в|во)\s+(\p{Lu}\p{Ll}[\p{L}'’ʼ-]*)/gu;
  for (const m of text.slice(clause.start, clause.end).matchAll(pattern)) {
    const at = clause.start + m.index + m[0].length - m[1]!.length;
    if (!places.some((h) => h.start <= at && at < h.end)) return true;
  }
  return false;
}

/** Index of the first of `spans` (sorted by start) that starts at or after `offset`. */
function firstAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "прийняв Віткоффа", "принял в Кремле американского спецпосланника Уиткоффа": a person
 * within a few words after the verb, or a guest named by a title ("прийняла посла",
 * "принимал делегацию", "приймав тимчасового повіреного"). A venue and a city written first
 * ("принял в загородной резиденции в Сочи посла …") are skipped.
 */
function personRightAfter(text: string, trigger: Span, actors: readonly Mention[], places: readonly PlaceHit[], gazetteer: Gazetteer): boolean {
  if (NOT_A_GUEST.test(text.slice(trigger.end, trigger.end + 30))) return false;
  let from = trigger.end;
  for (const h of places) {
    if (h.start < from || h.start - from > 60) continue;
    if (!h.locative || !/^\s+(?:в|у|во|на)\s[^,.;:!?]*$/u.test(text.slice(from, h.start))) break;
    from = h.end;
  }
  if (GUEST_TITLE.test(text.slice(from, from + 60))) return true;
  return actors.some((m) => m.start >= from && m.start - from <= 60 && !gazetteer.organisations.has(m.actorId) && !/[,.;:!?]/u.test(text.slice(trigger.end, m.start)));
}

/**
 * The guest told first as a pronoun, the host after the verb: "його прийняв Папа", "її
 * прийняла в Анкарі президентка …", "их принял президент Египта". The host is a person named
 * within a few words, or a title of office in the nominative; "його прийняла Рада" (a law
 * adopted) names neither.
 */
function receivedByHost(text: string, trigger: Span, actors: readonly Mention[], gazetteer: Gazetteer): boolean {
  if (!GUEST_BEFORE.test(text.slice(Math.max(0, trigger.start - 16), trigger.start))) return false;
  const after = text.slice(trigger.end, trigger.end + 60);
  if (HOST_TITLE.test(after)) return true;
  return actors.some(
    (m) => m.start >= trigger.end && m.start - trigger.end <= 40 && !gazetteer.organisations.has(m.actorId) && !/[,.;:!?]/u.test(text.slice(trigger.end, m.start)),
  );
}

/** The verbs of receiving (not convening): only they take a guest told before them by "якого/которого". */
const RECEIVING = /^(?:прийн|прийм|прийма|принял|принима|прим)/iu;

/** The guest before the verb: a pronoun, or visitors named by a plural noun ("американцев примет …"). */
const GUEST_BEFORE = /(?<![\p{L}])(?:його|її|їх|его|её|ее|их|гостей|гостя|делегацію|делегацию|американців|американцев|європейців|европейцев|колег|коллег)\s+$/iu;
/** A host by title, after a place or a venue perhaps: "архієпископ", "папа", "президент", "генсек". */
const HOST_TITLE =
  caselessRegExp(String.raw`^\s+(?:(?:у|в|во|на)\s+(?:\p{L}+\s+){1,3})?(?:\p{Ll}[\p{L}-]*(?:ий|ій|ой|ый)\s+)?(?:архієпископ|архиепископ|кардинал|папа|понтифік|понтифик|патріарх|патриарх|президент|прем['’ʼ]?єр-міністр|премьер-министр|прем['’ʼ]?єр|премьер|канцлер|король|королева|емір|эмир|наслідний\s+принц|наследный\s+принц|принц|султан|шейх|міністр|министр|генсек|генеральний\s+секретар|генеральный\s+секретарь|глава|голова|посол|мер|губернатор|спікер|спикер)(?![\p{L}])`);

/** A verb denied right before it: "не зустрічався", "так і не встретились", "ні разу не говорили телефоном". */
const NEGATED = /(?<![\p{L}])(?:не|ні|ни)\s+$/iu;

/**
 * A guest named by a title in the accusative right after "прийняв/принял" (one adjective may come
 * first), in either case: communiqués capitalise titles ("принял Генерального секретаря …"). A
 * venue the gazetteer does not know ("принял в загородной резиденции посла"), a manner
 * ("особисто прийняв") and "both" ("обох голів делегацій") may come between.
 */
const GUEST_TITLE =
  caselessRegExp(String.raw`^\s+(?:(?:у|в|во)\s+(?:[\p{L}-]+\s+){1,2}?)?(?:особисто|лично|офіційно|официально|урочисто|торжественно)?\s*(?:обох|обоих|двох|двух)?\s*(?:\p{L}[\p{L}-]*(?:ого|ього|ую|ю|их|іх|ых)\s+)?(?:тимчасово\p{L}*\s+|временно\p{L}*\s+)?(?:повірен(?:ого|их)|поверенн(?:ого|ых)|посл(?:а|ів|ов)|послів|міністр(?:а|ів)|министр(?:а|ов)|спецпосланц(?:я|ів)|спецпосланник(?:а|ов)|посланник(?:а|ів|ов)|спецпредставник(?:а|ів)|спецпредставител(?:я|ей)|представник(?:а|ів)|представител(?:я|ей)|делегаці(?:ю|ї)|делегаци(?:ю|и)|глав(?:у|ів)?|голів|голову|прем['’ʼ]?єр\p{L}*|премьер\p{L}*|президент(?:а|ів|ов)|канцлер(?:а|ів|ов)|генсек(?:а|ретаря)|генерального\s+секретаря|держсекретар(?:я)|госсекретар(?:я)|радник(?:а|ів)|советник(?:а|ов)|лідер(?:а|ів)|лидер(?:а|ов)|помічник(?:а|ів)|помощник(?:а|ов)|гост(?:я|ей|ів)|колег(?:у|ів)|коллег(?:у)?)(?![\p{L}])`);

/** What is "adopted", not "received": "прийняв рішення", "принял участие", "приняла закон". */
const NOT_A_GUEST =
  /^\s+(?:рішенн|решени|участ|закон|заяв|декларац|резолюц|документ|постанов|указ|бюджет|мер|санкц|пакет|план|присяг|відставк|отставк|умов|услови|поздравлени|привітанн|вітанн|пропозиц|предложени|до\s+уваги|во\s+внимание|к\s+сведению|на\s+себе)/iu;

/** A paragraph opened by a clock time, as the entries of a live blog are: "09:10", "14.45". */
const TIME_STAMP = /^[\s*_]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,:])/u;

/** Last year named in words: "торік", "минулого року", "в прошлом году". */
const LAST_YEAR =
  /(?<![\p{L}\p{N}])(?:торік|минулого\s+року|у\s+минулому\s+році|в\s+минулому\s+році|в\s+прошлом\s+году|прошлого\s+года|в\s+минувшем\s+году)(?![\p{L}\p{N}])/iu;

/**
 * "Влітку 2025 року", "в 2024 году", "торік" in an article of a later year, with no day
 * named: the meeting is a recollection, and its time is that year only.
 */
function namesEarlierYear(sentence: string, published: IsoDate | null, hasDayDate: boolean): boolean {
  if (!published || hasDayDate) return false;
  if (LAST_YEAR.test(sentence)) return true;
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

/**
 * Where a "reference" word points: a city, region or venue within a few words after it,
 * located there ("досягнутих у Женеві", "обсуждений в Анкоридже") or a city or region
 * right after it in the genitive ("дух Анкориджа"). Places as parties ("домовленостей між
 * Вашингтоном і Москвою") are not where something was agreed.
 */
function referencePlace(text: string, trigger: TriggerMatch, places: readonly PlaceHit[]): PlaceHit | null {
  if (!trigger.spec.needsPlace) return null;
  // "женевські домовленості", "стамбульских договоренностей": a city adjective right before.
  const adjective = places.find((h) => h.via === 'adjective' && h.end <= trigger.start && adjacent(text, h, trigger));
  if (adjective) return adjective;
  for (const h of places) {
    if (h.start < trigger.end || h.start - trigger.end > REFERENCE_DISTANCE) continue;
    if (h.place.kind === 'country' || h.speaker || h.modifier || h.via === 'adjective') continue;
    if (h.locative || (h.place.kind !== 'venue' && adjacent(text, trigger, h))) return h;
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

/**
 * A date for the meeting word: in its clause first, then the nearest in its sentence;
 * relative days are left out when `staleRelative` (a recap of old news).
 */
function chooseDate(
  text: string,
  dates: readonly TextDate[],
  trigger: Span,
  clauses: readonly Clause[],
  staleRelative: boolean,
): TextDate | null {
  const clause = clauseAt(clauses, trigger.start);
  const usable = dates.filter((d) => {
    if (staleRelative && d.kind === 'relative') return false;
    // "Речник заявив у вівторок, що переговори …": a date before the "що"-clause that holds
    // the meeting word is the day of the statement.
    if (clause.subordinate && d.end <= clause.start) return false;
    // "ещё в среду обещавший разговор": the day of a promise or a statement, not the meeting's.
    if (PROMISE_AFTER.test(text.slice(d.end, d.end + 20))) return false;
    // "Станом на 8 травня", "по состоянию на 8 мая": the day the news holds as of.
    if (AS_OF_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start))) return false;
    // A deadline or a starting point is not the meeting's day ("до 25 грудня", "з 1 січня").
    const before = text.slice(Math.max(0, d.start - 16), d.start);
    if (d.date === d.endDate && /(?:^|[^\p{L}])(?:до|к|з|із|с|со|від|от|після|после|перед|починаючи\s+з|начиная\s+с)\s+$/iu.test(before)) {
      // "третій раунд … з 8 грудня": a meeting named before "з + day" starts that day.
      // Not the day it was moved from ("перенесенный с 16 декабря", "переносили з 14 червня").
      const startsThen =
        d.start > trigger.end &&
        /(?:^|[^\p{L}])(?:з|із|с|со)\s+$/iu.test(before) &&
        !MOVED_FROM.test(text.slice(Math.max(0, d.start - 30), d.start)) &&
        !/^\s*(?:по|до)\s/iu.test(text.slice(d.end, d.end + 5));
      if (!startsThen) return false;
    }
    return true;
  });
  // "планувалися на середу, відбулися в четвер": the day it took place, not the one planned.
  // "мали відбутися 3 березня, тепер уже заплановано на 10 березня": the day it was moved to.
  if (usable.length > 1 && usable.some((d) => HELD_BEFORE.test(text.slice(Math.max(0, d.start - 25), d.start)) || MOVED_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)))) {
    const kept = usable.filter(
      (d) => !PLANNED_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)) || MOVED_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)),
    );
    if (kept.length > 0) usable.splice(0, usable.length, ...kept);
  }
  const inClause = usable.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const pool = inClause.length > 0 ? inClause : usable;
  let best: TextDate | null = null;
  for (const d of pool) if (!best || distance(d, trigger) < distance(best, trigger)) best = d;
  return best;
}

const MOVED_FROM = /(?:перен[оеі]с|відкла|відклад|отлож|отклад)\p{L}*\s+(?:\p{L}+\s+)?(?:з|із|с|со)\s+$/iu;

/** A participle or verb of promising or saying right after a date ("в понедельник обещавший"). */
const PROMISE_AFTER =
  /^\s+(?:обещавш\p{L}*|пообещавш\p{L}*|обіцяв\p{L}*|пообіцяв\p{L}*|заявивш\p{L}*|заявлявш\p{L}*|обещал[аи]?|пообещал[аи]?|заяви(?:в|ла|ли|л))(?![\p{L}])/iu;

/** A verb of taking place right before a date: "прошли во вторник", "відбулася в середу". */
const HELD_BEFORE =
  /(?<![\p{L}])(?:прошл[аио]|прош[её]л|пройшл[аио]|пройшов|відбул(?:ася|ися|ось|ся)|відбувся|состоял(?:ась|ись|ось|ся)|провели|провів|провел[аи]?)\s+(?:\p{Ll}+\s+)?$/u;
/**
 * A plan right before a date: "планировались на понедельник", "спочатку планували на 3
 * травня", "мали відбутися 3 березня", "должна была пройти в субботу".
 */
const PLANNED_BEFORE =
  /(?<![\p{L}])(?:планува\p{L}*|планирова\p{L}*|намічал\p{L}*|намечал\p{L}*|заплановані?\p{L}*|запланирован\p{L}*|(?:мав|мала|мало|мали|повин(?:ен|на|но|ні)\s+бул[аои]?|повинен\s+був|должен\s+был|должн[аоы]\s+был[аои]?)\s+(?:відбутися|пройти|состояться|відбуватися|проходить|начаться|розпочатися|початися))\s+(?:провести\s+)?(?:(?:на|в|у)\s+)?$/iu;
/**
 * The day a meeting is now set for, told against the one it was to take place on ("мали
 * відбутися 3 березня, тепер уже заплановано на 10 березня", "теперь назначен на субботу"): the
 * new day. A meeting told as put off ("отложена до 10 марта") keeps its original day.
 */
const MOVED_BEFORE =
  caselessRegExp(String.raw`(?<![\p{L}])(?:тепер|теперь|нині|ныне|відтепер|отныне)\s+(?:\p{Ll}+\s+)?(?:призначен\p{L}*|назначен\p{L}*|заплановано|запланирован\p{L}*|намічено|намечен\p{L}*)\s+(?:\p{Ll}+\s+)?на\s+$`);

interface Doubt {
  /** A possibility in the indicative ("може відбутися", "могут встретиться"). */
  tentative: boolean;
  /** Another marker: offered, wished, possible, denied, conditional. */
  other: boolean;
  /** A condition ("якщо", "если", "у разі"). */
  conditional: boolean;
}

/**
 * Markers that make the meeting word hypothetical: before it in its clause, right after it
 * ("зустріч можлива"), or a denied plan anywhere after it in the clause ("тристоронню
 * зустріч … наразі не обговорюють").
 */
function hypothetical(text: string, clause: Clause, trigger: TriggerMatch, sentenceEnd: number): Doubt {
  const doubt: Doubt = { tentative: false, other: false, conditional: false };
  const from = Math.max(clause.start, trigger.start - 80);
  const near = text.slice(from, Math.min(clause.end, trigger.end + 25));
  const rest = text.slice(trigger.end, Math.min(clause.end, trigger.end + 120));
  const modal = MODAL_PLAN.exec(near);
  if (modal) doubt.tentative = true;
  for (const match of near.matchAll(HYPOTHETICAL_ALL)) {
    if (modal && match.index >= modal.index && match.index < modal.index + modal[0].length) continue;
    // "обговорили можливу поїздку", "обсудили возможный визит": the topic, not the meeting.
    if (from + match.index > trigger.end && TOPIC_BEFORE.test(near.slice(0, match.index))) continue;
    // "позвонил Путину и предложил Стамбул": a second act joined to a told one is its own.
    if (trigger.spec.pos === 'verb' && from + match.index > trigger.end && COORDINATED_ACT.test(text.slice(trigger.end, from + match.index))) continue;
    // "імовірно, пройде в грудні", "вероятно, в Хельсинки": a plan hedged, not a wish; it
    // stands when a day or a near time pins it, as "може відбутися" does.
    if (PROBABLY.test(match[0])) {
      doubt.tentative = true;
      continue;
    }
    doubt.other = true;
    if (CONDITIONAL.test(match[0])) doubt.conditional = true;
  }
  // "не виключив, що …", "хочет, чтобы …": a clause governed by a word of possibility or wish
  // is as doubtful as one holding it.
  if (clause.subordinate && GOVERNED_BY_HYPOTHETICAL.test(text.slice(Math.max(0, clause.start - 40), clause.start))) doubt.other = true;
  if (hasSubjunctive(text, from, from + near.length)) {
    doubt.other = true;
    doubt.conditional = true;
  }
  if (NO_PREPARATION_BEFORE.test(text.slice(Math.max(clause.start, trigger.start - 60), trigger.start))) doubt.other = true;
  else if (trigger.spec.pos === 'noun' && NOT_ANNOUNCED_AFTER.test(text.slice(trigger.end, Math.min(clause.end, trigger.end + 60)))) doubt.other = true;
  else if (DENIED_PLAN.test(rest) || NOTHING_SET.test(text.slice(trigger.end, Math.min(sentenceEnd, trigger.end + 200)))) doubt.other = true;
  else if (ABOUT_BEFORE.test(text.slice(Math.max(clause.start, trigger.start - 30), trigger.start)) && DENIED_PLAN.test(text.slice(trigger.end, Math.min(sentenceEnd, trigger.end + 160)))) {
    doubt.other = true;
  }
  return doubt;
}

/**
 * The subjunctive particle in the meeting's clause ("зустрілися б", "встретились бы",
 * "якби вони … зустрілися"): imagined, not told. Lower case only, so an initial "Б." is no
 * particle; "хотя бы", "хоча б" mean "at least" and leave the meeting real.
 */
const SUBJUNCTIVE = /(?<![\p{L}\p{N}'’ʼ-])(?<!(?:хотя|хоть|хоча|хоч)\s+)(?:бы|би|б)(?![\p{L}\p{N}'’ʼ-])/u;

/** Read a few letters either side of the window, so a window cut inside a word ("б|ув") finds no particle. */
function hasSubjunctive(text: string, from: number, to: number): boolean {
  const start = Math.max(0, from - 3);
  const m = SUBJUNCTIVE.exec(text.slice(start, to + 3));
  return m !== null && m.index >= from - start && m.index < to - start;
}
const HYPOTHETICAL_ALL = new RegExp(HYPOTHETICAL.source, 'giu');
const GOVERNED_BY_HYPOTHETICAL = new RegExp(`(?:${HYPOTHETICAL.source})[\\s,«"„“]*$`, 'iu');
const INITIALLY = /(?<![\p{L}])(?:изначально|первоначально|початково|первісно)(?![\p{L}])/iu;
const PROBABLY = /^(?:ймовірно|імовірно|вероятно|ймовірніше\s+за\s+все|найімовірніше|вероятнее\s+всего|скорее\s+всего)$/iu;
/** A coordinating conjunction (and an adverb or two) between a verb and the next one. */
const COORDINATED_ACT = /\s(?:и|і|й|та)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const TOPIC_BEFORE = /(?<![\p{L}])(?:про|о|об|щодо|по|относительно|стосовно)\s+$/iu;

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
 * Where a sequenced event's phrase ends: after the meeting nouns it chains ("раунду
 * тристоронніх переговорів"), a quoted name («коаліції охочих»), an abbreviation (НАТО),
 * "з/у + capitalised words" (з Трампом, у Женеві), a day ("15 серпня") and a relative
 * clause about it (", де Путін зустрівся з Трампом").
 */
function segmentEnd(
  text: string,
  sentence: Sentence,
  from: number,
  triggers: readonly TriggerMatch[],
  places: readonly PlaceHit[],
): number {
  let end = from;
  const rest = () => text.slice(end, sentence.end);
  for (const t of triggers) {
    if (t.start < end) continue;
    if (t.spec.pos !== 'noun' || !GENITIVE_PLURAL.test(t.text) || !CHAIN_GAP.test(text.slice(end, t.start))) break;
    end = t.end;
  }
  const quoted = /^\s*(?:[\p{L}-]+\s+)?[«"„“][^«»"„“”]{1,60}[»"“”]/u.exec(rest());
  if (quoted) end += quoted[0].length;
  const caps = /^\s+(?:\p{Lu}{2,}|G\d+)(?![\p{L}\p{N}])/u.exec(rest());
  if (!quoted && caps) end += caps[0].length;
  // "у Римі", "з Дональдом Трампом": a place ends where its name ends (the next capitalised
  // word is the sentence's subject: "у Римі Зеленський зустрівся"), a person after two words.
  const object = /^\s+(?:з|із|зі|с|со|у|в|во|між|между)\s+(?=\p{Lu})/u.exec(rest());
  const named = object ? places.find((h) => h.start === end + object[0].length) : undefined;
  if (named) end = named.end;
  else if (object) end += /^\s+\S+\s+[\p{Lu}][\p{L}'’ʼ-]*(?:\s+[\p{Lu}][\p{L}'’ʼ-]*)?/u.exec(rest())![0].length;
  else end = complementPlaceEnd(text, end, places) ?? end;
  const day = /^\s+\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s+\p{L}+\.?(?:\s+\d{4}(?:\s*(?:року|года|р\.|г\.))?)?/u.exec(rest());
  if (day) end += day[0].length;
  const relative = RELATIVE_AFTER.exec(rest());
  if (relative) end += relative[0].length;
  return end;
}

/**
 * "переговорів делегацій України та Росії в Стамбулі": the place after the meeting noun's
 * genitive complement is still the meeting's. Only oblique lower-case words, conjunctions,
 * prepositions of parties and place names may stand between; the end of that place, or null.
 */
function complementPlaceEnd(text: string, from: number, places: readonly PlaceHit[]): number | null {
  for (const h of places) {
    if (h.start <= from) continue;
    if (h.start - from > 80) return null;
    if (!h.locative || h.speaker || h.modifier) continue;
    const gap = text.slice(from, h.start);
    const preposition = /\s(?:у|в|во|на)\s+$/iu.exec(gap);
    if (!preposition) return null;
    for (const word of gap.slice(0, preposition.index).matchAll(/[\p{L}'’ʼ-]+/gu)) {
      const at = from + word.index;
      const named = places.some((p) => p.start <= at && at < p.end);
      if (!named && !COMPLEMENT_WORD.test(word[0])) return null;
    }
    if (/[,.;:!?«»"()–—]/u.test(gap)) return null;
    return h.end;
  }
  return null;
}

const COMPLEMENT_WORD =
  /^(?:\p{Ll}[\p{L}'’ʼ-]*(?:ів|ій|их|іх|ей|ого|ього|ої|ов|ых|ий|ий|ій|ии|ії)|і|й|та|и|з|із|зі|с|со|між|между)$/u;

/** A meeting noun in the genitive plural, chained after another ("раунду переговорів"). */
const GENITIVE_PLURAL = /(?:ів|ов|ин|ій|ей)$/u;
/** At most two lower-case modifiers between chained meeting nouns. */
const CHAIN_GAP = /^\s+(?:\p{Ll}[\p{L}'’ʼ-]*\s+){0,2}$/u;
/** A relative clause right after a noun phrase, up to the next comma, semicolon or dash. */
const RELATIVE_AFTER =
  /^\s*,\s*(?:де|где|коли|когда|на\s+(?:якому|якій|котором|которой)|в\s+ходе\s+котор\p{L}*|під\s+час\s+як\p{L}*|во\s+время\s+котор\p{L}*|як(?:ий|а|е|і|ого|ої|их|ому|ій)|котор\p{L}*)(?![\p{L}])[^,;–—]*/iu;

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
const ROUND_WORD = /(?<![\p{L}])раунд/iu;

function resolveReferences(drafts: Draft[], gazetteer: Gazetteer): boolean {
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
const OPENED = /(?<![\p{L}])(?:почал\p{L}*|розпочал\p{L}*|розпоча(?:вся|лася|лись|лися)|почався|стартува\p{L}*|стартовал\p{L}*|начал(?:ся|ась|ись)|начавш\p{L}*|открыл(?:ся|ась|ись)|открывш\p{L}*|відкри(?:вся|лася|лися|лись)|відкрил\p{L}*)(?![\p{L}])/iu;

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
function setApartOtherMonths(drafts: readonly Draft[]): void {
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
function resolveSequence(drafts: Draft[]): boolean {
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

function shiftDate(date: IsoDate, days: number): IsoDate {
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
