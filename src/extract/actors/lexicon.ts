/**
 * The actor lexicon: built once per build from the knowledge base. Every case form of
 * every surname, alias and organisation name (both languages), folded and keyed by its
 * first word; abbreviations exactly; stems of declinable surnames for the fallback; the
 * case forms of each person's given names; the role references.
 */
import type { Lang } from '../../types.ts';
import type { KnownActor, Person } from '../../knowledge/schema.ts';
import { tokenize } from '../../text/fold.ts';
import { declineGiven, declinePhrase, declineSurname } from './declension.ts';
import { isCapitalised, type Case, type Gender } from './forms.ts';
import { buildRoleIndex, type RoleIndex } from './match-roles.ts';
import { fold, nameStem } from './stems.ts';

export type NameKind = 'surname' | 'alias' | 'organisation';

export interface NameEntry {
  actorId: string;
  kind: NameKind;
  /** Folded words. */
  words: string[];
  /** Words as generated, lower case (an unfolded match ranks above a folded one). */
  exact: string[];
  /** Words that must be capitalised in the text (capitalised in the knowledge base). */
  capital: boolean[];
  cases: Case[];
  lang: Lang;
}

export interface AbbreviationEntry {
  actorId: string;
  words: string[];
}

export interface StemEntry {
  actorId: string;
  lang: Lang;
}

export interface ActorLexicon {
  readonly names: ReadonlyMap<string, readonly NameEntry[]>;
  readonly abbreviations: ReadonlyMap<string, readonly AbbreviationEntry[]>;
  readonly stems: ReadonlyMap<string, readonly StemEntry[]>;
  /** actorId → folded given-name form → cases (both languages). */
  readonly givenForms: ReadonlyMap<string, ReadonlyMap<string, readonly Case[]>>;
  /** actorId → given names of several words ("Джей Ді"): per word, its folded forms. */
  readonly givenPhrases: ReadonlyMap<string, readonly (readonly ReadonlySet<string>[])[]>;
  readonly persons: ReadonlyMap<string, Person>;
  readonly kinds: ReadonlyMap<string, KnownActor['type']>;
  /** Position in the knowledge base: the tie-breaker of last resort. */
  readonly order: ReadonlyMap<string, number>;
  readonly roles: RoleIndex;
}

const LANGS: readonly Lang[] = ['uk', 'ru'];

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Surnames whose every case is spelled like the nominative, or adjectival ones: no stem fallback. */
function stemmable(surname: string, gender: Gender, formCount: number): boolean {
  if (formCount <= 1 || surname.includes(' ')) return false;
  const w = surname.toLowerCase();
  if (/(ий|ій|ой|ый)$/u.test(w)) return false;
  if (gender === 'female' && /(ськ|цьк|зьк|ск|цк|ов|ев|єв|ин|ін|їн|ын)[аая]$/u.test(w)) return false;
  return true;
}

export function buildActorLexicon(actors: readonly KnownActor[]): ActorLexicon {
  const names = new Map<string, NameEntry[]>();
  const abbreviations = new Map<string, AbbreviationEntry[]>();
  const stems = new Map<string, StemEntry[]>();
  const givenForms = new Map<string, Map<string, Case[]>>();
  const givenPhrases = new Map<string, Set<string>[][]>();
  const persons = new Map<string, Person>();
  const kinds = new Map<string, KnownActor['type']>();
  const order = new Map<string, number>();
  const seen = new Set<string>();

  const addName = (actorId: string, kind: NameKind, lang: Lang, written: string, model: string, cases: readonly Case[]): void => {
    const words = tokenize(written).map((t) => t.text);
    const modelWords = tokenize(model).map((t) => t.text);
    if (words.length === 0) return;
    const folded = words.map(fold);
    const key = `${actorId}|${kind}|${lang}|${folded.join(' ')}`;
    const existing = seen.has(key) ? (names.get(folded[0]!) ?? []).find((e) => e.actorId === actorId && e.kind === kind && e.lang === lang && e.words.join(' ') === folded.join(' ')) : undefined;
    if (existing) {
      for (const c of cases) if (!existing.cases.includes(c)) existing.cases.push(c);
      return;
    }
    seen.add(key);
    pushTo(names, folded[0]!, {
      actorId,
      kind,
      words: folded,
      exact: words.map((w) => w.toLowerCase()),
      capital: words.map((w, i) => isCapitalised(modelWords[i] ?? w)),
      cases: [...cases],
      lang,
    });
  };

  actors.forEach((actor, position) => {
    order.set(actor.id, position);
    kinds.set(actor.id, actor.type);
    if (actor.type === 'organisation') {
      for (const lang of LANGS) {
        for (const name of actor[lang]) {
          for (const f of declinePhrase(lang, name)) addName(actor.id, 'organisation', lang, f.form, name, f.cases);
        }
      }
      for (const abbreviation of actor.abbreviations) {
        const words = tokenize(abbreviation).map((t) => t.text);
        if (words[0]) pushTo(abbreviations, words[0], { actorId: actor.id, words });
      }
      return;
    }
    persons.set(actor.id, actor);
    const given = new Map<string, Case[]>();
    for (const lang of LANGS) {
      const names = actor[lang];
      for (const surname of names.surname) {
        const forms = declineSurname(lang, surname, actor.gender);
        for (const f of forms) addName(actor.id, 'surname', lang, f.form, surname, f.cases);
        if (stemmable(surname, actor.gender, forms.length)) {
          const stem = nameStem(surname);
          if (stem.length >= 4 && !(stems.get(stem) ?? []).some((s) => s.actorId === actor.id)) pushTo(stems, stem, { actorId: actor.id, lang });
        }
      }
      for (const alias of names.aliases) addName(actor.id, 'alias', lang, alias, alias, ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc']);
      for (const g of names.given) {
        const words = g.split(/\s+/u).filter(Boolean);
        if (words.length > 1) {
          const phrase = words.map((w) => new Set([fold(w), ...declineGiven(lang, w, actor.gender).map((f) => fold(f.form))]));
          const list = givenPhrases.get(actor.id) ?? [];
          list.push(phrase);
          givenPhrases.set(actor.id, list);
          continue;
        }
        for (const f of declineGiven(lang, g, actor.gender)) {
          const key = fold(f.form);
          const list = given.get(key) ?? [];
          for (const c of f.cases) if (!list.includes(c)) list.push(c);
          given.set(key, list);
        }
      }
    }
    givenForms.set(actor.id, given);
  });

  return { names, abbreviations, stems, givenForms, givenPhrases, persons, kinds, order, roles: buildRoleIndex(actors) };
}
