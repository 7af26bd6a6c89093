/**
 * Steps that look beyond the sentence being read: a meeting held later than planned, the
 * new date of one put off, a sentence after it giving its days, a trip's destination; and
 * the passes over all drafts once the article is read (delegation lists, destinations,
 * talks going on, the events a mention is told apart from).
 */
import type { Sentence } from '../../text/sentences.ts';
import type { IsoDate, TextDate } from '../../types.ts';
import { dayDiff, eventNumber, root, type Draft } from './draft.ts';
import type { PlaceHit } from './gazetteer.ts';
import { OPENED } from './references.ts';
import { TRAVEL } from './vocabulary.ts';

/**
 * "Раунд, открывшийся вчера в Каире, должен был начаться еще 20 января", "який мав розпочатися
 * ще 20 січня, відкрився вчора": held on the one day, put off from the other, two entries.
 */
export function heldLaterThanPlanned(found: readonly Draft[], sentence: Sentence, dates: readonly TextDate[]): Draft | null {
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
export function datePronounSequel(drafts: readonly Draft[], sentence: Sentence, dates: readonly TextDate[], block: number, published: IsoDate | null): void {
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
export const LASTED =
  /^[\s«"„“'–—-]*(?:(?:дата|дату)\s*[,—–:-](?=\s*\d)|(?:ми|мы)\s+(?:працювали|работали)|(?:вони|они|вона|она|він|он|воно|оно)\s+(?:трива(?:ли|ла|в|ло)|проходи(?:ли|ла|в|ло)|відбува(?:лися|лася|вся)|відбул(?:ися|ася|ося)|відбувся|длил(?:ись|ась|ся|ось)|проходил(?:и|а|о)?|прошл(?:и|а|о)|прош[её]л|состоял(?:ись|ась|ся|ось)))(?![\p{L}])/iu;

/**
 * "Новая дата — 17 ноября", "Новою датою називають 3 лютого", "нову дату призначили на 5
 * травня", "Новий термін — 9 квітня": the day a meeting put off (in this sentence or just
 * before) is now planned for, a meeting of its own beside the postponed one, at the same place
 * with the same people, unless the sentence names a new place too ("…, місце — Стамбул",
 * "место проведения — Женева").
 */
export function newDateOf(drafts: readonly Draft[], sentence: Sentence, dates: readonly TextDate[], places: readonly PlaceHit[], block: number, sentenceKey: number): Draft | null {
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
export function joinContinuations(drafts: readonly Draft[]): void {
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
export function distinctNumbers(d: Draft, events: Map<Draft, number>): { distinctFrom?: number[] } {
  const own = eventNumber(events, root(d));
  const numbers = new Set<number>();
  for (const other of d.distinctFrom) {
    const n = eventNumber(events, root(other));
    if (n !== own) numbers.add(n);
  }
  return numbers.size > 0 ? { distinctFrom: [...numbers].sort((a, b) => a - b) } : {};
}

/** A place someone travels to, for the meetings of the next sentences. */
export interface Destination {
  place: string;
  block: number;
  sentenceKey: number;
  travellers: string[];
}

/**
 * "На следующей неделе в Москву приедет Уиткофф", "делегація вилетіла до Швейцарії": a
 * sentence with no meeting word that sends someone to a place.
 */
export function travelDestination(text: string, sentence: Sentence, places: readonly PlaceHit[]): string | null {
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
export function placeAtDestinations(drafts: readonly Draft[], destinations: readonly Destination[]): void {
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

/** Delegation lists in paragraphs without a meeting word join the nearest meeting before (or after) them. */
export function attachDelegationLists(drafts: Draft[], lists: readonly { block: number; actors: string[]; recap: boolean }[]): void {
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
