/**
 * What the synthetic articles talk about, taken from the project's knowledge base: people
 * (inflected with the extractor's own declension tables), organisations, places (their
 * case forms are listed in places.yaml), outlets and curated meetings. Built once per run.
 */
import { declineGiven, declineSurname } from '../../src/extract/actors/declension.ts';
import type { Case, Form, Gender } from '../../src/extract/actors/forms.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load.ts';
import type { KnowledgeBase, Person } from '../../src/knowledge/schema.ts';
import type { IsoDate, Lang } from '../../src/types.ts';
import { JOURNALISTS, UNLISTED_PEOPLE } from './people.ts';

export const LANGS: readonly Lang[] = ['uk', 'ru'];

/** The cases sentence templates ask for. */
export type SlotCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins';
export const SLOT_CASES: readonly SlotCase[] = ['nom', 'gen', 'dat', 'acc', 'ins'];

type CaseForms = Record<SlotCase, string>;

/** A person as one language writes them: spelling variants, each in every case a template needs. */
export interface PersonForms {
  id: string;
  gender: Gender;
  inKnowledgeBase: boolean;
  /** Given-name spellings (main first), each declined. */
  given: CaseForms[];
  /** Surname spellings (main first), each declined. */
  surname: CaseForms[];
  /** Role phrases in the nominative ("держсекретар США"), with the dates they hold. */
  roles: { phrase: string; from: IsoDate | null; to: IsoDate | null }[];
  /** How prominent: how often the generator picks them. */
  weight: number;
}

export interface PlaceForms {
  name: string;
  nom: string;
  gen: string;
  loc: string;
  acc: string;
}

export interface OrganisationForms {
  id: string;
  /** Nominative names and language-appropriate abbreviations. */
  names: string[];
  abbreviations: string[];
}

export interface OutletInfo {
  name: string;
  domains: string[];
}

export interface MeetingInfo {
  id: string;
  date: IsoDate;
  place: string | null;
  participants: string[];
}

export interface LangVocabulary {
  people: PersonForms[];
  unlisted: PersonForms[];
  organisations: OrganisationForms[];
  places: PlaceForms[];
  outlets: OutletInfo[];
  journalists: string[];
}

export interface Vocabulary {
  byLang: Record<Lang, LangVocabulary>;
  meetings: MeetingInfo[];
}

/** The people the coverage names most: picked more often, as in the real seeds. */
const PROMINENT: Record<string, number> = {
  'volodymyr-zelensky': 10,
  'donald-trump': 9,
  'vladimir-putin': 8,
  'steve-witkoff': 7,
  'rustem-umerov': 6,
  'marco-rubio': 6,
  'jared-kushner': 5,
  'andriy-yermak': 5,
  'kyrylo-budanov': 4,
  'dmitry-peskov': 4,
  'yuri-ushakov': 4,
  'kirill-dmitriev': 3,
  'sergei-lavrov': 3,
  'emmanuel-macron': 3,
  'keir-starmer': 3,
  'friedrich-merz': 3,
  'andrii-sybiha': 3,
  'dan-driscoll': 2,
  'keith-kellogg': 2,
  'jd-vance': 2,
};

export function buildVocabulary(knowledgeDir?: string): Vocabulary {
  const { knowledge, diagnostics } = loadKnowledgeBase(knowledgeDir);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (knowledge.actors.length === 0) throw new Error(`the knowledge base has no actors (${errors.length} errors)`);
  const byLang = { uk: langVocabulary(knowledge, 'uk'), ru: langVocabulary(knowledge, 'ru') };
  const meetings = knowledge.meetings.map((m) => ({ id: m.id, date: m.date, place: m.place, participants: m.participants }));
  return { byLang, meetings };
}

