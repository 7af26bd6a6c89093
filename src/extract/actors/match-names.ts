/**
 * Known names in one block: surnames (any case, either language's spelling), aliases,
 * organisation names over several words, exact abbreviations; then the folded-stem
 * fallback for unseen case forms of declinable surnames. A surname takes in the given
 * name (or initial, or given name + patronymic) written before it; a different given name
 * before it ("Меланія Трамп") means another person, so the match is dropped.
 */
import type { Lang } from '../../types.ts';
import type { Candidate } from './candidates.ts';
import { CYRILLIC_WORD, type Case } from './forms.ts';
import { givenReadings } from './given-index.ts';
import type { ActorLexicon, NameEntry } from './lexicon.ts';
import { fold, nameStem } from './stems.ts';
import { gapAfter, joined, type BlockTokens } from './tokens.ts';

export interface NameContext {
  lang: Lang;
  /** Actors already named earlier in the article (ties between namesakes go to them). */
  mentioned: ReadonlySet<string>;
}

const PATRONYMIC = /(ович|евич|ьович|івн|ївн|овн|евн|ич)(а|у|ем|ом|і|ою|ей|ой|е|и|ові|еві)?$/u;

interface Scored {
  entry: NameEntry;
  exact: boolean;
}

function rank(lex: ActorLexicon, ctx: NameContext, actorId: string, exact: boolean, lang: Lang): number[] {
  return [exact ? 1 : 0, ctx.mentioned.has(actorId) ? 1 : 0, lang === ctx.lang ? 1 : 0, -(lex.order.get(actorId) ?? 0)];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}

function matchEntry(b: BlockTokens, i: number, entry: NameEntry): Scored | null {
  const n = entry.words.length;
  if (i + n > b.tokens.length) return null;
  let exact = true;
  for (let k = 0; k < n; k++) {
    if (b.folded[i + k] !== entry.words[k]) return null;
    if (entry.capital[k] && !b.capital[i + k]) return null;
    if (k < n - 1 && !joined(b, i + k)) return null;
    if (b.tokens[i + k]!.text.toLowerCase() !== entry.exact[k]) exact = false;
  }
  return { entry, exact };
}

/** Best known name starting at token i, or null. */
function nameAt(b: BlockTokens, i: number, lex: ActorLexicon, ctx: NameContext): Candidate | null {
  const matches: Scored[] = [];
  for (const entry of lex.names.get(b.folded[i]!) ?? []) {
    const m = matchEntry(b, i, entry);
    if (m) matches.push(m);
  }
  if (matches.length === 0) return null;
  const longest = Math.max(...matches.map((m) => m.entry.words.length));
  let best: Scored | null = null;
  let bestRank: number[] = [];
  for (const m of matches) {
    if (m.entry.words.length !== longest) continue;
    const r = rank(lex, ctx, m.entry.actorId, m.exact, m.entry.lang);
    if (!best || better(r, bestRank)) {
      best = m;
      bestRank = r;
    }
  }
  if (!best) return null;
  const chosen = best.entry;
  const cases: Case[] = [];
  for (const m of matches) {
    if (m.entry.actorId !== chosen.actorId || m.entry.words.length !== longest) continue;
    for (const c of m.entry.cases) if (!cases.includes(c)) cases.push(c);
  }
  const isOrg = chosen.kind === 'organisation';
  return {
    kind: isOrg ? 'organisation' : 'person',
    actorId: chosen.actorId,
    first: i,
    last: i + longest - 1,
    via: isOrg ? 'name' : chosen.kind === 'alias' ? 'alias' : 'surname',
    cases,
  };
}

function abbreviationAt(b: BlockTokens, i: number, lex: ActorLexicon): Candidate | null {
  let best: Candidate | null = null;
  for (const entry of lex.abbreviations.get(b.tokens[i]!.text) ?? []) {
    const n = entry.words.length;
    if (i + n > b.tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      if (b.tokens[i + k]!.text !== entry.words[k]) ok = false;
      else if (k < n - 1 && !joined(b, i + k)) ok = false;
    }
    if (ok && (!best || n > best.last - best.first + 1)) {
      best = { kind: 'organisation', actorId: entry.actorId, first: i, last: i + n - 1, via: 'abbreviation', cases: null };
    }
  }
  return best;
}

