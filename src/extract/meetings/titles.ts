/**
 * Readable titles and stable slugs for meetings found in the text, in English ("US–Ukraine
 * talks in Geneva", "Coalition of the Willing video call", "Trump–Zelensky meeting in
 * Florida", "Security Council of Russia meeting") and in Ukrainian for the Ukrainian
 * interface ("Переговори США та України в Женеві", "Відеоконференція Коаліції охочих",
 * "Зустріч Трамп — Зеленський у Флориді"). Curated meetings keep their own.
 */
import type { KnownActor } from '../../knowledge/schema.ts';
import type { IsoDate, MeetingKind } from '../../types.ts';

export interface ActorInfo {
  name: string;
  side: string;
  type: 'person' | 'organisation';
  /** Ukrainian forms for Ukrainian titles; without them the English name is used. */
  uk?: ActorUk;
}

export interface ActorUk {
  /** A person's surname, an organisation's name (capitalised): nominative. */
  name: string;
  /** An organisation's name after a noun ("Коаліції охочих", "НАТО"), when known. */
  genitive: string | null;
}

/** A place's Ukrainian forms: the nominative, and "у Женеві" when the gazetteer has it. */
export interface PlaceUk {
  name: string;
  in: string | null;
}

export interface TitleInput {
  date: IsoDate | null;
  place: string | null;
  /** Kind of place ("venue" → "at Mar-a-Lago"), when known. */
  placeKind: string | null;
  kind: MeetingKind;
  participants: readonly string[];
  /** The meeting words (or evidence sentences): "саміт" makes a summit, "засідання" a body's meeting. */
  evidence: readonly string[];
  /** The place in Ukrainian, for `meetingTitleUk`. */
  placeUk?: PlaceUk | null;
}

const SIDE_ORDER = ['usa', 'ukraine', 'russia', 'europe', 'international'];
const SIDE_LABEL: Readonly<Record<string, string>> = {
  usa: 'US',
  ukraine: 'Ukraine',
  russia: 'Russia',
  europe: 'Europe',
  international: 'International',
};

const DELEGATION: Readonly<Record<string, string>> = { usa: 'US', ukraine: 'Ukrainian', russia: 'Russian', europe: 'European' };

/** Multilateral groups whose meetings are named after them. */
const GROUP = /coalition|nato|council|union|nations|osce|g7|g20|brics/iu;
const SUMMIT = /саміт|саммит/iu;
const SESSION = /засідан|заседан|нарад|совещан/iu;

interface Naming {
  /** "Coalition of the Willing", "Trump–Zelensky", "US–Ukraine", "Umerov's", or "". */
  who: string;
  /** "summit", "meeting", "talks", "phone call", "video call". */
  what: string;
}

interface KnownParticipant {
  id: string;
  info: ActorInfo;
}

/** What both languages' titles are made from: the known participants by side, and the kind of meeting the words tell. */
function titleFacts(input: TitleInput, actors: ReadonlyMap<string, ActorInfo>) {
  const known = input.participants
    .map((id) => ({ id, info: actors.get(id) }))
    .filter((a): a is KnownParticipant => a.info !== undefined);
  const bySide = (a: KnownParticipant, b: KnownParticipant) => rank(a.info.side) - rank(b.info.side) || a.info.name.localeCompare(b.info.name, 'en');
  return {
    known,
    persons: known.filter((a) => a.info.type === 'person').sort(bySide),
    // A body named after the building it sits in is the venue there: no "Kremlin meeting at the Kremlin".
    organisations: known.filter((a) => a.info.type === 'organisation' && a.info.name !== input.place).sort(bySide),
    summit: input.evidence.some((e) => SUMMIT.test(e)),
    session: input.evidence.some((e) => SESSION.test(e)),
  };
}

function naming(input: TitleInput, actors: ReadonlyMap<string, ActorInfo>): Naming {
  const { known, persons, organisations, summit, session } = titleFacts(input, actors);
  const callWord = input.kind === 'phone' ? 'phone call' : input.kind === 'video' ? 'video call' : null;

  const group = organisations.find((o) => GROUP.test(o.info.name));
  if (group) return { who: group.info.name, what: callWord ?? (summit ? 'summit' : 'meeting') };
  if (session && organisations.length > 0 && persons.length <= 1) {
    return { who: organisations[0]!.info.name, what: callWord ?? 'meeting' };
  }
  const sides = [...new Set(known.map((a) => a.info.side))].sort((a, b) => rank(a) - rank(b));
  if (persons.length >= 2 && persons.length <= 3) {
    return { who: persons.map((p) => surname(p.info.name)).join('–'), what: callWord ?? (summit ? 'summit' : 'meeting') };
  }
  if (sides.length >= 2) return { who: sides.map((s) => SIDE_LABEL[s] ?? s).join('–'), what: callWord ?? (summit ? 'summit' : 'talks') };
  if (persons.length > 3) return { who: `${DELEGATION[persons[0]!.info.side] ?? 'Delegation'}${DELEGATION[persons[0]!.info.side] ? ' delegation' : ''}`, what: callWord ?? 'talks' };
  if (persons.length === 1) return { who: `${surname(persons[0]!.info.name)}'s`, what: callWord ?? 'meeting' };
  if (organisations.length === 1) return { who: organisations[0]!.info.name, what: callWord ?? 'meeting' };
  return { who: '', what: callWord ?? (summit ? 'summit' : 'talks') };
}

