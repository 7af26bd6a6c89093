import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { TextEncoding } from '../types.ts';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: 'binary' | 'undecodable'; detail: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a file's bytes into text with `\n` line ends. UTF-8 (with or without BOM) and
 * UTF-16 with a BOM are taken as they are; anything else that is not valid UTF-8 is a
 * legacy Cyrillic code page (Windows-1251 or KOI8-R, told apart by chardet's statistics).
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, reason: 'binary', detail: 'the file contains NUL bytes' };
  try {
    return decoded(utf8.decode(body), 'utf-8');
  } catch {
    const guess = chardet.detect(body);
    const encoding: TextEncoding = guess === 'KOI8-R' ? 'koi8-r' : 'windows-1251';
    const text = iconv.decode(Buffer.from(body), encoding);
    if (!looksLikeText(text)) return { ok: false, reason: 'undecodable', detail: 'neither UTF-8 nor a Cyrillic code page' };
    return decoded(text, encoding);
  }
}

function decoded(text: string, encoding: TextEncoding): DecodeResult {
  return { ok: true, text: normalizeLineEnds(text), encoding };
}

export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Binary data decoded as a code page is mostly control characters; text is not. */
function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  let control = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') control++;
  }
  return control / text.length < 0.01;
}
