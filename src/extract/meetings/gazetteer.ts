/**
 * The gazetteer: every inflected form of every place in `knowledge/places.yaml`, folded
 * (Київ/Киев, Женеві/Женеве) and matched longest first over the words of a text, with the
 * `within` chain kept so that Mar-a-Lago counts as in Florida and in the United States.
 *
 * Venues are places too: a residence (Мар-а-Лаго) or a seat of government written for the
 * place of a meeting ("у Білому домі", "в Кремле"). Besides names it finds a capital
 * written as "у столиці Франції" (a country's `capital` in `places.yaml`) and a city
 * adjective beside a meeting word ("женевські переговори", "стамбульских переговоров").
 * Each hit says whether a locative preposition governs it ("у Женеві", "во Флориде"):
 * only such hits locate a meeting. Organisations' `seat`s say where a body's session is.
 */
import type { KnownActor, Place } from '../../knowledge/schema.ts';
import { foldCyrillic, type Token } from '../../text/fold.ts';
import type { PlaceUk } from './titles.ts';

export interface GazetteerPlace {
  name: string;
  kind: Place['kind'];
  /** English names of the places this one lies in, nearest first. */
  ancestors: readonly string[];
  /** A country's capital (English name), when the knowledge base gives one. */
  capital?: string;
  /** Ukrainian name and "у Женеві" (`ukIn`), for Ukrainian meeting titles. */
  uk?: PlaceUk;
}

export interface Gazetteer {
  /** Folded forms (words joined by one space) → place. */
  readonly forms: ReadonlyMap<string, { place: GazetteerPlace; capital: readonly boolean[] }>;
  readonly maxWords: number;
  /** English name → place. */
  readonly places: ReadonlyMap<string, GazetteerPlace>;
  /** Folded adjective stems ("женевськ" → "женевск") → city. */
  readonly adjectives: ReadonlyMap<string, GazetteerPlace>;
  /** Organisation id → English name of the place it sits in (`seat` in `organisations.yaml`). */
  readonly seats: ReadonlyMap<string, string>;
  /** Ids of the organisations among the actors: a body is no host receiving a guest. */
  readonly organisations: ReadonlySet<string>;
}

/** A place written in a text. Offsets are into the text; token indices into its tokens. */
export interface PlaceHit {
  place: GazetteerPlace;
  start: number;
  end: number;
  first: number;
  last: number;
  via: 'name' | 'adjective' | 'capital';
  /** Governed by a locative preposition ("у Женеві", "в столице Франции", "в Кремле"). */
  locative: boolean;
  /** Where someone speaks from ("В Кремле заявили"), not where a meeting is. */
  speaker: boolean;
  /** Part of a phrase about something else ("війни в Україні", "мир в Украине"). */
  modifier: boolean;
}

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
 * The gazetteer of `places`; `actors` (optional) give the organisations' seats. Seats and
 * capitals naming no place of `places` are left out (the loader reports them).
 */
export function buildGazetteer(places: readonly Place[], actors: readonly KnownActor[] = []): Gazetteer {
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
  for (const place of places) {
    const entry: GazetteerPlace = { name: place.name, kind: place.kind, ancestors: ancestorsOf(place.name) };
    if (place.capital !== undefined) entry.capital = place.capital;
    entry.uk = { name: place.uk[0]!, in: place.ukIn ?? null };
    byName.set(place.name, entry);
  }
  const seats = new Map<string, string>();
  const organisations = new Set(actors.filter((a) => a.type === 'organisation').map((a) => a.id));
  for (const actor of actors) {
    if (actor.type === 'organisation' && actor.seat !== undefined && byName.has(actor.seat)) seats.set(actor.id, actor.seat);
  }

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
    if (place.kind === 'city' || place.kind === 'region') {
      for (const stem of adjectiveStems(place)) if (!adjectives.has(stem)) adjectives.set(stem, entry);
    }
  }
  return { forms, maxWords, places: byName, adjectives, seats, organisations };
}

