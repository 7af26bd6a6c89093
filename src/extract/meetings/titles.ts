/**
 * Readable English titles and stable slugs for meetings found in the text: "US–Ukraine
 * talks in Geneva", "Coalition of the Willing video call", "Trump–Zelensky meeting in
 * Florida", "Security Council of Russia meeting". Curated meetings keep their own.
 */
import type { IsoDate, MeetingKind } from '../../types.ts';

export interface ActorInfo {
  name: string;
  side: string;
  type: 'person' | 'organisation';
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

function naming(input: TitleInput, actors: ReadonlyMap<string, ActorInfo>): Naming {
  const known = input.participants
    .map((id) => ({ id, info: actors.get(id) }))
    .filter((a): a is { id: string; info: ActorInfo } => a.info !== undefined);
  const bySide = (a: { info: ActorInfo }, b: { info: ActorInfo }) =>
    rank(a.info.side) - rank(b.info.side) || a.info.name.localeCompare(b.info.name, 'en');
  const persons = known.filter((a) => a.info.type === 'person').sort(bySide);
  const organisations = known.filter((a) => a.info.type === 'organisation').sort(bySide);
  const summit = input.evidence.some((e) => SUMMIT.test(e));
  const session = input.evidence.some((e) => SESSION.test(e));
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

function surname(name: string): string {
  const words = name.split(/\s+/u);
  return words[words.length - 1] ?? name;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
