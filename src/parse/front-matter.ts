import matter from 'gray-matter';
import YAML from 'yaml';
import { z } from 'zod';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, Lang } from '../types.ts';
import { checkIsoDate } from './dates.ts';

/** What a front-matter block may hold, after validation; anything invalid is left out. */
export interface FrontMatter {
  title: string | null;
  date: string | null;
  /** The date's raw value when it was given but is not a usable date. */
  badDate: boolean;
  outlet: string | null;
  url: string | null;
  lang: Lang | null;
  tags: string[];
  actors: string[];
  meetings: string[];
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** The Markdown body after the closing `---`. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** 1-based line of the `title:` key (1 when there is none). */
  titleLine: number;
  /** 1-based line of the `date:` key (1 when there is none). */
  dateLine: number;
  diagnostics: Diagnostic[];
}

const text = z.string().trim().min(1);
const stringList = z.array(z.union([z.string(), z.number()]).transform(String)).transform((list) => list.map((s) => s.trim()).filter(Boolean));

/** One schema per key so a bad value is reported and skipped without losing the others. */
const FIELDS = {
  title: text,
  date: z.string(),
  outlet: text,
  source: text,
  url: z.string().trim().url(),
  lang: z.enum(['uk', 'ru']),
  tags: stringList,
  actors: stringList,
  meetings: stringList,
} as const;

type Field = keyof typeof FIELDS;

const KNOWN_KEYS = new Set<string>([...Object.keys(FIELDS), 'layout', 'author', 'authors', 'description']);

/** Front matter starts on the first line with `---` alone. */
export function hasFrontMatter(source: string): boolean {
  return /^---[ \t]*\n/u.test(source);
}

export function parseFrontMatter(source: string, file: string): FrontMatterResult {
  const diagnostics: Diagnostic[] = [];
  const empty: FrontMatter = { title: null, date: null, badDate: false, outlet: null, url: null, lang: null, tags: [], actors: [], meetings: [] };
  const closing = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u.exec(source.slice(3));
  if (!closing) {
    diagnostics.push(diagnostic(file, 'error', 'front-matter-unclosed', 'front matter opened with --- is never closed with ---'));
    return { data: empty, body: source.replace(/^---[ \t]*\n/u, ''), bodyLine: 2, titleLine: 1, dateLine: 1, diagnostics };
  }
  const yamlText = source.slice(4, 3 + closing.index + 1);
  const bodyLine = yamlText.split('\n').length + 2;

  let raw: unknown;
  let body: string;
  try {
    // Options disable gray-matter's content cache; the `yaml` engine (YAML 1.2 core schema)
    // keeps `2025-02-30` a string instead of silently rolling it over to March as js-yaml does.
    const parsed = matter(source, { engines: { yaml: (input: string) => YAML.parse(input) as object } });
    raw = parsed.data;
    body = parsed.content;
  } catch (error) {
    const position = yamlErrorPosition(error);
    // Unclosed brackets and quotes are noticed at the end of the YAML: point at its last line.
    const contentLines = yamlText.replace(/\n+$/u, '').split('\n').length;
    if (position.line > contentLines) Object.assign(position, { line: contentLines, column: 1 });
    // yaml's message repeats a position relative to the front matter: the diagnostic has the file's.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/u, '') : 'cannot be read';
    diagnostics.push(diagnostic(file, 'error', 'front-matter-yaml', `front matter is not valid YAML: ${reason}`, position.line + 1, position.column));
    return { data: empty, body: source.slice(3 + closing.index + closing[0].length), bodyLine, titleLine: 1, dateLine: 1, diagnostics };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== null && raw !== undefined) diagnostics.push(diagnostic(file, 'error', 'front-matter-shape', 'front matter must be a set of `key: value` lines', 2, 1));
    return { data: empty, body, bodyLine, titleLine: 1, dateLine: 1, diagnostics };
  }

  const record = raw as Record<string, unknown>;
  const lineOf = (key: string) => keyLine(yamlText, key) + 1;
  const data = { ...empty };
  for (const key of Object.keys(record).sort()) {
    if (!KNOWN_KEYS.has(key)) {
      diagnostics.push(diagnostic(file, 'warning', 'front-matter-unknown-key', `unknown front-matter key "${key}" is ignored`, lineOf(key), 1));
    }
  }
  for (const key of Object.keys(FIELDS) as Field[]) {
    if (!(key in record) || record[key] === null || record[key] === undefined) continue;
    let value = record[key];
    if ((key === 'tags' || key === 'actors' || key === 'meetings') && typeof value === 'string') {
      diagnostics.push(diagnostic(file, 'warning', 'front-matter-type', `"${key}" should be a list; the text was split at commas`, lineOf(key), 1));
      value = value.split(',');
    }
    const result = FIELDS[key].safeParse(value);
    if (!result.success) {
      const got = Array.isArray(value) ? 'a list' : typeof value;
      const issue = result.error.issues[0]?.message ?? 'invalid value';
      diagnostics.push(diagnostic(file, 'error', 'front-matter-type', `"${key}" is not valid (${issue}; got ${got}); it is ignored`, lineOf(key), 1));
      if (key === 'date') data.badDate = true;
      continue;
    }
    assign(data, key, result.data);
  }
  if (data.url !== null) {
    if (isWebLink(data.url)) data.url = new URL(data.url).href;
    else {
      diagnostics.push(diagnostic(file, 'warning', 'unsafe-url', `"url" is not an http:// or https:// link ("${shorten(data.url)}"); it is ignored`, lineOf('url'), 1));
      data.url = null;
    }
  }
  if (data.date !== null) {
    const check = checkIsoDate(data.date);
    if (!check.ok) {
      diagnostics.push(diagnostic(file, 'error', check.problem === 'impossible' ? 'impossible-date' : 'malformed-date', `front-matter date: ${check.message}`, lineOf('date'), 1));
      data.date = null;
      data.badDate = true;
    }
  }
  return { data, body, bodyLine, titleLine: lineOf('title'), dateLine: lineOf('date'), diagnostics };
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Only http(s) links from input become links; `javascript:`, `data:` and the like never do. */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

function assign(data: FrontMatter, key: Field, value: unknown): void {
  switch (key) {
    case 'source':
      data.outlet ??= value as string;
      break;
    case 'outlet':
      data.outlet = value as string;
      break;
    case 'tags':
    case 'actors':
    case 'meetings':
      data[key] = value as string[];
      break;
    case 'lang':
      data.lang = value as Lang;
      break;
    default:
      data[key] = value as string;
  }
}

/** 0-based line of `key:` inside the YAML text (0 when not found). */
function keyLine(yamlText: string, key: string): number {
  const lines = yamlText.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`) || line.startsWith(`'${key}':`));
  return Math.max(0, index) + 1;
}

function yamlErrorPosition(error: unknown): { line: number; column: number } {
  const linePos = (error as { linePos?: { line: number; col: number }[] }).linePos;
  const first = linePos?.[0];
  return first ? { line: first.line, column: first.col } : { line: 1, column: 1 };
}
