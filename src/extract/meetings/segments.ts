/**
 * Cutting a sentence into the events it names: a meeting inside a phrase of sequence,
 * starting point or topic ("після саміту", "з часу переговорів"), one of the same day or the
 * next ("того ж дня", "наступного дня"), one with its verb left out ("а назавтра — з …"), a
 * replacement ("Натомість …") and one joined by a conjunction ("…, а Сибіга ввечері …").
 */
import type { Sentence } from '../../text/sentences.ts';
import type { Draft, Sequence, Span } from './draft.ts';
import type { PlaceHit } from './gazetteer.ts';
import { SEQUENCE_BEFORE, SIDELINES, type TriggerMatch } from './vocabulary.ts';

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

export function conjoinedSplit(text: string, triggers: readonly TriggerMatch[]): { index: number; at: number } | null {
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

/**
 * "Натомість", "Замість цього", "Вместо этого", "Взамен" opening a sentence right after a
 * meeting called off or put off: the meeting told is its replacement, on the same day.
 */
const REPLACEMENT_OPENER = /^[\s«"„“'–—-]*(?:натомість|замість\s+цього|вместо\s+этого|взамен)(?![\p{L}])/iu;

export function replacementLink(sentence: Sentence, previous: Draft | null): { start: number; days: Sequence } | null {
  if (!previous || (previous.status !== 'cancelled' && previous.status !== 'postponed')) return null;
  return REPLACEMENT_OPENER.test(sentence.text) ? { start: sentence.start, days: 'same' } : null;
}

/**
 * After the link ("а наступного дня — з Рубіо", "а на следующий день — с Рубио"): a dash
 * and "з/с" + a capitalised name, with no verb of its own. The offset of "з/с", or null.
 */
const ELLIPSIS = /^[^.;:!?]{0,40}?\s[–—-]\s+((?:з|із|зі|с|со)\s+\p{Lu})/u;

export function ellipticalAfter(text: string, sentence: Sentence, from: number): number | null {
  const match = ELLIPSIS.exec(text.slice(from, sentence.end));
  return match ? from + match.index + match[0].length - match[1]!.length : null;
}

/**
 * "того ж дня/вечора", "в тот же день", "тем же вечером" (the same day as the meeting told
 * before), "перед ним/цим/этим" (right before it) and "наступного дня", "на следующий
 * день", "назавтра" (the day after it): where the phrase starts (with the conjunction
 * before it) and how the meeting stands to that one.
 */
const SAME_DAY =
  /(?<![\p{L}])(?:(?:а|і|и|й|але|но)\s+)?(?:(?:пізніше|згодом|потім|позже|позднее|затем)\s+)?(?:того\s+ж(?:е)?\s+(?:дня|вечора|вечера|ранку|утра)|того\s+самого\s+дня|в\s+(?:той|тот)\s+же\s+(?:день|вечер)|тем\s+же\s+(?:вечером|утром)|(перед)\s+(?:ним|нею|ней|цим|этим)|(наступного\s+дня|на\s+(?:наступний|другий|следующий|другой)\s+день|следующим\s+днем|назавтра|дн[её]м\s+(?:позже|позднее|пізніше)|через\s+день)|(дн[её]м\s+(?:ранее|раньше|раніше)|за\s+(?:день|добу|сутки)\s+до\s+(?:того|этого|цього|старту|початку|відкриття|старта|начала|открытия)(?!\s+(?:\p{L}+\s+)?(?:переговор|перемовин|раунд|зустріч|встреч|саміт|саммит|консультац|засідан|заседан))))(?![\p{L}])/iu;

export function sameDayLink(sentence: Sentence): { start: number; days: Sequence } | null {
  const match = SAME_DAY.exec(sentence.text);
  return match ? { start: sentence.start + match.index, days: match[1] ? 'before' : match[2] ? 'next' : match[3] ? 'eve' : 'same' } : null;
}

/** See `EventSpan.days` (draft.ts). */
const SIDELINES_FIRST = new RegExp(`^(?:${SIDELINES})(?![\\p{L}])`, 'iu');

export function sequenceDays(phrase: string): Sequence | null {
  if (/^(?:напередодні|накануне|за\s+(?:день|добу|сутки)\s+до)(?![\p{L}])/iu.test(phrase)) return 'eve';
  if (/^перед(?![\p{L}])/iu.test(phrase)) return 'before';
  if (SIDELINES_FIRST.test(phrase)) return 'same';
  if (/^(?:після|после|по\s+окончании|по\s+завершении)(?![\p{L}])/iu.test(phrase)) return 'after';
  return null;
}

/** "після саміту": the offset where the sequencing preposition starts, or null. */
export function sequenceStart(text: string, sentence: Sentence, trigger: TriggerMatch): number | null {
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
export function segmentEnd(
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

export function complement(sentence: Sentence, cuts: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.start > start) out.push({ start, end: cut.start });
    start = Math.max(start, cut.end);
  }
  if (start < sentence.end) out.push({ start, end: sentence.end });
  return out;
}
