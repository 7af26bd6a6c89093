import iconv from 'iconv-lite';
import type { TextEncoding } from '../types.ts';

/** Something the decoder changed or guessed, to be reported as a warning at `line:column`. */
export interface DecodeNote {
  code: 'invalid-utf8' | 'control-characters' | 'legacy-encoding';
  message: string;
  line: number;
  column: number;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding; notes?: DecodeNote[] }
  | { ok: false; reason: 'binary' | 'undecodable'; detail: string; line?: number; column?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false });

/**
 * Turns a file's bytes into text with `\n` line ends. Never throws.
 *
 * - UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are.
 * - UTF-16 without a BOM is recognised by its NUL bytes all on one side (with a note).
 * - Mostly valid UTF-8 with a few broken bytes stays UTF-8: the broken bytes become U+FFFD
 *   and a note says where the first one is (decoding it as a code page would garble it all).
 * - Anything else that is not UTF-8 is a legacy Cyrillic code page: Windows-1251 or KOI8
 *   (KOI8-U, a superset of KOI8-R's letters), whichever reads more like Ukrainian or Russian
 *   (letter frequencies and the case of words; chardet guessed wrong on short texts).
 * - Other NUL bytes make the file binary; other control characters are removed (with a note).
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const utf16 = utf16WithoutBom(body);
    if (utf16) return utf16;
    // A stray NUL in a text file is worth pointing at; in an image or a PDF it is not.
    const before = normalizeLineEnds(utf8Lenient.decode(body.subarray(0, nul)));
    if (before.trim() === '' || before.includes('\uFFFD') || !looksLikeText(before)) return { ok: false, reason: 'binary', detail: 'the file contains NUL bytes' };
    const at = positionIn(before, Infinity);
    return { ok: false, reason: 'binary', detail: `the file contains NUL bytes (the first at line ${at.line}, column ${at.column})`, ...at };
  }
  try {
    return decoded(utf8.decode(body), 'utf-8');
  } catch {
    const lenient = utf8Lenient.decode(body);
    if (mostlyUtf8(lenient)) {
      const text = normalizeLineEnds(lenient);
      const bad = [...text.matchAll(/\uFFFD/gu)].length;
      const at = positionIn(text, text.indexOf('\uFFFD'));
      const note: DecodeNote = {
        code: 'invalid-utf8',
        message: `${bad} invalid UTF-8 byte sequence${bad === 1 ? ' is' : 's are'} shown as "\uFFFD" (the first at line ${at.line}, column ${at.column}); fix or re-save the file as UTF-8`,
        ...at,
      };
      return decoded(lenient, 'utf-8', [note]);
    }
    return legacyCodePage(body);
  }
}

/**
 * A file name's bytes as text: UTF-8, or else (a name from an old archive or a Windows
 * machine) the better Cyrillic code page. Never throws.
 */
export function decodeName(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const buffer = Buffer.from(bytes);
    const cp1251 = iconv.decode(buffer, 'windows-1251');
    const koi8 = iconv.decode(buffer, 'koi8-u');
    return letterScore(koi8) > letterScore(cp1251) ? { text: koi8, encoding: 'koi8-r' } : { text: cp1251, encoding: 'windows-1251' };
  }
}

/** The better reading of a Cyrillic code page, or `undecodable` when neither looks like text. */
function legacyCodePage(body: Uint8Array): DecodeResult {
  const buffer = Buffer.from(body);
  const cp1251 = iconv.decode(buffer, 'windows-1251');
  const koi8 = iconv.decode(buffer, 'koi8-u');
  const [text, encoding]: [string, TextEncoding] = letterScore(koi8) > letterScore(cp1251) ? [koi8, 'koi8-r'] : [cp1251, 'windows-1251'];
  if (!looksLikeText(text)) return { ok: false, reason: 'undecodable', detail: 'neither UTF-8 nor a Cyrillic code page' };
  return decoded(text, encoding);
}

