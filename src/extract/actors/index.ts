/**
 * Actor extraction for one article: known people and organisations by name, surname,
 * alias or abbreviation; role-only references resolved by the article's date; people the
 * knowledge base does not know. Each mention keeps its block, offsets, surface and
 * sentence; overlapping candidates are settled longest-first, one mention per span. Cost
 * is linear in the text: every step is a map lookup per token.
 */
import type { IsoDate, Lang, Mention } from '../../types.ts';
import { tokenize } from '../../text/fold.ts';
import { sentenceAt, splitSentences, type Sentence } from '../../text/sentences.ts';
import { overlaps, type Candidate } from './candidates.ts';
import { casesAgree, type Case, type Gender } from './forms.ts';
import type { ActorLexicon } from './lexicon.ts';
import { matchKnownNames } from './match-names.ts';
import { matchRoles, type RoleMatch } from './match-roles.ts';
import type { UnknownPersonMention } from './merge-unknown.ts';
import { fold } from './stems.ts';
import { blockTokens, gapAfter, joined, type BlockTokens } from './tokens.ts';
import { findUnknownPeople, unknownSurnameForms, type UnknownFinding } from './unknown-people.ts';

export { buildActorLexicon, type ActorLexicon } from './lexicon.ts';
export { mergeUnknownPeople, type UnknownPerson, type UnknownPersonMention } from './merge-unknown.ts';

export interface ActorExtraction {
  mentions: Mention[];
  unknownPeople: UnknownPersonMention[];
}

export interface ActorContext {
  lang: Lang;
  date: IsoDate | null;
  /** Bylines: never actors, never unknown people. */
  authors: readonly string[];
}

const KIND_PRIORITY: Record<Candidate['kind'], number> = { person: 3, organisation: 3, unknown: 2, role: 1 };

