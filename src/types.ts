/**
 * The records every pipeline stage passes on. Stages import from here, never from each
 * other's internals, so a field renamed here is caught by `tsc` everywhere it is used.
 */

export type Lang = 'uk' | 'ru';

/** A calendar date as `YYYY-MM-DD`, always a real date (validated where it enters). */
export type IsoDate = string;

export type Severity = 'error' | 'warning';

/** One problem in one input file, printed as `path:line:col: severity: message [code]`. */
export interface Diagnostic {
  /** Path as the user should see it (relative to the working directory when possible). */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  code: string;
}

export type DateSource = 'front-matter' | 'date-line' | 'text' | 'none';

export type TextEncoding = 'utf-8' | 'windows-1251' | 'koi8-r' | 'utf-16le' | 'utf-16be';

/** A file read from the seeds folder and decoded to text with `\n` line ends. */
export interface SourceFile {
  /** Absolute path on disk. */
  path: string;
  /** Path inside the seeds folder, with `/` separators: the article's `file` in the output. */
  name: string;
  /** Path as printed in diagnostics: relative to the working directory when inside it. */
  display: string;
  text: string;
  encoding: TextEncoding;
}

/** A block of the cleaned body, in reading order. */
export interface BodyBlock {
  /** `caption`: the line under a photo, just before its credit. */
  kind: 'paragraph' | 'heading' | 'caption';
  /** Plain text (for extraction, leads and snippets). */
  text: string;
  /** 1-based line in the source file where the block starts. */
  line: number;
}

export type NoiseKind =
  | 'breadcrumb'
  | 'byline'
  | 'domain'
  | 'photo-credit'
  | 'read-also'
  | 'advert'
  | 'now-watching'
  | 'tags'
  | 'dateline';

/** A line taken out of the body: kept so nothing is thrown away blindly. */
export interface RemovedLine {
  kind: NoiseKind;
  text: string;
  line: number;
}

export type ArticleFormat = 'seed' | 'front-matter';

/** What parsing one file gives: everything that can be known from the file alone. */
export interface ParsedArticle {
  file: string;
  format: ArticleFormat;
  /** Heading title: cut at a word boundary when the source title is long. */
  title: string;
  /** The title as written in the source. */
  fullTitle: string;
  /** 1-based line of the title in the file. */
  titleLine: number;
  date: IsoDate | null;
  dateSource: DateSource;
  /** `lang` from front matter, when given. */
  declaredLang: Lang | null;
  /** `outlet`/`source` from front matter, when given. */
  declaredOutlet: string | null;
  /** Strings that name the outlet, most telling first: an agency dateline, a domain line. */
  outletHints: string[];
  url: string | null;
  tags: string[];
  blocks: BodyBlock[];
  /** Body rendered to safe HTML (markdown-it with raw HTML off, or escaped paragraphs). */
  bodyHtml: string;
  removed: RemovedLine[];
  /** Bylines found in the file (authors are never actors). */
  authors: string[];
  /** Curator overrides from front matter: actor ids and meeting ids to add. */
  curatedActors: string[];
  curatedMeetings: string[];
}

/** A date found in running text. */
export interface TextDate {
  /** First day meant. */
  date: IsoDate;
  /** Last day of a range (`з 15 по 17 січня`), else equal to `date`. */
  endDate: IsoDate;
  /** Index of the body block the expression is in. */
  block: number;
  /** Character offsets of the expression inside the block's text. */
  start: number;
  end: number;
  /** The expression as written. */
  text: string;
  /** How the date was pinned down. */
  kind: 'absolute' | 'day-month' | 'weekday' | 'relative';
}

export type ActorType = 'person' | 'organisation';

export type Side = 'ukraine' | 'usa' | 'europe' | 'russia' | 'international';

/** One place an actor is named in an article. */
export interface Mention {
  actorId: string;
  block: number;
  start: number;
  end: number;
  /** The words as written ("Віткоффом", "глава Кремля"). */
  surface: string;
  /** The sentence that holds the mention: the snippet shown on pages. */
  sentence: string;
  via: 'name' | 'surname' | 'alias' | 'abbreviation' | 'role' | 'front-matter';
}

export type MeetingKind = 'in-person' | 'video' | 'phone';
export type MeetingStatus = 'held' | 'planned' | 'postponed' | 'cancelled';

/** An article after extraction: parsed fields plus what was learned from its text. */
export interface ArticleRecord extends ParsedArticle {
  id: string;
  lang: Lang;
  outlet: string | null;
  mentions: Mention[];
}
