import MarkdownIt from 'markdown-it';
import { diagnostic } from '../diagnostics.ts';
import type { BodyBlock, DateSource, Diagnostic, IsoDate, ParsedArticle, RemovedLine, SourceFile } from '../types.ts';
import { cleanBody, type SourceLine } from './body.ts';
import { readDateLine } from './date-line.ts';
import { checkIsoDate, implausibleDate } from './dates.ts';
import { hasFrontMatter, parseFrontMatter, type FrontMatter } from './front-matter.ts';
import { isBreadcrumb } from './noise.ts';
import { headingTitle, isSentence, readDateline } from './title.ts';

export interface ParseResult {
  /** Null when the file holds no article at all: empty, white space only, or a date and nothing else. */
  article: ParsedArticle | null;
  diagnostics: Diagnostic[];
}

/**
 * Raw HTML off: text from the input is never markup. A link or image becomes one only when it
 * goes to an http(s) address, a `mailto:` or a path on the site; anything else (`javascript:`,
 * `vbscript:`, `data:` images included, which markdown-it allows) stays visible as text.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.validateLink = (url: string) => {
  const trimmed = url.trim();
  if (/^(?:https?:|mailto:)/iu.test(trimmed)) return true;
  // A path or an anchor: no scheme before the first / ? or #.
  return !/^[^/?#]*:/u.test(trimmed);
};

/** Parses one decoded file into an article record; every problem becomes a diagnostic. */
export function parseArticle(source: SourceFile, today: Date = new Date()): ParseResult {
  const text = source.text.replace(/^\uFEFF/u, '');
  if (text.trim() === '') {
    const what = text.length === 0 ? 'the file is empty' : 'the file holds only white space';
    return { article: null, diagnostics: [diagnostic(source.display, 'error', 'empty-file', what)] };
  }
  const { article, diagnostics, dateAt } = hasFrontMatter(text) ? parseMarkdownArticle(source, text) : parseSeedArticle(source, text);
  if (article?.date) {
    const warning = implausibleDate(article.date, today);
    if (warning) diagnostics.push(diagnostic(source.display, 'warning', 'implausible-date', warning, dateAt.line, dateAt.column));
  }
  if (article && article.blocks.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push(diagnostic(source.display, 'warning', 'no-body', 'the article has a title but no text; only its title is shown', article.titleLine, 1));
  }
  return { article, diagnostics };
}

/** A parse, with where the date was written (for warnings about the date itself). */
interface FormatParse extends ParseResult {
  dateAt: { line: number; column: number };
}