/** Where an organisation sits (its `seat`), or null. */
export function seatOf(gazetteer: Gazetteer, actorId: string): string | null {
  return gazetteer.seats.get(actorId) ?? null;
}

/**
 * Folded adjective stems of a city, derived from its nominatives by the regular rules of
 * both languages, plus the irregular ones: a final vowel drops ("Женева" → "женевск",
 * "Тбілісі" → "тбилиск"), names in -и/-ы/-у also take "-инск" ("Сочі" →
 * "сочинськ", "Баку" → "бакинск"), -ия takes "-ийск" ("Анталія" →
 * "анталийск"), a stem already in -ск or -с takes only "-к" ("Мінськ" → "минск", "Одеса" →
 * "одеск"), and г/ж/з before the suffix become ж in Russian, з in Ukrainian ("Рига" →
 * "рижск", "Гаага" → "гаазьк"); the soft sign is folded away ("Стамбул" → "стамбулск").
 */
function adjectiveStems(place: Place): string[] {
  const stems = new Set<string>(IRREGULAR_ADJECTIVES[place.name] ?? []);
  for (const nominative of [place.uk[0], place.ru[0]]) {
    if (!nominative || /\s/u.test(nominative)) continue;
    for (const stem of regularAdjectiveStems(foldCyrillic(nominative))) if (stem.length >= 5) stems.add(stem);
  }
  return [...stems];
}

