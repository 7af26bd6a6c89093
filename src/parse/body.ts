import type { BodyBlock, RemovedLine } from '../types.ts';
import { classifyNoiseLine, looksLikePersonName, tagsFromLine } from './noise.ts';

export interface SourceLine {
  text: string;
  /** 1-based line in the file. */
  line: number;
}

export interface CleanBody {
  blocks: BodyBlock[];
  removed: RemovedLine[];
  tags: string[];
  authors: string[];
  domains: string[];
}

/** Longest line still taken for a section heading rather than a paragraph. */
const MAX_HEADING_LENGTH = 100;
/** A byline sits above the text: before the first paragraph at least this long. */
const BODY_STARTS_AT_LENGTH = 120;

/**
 * Splits the lines of a plain-text body into blocks (every non-empty line is a paragraph,
 * as copied news text has one paragraph a line), and takes out web-page furniture:
 * photo credits, "read also", adverts, "now watching", tag lines, domain lines and bylines.
 */
export function cleanBody(lines: readonly SourceLine[], title: string): CleanBody {
  const removed: RemovedLine[] = [];
  const tags: string[] = [];
  const domains: string[] = [];
  const kept: SourceLine[] = [];
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  const bylines = findBylines(nonEmpty);

  for (const entry of nonEmpty) {
    const text = entry.text.trim();
    const kind = bylines.has(text) ? 'byline' : classifyNoiseLine(text);
    if (kind) {
      removed.push({ kind, text, line: entry.line });
      if (kind === 'tags') tags.push(...tagsFromLine(text));
      if (kind === 'domain') domains.push(text.replace(/^(?:https?:\/\/)?(?:www\.)?/iu, '').replace(/\/$/u, '').toLowerCase());
      continue;
    }
    if (text === title.trim() && kept.length === 0) continue; // the headline repeated above the text
    kept.push({ text, line: entry.line });
  }

  const blocks = kept.map((entry, index): BodyBlock => {
    const next = kept[index + 1];
    const creditFollows = removed.some((r) => r.kind === 'photo-credit' && r.line > entry.line && (!next || r.line < next.line));
    const kind = creditFollows && !endsSentence(entry.text) ? 'caption' : isHeading(entry.text, next?.text) ? 'heading' : 'paragraph';
    return { kind, text: entry.text, line: entry.line };
  });
  return { blocks, removed, tags: [...new Set(tags)], authors: [...bylines], domains: [...new Set(domains)] };
}

/** Name-only lines above the text, or repeated anywhere: bylines, not content. */
function findBylines(lines: readonly SourceLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.text.trim(), (counts.get(l.text.trim()) ?? 0) + 1);
  const bylines = new Set<string>();
  for (const l of lines) {
    const text = l.text.trim();
    if (text.length >= BODY_STARTS_AT_LENGTH) break;
    if (looksLikePersonName(text)) bylines.add(text);
  }
  for (const [text, count] of counts) if (count > 1 && looksLikePersonName(text)) bylines.add(text);
  return bylines;
}

function endsSentence(text: string): boolean {
  return /[.!?…:;»"”)]$/u.test(text);
}

function isHeading(text: string, next: string | undefined): boolean {
  if (next === undefined || endsSentence(text) || text.length > MAX_HEADING_LENGTH) return false;
  if (text.split(/\s+/u).length < 2) return false;
  return next.length > text.length;
}
