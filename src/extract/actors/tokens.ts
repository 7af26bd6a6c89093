/**
 * A block of text as the matchers see it: words with offsets, their folded forms, and
 * what stands between consecutive words (to tell "Марко Рубіо" from "Марко, Рубіо").
 */
import { tokenize, type Token } from '../../text/fold.ts';
import { fold } from './stems.ts';
import { isCapitalised } from './forms.ts';

export interface BlockTokens {
  text: string;
  tokens: Token[];
  folded: string[];
  capital: boolean[];
}

export function blockTokens(text: string): BlockTokens {
  const tokens = tokenize(text);
  return {
    text,
    tokens,
    folded: tokens.map((t) => fold(t.text)),
    capital: tokens.map((t) => isCapitalised(t.text)),
  };
}

/** Text between token i and token i+1 ('' past the end). */
export function gapAfter(b: BlockTokens, i: number): string {
  const here = b.tokens[i];
  const next = b.tokens[i + 1];
  if (!here || !next) return '';
  return b.text.slice(here.end, next.start);
}

/** Tokens i and i+1 are separated by spaces only, or by spaces and quotes (фракції «Слуга народу»). */
export function joined(b: BlockTokens, i: number): boolean {
  const next = b.tokens[i + 1];
  if (next === undefined) return false;
  const gap = gapAfter(b, i);
  return /^\s+$/u.test(gap) || /^\s*[«»"„“”]\s*$/u.test(gap) && /\s/u.test(gap);
}
