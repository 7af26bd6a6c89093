/**
 * One synthetic article: a cast of actors, places and organisations, a date, a title and
 * 3–6 KB of text from the sentence templates, with the web-page furniture real copied
 * articles carry, in the seed format (.txt) or as Markdown with front matter (.md).
 * Article i depends only on (seed, i), so a 1,000-article corpus is the first 1,000
 * articles of the 10,000 one.
 */
import type { IsoDate, Lang } from '../../src/types.ts';
import { addDays, LAST_DAY, type CalendarEvent } from './events.ts';
import { PHRASES, type Phrasebook } from './phrases.ts';
import { Random } from './prng.ts';
import type { LangVocabulary, OrganisationForms, PersonForms, PlaceForms, SlotCase, Vocabulary } from './vocabulary.ts';

export type ArticleFormat = 'seed' | 'front-matter';

export interface GeneratedArticle {
  /** File name, e.g. `000042_3f9c…e1.txt`. */
  name: string;
  bytes: Buffer;
  lang: Lang;
  format: ArticleFormat;
  /** Null for the few seed-format files written without a date line. */
  date: IsoDate | null;
  people: number;
}

const SHARE_UK = 0.6;
const SHARE_SEED_FORMAT = 0.5;
const SHARE_UNDATED = 0.02;
const MIN_BYTES = 3000;
const MAX_BYTES = 6000;

export function generateArticle(vocabulary: Vocabulary, calendar: readonly CalendarEvent[], seed: number, index: number, indexWidth: number): GeneratedArticle {
  const rng = new Random(seed, index + 1);
  const lang: Lang = rng.chance(SHARE_UK) ? 'uk' : 'ru';
  const format: ArticleFormat = rng.chance(SHARE_SEED_FORMAT) ? 'seed' : 'front-matter';
  const cast = castArticle(rng, vocabulary, calendar, lang);
  const writer = new Writer(rng, PHRASES[lang], vocabulary.byLang[lang], cast);
  const { text, undated } = format === 'seed' ? seedArticle(writer) : { text: frontMatterArticle(writer), undated: false };
  let bytes = Buffer.from(text, 'utf8');
  if (format === 'seed' && rng.chance(0.04)) bytes = Buffer.from(bytes.toString('utf8').replace(/\n/gu, '\r\n'), 'utf8');
  if (format === 'seed' && rng.chance(0.03)) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  const name = `${String(index).padStart(indexWidth, '0')}_${rng.hex(16)}.${format === 'seed' ? 'txt' : 'md'}`;
  return { name, bytes, lang, format, date: undated ? null : cast.date, people: cast.people.length };
}

// ─── The cast ─────────────────────────────────────────────────────────────────────────

interface Cast {
  lang: Lang;
  date: IsoDate;
  people: PersonForms[];
  /** The spelling variant each person gets in this article (index into given/surname). */
  variant: Map<string, { given: number; surname: number }>;
  organisations: OrganisationForms[];
  places: PlaceForms[];
  outlet: { name: string; domains: string[] };
  /** What the article reports on. */
  event: CalendarEvent;
  eventPlace: PlaceForms | null;
}

function castArticle(rng: Random, vocabulary: Vocabulary, calendar: readonly CalendarEvent[], lang: Lang): Cast {
  const words = vocabulary.byLang[lang];
  const event = rng.pick(calendar);
  const reported = addDays(event.date, rng.int(0, 3));
  const date = reported <= LAST_DAY ? reported : event.date;

  const people: PersonForms[] = [];
  const add = (p: PersonForms | undefined) => {
    if (p && !people.includes(p)) people.push(p);
  };
  for (const id of rng.sample(event.participants, rng.int(2, 4))) add(words.people.find((p) => p.id === id));
  const wanted = rng.int(3, 7);
  const weights = words.people.map((p) => [p, p.weight] as const);
  for (let tries = 0; people.length < wanted && tries < 50; tries++) add(rng.weighted(weights));
  if (rng.chance(0.06)) add(rng.pick(words.unlisted));

  const organisations = rng.sample(words.organisations, rng.int(1, 2));
  for (const id of event.participants) {
    const org = words.organisations.find((o) => o.id === id);
    if (org && !organisations.includes(org)) organisations.push(org);
  }
  const eventPlace = (event.place ? words.places.find((p) => p.name === event.place) : undefined) ?? null;
  const places = rng.sample(words.places, rng.int(1, 2));

  const variant = new Map<string, { given: number; surname: number }>();
  for (const p of people) {
    variant.set(p.id, {
      given: rng.chance(0.85) ? 0 : rng.int(0, p.given.length - 1),
      surname: rng.chance(0.85) ? 0 : rng.int(0, p.surname.length - 1),
    });
  }
  return { lang, date, people, variant, organisations, places, outlet: rng.pick(words.outlets), event, eventPlace };
}

