/**
 * A long alternation that may only match at the start of a word, `B(?:a|b|…)`, matched
 * exactly as the regular expression would match it, but each branch tried only where it
 * can begin.
 *
 * Why: V8 tries every branch of an alternation in turn at every word start of the text.
 * The vocabulary's alternations (meeting words, phrases naming negotiations in general,
 * status words) have dozens to hundreds of branches and were a large part of the
 * pipeline's CPU. Here the
 * engine scans natively for the next word start whose first character some branch can
 * begin with (read off the branches by `leadingLetters`), and only those branches are
 * tried there, in their original order. The first that matches wins, as in the
 * alternation, and the scan goes on after it, as `matchAll` does.
 *
 * Two ways to try them, chosen by measurement: large branches (the meeting-word families,
 * the generic phrases) each as its own sticky pattern; many small ones (status words)
 * joined, per first character, into one sticky pattern, so that a word costs one call.
 */
import { ANY_LETTER, leadingLetters } from './leading-letters.ts';

const LETTER = /^\p{L}$/u;

/** The characters that make a position not a word start when they stand before it. */
const WORD_CHARACTER = "\\p{L}\\p{N}'’ʼ-";

export interface AlternationMatch {
  /** Index of the branch that matched, in the order given. */
  branch: number;
  start: number;
  end: number;
}

export interface AlternationOptions {
  /** Join the branches that can begin with a character into one pattern (for many small branches). */
  joinPerCharacter?: boolean;
}

type Compile = (source: string, flags: string) => RegExp;

/** What is tried at a word start: the branches in order, each with its pattern, or one joined pattern. */
type Attempt = (text: string, start: number) => AlternationMatch | null;

export class WordStartAlternation {
  private readonly letters: (Set<string> | null)[];
  private readonly attemptByCharacter = new Map<string, Attempt | null>();
  /** Finds the next word start at which some branch can begin. */
  private readonly candidate: RegExp;
  private readonly ownPatterns: RegExp[] | null;

  /**
   * @param alternatives the branches' sources, in order, without the word-start check
   * @param compile builds a pattern from a source and flags ('y' and 'u' are given), e.g.
   *   `caselessRegExp`
   */
  constructor(
    readonly alternatives: readonly string[],
    readonly compile: Compile,
    options: AlternationOptions = {},
  ) {
    this.letters = alternatives.map((source) => leadingLetters(source));
    this.ownPatterns = options.joinPerCharacter ? null : alternatives.map((source) => compile(source, 'yu'));
    const anyStart = this.letters.some((set) => set === null);
    const starts = new Set<string>();
    for (const ch of this.letters.flatMap((set) => [...(set ?? [])])) {
      if (ch === ANY_LETTER) starts.add(ch);
      else for (const variant of [ch, ch.toUpperCase()]) if (variant.length === 1) starts.add(variant);
    }
    const startClass = anyStart ? '[^]' : `[${[...starts].sort().map((ch) => (ch === ANY_LETTER ? ch : escapeInClass(ch))).join('')}]`;
    this.candidate = new RegExp(`(?<![${WORD_CHARACTER}])(?=${startClass})`, 'gu');
  }

  /** Every match in `text`, left to right, not overlapping, as `matchAll` of the alternation gives. */
  *matchAll(text: string): Generator<AlternationMatch> {
    let from = 0;
    for (;;) {
      const found = this.nextFrom(text, from);
      if (!found) return;
      yield found;
      from = found.end > found.start ? found.end : nextCodePoint(text, found.start);
    }
  }

  private nextFrom(text: string, from: number): AlternationMatch | null {
    const candidate = this.candidate;
    candidate.lastIndex = from;
    for (;;) {
      const position = candidate.exec(text);
      if (!position) return null;
      const start = position.index;
      const found = this.attemptFor(String.fromCodePoint(text.codePointAt(start)!))?.(text, start);
      if (found) return found;
      candidate.lastIndex = nextCodePoint(text, start);
    }
  }

  private attemptFor(character: string): Attempt | null {
    let attempt = this.attemptByCharacter.get(character);
    if (attempt === undefined) {
      const lower = character.toLowerCase();
      const letter = LETTER.test(character);
      const branches = this.letters.flatMap((set, index) => (set === null || set.has(lower) || (letter && set.has(ANY_LETTER)) ? [index] : []));
      attempt = branches.length === 0 ? null : this.ownPatterns ? trySeparately(branches, this.ownPatterns) : tryJoined(branches, this.alternatives, this.compile);
      this.attemptByCharacter.set(character, attempt);
    }
    return attempt;
  }
}

function trySeparately(branches: readonly number[], patterns: readonly RegExp[]): Attempt {
  return (text, start) => {
    for (const branch of branches) {
      const pattern = patterns[branch]!;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (match) return { branch, start, end: start + match[0].length };
    }
    return null;
  };
}

/** One pattern `(?:(b1)|(b2)|…)`; which wrapping group took part tells the branch. */
function tryJoined(branches: readonly number[], alternatives: readonly string[], compile: Compile): Attempt {
  const groupOf: { branch: number; group: number }[] = [];
  let group = 1;
  for (const branch of branches) {
    groupOf.push({ branch, group });
    group += 1 + capturingGroups(alternatives[branch]!);
  }
  const pattern = compile(`(?:${branches.map((branch) => `(${alternatives[branch]!})`).join('|')})`, 'yu');
  return (text, start) => {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (!match) return null;
    const taken = groupOf.find(({ group: g }) => match[g] !== undefined)!;
    return { branch: taken.branch, start, end: start + match[0].length };
  };
}

/** The number of capturing groups in a pattern's source (plain and named; not lookarounds or `(?:`). */
export function capturingGroups(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) count += 1;
  }
  return count;
}

/** Past the character at `index`: a pattern with the 'u' flag cannot start inside a surrogate pair. */
function nextCodePoint(text: string, index: number): number {
  return index + (text.codePointAt(index)! > 0xffff ? 2 : 1);
}

function escapeInClass(ch: string): string {
  return /[\\\]\[^-]/u.test(ch) ? `\\${ch}` : ch;
}
