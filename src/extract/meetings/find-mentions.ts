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
 *
 * The steps it calls live beside it: headings.ts (datelines and rubrics), segments.ts (the
 * events of one sentence), meeting-place.ts, meeting-date.ts, participants.ts and doubt.ts
 * (what one sentence tells of a meeting), surroundings.ts (what the text around it tells),
 * references.ts (back-references between mentions), draft-passes.ts (steps beyond one
 * sentence) and draft.ts (a mention being built).
 */
import { caselessRegExp } from '../../text/case-insensitive-literals.ts';
import { tokenize } from '../../text/fold.ts';
import { splitSentences, type Sentence } from '../../text/sentences.ts';
import type { BodyBlock, IsoDate, Lang, MeetingKind, MeetingStatus, Mention, TextDate } from '../../types.ts';
import { clauseAt, splitClauses, type Clause } from './clauses.ts';
import { hypothetical } from './doubt.ts';
import {
  attachDelegationLists,
  datePronounSequel,
  distinctNumbers,
  heldLaterThanPlanned,
  joinContinuations,
  newDateOf,
  placeAtDestinations,
  travelDestination,
  type Destination,
} from './draft-passes.ts';
import { adjacent, distance, eventNumber, groupByBlock, overlapsSpan, root, type Draft, type EventSpan, type Sequence, type Span } from './draft.ts';
import { spanFromLength } from './duration.ts';
import { decideFormat, findFormatCues } from './format.ts';
import { findPlaces, seatOf, type Gazetteer, type PlaceHit } from './gazetteer.ts';
import { carriedDate, datelineBlock, joinHeadings, type CarriedHeading } from './headings.ts';
import { chooseDate, monthsBefore, namesEarlierYear } from './meeting-date.ts';
import { choosePlace, hostPlace, namesUnknownPlace, referencePlace, settingSatisfied, visitDestination, whereMet } from './meeting-place.ts';
import { participantsIn, personRightAfter, receivedByHost, RECEIVING } from './participants.ts';
import { findPronounSequels } from './pronoun-sequel.ts';
import { resolveReferences, resolveSequence, setApartOtherMonths } from './references.ts';
import { receivedAsRelative, receivesDelegations } from './relative-guest.ts';
import { complement, conjoinedSplit, ellipticalAfter, replacementLink, sameDayLink, segmentEnd, sequenceDays, sequenceStart } from './segments.ts';
import { decideStatus, findStatusCues } from './status.ts';
import { answerDates, placeThere, settingLinked, settingOf, unattributedQuote, type Setting, type Where } from './surroundings.ts';
import {
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
  namesLastPeriod,
  namesPartOfPeriod,
  namesSides,
  opensDistinct,
  partySpans,
  vagueSpans,
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

/** "Тогда", "Тоді", "В тот день" opening a sentence: the time the sentence before told. */
const THEN_OPENER = /^[\s«"„“'–—-]*(?:тоді|тогда|в\s+той\s+день|в\s+тот\s+день)(?![\p{L}])/iu;

const QUESTION = /\?[\s»"”*_)]*$/u;

/** "Того ж дня", "В тот же день" opening a sentence with no meeting told before it: the day told before. */
const SAME_DAY_OPENER = /^[\s«"„“'–—-]*(?:того\s+ж(?:е)?\s+дня|того\s+самого\s+дня|в\s+(?:той|тот)\s+же\s+день)(?![\p{L}])/iu;

/** A past obligation right before a verb: "должны были", "мали", "повинен був". */
const PAST_OBLIGATION =
  /(?<![\p{L}])(?:мав|мала|мало|мали|повин(?:ен|на|ні)\s+бул[аои]?|повинен\s+був|должен\s+был|должн[аоы]\s+был[аои]?)\s+(?:\p{Ll}+\s+)?$/u;

/** A third-person pronoun, in any case ("він", "у неї", "с ним", "его"). */
const PRONOUN = /(?<![\p{L}])(?:він|вона|вони|нього|неї|них|ним|нею|ними|його|її|їх|он|она|они|него|нее|неё|ним|ней|ними|его|ее|её|их)(?![\p{L}])/iu;

const INITIALLY = /(?<![\p{L}])(?:изначально|первоначально|початково|первісно)(?![\p{L}])/iu;
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

/** A verb denied right before it: "не зустрічався", "так і не встретились", "ні разу не говорили телефоном". */
const NEGATED = /(?<![\p{L}])(?:не|ні|ни)\s+$/iu;

/** A paragraph opened by a clock time, as the entries of a live blog are: "09:10", "14.45". */
const TIME_STAMP = /^[\s*_]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,:])/u;

/** The sentence speaks of a plan (a planned meeting discussed is not a recollection). */
function cuesPlan(scan: BlockScan, sentence: Sentence): boolean {
  return scan.statusCues.some((c) => c.kind === 'planned' && c.start >= sentence.start && c.end <= sentence.end);
}
