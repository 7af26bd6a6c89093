/**
 * What a sentence's surroundings tell its meetings: where the sentence is (`Where`: its
 * block, the meeting told before it, its dateline), the day and place a sentence without a
 * meeting sets for the next one, the place "там" points back to, an answer that dates the
 * talks a question asks about, and a paragraph that is a quotation nobody is said to have said.
 */
import type { Sentence } from '../../text/sentences.ts';
import type { IsoDate, Mention, TextDate } from '../../types.ts';
import { LASTED } from './draft-passes.ts';
import type { Draft, EventSpan, Span } from './draft.ts';
import type { Gazetteer, PlaceHit } from './gazetteer.ts';
import type { Heading } from './headings.ts';
import { THERE } from './vocabulary.ts';

/** Where a sentence is: its block's text, the block's index and the sentence's key. */
export interface Where {
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
export interface Setting {
  date: IsoDate;
  endDate: IsoDate;
  place: string;
  actors: readonly string[];
}

export function settingOf(sentence: Sentence, places: readonly PlaceHit[], dates: readonly TextDate[], actors: readonly Mention[]): Setting | null {
  const hit = places.find((h) => h.start >= sentence.start && h.end <= sentence.end && h.locative && !h.speaker && !h.modifier && h.via === 'name' && h.place.kind !== 'country');
  const day = dates.find((d) => d.start >= sentence.start && d.end <= sentence.end);
  if (!hit || !day) return null;
  return { date: day.date, endDate: day.endDate, place: hit.place.name, actors: actors.map((m) => m.actorId) };
}

/** A third-person pronoun, "там", or the meeting word opening the sentence: it goes on about the setting. */
const SETTING_LINK = /(?<![\p{L}])(?:він|вона|вони|он|она|они|там)(?![\p{L}])/iu;

export function settingLinked(text: string, sentence: Sentence, trigger: Span, participants: readonly string[], setting: Setting): boolean {
  if (participants.some((id) => setting.actors.includes(id))) return true;
  if (/^[\s\p{P}]*$/u.test(text.slice(sentence.start, trigger.start))) return true;
  return SETTING_LINK.test(text.slice(sentence.start, trigger.start));
}

/**
 * "там відбулися консультації": the place named last before "там" in this sentence or the
 * one before it (a city, region, venue or country in any case, not a speaker's place).
 */
export function placeThere(where: Where, sentence: Sentence, event: EventSpan): string | null {
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

/** What follows a question (the rest of its block, else the next block) opens by dating the talks asked about. */
export function answerDates(where: Where, sentence: Sentence): boolean {
  const rest = where.text.slice(sentence.end);
  return LASTED.test(rest.trim() ? rest : where.nextBlock);
}

/**
 * A paragraph that is a quotation and nothing else («Уиткофф тайно встретился …»): a claim a
 * fact-check goes on to weigh, or a pull quote, not what the article tells.
 */
const QUOTED_PARAGRAPH = /^[\s*_>#]*(?:\d{1,2}[.)]\s*)?«[^«»]*(?:«[^«»]*»[^«»]*)*»[\s*_.]*$/u;
/** A line giving who said the quote above it ("— Сергей Лавров, отвечая на вопрос …"): a quote roundup vouches for it. */
const ATTRIBUTION = /^[\s*_]*[—–-]\s*\p{Lu}/u;

export function unattributedQuote(blocks: readonly { text: string }[], block: number): boolean {
  return QUOTED_PARAGRAPH.test(blocks[block]!.text) && !ATTRIBUTION.test(blocks[block + 1]?.text ?? '');
}