function langVocabulary(knowledge: KnowledgeBase, lang: Lang): LangVocabulary {
  const people: PersonForms[] = [];
  const organisations: OrganisationForms[] = [];
  for (const actor of knowledge.actors) {
    if (actor.type === 'person') people.push(personForms(actor, lang));
    else {
      organisations.push({
        id: actor.id,
        names: actor[lang],
        abbreviations: actor.abbreviations.filter((a) => /^[\p{Script=Cyrillic}\s-]+$/u.test(a) && !(lang === 'uk' ? /[ЭЫЪЁ]/u : /[ЄІЇҐ]/u).test(a)),
      });
    }
  }
  const unlisted = UNLISTED_PEOPLE.map((p, index) =>
    declinedPerson(`unlisted-${index}`, p.gender, [p[lang].given], [p[lang].surname], [], 1, false, lang),
  );
  const places = knowledge.places.filter((p) => p.kind !== 'venue' || p.uk.length > 1).map((p) => placeForms(p.name, p[lang], lang));
  const outlets = knowledge.outlets
    .filter((o) => o.lang === lang || (o.lang === undefined && lang === 'uk'))
    .map((o) => ({ name: o.name, domains: o.domains.filter((d) => !d.includes('/')) }));
  return { people, unlisted, organisations, places, outlets, journalists: JOURNALISTS[lang] };
}

function personForms(person: Person, lang: Lang): PersonForms {
  const names = person[lang];
  const roles = person.roles.flatMap((role) =>
    role.refer[lang].map((ref) => ({ phrase: `${ref.head} ${ref.of}`.trim(), from: role.from, to: role.to })),
  );
  return declinedPerson(person.id, person.gender, names.given, names.surname, roles, PROMINENT[person.id] ?? 1, true, lang);
}

function declinedPerson(
  id: string,
  gender: Gender,
  given: readonly string[],
  surname: readonly string[],
  roles: PersonForms['roles'],
  weight: number,
  inKnowledgeBase: boolean,
  lang: Lang,
): PersonForms {
  return {
    id,
    gender,
    inKnowledgeBase,
    given: given.map((g) => caseForms(g, declineGiven(lang, g, gender))),
    surname: surname.map((s) => caseForms(s, declineSurname(lang, s, gender))),
    roles,
    weight,
  };
}

/** The first generated form for each case (the declension tables list the usual form first). */
function caseForms(nominative: string, forms: readonly Form[]): CaseForms {
  const pick = (c: Case) => forms.find((f) => f.number === 'sg' && f.cases.includes(c))?.form ?? nominative;
  return { nom: nominative, gen: pick('gen'), dat: pick('dat'), acc: pick('acc'), ins: pick('ins') };
}

/**
 * places.yaml lists every form a text may use, nominative first, usually genitive second,
 * but not labelled by case: the locative and accusative are found by their endings. A place
 * with fewer than three forms (Абу-Дабі, Мар-а-Лаго) is indeclinable.
 */
function placeForms(name: string, forms: readonly string[], lang: Lang): PlaceForms {
  const nom = forms[0]!;
  if (forms.length < 3 || /^\p{Lu}{2,}$/u.test(nom)) return { name, nom, gen: nom, loc: nom, acc: nom };
  const words = (s: string) => s.split(/\s+/u);
  // Same number of words as the nominative: "Російська Федерація" is not a form of "Росія".
  const rest = forms.slice(1).filter((f) => words(f).length === words(nom).length);
  const every = (f: string, pattern: RegExp) => words(f).every((w) => pattern.test(w));
  // Locative: adjectives first ("Великій Британії", "Саудовской Аравии"), then the noun.
  const locative = (f: string, adjective: RegExp, noun: RegExp) => {
    const ws = words(f);
    return ws.slice(0, -1).every((w) => adjective.test(w)) && noun.test(ws[ws.length - 1]!);
  };
  const loc =
    lang === 'uk'
      ? (rest.find((f) => locative(f, /(?:ій|их|ому|ім)$/u, /[іїх]$/u)) ?? rest.find((f) => locative(f, /(?:ій|их|ому|ім)$/u, /у$/u)))
      : rest.find((f) => locative(f, /(?:ой|ом|ых|ем|их)$/u, /(?:е|ии|ах|ях)$/u));
  const feminine = /[ая]$/u.test(words(nom).pop() ?? nom);
  const acc = feminine ? rest.find((f) => every(f, /[ую]$/u)) : nom;
  return { name, nom, gen: rest[0] ?? nom, loc: loc ?? nom, acc: acc ?? nom };
}
