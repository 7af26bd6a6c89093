import MarkdownIt from 'markdown-it';
import { diagnostic } from '../diagnostics.ts';
import type { BodyBlock, Diagnostic, IsoDate, ParsedArticle, RemovedLine, SourceFile } from '../types.ts';
import { cleanBody, type SourceLine } from './body.ts';
import { readDateLine } from './date-line.ts';
import { checkIsoDate, implausibleDate } from './dates.ts';
import { hasFrontMatter, parseFrontMatter } from './front-matter.ts';
import { isBreadcrumb } from './noise.ts';
import { headingTitle, isSentence, readDateline } from './title.ts';

export interface ParseResult {
  /** Null only when the file holds no article at all (empty, whitespace only). */
  article: ParsedArticle | null;
  diagnostics: Diagnostic[];
}

/** Raw HTML off: text from the input is never markup. Links are checked by markdown-it's validateLink. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Parses one decoded file into an article record; every problem becomes a diagnostic. */
export function parseArticle(source: SourceFile, today: Date = new Date()): ParseResult {
  const text = source.text.replace(/^\uFEFF/u, '');
  if (text.trim() === '') {
    const what = text.length === 0 ? 'the file is empty' : 'the file holds only white space';
    return { article: null, diagnostics: [diagnostic(source.display, 'error', 'empty-file', what)] };
  }
  const result = hasFrontMatter(text) ? parseMarkdownArticle(source, text) : parseSeedArticle(source, text);
  if (result.article?.date) {
    const warning = implausibleDate(result.article.date, today);
    if (warning) result.diagnostics.push(diagnostic(source.display, 'warning', 'implausible-date', warning));
  }
  return result;
}

function parseSeedArticle(source: SourceFile, text: string): ParseResult {
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
  if (headline === '') {
    diagnostics.push(diagnostic(source.display, 'error', 'no-text', 'the file has a date line but no title or text', firstLine.line, 1));
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
  };
}

function parseMarkdownArticle(source: SourceFile, text: string): ParseResult {
  const front = parseFrontMatter(text, source.display);
  const diagnostics = [...front.diagnostics];
  const lines: SourceLine[] = front.body.split('\n').map((line, index) => ({ text: line, line: front.bodyLine + index }));
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
    if (!title) diagnostics.push(diagnostic(source.display, 'error', 'no-text', 'the file has front matter but no title and no text', 1, 1));
    else if (!front.diagnostics.some((d) => d.severity === 'error')) {
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
      date: front.data.date,
      dateSource: front.data.date ? 'front-matter' : 'none',
      declaredLang: front.data.lang,
      declaredOutlet: front.data.outlet,
      outletHints: body.domains,
      url: safeUrl(front.data.url),
      tags: [...new Set([...front.data.tags, ...body.tags])],
      blocks,
      bodyHtml: markdown.renderer.render(tokens, markdown.options, {}),
      removed: body.removed,
      authors: body.authors,
      curatedActors: front.data.actors,
      curatedMeetings: front.data.meetings,
    },
    diagnostics,
  };
}

type Token = ReturnType<MarkdownIt['parse']>[number];

/** Plain text of headings and paragraphs, for extraction and leads. */
function blocksFromTokens(tokens: Token[], firstLine: number): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open' && token.type !== 'paragraph_open') return;
    const inline = tokens[index + 1];
    if (!inline || inline.type !== 'inline') return;
    const plain = (inline.children ?? [])
      .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : ''))
      .join('')
      .trim();
    if (!plain) return;
    blocks.push({ kind: token.type === 'heading_open' ? 'heading' : 'paragraph', text: plain, line: firstLine + (token.map?.[0] ?? 0) });
  });
  return blocks;
}

/** Only http(s) links from input become links; `javascript:`, `data:` and the like are dropped. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
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
