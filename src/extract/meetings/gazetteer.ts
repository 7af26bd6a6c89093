/**
 * The gazetteer: every inflected form of every place in `knowledge/places.yaml`, folded
 * (Київ/Киев, Женеві/Женеве) and matched longest first over the words of a text, with the
 * `within` chain kept so that Mar-a-Lago counts as in Florida and in the United States.
 *
 * Besides names it finds a place written as "у столиці Франції" (the capital), a landmark
 * ("у Білому домі", "в Кремле"), and a city adjective beside a meeting word ("женевські
 * переговори", "стамбульских переговоров"). Each hit says whether a locative preposition
 * governs it ("у Женеві", "во Флориде"): only such hits locate a meeting.
 */
import type { Place } from '../../knowledge/schema.ts';
import { foldCyrillic, type Token } from '../../text/fold.ts';

export interface GazetteerPlace {
  name: string;
  kind: Place['kind'];
  /** English names of the places this one lies in, nearest first. */
  ancestors: readonly string[];
}

export interface Gazetteer {
  /** Folded forms (words joined by one space) → place. */
  readonly forms: ReadonlyMap<string, { place: GazetteerPlace; capital: readonly boolean[] }>;
  readonly maxWords: number;
  /** English name → place. */
  readonly places: ReadonlyMap<string, GazetteerPlace>;
  /** Folded adjective stems ("женевськ" → "женевск") → city. */
  readonly adjectives: ReadonlyMap<string, GazetteerPlace>;
}

/** A place written in a text. Offsets are into the text; token indices into its tokens. */
export interface PlaceHit {
  place: GazetteerPlace;
  start: number;
  end: number;
  first: number;
  last: number;
  via: 'name' | 'adjective' | 'capital' | 'landmark';
  /** Governed by a locative preposition ("у Женеві", "в столице Франции", "в Кремле"). */
  locative: boolean;
  /** Where someone speaks from ("В Кремле заявили"), not where a meeting is. */
  speaker: boolean;
  /** Part of a phrase about something else ("війни в Україні", "мир в Украине"). */
  modifier: boolean;
}

/** Capitals, by the English names of `places.yaml`; used only when both are in the gazetteer. */
const CAPITALS: Readonly<Record<string, string>> = {
  Ukraine: 'Kyiv',
  Russia: 'Moscow',
  'United States': 'Washington',
  France: 'Paris',
  'United Kingdom': 'London',
  Germany: 'Berlin',
  Italy: 'Rome',
  Poland: 'Warsaw',
  Hungary: 'Budapest',
  Finland: 'Helsinki',
  Switzerland: 'Bern',
  Belgium: 'Brussels',
  Belarus: 'Minsk',
  Turkey: 'Ankara',
  'Saudi Arabia': 'Riyadh',
  'United Arab Emirates': 'Abu Dhabi',
  Qatar: 'Doha',
  Canada: 'Ottawa',
};

/** Landmarks that stand for their city after a locative preposition. */
const LANDMARKS: readonly { pattern: string; city: string }[] = [
  { pattern: 'Білому\\s+домі|Белом\\s+доме|Овальному\\s+кабінеті|Овальном\\s+кабинете', city: 'Washington' },
  { pattern: 'Кремлі|Кремле', city: 'Moscow' },
  { pattern: 'Даунінг-стріт|Даунинг-стрит', city: 'London' },
  { pattern: 'Єлисейському\\s+палаці|Елисейском\\s+дворце', city: 'Paris' },
  { pattern: 'Банковій|Банковой|Маріїнському\\s+палаці|Мариинском\\s+дворце', city: 'Kyiv' },
];

/** City adjectives that do not follow the regular "stem + ськ/ск" pattern (folded). */
const IRREGULAR_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  Moscow: ['московск'],
  Paris: ['паризк', 'парижск'],
  Kyiv: ['киивск', 'киевск'],
  'Saint Petersburg': ['петербургск'],
  Rome: ['римск'],
  Riyadh: ['ериядск', 'эр-риядск', 'ер-риядск'],
  'Abu Dhabi': ['абу-дабийск'],
};

/** Adjective endings, folded like the words they are compared with (і, ы → и; ї → и). */
const ADJECTIVE_ENDING = /^(?:ий|ого|ому|им|а|ои|у|ою|е|и|их|ими|ая|ой|ую|ом|ие|ое)$/u;

/**
 * Bodies that always sit in one city: a session of one is there unless the text says
 * otherwise ("засідання Радбезу РФ"). Actor ids of `organisations.yaml` → place names.
 */
export const SEATS: Readonly<Record<string, string>> = {
  'security-council-of-russia': 'Moscow',
  'verkhovna-rada': 'Kyiv',
  'nsdc-of-ukraine': 'Kyiv',
  'un-security-council': 'New York',
};

