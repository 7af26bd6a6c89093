import { assignArticleIds } from './assemble/ids.ts';
import { assembleTimeline } from './assemble/timeline.ts';
import { compareStrings, hasErrors, sortDiagnostics } from './diagnostics.ts';
import { extractFields } from './extract/article.ts';
import { buildOutletIndex } from './extract/outlet.ts';
import { loadKnowledgeBase } from './knowledge/load.ts';
import { parseArticle } from './parse/article.ts';
import { readSeedFolder } from './read/read-folder.ts';
import type { SiteModel } from './site/model.ts';
import type { ArticleRecord, Diagnostic, IsoDate, ParsedArticle, SourceFile } from './types.ts';

export interface PipelineOptions {
  seedsDir: string;
  knowledgeDir: string;
  /** Paths in diagnostics are shown relative to this folder (default: the working directory). */
  displayRoot?: string;
  /** "Now", for warnings about dates in the future; fixed in tests. */
  today?: Date;
}

export interface PipelineResult {
  site: SiteModel;
  diagnostics: Diagnostic[];
  /** Article files looked at (read or not). */
  filesSeen: number;
}

/**
 * seeds/ → read → parse → extract → assemble. Pure apart from reading the seeds and the
 * knowledge base; never throws for bad input, and every problem is in `diagnostics`.
 */
export function runPipeline(options: PipelineOptions): PipelineResult {
  const displayRoot = options.displayRoot ?? process.cwd();
  const reading = readSeedFolder(options.seedsDir, displayRoot);
  const knowledge = loadKnowledgeBase(options.knowledgeDir, displayRoot);
  const diagnostics: Diagnostic[] = [...reading.diagnostics, ...knowledge.diagnostics];

  const parsed: { source: SourceFile; article: ParsedArticle; failed: boolean }[] = [];
  for (const source of reading.files) {
    const result = parseArticle(source, options.today);
    diagnostics.push(...result.diagnostics);
    if (result.article) parsed.push({ source, article: result.article, failed: hasErrors(result.diagnostics) });
  }

  const context = { outlets: buildOutletIndex(knowledge.knowledge.outlets), corpusDate: medianDate(parsed.map((p) => p.article.date)) };
  const extracted = parsed.map(({ source, article, failed }) => {
    const result = extractFields(article, source, context, failed);
    diagnostics.push(...result.diagnostics);
    return { article, fields: result.fields };
  });
  const ids = assignArticleIds(extracted.map(({ article, fields }) => ({ title: article.title, lang: fields.lang, file: article.file })));
  const records: ArticleRecord[] = extracted.map(({ article, fields }, index) => ({
    ...article,
    ...fields,
    id: ids[index]!,
    mentions: [],
  }));

  const site = assembleTimeline(records, { actors: new Map(), meetings: new Map() });
  return { site, diagnostics: sortDiagnostics(diagnostics), filesSeen: reading.seen };
}

function medianDate(dates: readonly (IsoDate | null)[]): IsoDate | null {
  const known = dates.filter((d): d is IsoDate => d !== null).sort(compareStrings);
  return known.length ? known[Math.floor((known.length - 1) / 2)]! : null;
}
