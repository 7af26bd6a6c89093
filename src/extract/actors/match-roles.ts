/**
 * Role-only references ("голова Офісу президента", "госсекретарь США", "зятем президента
 * США") resolved to the person who held the role on the article's date. The head word is
 * matched in any case and number (generated forms, then fold + stem); the qualifier
 * exactly after folding, with at most one extra word between. Generic uses are skipped:
 * "майбутній президент", "любой госсекретарь", "вибори президента", a plural head
 * without a coordinated list of qualifiers, a head that depends on another person's title
 * ("заступник глави МЗС"). "Колишній"/"бывший" resolves to the earlier holder when only
 * one person held the role before the date.
 */
import type { IsoDate, Lang } from '../../types.ts';
import type { KnownActor } from '../../knowledge/schema.ts';
import { tokenize } from '../../text/fold.ts';
import { declineNoun, declinePhrase } from './declension.ts';
import type { Case, Form, GramNumber } from './forms.ts';
import { commonStem, fold } from './stems.ts';
import { gapAfter, joined, type BlockTokens } from './tokens.ts';

interface HeadForm {
  cases: Case[];
  numbers: GramNumber[];
}

interface RolePattern {
  actorId: string;
  from: IsoDate | null;
  to: IsoDate | null;
  headStems: string[];
  /** Head phrase in every case and number, lower case (exact) and folded. */
  headForms: Map<string, HeadForm>;
  headFolded: Map<string, HeadForm>;
  ofWords: string[];
}

export interface RoleIndex {
  /** `${lang}|${key}` → patterns, keyed by the first head word's stem and by each of its folded forms. */
  byFirst: Map<string, RolePattern[]>;
}

export function buildRoleIndex(actors: readonly KnownActor[]): RoleIndex {
  const byFirst = new Map<string, RolePattern[]>();
  const add = (key: string, p: RolePattern): void => {
    const list = byFirst.get(key) ?? [];
    if (!list.includes(p)) list.push(p);
    byFirst.set(key, list);
  };
  for (const actor of actors) {
    if (actor.type !== 'person') continue;
    for (const role of actor.roles) {
      for (const lang of ['uk', 'ru'] as const) {
        for (const ref of role.refer[lang]) {
          const headWords = tokenize(ref.head).map((t) => t.text);
          if (headWords.length === 0) continue;
          const forms = headWords.length === 1 ? declineNoun(lang, ref.head) : declinePhrase(lang, ref.head, true);
          const headForms = new Map<string, HeadForm>();
          const headFolded = new Map<string, HeadForm>();
          const note = (map: Map<string, HeadForm>, key: string, f: Form): void => {
            const entry = map.get(key) ?? { cases: [], numbers: [] };
            for (const c of f.cases) if (!entry.cases.includes(c)) entry.cases.push(c);
            if (!entry.numbers.includes(f.number)) entry.numbers.push(f.number);
            map.set(key, entry);
          };
          for (const f of forms) {
            const words = tokenize(f.form).map((t) => t.text);
            note(headForms, words.map((w) => w.toLowerCase()).join(' '), f);
            note(headFolded, words.map(fold).join(' '), f);
          }
          const pattern: RolePattern = {
            actorId: actor.id,
            from: role.from,
            to: role.to,
            headStems: headWords.map(commonStem),
            headForms,
            headFolded,
            ofWords: tokenize(ref.of).map((t) => fold(t.text)),
          };
          add(`${lang}|${pattern.headStems[0]}`, pattern);
          for (const key of headFolded.keys()) add(`${lang}|${key.split(' ')[0]}`, pattern);
        }
      }
    }
  }
  return { byFirst };
}

export interface RoleMatch {
  first: number;
  last: number;
  /** Token where the qualifier starts. */
  ofFirst: number;
  actorId: string;
  headCases: Case[] | null;
  /** Several matches from one coordinated list share a group number. */
  group: number | null;
}