export function buildGazetteer(places: readonly Place[]): Gazetteer {
  const withinOf = new Map(places.map((p) => [p.name, p.within ?? null]));
  const ancestorsOf = (name: string): string[] => {
    const chain: string[] = [];
    let next = withinOf.get(name) ?? null;
    while (next !== null && !chain.includes(next) && next !== name) {
      chain.push(next);
      next = withinOf.get(next) ?? null;
    }
    return chain;
  };
  const byName = new Map<string, GazetteerPlace>();
  for (const place of places) byName.set(place.name, { name: place.name, kind: place.kind, ancestors: ancestorsOf(place.name) });

  const forms = new Map<string, { place: GazetteerPlace; capital: boolean[] }>();
  let maxWords = 1;
  const adjectives = new Map<string, GazetteerPlace>();
  for (const place of places) {
    const entry = byName.get(place.name)!;
    for (const form of [...place.uk, ...place.ru]) {
      const words = form.trim().split(/\s+/u);
      const key = words.map(foldCyrillic).join(' ');
      if (!forms.has(key)) forms.set(key, { place: entry, capital: words.map((w) => /^\p{Lu}/u.test(w)) });
      maxWords = Math.max(maxWords, words.length);
    }
    if (place.kind === 'city') {
      for (const stem of adjectiveStems(place)) if (!adjectives.has(stem)) adjectives.set(stem, entry);
    }
  }
  return { forms, maxWords, places: byName, adjectives };
}

/** "Женева" → "женевск", "Стамбул" → "стамбулск" (ь is folded away), plus irregular ones. */
function adjectiveStems(place: Place): string[] {
  const stems = new Set<string>(IRREGULAR_ADJECTIVES[place.name] ?? []);
  for (const nominative of [place.uk[0], place.ru[0]]) {
    if (!nominative || /\s/u.test(nominative)) continue;
    const base = foldCyrillic(nominative).replace(/[аяо]$/u, '');
    if (base.length >= 3) stems.add(`${base}ск`);
  }
  return [...stems];
}

/** The English names a place lies in, nearest first (empty when unknown). */
export function ancestorsOf(gazetteer: Gazetteer | null, name: string): readonly string[] {
  return gazetteer?.places.get(name)?.ancestors ?? [];
}

/** Same place, or one lies in the other. */
export function placesCompatible(gazetteer: Gazetteer | null, a: string, b: string): boolean {
  return a === b || ancestorsOf(gazetteer, a).includes(b) || ancestorsOf(gazetteer, b).includes(a);
}

/** The more specific of two compatible places (Mar-a-Lago over Florida). */
export function moreSpecific(gazetteer: Gazetteer | null, a: string, b: string): string {
  if (ancestorsOf(gazetteer, b).includes(a)) return b;
  return a;
}

const LOCATIVE_PREPOSITIONS = new Set(['у', 'в', 'во', 'на', 'під', 'біля', 'под', 'около', 'поблизу', 'поруч', 'неподалік', 'недалеко']);
/** "до Москви" locates a meeting only after a word of travel: "прилетів до Москви", "візит до Вашингтона". */
const MOTION_PREPOSITIONS = new Set(['до', 'к']);
const MOTION =
  /^(?:прилет|прилеті|прибу|приїх|приїд|вируш|поїх|поїд|відправ|відвіда|візит|поїздк|прибыл|приех|приед|отправ|поезд|визит|вылет|вилет|летит|летить|полет|полеті)/iu;
const CONJUNCTIONS = new Set(['і', 'й', 'та', 'и', 'або', 'или']);
const CAPITAL_WORD = /^столиц(?:я|і|ю|ею|а|е|у|ей)$/iu;
/** A noun before "в/у" that makes the place part of another phrase. */
const CONTEXT_NOUN =
  /^(?:війн|войн|мир|конфлікт|конфликт|ситуаці|ситуаци|вогню|огня|врегулюван|урегулирован|агресі|агресси|бойов|боев|фронт|окупац|оккупац|жител|мешканц|людей|народ|посольств|посол|посл|представництв|представительств|операці|операци|наступ|обстріл|обстрел|удар|виборах|выборах|влад|власт)/iu;
const SPEECH_AFTER =
  /^(?:заяви|заявля|повідоми|повідомля|сообщи|сообща|сказа|вважа|счита|наголоси|отмети|підтверди|подтверди|відпові|ответи|прокоментува|прокомментирова|зазначи|поясни|розпові|рассказа|допуска|не|уже|вже|також|также|ще|еще|ещё|офіційно|официально)/iu;
const SPEECH_VERB = /^(?:заяви|заявля|повідоми|повідомля|сообщи|сообща|сказа|вважа|счита|наголоси|отмети|підтверди|подтверди|відпові|ответи|прокоментува|прокомментирова|зазначи|поясни|розпові|рассказа|допуска|виключа|исключа)/iu;

