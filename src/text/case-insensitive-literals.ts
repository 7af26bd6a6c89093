/**
 * Rewrites a regular-expression source so that its literal letters match either case,
 * for use WITHOUT the `i` flag.
 *
 * Why: under `/iu` every character class is closed under case, so `\p{Lu}` matches
 * "в" as well as "В" and a rule meant to see a capitalised name ("зібралися в Парижі",
 * not "зібралися в понеділок") cannot. Writing the words caseless by hand ("[Зз]устріч")
 * would bury the vocabulary; this keeps the vocabulary written in lower case and leaves
 * `\p{Lu}`, `\p{Ll}` and every other escape meaning what it says.
 *
 * Handles what the vocabulary uses: escapes (`\p{…}`, `\s`, `\d`, `\.`), groups,
 * lookarounds, quantifiers, classes of single characters and ranges of characters without
 * case ("[0-5]"). A range of letters ("[а-я]") is refused: its other case is not always a range.
 */
export function caseInsensitiveLiterals(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const escape = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|k<[^>]*>|[\s\S])/.exec(source.slice(i))![0];
      out += escape;
      i += escape.length - 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      else if (ch === '-' && source[i - 1] !== '[' && source[i + 1] !== ']' && !caselessRange(source[i - 1]!, source[i + 1]!)) {
        throw new Error(`caseInsensitiveLiterals: a range in a class is not supported (at ${i} in ${source.slice(i - 10, i + 10)})`);
      }
      out += ch + (ch === ']' ? '' : partner(ch));
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      continue;
    }
    if (ch === '(' && source[i + 1] === '?') {
      // The group's syntax ("(?:", "(?<=", "(?<name>") is not text to match.
      const syntax = /^\(\?(?:<[=!]|[:=!]|<[^>]*>)/.exec(source.slice(i))![0];
      out += syntax;
      i += syntax.length - 1;
      continue;
    }
    const other = partner(ch);
    out += other ? `[${ch}${other}]` : ch;
  }
  return out;
}

/** A class range none of whose characters has another case ("0-9"). */
function caselessRange(from: string, to: string): boolean {
  for (let code = from.codePointAt(0)!; code <= to.codePointAt(0)!; code++) if (partner(String.fromCodePoint(code))) return false;
  return true;
}

/** The other case of a letter, when it is one character; '' otherwise. */
function partner(ch: string): string {
  const upper = ch.toUpperCase();
  if (upper !== ch && upper.length === 1) return upper;
  const lower = ch.toLowerCase();
  if (lower !== ch && lower.length === 1) return lower;
  return '';
}

/**
 * A regular expression whose letters match either case while `\p{Lu}` and `\p{Ll}` keep
 * their meaning: what `/…/iu` is usually taken to do. `flags` must not hold `i`; `u` is added.
 */
export function caselessRegExp(source: string, flags = ''): RegExp {
  if (flags.includes('i')) throw new Error('caselessRegExp: the "i" flag would close every class under case again');
  return new RegExp(caseInsensitiveLiterals(source), flags.includes('u') ? flags : `${flags}u`);
}