/**
 * A Ukrainian title, grammatical whatever is known: names stay in the nominative unless
 * the knowledge base gives the genitive ("Відеоконференція Коаліції охочих", "Саміт
 * НАТО"; else "Коаліція охочих: відеоконференція"), people are joined by dashes ("Зустріч
 * Трамп — Зеленський"), sides are in the genitive ("Переговори США та України"), and the
 * place follows as "у Женеві" when the gazetteer has that form, else after a comma.
 */
export function meetingTitleUk(input: TitleInput, actors: ReadonlyMap<string, ActorInfo>): string {
  const { who, what } = namingUk(input, actors);
  let title: string;
  if (who.kind === 'none') title = capitalise(UK_WHAT[what]);
  else if (who.kind === 'after') title = `${capitalise(UK_WHAT[what])} ${who.text}`;
  else title = `${who.text}: ${UK_WHAT[what].toLocaleLowerCase('uk')}`;
  if (input.kind === 'in-person' && input.place) {
    const place = input.placeUk ?? { name: input.place, in: null };
    title = place.in ? `${title} ${euphonic(title, place.in)}` : `${title}, ${place.name}`;
  }
  return title;
}

type WhatUk = 'summit' | 'meeting' | 'talks' | 'phone' | 'video' | 'session';

const UK_WHAT: Readonly<Record<WhatUk, string>> = {
  summit: 'Саміт',
  meeting: 'Зустріч',
  talks: 'Переговори',
  phone: 'Телефонна розмова',
  video: 'Відеоконференція',
  session: 'Засідання',
};

/** Sides in the genitive, after "Переговори": "США та України". */
const SIDE_GENITIVE_UK: Readonly<Record<string, string>> = {
  usa: 'США',
  ukraine: 'України',
  russia: 'Росії',
  europe: 'Європи',
  international: 'міжнародних партнерів',
};

/** "Переговори української делегації": the delegation's side, in the genitive. */
const DELEGATION_UK: Readonly<Record<string, string>> = {
  usa: 'американської делегації',
  ukraine: 'української делегації',
  russia: 'російської делегації',
  europe: 'європейської делегації',
};

/** Who takes part: after the noun (a genitive or names joined by dashes), or before it with a colon. */
type WhoUk = { kind: 'after' | 'before'; text: string } | { kind: 'none' };

function namingUk(input: TitleInput, actors: ReadonlyMap<string, ActorInfo>): { who: WhoUk; what: WhatUk } {
  const { known, persons, organisations, summit, session } = titleFacts(input, actors);
  const call: WhatUk | null = input.kind === 'phone' ? 'phone' : input.kind === 'video' ? 'video' : null;
  const ofBody = (info: ActorInfo, what: WhatUk): { who: WhoUk; what: WhatUk } => {
    const genitive = info.uk?.genitive ?? null;
    return { who: genitive ? { kind: 'after', text: genitive } : { kind: 'before', text: info.uk?.name ?? info.name }, what };
  };

  const group = organisations.find((o) => GROUP.test(o.info.name));
  if (group) return ofBody(group.info, call ?? (summit ? 'summit' : session ? 'session' : 'meeting'));
  if (session && organisations.length > 0 && persons.length <= 1) return ofBody(organisations[0]!.info, call ?? 'session');
  const sides = [...new Set(known.map((a) => a.info.side))].sort((a, b) => rank(a) - rank(b));
  if (persons.length >= 2 && persons.length <= 3) {
    return { who: { kind: 'after', text: persons.map((p) => surnameUk(p.info)).join(' — ') }, what: call ?? (summit ? 'summit' : 'meeting') };
  }
  // Sides the texts do not tell (people outside the knowledge base) are left out.
  const named = sides.filter((s) => SIDE_GENITIVE_UK[s] !== undefined);
  if (named.length >= 2) {
    const names = named.map((s) => SIDE_GENITIVE_UK[s]!);
    const text = names.length === 2 ? names.join(' та ') : `${names.slice(0, -1).join(', ')} та ${names[names.length - 1]!}`;
    return { who: { kind: 'after', text }, what: call ?? (summit ? 'summit' : 'talks') };
  }
  if (persons.length > 3) return { who: { kind: 'after', text: DELEGATION_UK[persons[0]!.info.side] ?? 'делегацій' }, what: call ?? 'talks' };
  if (persons.length === 1) return { who: { kind: 'before', text: surnameUk(persons[0]!.info) }, what: call ?? 'meeting' };
  if (organisations.length === 1) return ofBody(organisations[0]!.info, call ?? 'meeting');
  return { who: { kind: 'none' }, what: call ?? (summit ? 'summit' : 'talks') };
}