const LANDMARK_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:у|в|во|на)\\s+(?:${LANDMARKS.map((l, i) => `(?<l${i}>${l.pattern})`).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * Places written in `text` (whose words are `tokens`), longest forms first, in order.
 * Only hits whose words are capitalised as in the gazetteer count.
 */
export function findPlaces(text: string, tokens: readonly Token[], gazetteer: Gazetteer): PlaceHit[] {
  const hits: PlaceHit[] = [];
  const folded = tokens.map((t) => foldCyrillic(t.text));
  for (let i = 0; i < tokens.length; i++) {
    let found: PlaceHit | null = null;
    for (let n = Math.min(gazetteer.maxWords, tokens.length - i); n >= 1 && !found; n--) {
      if (n > 1 && !spacedOnly(text, tokens, i, i + n - 1)) continue;
      const entry = gazetteer.forms.get(folded.slice(i, i + n).join(' '));
      if (!entry) continue;
      const capitalOk = entry.capital.every((cap, k) => !cap || /^\p{Lu}/u.test(tokens[i + k]!.text));
      if (!capitalOk) continue;
      found = hit(entry.place, tokens, i, i + n - 1, 'name');
    }
    if (!found) {
      const adjective = adjectiveAt(folded[i]!, gazetteer);
      if (adjective) found = hit(adjective, tokens, i, i, 'adjective');
    }
    if (found) {
      hits.push(found);
      i = found.last;
    }
  }
  // "у столиці Франції": the capital, located by the preposition before "столиці".
  for (const h of hits) {
    if (h.via !== 'name' || h.place.kind !== 'country') continue;
    const before = tokens[h.first - 1];
    if (!before || !CAPITAL_WORD.test(before.text)) continue;
    const capital = gazetteer.places.get(CAPITALS[h.place.name] ?? '');
    if (!capital) continue;
    h.place = capital;
    h.via = 'capital';
    h.first -= 1;
    h.start = before.start;
  }
  for (const h of hits) {
    if (h.via === 'adjective') continue;
    markContext(h, hits, tokens, folded);
  }
  for (const match of text.matchAll(LANDMARK_RE)) {
    const index = Object.entries(match.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    const landmark = index ? LANDMARKS[Number(index.slice(1))] : undefined;
    const city = landmark ? gazetteer.places.get(landmark.city) : undefined;
    if (!city) continue;
    const start = match.index;
    const end = start + match[0].length;
    const first = tokens.findIndex((t) => t.end > start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    if (first < 0) continue;
    const h: PlaceHit = { place: city, start, end, first, last, via: 'landmark', locative: true, speaker: false, modifier: false };
    h.speaker = speaksAfter(tokens, last);
    hits.push(h);
  }
  return hits.sort((a, b) => a.start - b.start);
}

function hit(place: GazetteerPlace, tokens: readonly Token[], first: number, last: number, via: PlaceHit['via']): PlaceHit {
  return { place, start: tokens[first]!.start, end: tokens[last]!.end, first, last, via, locative: false, speaker: false, modifier: false };
}

function spacedOnly(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    if (!/^\s+$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
  }
  return true;
}

function adjectiveAt(word: string, gazetteer: Gazetteer): GazetteerPlace | null {
  for (let cut = Math.min(word.length - 1, 16); cut >= 4; cut--) {
    const stem = word.slice(0, cut);
    const place = gazetteer.adjectives.get(stem);
    if (place && ADJECTIVE_ENDING.test(word.slice(cut))) return place;
  }
  return null;
}

/** Sets `locative`, `speaker` and `modifier` from the words around a hit. */
function markContext(h: PlaceHit, hits: readonly PlaceHit[], tokens: readonly Token[], folded: readonly string[]): void {
  let j = h.first - 1;
  let skipped = 0;
  while (j >= 0 && skipped <= 2) {
    const word = folded[j]!;
    if (LOCATIVE_PREPOSITIONS.has(word) || (MOTION_PREPOSITIONS.has(word) && j > 0 && MOTION.test(tokens[j - 1]!.text))) {
      h.locative = true;
      const noun = tokens[j - 1];
      if (noun && CONTEXT_NOUN.test(noun.text)) h.modifier = true;
      break;
    }
    if (CONJUNCTIONS.has(word)) {
      const previous = hits.find((other) => other.last === j - 1);
      if (previous) {
        h.locative = previous.locative;
        h.modifier = previous.modifier;
      }
      break;
    }
    // Venue nouns and adjectives between the preposition and the name: "у резиденції Мар-а-Лаго".
    if (/^\p{Ll}/u.test(tokens[j]!.text) && !SPEECH_VERB.test(tokens[j]!.text)) {
      skipped++;
      j--;
      continue;
    }
    break;
  }
  h.speaker = h.locative && speaksAfter(tokens, h.last);
}

/** "В Кремле заявили", "У Вашингтоні вже підтвердили": the words after say someone speaks. */
function speaksAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
    const word = tokens[k]!.text;
    if (SPEECH_VERB.test(word)) return true;
    if (!SPEECH_AFTER.test(word)) return false;
  }
  return false;
}