// ─── Sentences from templates ─────────────────────────────────────────────────────────

interface RoleHolder {
  person: PersonForms;
  phrase: string;
}

const SLOT = /\{([A-Za-z]+)(?:\.([A-Za-z]+))?\}/gu;
const AGREE = /\[([A-Z]):([^|\]]*)\|([^\]]*)\]/gu;

class Writer {
  private unusedSentences: string[];

  constructor(
    readonly rng: Random,
    readonly phrases: Phrasebook,
    readonly words: LangVocabulary,
    readonly cast: Cast,
  ) {
    this.unusedSentences = [...phrases.sentences];
  }

  title(): string {
    for (let tries = 0; tries < 30; tries++) {
      const title = this.render(this.rng.pick(this.phrases.titles));
      if (title) return title;
    }
    return this.phrases.headings[0]!;
  }

  /** A sentence from a template not used yet in this article (all used: any). */
  sentence(mustStartWithDate = false): string {
    for (let tries = 0; tries < 60; tries++) {
      if (this.unusedSentences.length === 0) this.unusedSentences = [...this.phrases.sentences];
      const pool = mustStartWithDate ? this.phrases.sentences.filter((s) => s.startsWith('{D}')) : this.unusedSentences;
      const template = this.rng.pick(pool);
      const text = this.render(template);
      if (text) {
        this.unusedSentences = this.unusedSentences.filter((s) => s !== template);
        return text;
      }
    }
    return this.render(this.phrases.sentences[0]!) ?? '';
  }

  paragraph(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }

  datePhrase(offsetDays: number, withYear = false): string {
    return this.formatDate(addDays(this.cast.date, offsetDays), withYear);
  }

  eventDatePhrase(withYear = false): string {
    return this.formatDate(this.cast.event.date, withYear);
  }

  private formatDate(day: IsoDate, withYear: boolean): string {
    const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
    return `${dayOfMonth} ${this.phrases.months[month - 1]}${withYear ? ` ${year} ${this.phrases.year}` : ''}`;
  }

  fullName(p: PersonForms, c: SlotCase): string {
    const v = this.cast.variant.get(p.id) ?? { given: 0, surname: 0 };
    return `${(p.given[v.given] ?? p.given[0]!)[c]} ${this.surname(p, c)}`;
  }

  surname(p: PersonForms, c: SlotCase): string {
    const v = this.cast.variant.get(p.id) ?? { given: 0, surname: 0 };
    return (p.surname[v.surname] ?? p.surname[0]!)[c];
  }

  rolesAt(p: PersonForms): string[] {
    const date = this.cast.date;
    return p.roles.filter((r) => (r.from === null || r.from <= date) && (r.to === null || date <= r.to)).map((r) => r.phrase);
  }

  private holders: { all: RoleHolder[]; fromCast: RoleHolder[] } | null = null;

  /** Everyone holding a role on the article's date, and those of them in its cast. */
  private roleHolders(): { all: RoleHolder[]; fromCast: RoleHolder[] } {
    if (!this.holders) {
      const all = this.words.people.flatMap((person) => this.rolesAt(person).map((phrase) => ({ person, phrase })));
      this.holders = { all, fromCast: all.filter((h) => this.cast.people.includes(h.person)) };
    }
    return this.holders;
  }