/** The stem fallback: a capitalised word whose folded stem is a known declinable surname's. */
function stemAt(b: BlockTokens, i: number, lex: ActorLexicon, ctx: NameContext): Candidate | null {
  if (!b.capital[i]) return null;
  const word = b.tokens[i]!.text;
  if (!CYRILLIC_WORD.test(word) || word === word.toUpperCase()) return null;
  const keys = new Set([nameStem(word), b.folded[i]!]);
  let best: string | null = null;
  let bestRank: number[] = [];
  for (const key of keys) {
    for (const s of lex.stems.get(key) ?? []) {
      const r = rank(lex, ctx, s.actorId, false, s.lang);
      if (!best || better(r, bestRank)) {
        best = s.actorId;
        bestRank = r;
      }
    }
  }
  return best ? { kind: 'person', actorId: best, first: i, last: i, via: 'surname', cases: null } : null;
}

type Extension = { first: number; cases: readonly Case[] | null } | 'mismatch' | null;

/** What stands before a person's surname: their given name (→ extend), another given name (→ not them), or nothing. */
function givenBefore(b: BlockTokens, c: Candidate, lex: ActorLexicon): Extension {
  const j = c.first - 1;
  if (j < 0 || !c.actorId) return null;
  const person = lex.persons.get(c.actorId);
  const forms = lex.givenForms.get(c.actorId);
  if (!person || !forms) return null;
  const token = b.tokens[j]!;
  // Initial: "В. Зеленський".
  if (token.text.length === 1 && b.capital[j] && /^\.\s*$/u.test(gapAfter(b, j))) {
    const initial = fold(token.text);
    const givens = [...person.uk.given, ...person.ru.given].map(fold);
    return givens.some((g) => g.startsWith(initial)) ? { first: j, cases: null } : null;
  }
  if (!joined(b, j) || !b.capital[j]) return null;
  // Given names of several words: "Джей Ді Венс".
  for (const phrase of lex.givenPhrases.get(c.actorId) ?? []) {
    const start = c.first - phrase.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const t = start + k;
      if (!b.capital[t] || !phrase[k]!.has(b.folded[t]!) || !joined(b, t)) ok = false;
    }
    if (ok) return { first: start, cases: null };
  }
  // Given name + patronymic.
  if (PATRONYMIC.test(b.folded[j]!) && j > 0 && joined(b, j - 1) && b.capital[j - 1]) {
    const cases = forms.get(b.folded[j - 1]!);
    if (cases) return { first: j - 1, cases };
  }
  const cases = forms.get(b.folded[j]!);
  if (cases) return { first: j, cases };
  const readings = givenReadings(token.text);
  if (readings.length === 0) return null;
  const own = [...person.uk.given, ...person.ru.given].map(fold);
  const compatible = readings.find((r) => r.gender === person.gender && own.some((g) => g.slice(0, 3) === fold(r.nominative).slice(0, 3)));
  if (compatible) return { first: j, cases: compatible.cases };
  return 'mismatch';
}

function intersect(a: readonly Case[] | null, b: readonly Case[] | null): Case[] | null {
  if (!a) return b ? [...b] : null;
  if (!b) return [...a];
  const both = a.filter((c) => b.includes(c));
  return both.length > 0 ? both : [...a];
}

/** Known-name candidates in a block (overlaps not settled yet). */
export function matchKnownNames(b: BlockTokens, lex: ActorLexicon, ctx: NameContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < b.tokens.length; i++) {
    const abbreviation = abbreviationAt(b, i, lex);
    if (abbreviation) out.push(abbreviation);
    const name = nameAt(b, i, lex, ctx) ?? stemAt(b, i, lex, ctx);
    if (!name) continue;
    if (name.kind === 'person' && name.via === 'surname') {
      const ext = givenBefore(b, name, lex);
      if (ext === 'mismatch') continue;
      if (ext) {
        name.first = ext.first;
        name.via = 'name';
        name.cases = intersect(name.cases, ext.cases);
      }
    }
    out.push(name);
  }
  return out;
}