const GENERIC_BEFORE = /^(майбутн|будущ|буд-як|кожн|кожен|кажд|наступн|следующ|потенцийн|потенциальн|новообран|новоизбран|чергов|очередн|люб(ой|ого|ому|им|ом|ая|ую|ые|ых))/u;
const FORMER_BEFORE = /^(колишн|бувш|бивш|екс$)/u;
const DEPENDENT_BEFORE = /^(заступник\S*|заместител\S*|помичник\S*|помощник\S*|радник\S*|советник\S*|речник\S*|прес-секретар\S*|пресс-секретар\S*|прессекретар\S*|пресс-служб\S*|прес-служб\S*|(спец)?представник\S*|(спец)?представител\S*|(спец)?посланец\S*|(спец)?посланц\S*|(спец)?посланник\S*|емисар\S*|эмиссар\S*|емиссар\S*|уповноважен\S*|уполномочен\S*|офис\S*|администрац\S*|адмнистрац\S*|апарат\S*|канцеляри\S*|кабинет\S*|посольств\S*|резиденци\S*|син|сина|сину|сином|син|сына|сыну|сыном|доньк\S*|дочк\S*|доч|дочь|дочери|зят\S*|вдов\S*|брат|брата|брату|братом|сестр\S*|батьк\S*|отц\S*|отец|мати|матери|матир|жена|жени|жене|жену|женой|дружин\S*|чоловик\S*|муж|мужа|мужу|мужем|супруг\S*)$/u;
const POST_NEAR = /^(посад\S*|пост|поста|посту|постом|пости|посади|вибор\S*|кандидат\S*|балот\S*|баллот\S*|обранн\S*|избрани\S*|инавгурац\S*|инаугурац\S*|вакант\S*|ваканси\S*)$/u;
/** The one word allowed between head and qualifier: an adjective or possessive ("глава американського Білого дому"). */
const MODIFIER = /(ого|ому|его|ему|ии|ий|ой|ая|ую|их|им|ои|ей|ою|ие|ое|ее|ша|ше|ши)$/u;
const CONJUNCTION = /^(и|й|та|and)$/u;
const SENTENCE_END = /[.!?…]/u;

function headAt(b: BlockTokens, i: number, p: RolePattern, stripped: string): { end: number; form: HeadForm | null } | null {
  const n = p.headStems.length;
  if (i + n > b.tokens.length) return null;
  const words: string[] = [stripped];
  const exact: string[] = [b.tokens[i]!.text.toLowerCase().replace(/^(екс|экс|ex)-/u, '')];
  for (let k = 1; k < n; k++) {
    if (!joined(b, i + k - 1)) return null;
    words.push(b.folded[i + k]!);
    exact.push(b.tokens[i + k]!.text.toLowerCase());
  }
  const form = p.headForms.get(exact.join(' ')) ?? p.headFolded.get(words.join(' ')) ?? null;
  if (!form) {
    for (let k = 0; k < n; k++) if (commonStem(words[k]!) !== p.headStems[k]) return null;
  }
  return { end: i + n - 1, form };
}

function validOn(p: RolePattern, date: IsoDate): boolean {
  return (p.from === null || p.from <= date) && (p.to === null || date <= p.to);
}

function resolveHolder(patterns: readonly RolePattern[], date: IsoDate | null, former: boolean): string | null {
  let ids: Set<string>;
  if (former) {
    if (!date) return null;
    const current = new Set(patterns.filter((p) => validOn(p, date)).map((p) => p.actorId));
    ids = new Set(patterns.filter((p) => p.to !== null && p.to < date && !current.has(p.actorId)).map((p) => p.actorId));
  } else if (date) {
    ids = new Set(patterns.filter((p) => validOn(p, date)).map((p) => p.actorId));
  } else {
    ids = new Set(patterns.map((p) => p.actorId));
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

/** Folded tokens within `span` tokens before i, stopping at a sentence end. */
function tokensBefore(b: BlockTokens, i: number, span: number): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && out.length < span; k--) {
    if (SENTENCE_END.test(gapAfter(b, k))) break;
    out.push(b.folded[k]!);
  }
  return out;
}

let groupCounter = 0;

/** The qualifier `words` (folded) written at token `pos`, each word joined to the next. */
function wordsAt(b: BlockTokens, pos: number, words: readonly string[]): boolean {
  if (pos + words.length > b.tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    if (b.folded[pos + k] !== words[k]) return false;
    if (k < words.length - 1 && !joined(b, pos + k)) return false;
  }
  return true;
}

/** Where the next item of a coordinated list starts after token p ("…, Германии и Франции"), or -1. */
function nextItem(b: BlockTokens, p: number): number {
  let next = p + 1;
  if (next >= b.tokens.length) return -1;
  const gap = gapAfter(b, p);
  if (/^\s*,\s*$/u.test(gap)) {
    if (CONJUNCTION.test(b.folded[next]!) && joined(b, next)) next++;
  } else if (joined(b, p) && CONJUNCTION.test(b.folded[next]!) && joined(b, next)) {
    next++;
  } else return -1;
  return next < b.tokens.length && b.capital[next] ? next : -1;
}

/**
 * Qualifiers after a matched head: the first one (any pattern of this head whose whole
 * qualifier is written there; the longest wins), then, after a plural head, further items
 * of a coordinated list, each matching the end of some pattern's qualifier.
 */
