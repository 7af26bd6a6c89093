/**
 * The characters a regular expression's match can begin with, read off its source, so that
 * a large alternation is tried only where one of its branches can start.
 *
 * Why: the meeting vocabulary is one alternation of some seventy word families, tried at
 * every word of every article. A regular-expression engine tries each branch in turn at
 * each position, and that scan was a third of the pipeline's CPU. Knowing which branches
 * can begin with the letter at hand, a caller tries only those, in their original order,
 * and gets the same match.
 *
 * The reading is conservative: anything it does not take apart at the start (a `\p{…}`
 * class other than the letters', `.`, a range, a back-reference, a branch that can match
 * the empty string) gives `null`, "may begin with anything", which is always safe. Lookarounds and anchors only
 * narrow what follows them, so the letters after them are a safe answer.
 */

/**
 * Stands in a set for "any letter" (`\p{L}`, `\p{Ll}`, `\p{Lu}`): still a word's start, so a
 * caller may skip punctuation and spaces.
 */
export const ANY_LETTER = '\\p{L}';

/** Lower-case characters a match of `source` can begin with (or ANY_LETTER), or null when it may begin with anything. */
export function leadingLetters(source: string): Set<string> | null {
  try {
    const parser = new FirstSetParser(source);
    const first = parser.alternation();
    if (parser.position !== source.length || first.nullable || first.chars === null) return null;
    return first.chars;
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

/** What a piece of a pattern can begin with, and whether it can match nothing at all. */
interface First {
  chars: Set<string> | null;
  nullable: boolean;
}

class Unreadable extends Error {}

const ANYTHING: First = { chars: null, nullable: false };

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || b === null) return null;
  return new Set([...a, ...b]);
}

function lettersOf(ch: string): Set<string> {
  return new Set([ch.toLowerCase(), ch.toUpperCase()].filter((c) => c.length === 1).map((c) => c.toLowerCase()));
}

class FirstSetParser {
  position = 0;

  constructor(private readonly source: string) {}

  /** branch ('|' branch)*: the union of the branches. */
  alternation(): First {
    let result = this.sequence();
    while (this.source[this.position] === '|') {
      this.position += 1;
      const next = this.sequence();
      result = { chars: union(result.chars, next.chars), nullable: result.nullable || next.nullable };
    }
    return result;
  }

  /** A run of quantified atoms: the first one's set, and the next's while the ones before may be empty. */
  private sequence(): First {
    let chars: Set<string> | null = new Set();
    let nullable = true;
    while (this.position < this.source.length && this.source[this.position] !== '|' && this.source[this.position] !== ')') {
      const atom = this.quantified();
      if (nullable) chars = union(chars, atom.chars);
      nullable &&= atom.nullable;
    }
    return { chars, nullable };
  }

  private quantified(): First {
    const atom = this.atom();
    const rest = this.source.slice(this.position);
    const quantifier = /^(?:[?*]|\+|\{(\d*)(?:,\d*)?\})\??/.exec(rest);
    if (!quantifier) return atom;
    this.position += quantifier[0].length;
    const optional = quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0';
    return { chars: atom.chars, nullable: atom.nullable || optional };
  }

  private atom(): First {
    const ch = this.source[this.position]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    this.position += 1;
    if (ch === '^' || ch === '$') return { chars: new Set(), nullable: true };
    if (ch === '.') return ANYTHING;
    return { chars: lettersOf(ch), nullable: false };
  }

  private group(): First {
    const rest = this.source.slice(this.position);
    // A lookaround only narrows what may follow it: whatever comes next is still a safe answer.
    if (/^\(\?<?[=!]/.test(rest)) {
      this.skipGroup();
      return { chars: new Set(), nullable: true };
    }
    const opening = /^\((?:\?:|\?<[^>]+>)?/.exec(rest)![0];
    this.position += opening.length;
    const inner = this.alternation();
    if (this.source[this.position] !== ')') throw new Unreadable();
    this.position += 1;
    return inner;
  }

  /** Past the group that opens here, its classes and escapes included. */
  private skipGroup(): void {
    let depth = 0;
    while (this.position < this.source.length) {
      const ch = this.source[this.position]!;
      if (ch === '\\') this.position += 2;
      else if (ch === '[') this.position = this.classEnd() + 1;
      else {
        this.position += 1;
        if (ch === '(') depth += 1;
        else if (ch === ')' && --depth === 0) return;
      }
    }
    throw new Unreadable();
  }

  /** The index of the `]` closing the class that opens here. */
  private classEnd(): number {
    for (let i = this.position + 1; i < this.source.length; i++) {
      if (this.source[i] === '\\') i += 1;
      else if (this.source[i] === ']') return i;
    }
    throw new Unreadable();
  }

  private characterClass(): First {
    const end = this.classEnd();
    const body = this.source.slice(this.position + 1, end);
    this.position = end + 1;
    if (body.startsWith('^') || body.includes('\\') || /.-./u.test(body)) return ANYTHING;
    const chars = new Set<string>();
    for (const ch of body) for (const letter of lettersOf(ch)) chars.add(letter);
    return { chars, nullable: false };
  }

  private escape(): First {
    const next = this.source[this.position + 1];
    if (/^\\p\{(?:L|Ll|Lu|Letter)\}/u.test(this.source.slice(this.position))) {
      this.position = this.source.indexOf('}', this.position) + 1;
      return { chars: new Set([ANY_LETTER]), nullable: false };
    }
    if (next === undefined || /[a-zA-Z0-9]/.test(next)) {
      // Classes (\p{…}, \s, \d, \w), back-references and code-point escapes: not taken apart.
      const skipped = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|.)/su.exec(this.source.slice(this.position));
      this.position += skipped ? skipped[0].length : 1;
      // Word boundaries only narrow what may follow.
      if (next === 'b' || next === 'B') return { chars: new Set(), nullable: true };
      return ANYTHING;
    }
    this.position += 2;
    return { chars: lettersOf(next), nullable: false };
  }
}