function parseSeedArticle(source: SourceFile, text: string): FormatParse {
  const diagnostics: Diagnostic[] = [];
  const lines: SourceLine[] = text.split('\n').map((line, index) => ({ text: line, line: index + 1 }));
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const firstLine = lines[first]!;
  let date: IsoDate | null = null;
  let headline = firstLine.text.trim();
  const dateLine = readDateLine(firstLine.text);
  if (dateLine) {
    const check = checkIsoDate(dateLine.value);
    if (check.ok) date = check.date;
    else diagnostics.push(diagnostic(source.display, 'error', check.problem === 'impossible' ? 'impossible-date' : 'malformed-date', `date line: ${check.message}`, firstLine.line, dateLine.column));
    headline = dateLine.rest;
  }

  const removed: RemovedLine[] = [];
  let rest = lines.slice(first + 1);
  let titleLine = firstLine.line;
  if (headline === '' || isBreadcrumb(headline)) {
    if (headline !== '') removed.push({ kind: 'breadcrumb', text: headline, line: firstLine.line });
    const next = rest.findIndex((l) => l.text.trim() !== '');
    headline = next >= 0 ? rest[next]!.text.trim() : '';
    titleLine = next >= 0 ? rest[next]!.line : titleLine;
    rest = next >= 0 ? rest.slice(next + 1) : [];
  }
  const dateAt = { line: firstLine.line, column: dateLine?.column ?? 1 };
  if (headline === '') {
    // Nothing to show but a date: not an article, and not one on the site.
    diagnostics.push(diagnostic(source.display, 'error', 'no-text', 'the file has a date line but no title or text; it is left out', firstLine.line, 1));
    return { article: null, diagnostics, dateAt };
  }
  // A first line that is a sentence (or too long for a headline) is also the text's lead.
  const title = headingTitle(headline);
  const leadIsText = headline !== '' && (isSentence(headline) || title !== headline.replace(/\.$/u, ''));
  const bodyLines = leadIsText ? [{ text: headline, line: titleLine }, ...rest] : rest;
  const body = cleanBody(bodyLines, leadIsText ? '' : headline);
  const dateline = readDateline(headline);
  const hints = [...(dateline ? [dateline.outlet] : []), ...body.domains];

  return {
    article: {
      file: source.name,
      format: 'seed',
      title: title || fallbackTitle(source.name),
      fullTitle: headline || fallbackTitle(source.name),
      titleLine,
      date,
      dateSource: date ? 'date-line' : 'none',
      declaredLang: null,
      declaredOutlet: null,
      outletHints: hints,
      url: null,
      tags: body.tags,
      blocks: body.blocks,
      bodyHtml: blocksToHtml(body.blocks),
      removed: [...removed, ...body.removed].sort((a, b) => a.line - b.line),
      authors: body.authors,
      curatedActors: [],
      curatedMeetings: [],
    },
    diagnostics,
    dateAt,
  };
}

function parseMarkdownArticle(source: SourceFile, text: string): FormatParse {
  const front = parseFrontMatter(text, source.display);
  const diagnostics = [...front.diagnostics];
  const lines: SourceLine[] = front.body.split('\n').map((line, index) => ({ text: line, line: front.bodyLine + index }));
  const dated = readBodyDateLine(lines, front.data, source, diagnostics);
  const date = dated.date;
  const dateAt = dated.at ?? { line: front.dateLine, column: 1 };
  // Furniture lines are taken out of the Markdown source before rendering, as in plain text.
  const body = cleanBody(
    lines.filter((l) => l.text.trim() !== ''),
    front.data.title ?? '',
  );
  const keptLines = new Set(body.blocks.map((b) => b.line));
  const markdownSource = lines.map((l) => (l.text.trim() === '' || keptLines.has(l.line) ? l.text : '')).join('\n');
  const tokens = markdown.parse(markdownSource, {});
  const blocks = blocksFromTokens(tokens, front.bodyLine);
  let title = front.data.title;
  if (!title) {
    const heading = blocks.find((b) => b.kind === 'heading') ?? blocks[0];
    title = heading?.text ?? '';
    if (!title) {
      diagnostics.push(diagnostic(source.display, 'error', 'no-text', 'the file has front matter but no title and no text; it is left out', 1, 1));
      return { article: null, diagnostics, dateAt };
    }
    if (!front.diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push(diagnostic(source.display, 'warning', 'no-title', 'front matter has no "title"; the first line of the text is used', 1, 1));
    }
  }
  return {
    article: {
      file: source.name,
      format: 'front-matter',
      title: headingTitle(title) || fallbackTitle(source.name),
      fullTitle: title || fallbackTitle(source.name),
      titleLine: front.data.title ? front.titleLine : (blocks[0]?.line ?? 1),
      date,
      dateSource: dated.source,
      declaredLang: front.data.lang,
      declaredOutlet: front.data.outlet,
      outletHints: body.domains,
      url: front.data.url, // an http(s) link or null: front-matter.ts checked it
      tags: [...new Set([...front.data.tags, ...body.tags])],
      blocks,
      bodyHtml: markdown.renderer.render(tokens, markdown.options, {}),
      removed: body.removed,
      authors: body.authors,
      curatedActors: front.data.actors,
      curatedMeetings: front.data.meetings,
    },
    diagnostics,
    dateAt,
  };
}