/** Greedy longest-first selection of non-overlapping spans (cost: the spans' total length). */
function selectLongest<T extends { first: number; last: number }>(items: readonly T[], weight: (t: T) => number = () => 0): T[] {
  const sorted = [...items].sort((a, b) => b.last - b.first - (a.last - a.first) || weight(b) - weight(a) || a.first - b.first);
  const used = new Set<number>();
  const kept: T[] = [];
  for (const item of sorted) {
    let free = true;
    for (let k = item.first; k <= item.last && free; k++) if (used.has(k)) free = false;
    if (!free) continue;
    for (let k = item.first; k <= item.last; k++) used.add(k);
    kept.push(item);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/** Token ranges where an author's name is written. */
function authorSpans(b: BlockTokens, authors: readonly string[][]): { first: number; last: number }[] {
  const spans: { first: number; last: number }[] = [];
  for (const words of authors) {
    if (words.length === 0) continue;
    for (let i = 0; i + words.length <= b.tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) {
        if (b.folded[i + k] !== words[k]) ok = false;
        else if (k < words.length - 1 && !joined(b, i + k)) ok = false;
      }
      if (ok) spans.push({ first: i, last: i + words.length - 1 });
    }
  }
  return spans;
}

interface RoleUnit {
  first: number;
  last: number;
  matches: RoleMatch[];
}

/**
 * A role reference immediately followed by a person's own name (in agreement) is that
 * name's mention; so is one set off after the holder's name ("Андрій Сибіга, глава МЗС").
 */
function followedByName(b: BlockTokens, role: RoleMatch, names: readonly Candidate[]): boolean {
  for (const name of names) {
    if (name.actorId === role.actorId && name.last === role.first - 1 && /^\s*[,—–-]\s*$/u.test(gapAfter(b, name.last))) return true;
  }
  for (const name of names) {
    if (name.kind !== 'person' && name.kind !== 'unknown') continue;
    const gap = name.first - role.last - 1;
    if (gap < 0 || gap > 2) continue;
    // Between them at most two capitalised qualifiers ("… Офісу Президента України Кирила Буданова").
    let connected = true;
    for (let k = role.last; k < name.first && connected; k++) if (!joined(b, k) || (k > role.last && !b.capital[k])) connected = false;
    if (!connected) continue;
    if (name.actorId === role.actorId) return true;
    if (casesAgree(role.headCases, name.cases)) return true;
  }
  return false;
}

function roleUnits(b: BlockTokens, roles: readonly RoleMatch[], names: readonly Candidate[], blocked: readonly { first: number; last: number }[]): RoleUnit[] {
  const units = new Map<string, RoleUnit>();
  for (const role of roles) {
    const head = { first: role.first, last: role.ofFirst - 1 };
    if (names.some((n) => overlaps(n, head))) continue;
    if (blocked.some((s) => overlaps(s, role))) continue;
    // A person's name that starts inside the role and runs past its end: the qualifier cut a name.
    if (names.some((n) => n.kind !== 'organisation' && n.first > role.first && n.first <= role.last && n.last > role.last)) continue;
    if (role.group === null && followedByName(b, role, names)) continue;
    const key = role.group === null ? `s${role.first}|${role.last}` : `g${role.group}`;
    const unit = units.get(key) ?? { first: role.first, last: role.last, matches: [] };
    unit.first = Math.min(unit.first, role.first);
    unit.last = Math.max(unit.last, role.last);
    unit.matches.push(role);
    units.set(key, unit);
  }
  return selectLongest([...units.values()]);
}

/** Token i is the first word of its sentence (only punctuation before it). */
function opensSentence(b: BlockTokens, sentences: readonly Sentence[], i: number): boolean {
  const start = b.tokens[i]!.start;
  const sentence = sentences.find((s) => start >= s.start && start < s.end);
  const from = sentence ? sentence.start : 0;
  return !/[\p{L}\p{N}]/u.test(b.text.slice(from, start));
}

interface FoundUnknown {
  finding: UnknownFinding;
  block: number;
}

export function extractActors(
  blocks: readonly { text: string }[],
  context: { lang: Lang; date: IsoDate | null; authors: readonly string[] },
  lexicon: ActorLexicon,
): ActorExtraction {
  const { lang, date } = context;
  const authorStrings = context.authors.flatMap((a) => a.split(/[,;]/u)).map((a) => a.trim()).filter(Boolean);
  const authors = authorStrings.map((a) => tokenize(a).map((t) => fold(t.text))).filter((a) => a.length > 0);
  // A known person who signs the article is not one of its actors.
  const authorActors = new Set<string>();
  for (const author of authorStrings) {
    const b = blockTokens(author);
    for (const c of matchKnownNames(b, lexicon, { lang, mentioned: new Set() })) {
      if (c.kind === 'person' && c.actorId && c.first === 0 && c.last === b.tokens.length - 1 && b.tokens.length > 1) authorActors.add(c.actorId);
    }
  }
  const authorNames = new Set(authors.map((a) => a.join(' ')));
  const mentioned = new Set<string>();
  const mentions: Mention[] = [];
  const weak = new Set<Mention>();
  const unknownPeople: UnknownPersonMention[] = [];
  const found: FoundUnknown[] = [];
  const prepared: { b: BlockTokens; sentences: Sentence[]; taken: boolean[] }[] = [];

  const sentenceOf = (sentences: readonly Sentence[], text: string, offset: number): string => sentenceAt(sentences, offset, text).text;

  blocks.forEach((block, index) => {
    const b = blockTokens(block.text);
    const sentences = splitSentences(block.text);
    const authorsHere = authorSpans(b, authors);
    const known = matchKnownNames(b, lexicon, { lang, mentioned }).filter(
      (c) => !authorsHere.some((s) => overlaps(s, c)) && !(c.actorId && authorActors.has(c.actorId)),
    );
    const names = selectLongest(known, (c) => KIND_PRIORITY[c.kind]);
    const taken = new Array<boolean>(b.tokens.length).fill(false);
    for (const span of [...names, ...authorsHere]) for (let k = span.first; k <= span.last; k++) taken[k] = true;
    const unknowns = findUnknownPeople(b, lang, (i) => !taken[i]).filter(
      (u) => !authorNames.has(tokenize(u.unknown.name).map((t) => fold(t.text)).join(' ')),
    );
    for (const u of unknowns) for (let k = u.first; k <= u.last; k++) taken[k] = true;
    const allNames: Candidate[] = [...names, ...unknowns];
    const roles = roleUnits(b, matchRoles(b, lexicon.roles, lang, date), allNames, authorsHere);
    for (const r of roles) for (let k = r.first; k <= r.last; k++) taken[k] = true;

    const span = (first: number, last: number): { start: number; end: number; surface: string; sentence: string } => {
      const start = b.tokens[first]!.start;
      let end = b.tokens[last]!.end;
      // Close a quotation the span opened: фракції «Слуга народу».
      const inside = block.text.slice(start, end);
      if ((inside.match(/«/gu)?.length ?? 0) > (inside.match(/»/gu)?.length ?? 0) && block.text[end] === '»') end++;
      return { start, end, surface: block.text.slice(start, end), sentence: sentenceOf(sentences, block.text, start) };
    };
    for (const c of names) {
      if (!c.actorId) continue;
      const mention: Mention = { actorId: c.actorId, block: index, ...span(c.first, c.last), via: c.via };
      mentions.push(mention);
      if (c.kind === 'person' && c.via === 'surname' && (c.cases === null || !c.cases.includes('nom')) && opensSentence(b, sentences, c.first)) weak.add(mention);
    }
    for (const r of roles) {
      for (const m of r.matches) {
        if (!authorActors.has(m.actorId)) mentions.push({ actorId: m.actorId, block: index, ...span(m.first, m.last), via: 'role' });
      }
    }
    for (const u of unknowns) {
      unknownPeople.push({ ...u.unknown, block: index, ...span(u.first, u.last) });
      found.push({ finding: u, block: index });
    }
    for (const c of names) if (c.actorId && c.kind === 'person') mentioned.add(c.actorId);
    for (const r of roles) for (const m of r.matches) mentioned.add(m.actorId);
    prepared.push({ b, sentences, taken });
  });

  addSurnameOnlyMentions(found, prepared, blocks, lang, unknownPeople, sentenceOf);

  const strong = new Set(mentions.filter((m) => !weak.has(m)).map((m) => m.actorId));
  const kept = mentions.filter((m) => !weak.has(m) || strong.has(m.actorId));
  mentions.length = 0;
  mentions.push(...kept);

  const byPosition = <T extends { block: number; start: number; end: number }>(a: T, b: T): number => a.block - b.block || a.start - b.start || b.end - a.end;
  mentions.sort(byPosition);
  unknownPeople.sort(byPosition);
  return { mentions, unknownPeople };
}

/** Later (or earlier) surname-only mentions of an unknown person found in the same article. */
function addSurnameOnlyMentions(
  found: readonly FoundUnknown[],
  prepared: readonly { b: BlockTokens; sentences: Sentence[]; taken: boolean[] }[],
  blocks: readonly { text: string }[],
  lang: Lang,
  out: UnknownPersonMention[],
  sentenceOf: (sentences: readonly Sentence[], text: string, offset: number) => string,
): void {
  if (found.length === 0) return;
  const byForm = new Map<string, Map<string, { finding: UnknownFinding; cases: Case[] }>>();
  const seenKeys = new Set<string>();
  for (const { finding } of found) {
    if (seenKeys.has(finding.unknown.key)) continue;
    seenKeys.add(finding.unknown.key);
    const gender: Gender = finding.gender;
    for (const [form, cases] of unknownSurnameForms(finding.unknown.surname, gender, lang)) {
      const people = byForm.get(form) ?? new Map();
      people.set(finding.unknown.key, { finding, cases });
      byForm.set(form, people);
    }
  }
  prepared.forEach(({ b, sentences, taken }, index) => {
    const text = blocks[index]!.text;
    for (let i = 0; i < b.tokens.length; i++) {
      if (taken[i] || !b.capital[i]) continue;
      const people = byForm.get(b.folded[i]!);
      if (!people || people.size !== 1) continue;
      const [{ finding }] = [...people.values()] as [{ finding: UnknownFinding; cases: Case[] }];
      const token = b.tokens[i]!;
      out.push({ ...finding.unknown, block: index, start: token.start, end: token.end, surface: token.text, sentence: sentenceOf(sentences, text, token.start) });
      taken[i] = true;
    }
  });
}