function regularAdjectiveStems(name: string): string[] {
  if (/ия$/u.test(name)) return [`${name.slice(0, -1)}йск`];
  const base = name.replace(/[аяоиуе]$/u, '');
  const stems = /[иу]$/u.test(name) ? [`${base}инск`] : [];
  const doubled = base.replace(/(\p{L})\1$/u, '$1');
  if (/ск$/u.test(doubled)) stems.push(doubled);
  else if (/с$/u.test(doubled)) stems.push(`${doubled}к`);
  else if (/[гжз]$/u.test(doubled)) stems.push(`${doubled.slice(0, -1)}жск`, `${doubled.slice(0, -1)}зк`);
  else stems.push(`${doubled}ск`);
  return stems;
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

/** The locative case after "на" ("на Мальті", "на Кипре", "на Гаваях"), not the accusative ("на Москву", "на Київ"). */
const LOCATIVE_ENDING = /[іеих]$/iu;
const LOCATIVE_PREPOSITIONS = new Set(['у', 'в', 'во', 'на', 'під', 'біля', 'под', 'около', 'поблизу', 'поруч', 'неподалік', 'недалеко']);
/** "до Москви" locates a meeting only after a word of travel: "прилетів до Москви", "візит до Вашингтона". */
const MOTION_PREPOSITIONS = new Set(['до', 'к']);
const MOTION =
  /^(?:прилет|прилеті|прибу|приїх|приїд|вируш|поїх|поїд|відправ|відвіда|візит|поїздк|прибыл|приех|приед|отправ|поезд|визит|вылет|вилет|летит|летить|полет|полеті)/iu;
const CONJUNCTIONS = new Set(['і', 'й', 'та', 'и', 'або', 'или']);
const CAPITAL_WORD = /^столиц(?:я|і|ю|ею|а|е|у|ей)$/iu;
/** A noun before "в/у" that makes the place part of another phrase. */
const CONTEXT_NOUN =
  /^(?:війн|войн|мир|конфлікт|конфликт|ситуаці|ситуаци|вогню|огня|врегулюван|урегулирован|агресі|агресси|бойов|боев|фронт|окупац|оккупац|жител|мешканц|людей|народ|посольств|посол|посл(?:а|у|ом|і|е|и|ы|ів|ов|ам|ами|ах)$|представництв|представительств|операці|операци|наступ|обстріл|обстрел|удар|виборах|выборах|влад|власт)/iu;
const SPEECH_AFTER =
  /^(?:заяви|заявля|повідоми|повідомля|сообщи|сообща|сказа|вважа|счита|наголоси|отмети|підтверди|подтверди|відпові|ответи|прокоментува|прокомментирова|зазначи|поясни|розпові|рассказа|допуска|не|уже|вже|також|также|ще|еще|ещё|офіційно|официально)/iu;
const SPEECH_VERB = /^(?:кажуть|говорять|говорят|заяви|заявля|повідоми|повідомля|сообщи|сообща|сказа|вважа|счита|наголоси|отмети|підтверди|подтверди|відпові|ответи|прокоментува|прокомментирова|зазначи|поясни|розпові|рассказа|допуска|виключа|исключа|уточни|запевни|завери|визна|призна)/iu;
/**
 * Views held by "them" in a place: "У Києві сподіваються", "в Москве рассчитывают", "у
 * Вашингтоні розцінюють". Whole words: "ожидается" (is expected) is a plan, not a view.
 */
const OPINION_VERB =
  /^(?:сподіва(?:ються|лися|лись)|надеются|надеялись|розцінюють|расценивают|розраховують|рассчитывают|очікують|ожидают|чекають|ждут|наполягають|настаивают|побоюються|опасаются|звернули|обратили)$/iu;
/**
 * A plural speech verb right before "в/у + place" is said by people there, not done there:
 * "як підтвердили в Києві", "как сообщили в Кремле", "заявляють у Вашингтоні".
 */
const PLURAL_SPEECH =
  /^(?:заяви|повідоми|сообщи|сказа|підтверди|подтверди|наголоси|отмети|відпові|ответи|уточни|поясни|розпові|рассказа|зазначи|запевни|завери|прокоментува|прокомментирова|визна|призна|допусти)ли$|^(?:заявляють|заявляют|повідомляють|сообщают|вважають|считают|кажуть|говорят|наголошують|подчеркивают|підтверджують|подтверждают)$/iu;
/**
 * Words of a statement made somewhere, right before the preposition: "у коментарі
 * журналістам у Варшаві", "в интервью в Москве", "відповідаючи на запитання в Берліні",
 * "выступая в Брюсселе". The place is where someone speaks.
 */
const SPEECH_SETTING =
  /^(?:коментар\p{L}*|комментари\p{L}*|інтерв['’ʼ]?ю|интервью|брифінг\p{L}*|брифинг\p{L}*|пресконференц\p{L}*|прес-конференц\p{L}*|пресс-конференц\p{L}*|ефір[іу]|эфире|виступ[іу]|выступлени\p{L}*|звернен\p{L}*|обращени\p{L}*|журналістам|журналистам|журналістів|журналистов|репортерам|репортерів|репортеров|кореспондентам|корреспондентам|кореспондентів|корреспондентов|ЗМІ|СМИ|преси|прессы|запитання|запитанням|вопрос|вопросы|вопросам|виступаючи|выступая|відповідаючи|отвечая|коментуючи|комментируя)$/iu;
/** Adverbs that may stand between such a verb and the place: "як пізніше підтвердили в Києві". */
const SPEECH_ADVERB = /^(?:пізніше|позднее|позже|згодом|вже|уже|також|также|офіційно|официально|потім|затем|сьогодні|сегодня|вчора|вчера)$/iu;


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
    const capital = gazetteer.places.get(h.place.capital ?? '');
    if (!capital) continue;
    h.place = capital;
    h.via = 'capital';
    h.first -= 1;
    h.start = before.start;
  }
  for (const h of hits) {
    if (h.via === 'adjective') markVenueAdjective(h, text, tokens, folded);
    else markContext(h, hits, text, tokens, folded);
  }
  hits.sort((a, b) => a.start - b.start);
  markParallelSpeakers(hits, text);
  return hits;
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

/** "в том же Абу-Даби", "у тому ж Стамбулі": the same place again. */
const SAME_WORD = /^(?:том|тому|той|тій|же|ж|самом|самому|самой|самій)$/iu;

/**
 * Words between a locative preposition and a place name that keep the place the location:
 * nouns for venues and settlements, and adjectives ("у приморському курорті").
 */
const VENUE_WORD =
  /^(?:резиденці\p{L}*|резиденци\p{L}*|палац\p{L}*|двор(?:е|ц)\p{L}*|маєт\p{L}*|помест\p{L}*|садиб\p{L}*|курорт\p{L}*|клуб\p{L}*|гольф-клуб\p{L}*|готел\p{L}*|отел\p{L}*|місті|місто|городе|город|селищі|поселке|баз[іеу]|центр\p{L}*|будинк\p{L}*|здани\p{L}*|будівл\p{L}*|штаб-квартир\p{L}*|офіс\p{L}*|офис\p{L}*|кабінет\p{L}*|кабинет\p{L}*|зал[іеу]?|штат[іе]|провінці\p{L}*|провинци\p{L}*|емірат\p{L}*|эмират\p{L}*|\p{Ll}[\p{L}-]*(?:ому|ій|ом|ой|ых|их|ім|ым))$/u;

/**
 * "в Римском Колизее", "у берлінському готелі", "в московском особняке": a city adjective
 * right after a locative preposition, before a name or a venue noun, says where.
 */
function markVenueAdjective(h: PlaceHit, text: string, tokens: readonly Token[], folded: readonly string[]): void {
  const next = tokens[h.last + 1];
  if (h.first === 0 || !next || !LOCATIVE_PREPOSITIONS.has(folded[h.first - 1]!) || !spacedOnly(text, tokens, h.first - 1, h.last + 1)) return;
  h.locative = /^\p{Lu}/u.test(next.text) || VENUE_WORD.test(next.text);
}

/** Sets `locative`, `speaker` and `modifier` from the words around a hit. */
function markContext(h: PlaceHit, hits: readonly PlaceHit[], text: string, tokens: readonly Token[], folded: readonly string[]): void {
  let j = h.first - 1;
  let skipped = 0;
  while (j >= 0 && skipped <= 2) {
    const word = folded[j]!;
    // "прилетів до Москви", "до Києва приїде": "до/к" with a verb of travel before or after.
    const travel = MOTION_PREPOSITIONS.has(word) && ((j > 0 && MOTION.test(tokens[j - 1]!.text)) || MOTION.test(tokens[h.last + 1]?.text ?? ''));
    if (LOCATIVE_PREPOSITIONS.has(word) || travel) {
      // "тиск на Москву", "удар по … на Київ": "на" before an accusative aims, it does not locate.
      if (word === 'на' && !LOCATIVE_ENDING.test(tokens[h.last]!.text)) break;
      h.locative = true;
      const noun = tokens[j - 1];
      if (noun && CONTEXT_NOUN.test(noun.text)) h.modifier = true;
      if (speaksBefore(tokens, j)) h.speaker = true;
      // "заявил в Вене, что …", "сказав у Женеві, що …": where one speaker said it.
      else if (j > 0 && SINGULAR_SPEECH.test(tokens[j - 1]!.text) && THAT_AFTER.test(text.slice(h.end, h.end + 8))) h.speaker = true;
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
    // Venue nouns and adjectives between the preposition and the name: "у резиденції
    // Мар-а-Лаго", "в курортному місті Давос" (nothing else: "в заявлении, опубликованном
    // Даунинг-стрит" is not in Downing Street).
    if ((VENUE_WORD.test(tokens[j]!.text) || SAME_WORD.test(tokens[j]!.text)) && spacedOnly(text, tokens, j, h.first)) {
      skipped++;
      j--;
      continue;
    }
    break;
  }
  h.speaker = h.locative && (h.speaker || speaksAfter(text, tokens, h.last));
  // "повернувшись із Риму, де провів переговори", "на Вашингтон, где …": what the relative
  // clause tells happens there.
  if (!h.locative && WHERE_AFTER.test(text.slice(h.end, h.end + 8))) h.locative = true;
}
const SINGULAR_SPEECH =
  /^(?:заяви(?:в|ла|л)|повідоми(?:в|ла)|сообщи(?:л|ла)|сказа(?:в|ла|л)|наголоси(?:в|ла)|подчеркну(?:л|ла)|підкресли(?:в|ла)|зазначи(?:в|ла)|отмети(?:л|ла)|підтверди(?:в|ла)|подтверди(?:л|ла)|поясни(?:в|ла|л))$/iu;
const THAT_AFTER = /^\s*,\s*(?:що|что)(?![\p{L}])/iu;
const WHERE_AFTER = /^\s*,\s*(?:де|где)(?![\p{L}])/iu;

/**
 * Staying or being somewhere: "залишився в Лондоні", "остается в Киеве", "находящийся в
 * Эр-Рияде". Where someone stays is not where a meeting of the sentence is.
 */
const STAYING = /^(?:залиши(?:вся|лася|лись|лися)|залиша(?:ється|ються|вся|лася|лися)|лиши(?:вся|лася|лися)|остал(?:ся|ась|ись)|оста(?:ется|ётся|ются)|перебува\p{L}*|находящ\p{L}*|находи(?:тся|лся|лась|лись)|знаходи(?:ться|вся|лася|лися))$/iu;

/** "як підтвердили в Києві": a plural speech verb (and adverbs) just before the preposition at `preposition`. */
function speaksBefore(tokens: readonly Token[], preposition: number): boolean {
  for (let k = preposition - 1; k >= 0 && k >= preposition - 3; k--) {
    const word = tokens[k]!.text;
    if (PLURAL_SPEECH.test(word) || SPEECH_SETTING.test(word) || STAYING.test(word)) return true;
    if (!SPEECH_ADVERB.test(word)) return false;
  }
  return false;
}

/**
 * "В Кремле заявили", "У Вашингтоні вже підтвердили": the words after say someone speaks.
 * A comma between ends the reported clause ("… відбудеться в Римі, повідомив речник"): the
 * place is the meeting's, the speaker comes after it.
 */
function speaksAfter(text: string, tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
    if (punctuatedBefore(text, tokens, k)) return false;
    const word = tokens[k]!.text;
    if (SPEECH_VERB.test(word) || OPINION_VERB.test(word)) return true;
    if (!SPEECH_AFTER.test(word)) return reactsAfter(text, tokens, last);
  }
  return false;
}

/**
 * "В Києві до перенесення поставилися спокійно", "у Варшаві охолодили запал",
 * "в Берлине эту встречу оценили сдержанно": a plural verb of reaction within a few words
 * after the place (no punctuation between) says how people there took the news.
 */
function reactsAfter(text: string, tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
    if (punctuatedBefore(text, tokens, k)) return false;
    if (REACTION_VERB.test(tokens[k]!.text)) return true;
  }
  return false;
}

/** Punctuation between token `k` and the one before ends the phrase that follows a place. */
function punctuatedBefore(text: string, tokens: readonly Token[], k: number): boolean {
  return /[,.;:!?«»"“”()–—]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
}

/**
 * "В Киеве ждут помощи, в Москве — сигнала": the verb left out after the second place, whose
 * people say or expect the same as the first's.
 */
function markParallelSpeakers(hits: readonly PlaceHit[], text: string): void {
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    const before = hits[i - 1]!;
    if (!h.locative || h.speaker || !before.speaker || h.start - before.end > 120) continue;
    if (PARALLEL_GAP.test(text.slice(before.end, h.start)) && ELLIPTICAL_DASH.test(text.slice(h.end, h.end + 4))) h.speaker = true;
  }
}
const PARALLEL_GAP = /^[^.;!?]*,\s*(?:а\s+|і\s+|и\s+)?(?:в|у|во)\s+$/u;
const ELLIPTICAL_DASH = /^\s*[—–-]\s/u;

/**
 * Plural verbs of taking news somehow: "поставилися", "отнеслись", "охолодили", "оцінили",
 * "називають"; "ждут" and "комментировать" (after "не стали") with words between.
 */
const REACTION_VERB =
  /^(?:постави(?:лися|лись)|отнесл(?:ись|ися)|відреагували|отреагировали|охолодили|охладили|остудили|прокоментували|прокомментировали|оцінили|оценили|сприйняли|восприняли|привітали|приветствовали|розкритикували|раскритиковали|назвали|відкинули|отвергли|називають|называют|коментують|комментируют|коментувати|комментировать|ждут|чекають|очікують|ожидают)$/iu;