function surnameUk(info: ActorInfo): string {
  return info.uk?.name ?? surname(info.name);
}

/**
 * What a Ukrainian meeting title needs of a known actor: a person's surname, an
 * organisation's name (capitalised) and its genitive (`ukGenitive`, else a Cyrillic
 * abbreviation such as НАТО or РНБО, which does not decline).
 */
export function actorUk(actor: KnownActor): ActorUk {
  if (actor.type === 'person') return { name: actor.uk.surname[0]!, genitive: null };
  const name = actor.uk[0]!;
  const abbreviation = actor.abbreviations.find((a) => /^\p{Lu}+$/u.test(a) && /\p{Script=Cyrillic}/u.test(a));
  return { name: name.charAt(0).toLocaleUpperCase('uk') + name.slice(1), genitive: actor.ukGenitive ?? abbreviation ?? null };
}

/**
 * "у"/"в" as Ukrainian euphony wants them: "у" before в, ф and the clusters льв, св, тв,
 * хв ("у Вашингтоні", "у Флориді"), "в" before a vowel ("в Анкориджі", "в Ужгороді") and
 * after a word ending in a vowel ("України в Женеві"), else "у" ("Саміт у Парижі"). "на …"
 * stays.
 */
export function euphonic(before: string, phrase: string): string {
  const match = /^(у|в) (.*)$/u.exec(phrase);
  if (!match) return phrase;
  const rest = match[2]!;
  const next = rest.toLocaleLowerCase('uk');
  const last = before.toLocaleLowerCase('uk').slice(-1);
  let preposition: 'у' | 'в';
  if (/^(?:[вф]|льв|св|тв|хв)/u.test(next)) preposition = 'у';
  else if (/^[аеєиіїоуюя]/u.test(next)) preposition = 'в';
  else preposition = /[аеєиіїоуюя]/u.test(last) ? 'в' : 'у';
  return `${preposition} ${rest}`;
}

/**
 * English names that take "the": "the United States", and buildings named by a common
 * noun ("the White House", "the Élysée Palace", "the Oval Office", "the Kremlin"), unlike
 * proper names of places ("Mar-a-Lago", "Downing Street").
 */
const THE = /^United\s|(?:Palace|House|Office|Building|Kremlin)$/u;

/** A readable English title. */
export function meetingTitle(input: TitleInput, actors: ReadonlyMap<string, ActorInfo>): string {
  const { who, what } = naming(input, actors);
  let title = who ? `${who} ${what}` : capitalise(what);
  if (input.place && input.kind === 'in-person') {
    title += `${input.placeKind === 'venue' ? ' at' : ' in'} ${THE.test(input.place) ? 'the ' : ''}${input.place}`;
  }
  return title;
}

/** A slug from the date, the place or kind, and the main participants: "2025-11-23-geneva-us-ukraine-talks". */
export function meetingSlug(input: TitleInput, actors: ReadonlyMap<string, ActorInfo>): string {
  const { who, what } = naming(input, actors);
  const parts = [input.date ?? 'undated', input.place ?? '', who.replace(/'s$/u, ''), what];
  return slugify(parts.filter((p) => p !== '').join(' ')).slice(0, 90).replace(/-+$/u, '');
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

function rank(side: string): number {
  const index = SIDE_ORDER.indexOf(side);
  return index < 0 ? SIDE_ORDER.length : index;
}

/** The last word, with the lowercase particles before it: "Leyen" is "von der Leyen", "Zayed" "bin Zayed". */
function surname(name: string): string {
  const words = name.split(/\s+/u);
  let start = words.length - 1;
  while (start > 1 && /^\p{Ll}/u.test(words[start - 1]!)) start -= 1;
  return words.slice(Math.max(start, 0)).join(' ') || name;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