  /** Fills a template, or null when the article's cast cannot (too few people, no role holder). */
  render(template: string): string | null {
    const rng = this.rng;
    // The people of the reported event come first, most of the time.
    const shuffled = rng.sample(this.cast.people, this.cast.people.length);
    const people = rng.chance(0.7) ? [...shuffled.filter((p) => this.cast.event.participants.includes(p.id)), ...shuffled.filter((p) => !this.cast.event.participants.includes(p.id))] : shuffled;
    const slots = new Map<string, PersonForms>();
    const letters = [...new Set([...template.matchAll(/\{([A-Ca-c])[.}]|\[([A-C]):/gu)].map((m) => (m[1] ?? m[2]!).toUpperCase()))];
    for (const letter of letters.sort()) {
      const p = people.shift();
      if (!p) return null;
      slots.set(letter, p);
    }
    let roleHolder: { person: PersonForms; phrase: string } | null = null;
    if (/\{R[.}]|\[R:/u.test(template)) {
      const { all, fromCast } = this.roleHolders();
      if (all.length === 0) return null;
      // Prefer the article's own people.
      roleHolder = rng.pick(fromCast.length > 0 && rng.chance(0.7) ? fromCast : all);
    }
    const organisation = rng.pick(this.cast.organisations);
    // Most place and date mentions are the reported event's, as in real coverage.
    const place = this.cast.eventPlace && rng.chance(0.9) ? this.cast.eventPlace : rng.pick(this.cast.places);
    let failed = false;

    let text = template.replace(AGREE, (_, letter: string, male: string, female: string) => {
      const person = letter === 'R' ? roleHolder?.person : slots.get(letter);
      return person?.gender === 'female' ? female : male;
    });
    text = text.replace(SLOT, (_, name: string, modifier: string | undefined) => {
      const mod = (modifier ?? '').toLowerCase();
      const letter = name.toUpperCase();
      if (name.length === 1 && 'ABC'.includes(letter)) {
        const person = slots.get(letter)!;
        if (mod === 'role') {
          const roles = this.rolesAt(person);
          return roles.length > 0 ? rng.pick(roles) : '';
        }
        const c = (mod || 'nom') as SlotCase;
        return name === letter ? this.fullName(person, c) : this.surname(person, c);
      }
      switch (letter) {
        case 'R':
          return roleHolder?.phrase ?? '';
        case 'O': {
          const useAbbreviation = organisation.abbreviations.length > 0 && rng.chance(0.4);
          return useAbbreviation ? rng.pick(organisation.abbreviations) : organisation.names[0]!;
        }
        case 'P':
          if (mod === 'in') return `${this.phrases.inPrep(place.loc)} ${place.loc}`;
          if (mod === 'to') return this.phrases.toPlace(place);
          if (mod === 'gen') return place.gen;
          return place.nom;
        case 'D':
          return rng.chance(0.85) ? this.eventDatePhrase(rng.chance(0.25)) : this.datePhrase(-rng.int(0, 6), rng.chance(0.25));
        case 'Q':
          return rng.pick(this.phrases.quotes);
        case 'N':
          return this.cast.outlet.name;
        case 'DASH':
          return this.phrases.quoteDash;
        default:
          failed = true;
          return '';
      }
    });
    if (failed) throw new Error(`unknown slot in template: ${template}`);
    text = text.replace(/\s{2,}/gu, ' ').trim();
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}

// ─── The two file formats ─────────────────────────────────────────────────────────────

function seedArticle(w: Writer): { text: string; undated: boolean } {
  const { rng, phrases, cast } = w;
  const target = rng.int(MIN_BYTES, MAX_BYTES);
  const undated = rng.chance(SHARE_UNDATED);
  const dateWritten = rng.weighted([
    [` date ${cast.date}`, 60],
    [`date ${cast.date}`, 20],
    [`date: ${cast.date}`, 15],
    [` date: ${cast.date}`, 5],
  ] as const);
  const title = w.title();
  const lines: string[] = [];
  if (undated) lines.push(title);
  else if (rng.chance(0.1)) lines.push(`${dateWritten} ${rng.pick(phrases.breadcrumbs)}`, title);
  else lines.push(`${dateWritten} ${title}`);

  const byline = rng.chance(0.25) ? rng.pick(w.words.journalists) : null;
  if (byline) {
    lines.push('', byline);
    if (rng.chance(0.4) && cast.outlet.domains.length > 0) lines.push(rng.pick(cast.outlet.domains));
    if (rng.chance(0.3)) lines.push(byline);
  }
  const separator = rng.chance(0.65) ? '\n\n' : '\n';

  // The lead: dated for the files without a date line, so the build can infer one.
  let lead = undated ? w.sentence(true) : w.paragraph(rng.int(1, 2));
  if (phrases.datelineMonths.length > 0 && rng.chance(0.12)) {
    const [, month, day] = cast.date.split('-').map(Number) as [number, number, number];
    lead = `${rng.pick(phrases.datelineCities)}, ${day} ${phrases.datelineMonths[month - 1]} - ${cast.outlet.name}. ${lead}`;
  }
  const body: string[] = [lead];
  const furniture = {
    photo: rng.chance(0.3),
    readAlso: rng.chance(0.4),
    nowWatching: rng.chance(0.08),
    advert: rng.chance(0.08),
    heading: rng.chance(0.2),
  };
  let size = Buffer.byteLength(lines.join('\n') + lead, 'utf8');
  while (size < target - 200) {
    const paragraph = w.paragraph(rng.int(1, 3));
    body.push(paragraph);
    size += Buffer.byteLength(paragraph, 'utf8') + separator.length;
    if (body.length === 2 && furniture.photo) body.push(rng.pick(phrases.photoCredits));
    if (body.length === 4 && furniture.readAlso) body.push(`${rng.pick(phrases.readAlso)}${w.title()}`);
    if (body.length === 5 && furniture.nowWatching) body.push(rng.pick(phrases.nowWatching));
    if (body.length === 6 && furniture.advert) body.push(rng.pick(phrases.adverts));
    if (body.length === 7 && furniture.heading) body.push(rng.pick(phrases.headings));
  }
  if (rng.chance(0.45)) body.push(`${rng.pick(phrases.tagsLabel)}${tagList(w).join(', ')}`);
  return { text: `${lines.join('\n')}${separator}${body.join(separator)}\n`, undated };
}

function frontMatterArticle(w: Writer): string {
  const { rng, phrases, cast } = w;
  const target = rng.int(MIN_BYTES, MAX_BYTES);
  const front: string[] = ['---', `title: ${JSON.stringify(w.title())}`, `date: ${cast.date}`];
  front.push(`${rng.chance(0.8) ? 'outlet' : 'source'}: ${JSON.stringify(cast.outlet.name)}`);
  const domain = cast.outlet.domains[0];
  if (domain && rng.chance(0.85)) front.push(`url: https://${domain}/news/${rng.int(1_000_000, 9_999_999)}.html`);
  if (rng.chance(0.7)) front.push(`lang: ${cast.lang}`);
  if (rng.chance(0.8)) front.push(`tags: ${JSON.stringify(tagList(w))}`);
  if (rng.chance(0.2)) front.push(`author: ${JSON.stringify(rng.pick(w.words.journalists))}`);
  const listed = cast.people.filter((p) => p.inKnowledgeBase);
  if (listed.length > 0 && rng.chance(0.08)) front.push(`actors: [${rng.pick(listed).id}]`);
  if (cast.event.id && rng.chance(0.3)) front.push(`meetings: [${cast.event.id}]`);
  front.push('---', '');

  const lead = w.paragraph(rng.int(1, 2));
  const body: string[] = [rng.chance(0.3) ? `**${lead}**` : lead];
  const extras = { heading: rng.chance(0.3), quote: rng.chance(0.2), list: rng.chance(0.1), readAlso: rng.chance(0.25), photo: rng.chance(0.2) };
  let size = Buffer.byteLength(front.join('\n') + lead, 'utf8');
  while (size < target - 200) {
    let block = w.paragraph(rng.int(1, 3));
    if (body.length === 3 && extras.heading) block = `## ${rng.pick(phrases.headings)}\n\n${block}`;
    if (body.length === 4 && extras.quote) block = `> ${w.render(cast.lang === 'uk' ? '«{Q}», {dash} [A:сказав|сказала] {A}.' : '«{Q}», {dash} [A:сказал|сказала] {A}.') ?? rng.pick(phrases.quotes)}\n\n${block}`;
    if (body.length === 5 && extras.list) block = `${[w.sentence(), w.sentence()].map((s) => `- ${s}`).join('\n')}\n\n${block}`;
    if (body.length === 2 && extras.photo) block = `${rng.pick(phrases.photoCredits)}\n\n${block}`;
    if (body.length === 6 && extras.readAlso) block = `${rng.pick(phrases.readAlso)}${w.title()}\n\n${block}`;
    body.push(block);
    size += Buffer.byteLength(block, 'utf8') + 2;
  }
  return `${front.join('\n')}\n${body.join('\n\n')}\n`;
}

function tagList(w: Writer): string[] {
  const people = w.rng.sample(w.cast.people, w.rng.int(1, 2)).map((p) => w.fullName(p, 'nom'));
  return [...new Set([...w.rng.sample(w.phrases.tags, w.rng.int(1, 3)), ...people])];
}