/**
 * A seed-style date line opening a Markdown body (` date 2025-11-25 Title`), as happens when
 * front matter is added on top of a plain-text article. It is taken out of the body (what
 * follows the date stays, as the text's first line). The front-matter date wins when both
 * are given and differ, with a `date-conflict` warning; the date line dates the article when
 * front matter has no (usable) date.
 */
function readBodyDateLine(lines: SourceLine[], front: FrontMatter, source: SourceFile, diagnostics: Diagnostic[]): { date: IsoDate | null; source: DateSource; at: { line: number; column: number } | null } {
  const fromFront = { date: front.date, source: (front.date ? 'front-matter' : 'none') as DateSource, at: null };
  const index = lines.findIndex((l) => l.text.trim() !== '');
  const first = lines[index];
  const dateLine = first ? readDateLine(first.text) : null;
  if (!first || !dateLine) return fromFront;
  lines[index] = { text: dateLine.rest, line: first.line };
  const at = { line: first.line, column: dateLine.column };
  const check = checkIsoDate(dateLine.value);
  if (!check.ok) {
    diagnostics.push(diagnostic(source.display, 'error', check.problem === 'impossible' ? 'impossible-date' : 'malformed-date', `date line: ${check.message}`, at.line, at.column));
    return fromFront;
  }
  if (front.date === null) return { date: check.date, source: 'date-line', at };
  if (front.date !== check.date) {
    diagnostics.push(diagnostic(source.display, 'warning', 'date-conflict', `the date line says ${check.date} but front matter says ${front.date}; the front-matter date is used`, at.line, at.column));
  }
  return fromFront;
}

type Token = ReturnType<MarkdownIt['parse']>[number];

/**
 * A line opened by a bullet that Markdown does not know as a list marker ("• 20 вересня — …",
 * "— 12 января — …"): chronologies and calendars write one entry a line, so each such line is
 * a paragraph of its own, as a Markdown list item would be.
 */
const BULLET_LINE = /^[•◦▪▫●‣⁃·—–]\s/u;

/** Plain text of headings and paragraphs, for extraction and leads. */
function blocksFromTokens(tokens: Token[], firstLine: number): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open' && token.type !== 'paragraph_open') return;
    const inline = tokens[index + 1];
    if (!inline || inline.type !== 'inline') return;
    const kind = token.type === 'heading_open' ? 'heading' : 'paragraph';
    const start = firstLine + (token.map?.[0] ?? 0);
    for (const entry of bulletEntries(inlineLines(inline))) {
      const plain = entry.lines.join(' ').trim();
      if (plain) blocks.push({ kind, text: plain, line: start + entry.offset });
    }
  });
  return blocks;
}

/** The source lines of an inline token's plain text. */
function inlineLines(inline: Token): string[] {
  const lines = [''];
  for (const child of inline.children ?? []) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') lines.push('');
    else if (child.type === 'text' || child.type === 'code_inline') lines[lines.length - 1] += child.content;
  }
  return lines;
}

/** Lines grouped into entries, a new one at each bulleted line; `offset` is its first line's. */
function bulletEntries(lines: readonly string[]): { lines: string[]; offset: number }[] {
  const entries: { lines: string[]; offset: number }[] = [];
  lines.forEach((line, offset) => {
    const last = entries[entries.length - 1];
    if (!last || BULLET_LINE.test(line.trim())) entries.push({ lines: [line], offset });
    else last.lines.push(line);
  });
  return entries;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ESCAPES[ch]!);
}

function blocksToHtml(blocks: readonly BodyBlock[]): string {
  return blocks
    .map((block) => {
      const inner = escapeHtml(block.text);
      if (block.kind === 'heading') return `<h2>${inner}</h2>`;
      if (block.kind === 'caption') return `<p class="caption">${inner}</p>`;
      return `<p>${inner}</p>`;
    })
    .join('\n');
}

function fallbackTitle(name: string): string {
  return name.replace(/\.(txt|md)$/iu, '');
}
