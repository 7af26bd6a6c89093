/**
 * Words typed in two alphabets: "Умeров" with a Latin "e", "Вiткофф" with a Latin "i" (a
 * Ukrainian "і" typed on an English layout), or spoofed names. They look right on screen but
 * match nothing, so every such word is read in its main alphabet when all of its stray
 * letters have a look-alike there, and each file reports them once. The replacement is one
 * UTF-16 unit for one, so every line and column stays where it was in the file.
 */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]));

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /[A-Za-z]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;

export interface MixedWord {
  word: string;
  /** The word in one alphabet, or null when it cannot be (a stray letter has no look-alike). */
  readAs: string | null;
  line: number;
  column: number;
}

export interface HomoglyphResult {
  text: string;
  words: MixedWord[];
}

export function fixMixedScripts(text: string): HomoglyphResult {
  const words: MixedWord[] = [];
  if (!LATIN.test(text) || !CYRILLIC.test(text)) return { text, words };
  // Words come in order: lines are counted once, from the last word on.
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const locate = (offset: number) => {
    for (let i = text.indexOf('\n', scanned); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = offset;
    return { line, column: offset - lineStart + 1 };
  };
  const fixed = text.replace(WORD, (word, offset: number) => {
    if (!LATIN.test(word) || !CYRILLIC.test(word)) return word;
    const letters = [...word];
    const latin = letters.filter((ch) => LATIN.test(ch));
    const cyrillic = letters.filter((ch) => CYRILLIC.test(ch));
    let readAs: string | null = null;
    if (cyrillic.length >= latin.length && latin.every((ch) => ch in LATIN_TO_CYRILLIC)) {
      readAs = letters.map((ch) => LATIN_TO_CYRILLIC[ch] ?? ch).join('');
    } else if (latin.length > cyrillic.length && cyrillic.every((ch) => ch in CYRILLIC_TO_LATIN)) {
      readAs = letters.map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
    }
    words.push({ word, readAs, ...locate(offset) });
    return readAs ?? word;
  });
  return { text: fixed, words };
}

/** The warning for a file's mixed words, or null when there are none. */
export function describeMixedWords(words: readonly MixedWord[]): string | null {
  if (words.length === 0) return null;
  const shown = words.slice(0, 3).map((w) => `"${w.word}" (${w.line}:${w.column})${w.readAs ? ` read as "${w.readAs}"` : ' left as it is'}`);
  const more = words.length > 3 ? ` and ${words.length - 3} more` : '';
  const count = words.length === 1 ? 'a word mixes' : `${words.length} words mix`;
  return `${count} Latin and Cyrillic letters: ${shown.join(', ')}${more}; retype ${words.length === 1 ? 'it' : 'them'} in one alphabet`;
}