/** How often each Cyrillic letter occurs in Ukrainian and Russian news text, per mille (both languages pooled). */
const LETTER_FREQUENCY: Record<string, number> = {
  о: 100, а: 80, е: 75, и: 65, н: 65, т: 60, і: 35, р: 48, с: 48, в: 45, л: 40, к: 35, м: 32, д: 30, п: 28, у: 28,
  я: 20, з: 18, ь: 17, г: 17, б: 15, ы: 12, ч: 14, й: 12, ж: 9, х: 9, ї: 5, ю: 7, ш: 7, є: 4, ц: 6, щ: 4, ф: 3, э: 3, ё: 1, ъ: 0.4, ґ: 0.5,
};

/**
 * How much a decoding reads like Ukrainian or Russian: likely letters (Windows-1251 and KOI8
 * map each other's frequent letters to rare ones), and words cased as words are (lower,
 * Capitalised or ALL CAPS, never "пЕРЕГОВОРИ": the two code pages swap the cases).
 * Anything else above ASCII (box drawing, symbols) counts heavily against.
 */
function letterScore(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    const frequency = LETTER_FREQUENCY[ch.toLowerCase()];
    score += frequency === undefined ? -12 : Math.log(frequency / 1000);
  }
  for (const [word] of text.matchAll(/[\u0400-\u04FF]{2,}/gu)) {
    const rest = word.slice(1);
    score += rest === rest.toLowerCase() || word === word.toUpperCase() ? 2 : -6;
  }
  return score;
}

/** Valid multi-byte characters outnumber the broken ones four to one: UTF-8 with damage. */
function mostlyUtf8(lenient: string): boolean {
  let valid = 0;
  let broken = 0;
  for (const ch of lenient) {
    if (ch === '\uFFFD') broken++;
    else if (ch.charCodeAt(0) >= 0x80) valid++;
  }
  return valid >= 4 * broken;
}

/** UTF-16 without a BOM: NUL bytes (the high bytes of ASCII characters) all on one side. */
function utf16WithoutBom(body: Uint8Array): DecodeResult | null {
  if (body.length < 4 || body.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < body.length; i++) if (body[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const nuls = even + odd;
  if (nuls < body.length * 0.05) return null;
  const encoding: TextEncoding | null = odd >= nuls * 0.95 ? 'utf-16le' : even >= nuls * 0.95 ? 'utf-16be' : null;
  if (!encoding) return null;
  const text = iconv.decode(Buffer.from(body), encoding);
  if (text.includes('\u0000') || !looksLikeText(text)) return null;
  const label = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  return decoded(text, encoding, [{ code: 'legacy-encoding', message: `decoded as ${label} without a byte-order mark; save the file as UTF-8 to be sure of its text`, line: 1, column: 1 }]);
}

/**
 * C0 and C1 control characters other than tab and line ends, DEL, and stray BOMs inside the
 * text; a terminal escape sequence (`ESC [ 1 m`, `ESC ] … BEL`) goes as a whole.
 */
const CONTROL = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/gu;

function decoded(raw: string, encoding: TextEncoding, notes: DecodeNote[] = []): DecodeResult {
  let text = normalizeLineEnds(wellFormed(raw));
  const first = text.search(CONTROL);
  if (first >= 0) {
    const count = [...text.matchAll(CONTROL)].length;
    const at = positionIn(text, first);
    const code = text.codePointAt(first)!.toString(16).toUpperCase().padStart(4, '0');
    notes.push({
      code: 'control-characters',
      message: `${count} control character${count === 1 ? '' : 's'} removed (the first, U+${code}, at line ${at.line}, column ${at.column})`,
      ...at,
    });
    // A vertical tab or form feed separates words: it becomes a space; the rest goes.
    text = text.replace(CONTROL, (match) => (match === '\u000B' || match === '\u000C' ? ' ' : ''));
  }
  return notes.length ? { ok: true, text, encoding, notes } : { ok: true, text, encoding };
}

/** Lone surrogates (possible in UTF-16 input) become U+FFFD. */
function wellFormed(text: string): string {
  // With the `u` flag a valid pair is one code point, so only lone halves match.
  return text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
}

export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** 1-based line and column of `offset` in `text` (the end of the text when `offset` is past it). */
export function positionIn(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(Math.max(offset, 0), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** Binary data decoded as a code page is mostly control characters; text is not. */
function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  let control = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') || (code >= 0x7f && code < 0xa0)) control++;
  }
  return control / text.length < 0.01;
}