function matchQualifiers(
  b: BlockTokens,
  i: number,
  head: { end: number; form: HeadForm | null },
  group: readonly RolePattern[],
  date: IsoDate | null,
  former: boolean,
): RoleMatch[] {
  const numbers = head.form?.numbers ?? ['sg'];
  const cases = head.form?.cases ?? null;
  const singular = numbers.includes('sg');
  const bare = group.filter((p) => p.ofWords.length === 0);
  const qualified = group.filter((p) => p.ofWords.length > 0);
  if (joined(b, head.end)) {
    for (const extra of [0, 1]) {
      let pos = head.end + 1;
      if (extra === 1) {
        if (pos >= b.tokens.length || b.capital[pos] || !joined(b, pos) || !MODIFIER.test(b.folded[pos]!)) break;
        pos++;
      }
      const matching = qualified.filter((p) => wordsAt(b, pos, p.ofWords));
      if (matching.length === 0) continue;
      const longest = Math.max(...matching.map((p) => p.ofWords.length));
      const first = matching.filter((p) => p.ofWords.length === longest);
      const firstWords = first[0]!.ofWords;
      const items: { last: number; holder: string | null }[] = [{ last: pos + longest - 1, holder: resolveHolder(first, date, former) }];
      if (numbers.includes('pl')) {
        for (let s = nextItem(b, items[0]!.last); s >= 0 && items.length < 8; ) {
          let found: { last: number; holder: string | null } | null = null;
          for (let len = 3; len >= 1 && !found; len--) {
            const words = b.folded.slice(s, s + len);
            if (words.length < len || !wordsAt(b, s, words)) continue;
            const fitting = qualified.filter((p) => {
              const n = p.ofWords.length;
              if (n < len || p.ofWords.slice(n - len).join(' ') !== words.join(' ')) return false;
              const prefix = p.ofWords.slice(0, n - len);
              return prefix.length === 0 || prefix.join(' ') === firstWords.slice(0, prefix.length).join(' ');
            });
            if (fitting.length > 0) found = { last: s + len - 1, holder: resolveHolder(fitting, date, former) };
          }
          if (!found) break;
          items.push(found);
          s = nextItem(b, found.last);
        }
      }
      if (items.length >= 2) {
        const resolved = items.filter((it): it is { last: number; holder: string } => it.holder !== null);
        if (resolved.length === 0) return [];
        const groupId = ++groupCounter;
        return resolved.map((it) => ({ first: i, last: it.last, ofFirst: head.end + 1, actorId: it.holder, headCases: cases, group: groupId }));
      }
      const holder = items[0]!.holder;
      if (!singular || !holder) return [];
      return [{ first: i, last: items[0]!.last, ofFirst: head.end + 1, actorId: holder, headCases: cases, group: null }];
    }
  }
  // The head alone: only when nothing that looks like a qualifier follows.
  if (bare.length === 0 || !singular) return [];
  const next = head.end + 1;
  if (next < b.tokens.length && joined(b, head.end) && b.capital[next]) return [];
  const holder = resolveHolder(bare, date, former);
  return holder ? [{ first: i, last: head.end, ofFirst: head.end + 1, actorId: holder, headCases: cases, group: null }] : [];
}

/** Role references in a block, resolved to holders; unresolved and generic ones are left out. */
export function matchRoles(b: BlockTokens, index: RoleIndex, lang: Lang, date: IsoDate | null): RoleMatch[] {
  const out: RoleMatch[] = [];
  for (let i = 0; i < b.tokens.length; i++) {
    let word = b.folded[i]!;
    let former = false;
    const ex = /^(екс|ex)-(.+)$/u.exec(word);
    if (ex) {
      word = ex[2]!;
      former = true;
    }
    const patterns = new Set([...(index.byFirst.get(`${lang}|${word}`) ?? []), ...(index.byFirst.get(`${lang}|${commonStem(word)}`) ?? [])]);
    if (patterns.size === 0) continue;

    const before = tokensBefore(b, i, 3);
    if (before[0] !== undefined && DEPENDENT_BEFORE.test(before[0])) continue;
    if (before[0] !== undefined && before[0] === 'перший' && before[1] !== undefined && DEPENDENT_BEFORE.test(before[1])) continue;
    if (before.slice(0, 2).some((w) => GENERIC_BEFORE.test(w))) continue;
    if (before.some((w) => POST_NEAR.test(w))) continue;
    if (before.slice(0, 2).some((w) => FORMER_BEFORE.test(w))) former = true;

    // Group the patterns by their head as matched here; the longest resolved reference wins.
    const byHead = new Map<string, { head: { end: number; form: HeadForm | null }; patterns: RolePattern[] }>();
    for (const p of patterns) {
      const head = headAt(b, i, p, word);
      if (!head) continue;
      const key = `${p.headStems.join(' ')}|${head.end}`;
      const entry = byHead.get(key) ?? { head, patterns: [] };
      entry.patterns.push(p);
      byHead.set(key, entry);
    }
    let best: RoleMatch[] = [];
    let bestLast = -1;
    for (const { head, patterns: group } of byHead.values()) {
      const found = matchQualifiers(b, i, head, group, date, former);
      const last = found.reduce((m, r) => Math.max(m, r.last), -1);
      if (found.length > 0 && last > bestLast) {
        best = found;
        bestLast = last;
      }
    }
    out.push(...best);
  }
  return out;
}
