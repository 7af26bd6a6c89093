import { assembleActors, entryFromKnowledge, personDisplayNames, refOf, type ActorEntry } from './assemble/actors.ts';
import { findDuplicates } from './assemble/duplicates.ts';
import { hashOf, NO_CACHE, type MemoStore } from './cache/memo-store.ts';
import { assignArticleIds } from './assemble/ids.ts';
import { assembleMeetings } from './assemble/meetings.ts';
import { assembleTimeline } from './assemble/timeline.ts';
import { compareStrings, diagnostic, hasErrors, sortDiagnostics } from './diagnostics.ts';
import { mergeUnknownPeople, type UnknownPersonMention } from './extract/actors/index.ts';
import { extractFields } from './extract/article.ts';
import { buildGazetteer, mergeMeetings, actorUk, type ActorInfo, type ActorUk, type ArticleMeetingMentions, type Gazetteer } from './extract/meetings/index.ts';
import { buildOutletIndex } from './extract/outlet.ts';
import { textBlocks } from './extract/text-blocks.ts';
import { loadKnowledgeBase } from './knowledge/load.ts';
import type { KnowledgeBase } from './knowledge/schema.ts';
import { attempt, type JobResult } from './parallel/job-result.ts';
import { SyncWorkerPool } from './parallel/sync-pool.ts';
import { extractionTasks, type ExtractionTasks, type TaskName } from './parallel/tasks.ts';
import { parseArticle } from './parse/article.ts';
import { readSeedFolder, type ReadMemo } from './read/read-folder.ts';
import type { SiteModel } from './site/model.ts';
import type { InterfaceLanguage } from './site/settings.ts';
import { columnInLine } from './text/position.ts';
import type { ArticleRecord, BodyBlock, Diagnostic, IsoDate, Mention, ParsedArticle, SourceFile } from './types.ts';

export interface PipelineOptions {
  seedsDir: string;
  knowledgeDir: string;
  /** Paths in diagnostics are shown relative to this folder (default: the working directory). */
  displayRoot?: string;
  /** "Now", for warnings about dates in the future; fixed in tests. */
  today?: Date;
  /** Where unchanged files' parse and extraction results are kept between builds. */
  cache?: MemoStore;
  /** Files read by an earlier run of this process, reused while unchanged (`npm run serve`). */
  readMemo?: ReadMemo;
  /** Worker threads for extraction (1: none, the default); used only for large batches. */
  threads?: number;
  /** The smallest batch worth worker threads, and the jobs sent to a worker at a time (tests lower them). */
  minParallelJobs?: number;
  jobsPerMessage?: number;
  /** The interface language (default English): lists of actors named as often are ordered by their name in it. */
  language?: InterfaceLanguage;
}

export interface PipelineResult {
  site: SiteModel;
  diagnostics: Diagnostic[];
  /** Article files looked at (read or not). */
  filesSeen: number;
}

interface Working {
  source: SourceFile;
  article: ParsedArticle;
  blocks: BodyBlock[];
  record: ArticleRecord;
  unknownPeople: UnknownPersonMention[];
  /** Cache key of the file's content. */
  key: string;
}

/**
 * seeds/ → read → parse → extract → assemble. Pure apart from reading the seeds and the
 * knowledge base; never throws for bad input, and every problem is in `diagnostics`.
 */
export function runPipeline(options: PipelineOptions): PipelineResult {
  const displayRoot = options.displayRoot ?? process.cwd();
  const cache = options.cache ?? NO_CACHE;
  const today = options.today ?? new Date();
  const reading = readSeedFolder(options.seedsDir, displayRoot, options.readMemo);
  const { knowledge, diagnostics: knowledgeProblems } = loadKnowledgeBase(options.knowledgeDir, displayRoot);
  const diagnostics: Diagnostic[] = [...reading.diagnostics, ...knowledgeProblems];
  // Everything per-file below depends only on the file, the knowledge base and the values
  // named in its cache key; the key of a file's parse stands for its content.
  const knowledgeKey = hashOf(knowledge);

  const parsed: { source: SourceFile; article: ParsedArticle; failed: boolean; key: string }[] = [];
  for (const source of reading.files) {
    const key = hashOf({ name: source.name, display: source.display, text: source.text, encoding: source.encoding, today: today.toISOString().slice(0, 10) });
    const result = cache.memo('parse', key, () => parseArticle(source, today));
    diagnostics.push(...result.diagnostics);
    if (result.article) parsed.push({ source, article: result.article, failed: hasErrors(result.diagnostics), key });
  }

  const context = { outlets: buildOutletIndex(knowledge.outlets), corpusDate: medianDate(parsed.map((p) => p.article.date)) };
  const withFields = parsed.map(({ source, article, failed, key }) => {
    const fieldsKey = { key, knowledgeKey, failed, corpusDate: article.date ? null : context.corpusDate };
    const result = cache.memo('fields', fieldsKey, () => extractFields(article, source, context, failed));
    diagnostics.push(...result.diagnostics);
    return { source, article, fields: result.fields, key };
  });
  const ids = assignArticleIds(withFields.map(({ article, fields }) => ({ title: article.title, lang: fields.lang, file: article.file })));

  const gazetteer = buildGazetteer(knowledge.places, knowledge.actors);
  const extraction = new Extraction(knowledge, gazetteer, options.threads ?? 1, options.minParallelJobs, options.jobsPerMessage);
  let extracted: Extracted;
  try {
    extracted = extractArticles(withFields, ids, { knowledge, knowledgeKey, cache, extraction, diagnostics });
  } finally {
    extraction.close();
  }
  const { working, actorEntries, perArticle } = extracted;
  const records = working.map((w) => w.record);
  const sides = new Map(knowledge.actors.map((a) => [a.id, a.side]));
  const ukForms = new Map(knowledge.actors.map((a) => [a.id, actorUk(a)]));
  const actorInfo = new Map<string, ActorInfo>(
    actorEntries.map((a) => {
      const uk = ukForms.get(a.id) ?? unknownPersonUk(a);
      return [a.id, { name: a.name, type: a.type, side: sides.get(a.id) ?? 'unknown', ...(uk ? { uk } : {}) }];
    }),
  );
  const merged = mergeMeetings(perArticle, knowledge.meetings, actorInfo, gazetteer);
  addCuratedCoverage(merged, working, diagnostics);
  const actorRefs = new Map(actorEntries.map((a) => [a.id, refOf(a)]));
  const meetings = assembleMeetings(merged, records, actorRefs, options.language);

  const { actors, refsByArticle } = assembleActors(records, actorEntries, meetings.byActor, options.language);
  const timeline = assembleTimeline(records, { actors: refsByArticle, meetings: meetings.byArticle });
  return { site: { ...timeline, actors, meetings: meetings.meetings }, diagnostics: sortDiagnostics(diagnostics), filesSeen: reading.seen };
}

interface Extracted {
  working: Working[];
  actorEntries: ActorEntry[];
  perArticle: ArticleMeetingMentions[];
}

interface ExtractionContext {
  knowledge: KnowledgeBase;
  knowledgeKey: string;
  cache: MemoStore;
  extraction: Extraction;
  diagnostics: Diagnostic[];
}

/**
 * Actors, then (once unknown people are merged across articles, which gives their ids)
 * meeting mentions: each step for every article the cache does not already have, as one
 * batch that large builds share out over worker threads.
 */
function extractArticles(
  withFields: readonly { source: SourceFile; article: ParsedArticle; fields: ReturnType<typeof extractFields>['fields']; key: string }[],
  ids: readonly string[],
  { knowledge, knowledgeKey, cache, extraction, diagnostics }: ExtractionContext,
): Extracted {
  const knownIds = new Set(knowledge.actors.map((a) => a.id));
  const blocksOf = withFields.map(({ article }) => textBlocks(article));
  const actorJobs = withFields.map(({ article, fields, key }, i) => ({
    key: { key, knowledgeKey, lang: fields.lang, date: fields.date },
    input: { blocks: blocksOf[i]!, lang: fields.lang, date: fields.date, authors: article.authors },
  }));
  const actorResults = cache.memoMany('actors', actorJobs, (inputs) => extraction.run('actors', inputs));
  const working: Working[] = withFields.map(({ source, article, fields, key }, index) => {
    const found = outcome(source, diagnostics, 'actors', actorResults[index]!, { mentions: [], unknownPeople: [] });
    const curated = curatedMentions(article, source, knownIds, diagnostics);
    const record: ArticleRecord = { ...article, ...fields, id: ids[index]!, mentions: [...found.mentions, ...curated] };
    return { source, article, blocks: blocksOf[index]!, record, unknownPeople: found.unknownPeople, key };
  });

  const actorEntries: ActorEntry[] = knowledge.actors.map(entryFromKnowledge);
  actorEntries.push(...addUnknownPeople(working, knownIds, diagnostics));
  diagnostics.push(...findDuplicates(working, cache));

  const meetingJobs = working.map(({ record, blocks, key }) => ({
    key: { key, knowledgeKey, lang: record.lang, date: record.date, mentions: record.mentions.map((m) => [m.actorId, m.block, m.start, m.end, m.via]) },
    input: { blocks, lang: record.lang, date: record.date, mentions: record.mentions },
  }));
  const meetingResults = cache.memoMany('meetings', meetingJobs, (inputs) => extraction.run('meetings', inputs));
  const perArticle = working.map(({ source, record }, i) => ({
    articleId: record.id,
    articleDate: record.date,
    lang: record.lang,
    mentions: outcome(source, diagnostics, 'meetings', meetingResults[i]!, []),
  }));
  return { working, actorEntries, perArticle };
}

/**
 * Runs extraction steps in this thread, or on a pool of worker threads when there are
 * enough jobs to repay starting one (about a second).
 */
class Extraction {
  private readonly local: ExtractionTasks;
  private pool: SyncWorkerPool | null = null;

  constructor(
    private readonly knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    private readonly threads: number,
    private readonly minParallelJobs = MIN_PARALLEL_JOBS,
    private readonly jobsPerMessage?: number,
  ) {
    this.local = extractionTasks(knowledge, gazetteer);
  }

  run<K extends TaskName>(task: K, inputs: Parameters<ExtractionTasks[K]>[0][]): JobResult<ReturnType<ExtractionTasks[K]>>[] {
    if (this.threads < 2 || inputs.length < this.minParallelJobs) {
      const compute = this.local[task] as (input: Parameters<ExtractionTasks[K]>[0]) => ReturnType<ExtractionTasks[K]>;
      return inputs.map((input) => attempt(() => compute(input)));
    }
    this.pool ??= new SyncWorkerPool(this.threads, { actors: this.knowledge.actors, places: this.knowledge.places }, this.jobsPerMessage);
    return this.pool.run(task, inputs, this.local);
  }

  close(): void {
    this.pool?.close();
  }
}

/** Worker threads pay off from about this many articles (measured: `npm run bench`). */
const MIN_PARALLEL_JOBS = 200;

/**
 * One article's result of an extraction step, or, when the step failed on it, the
 * fallback: a defect in an extractor costs that step for that article (reported as an
 * error naming the file), never the whole build.
 */
function outcome<T>(source: SourceFile, diagnostics: Diagnostic[], step: string, result: JobResult<T>, fallback: T): T {
  if (result.ok) return result.value;
  diagnostics.push(diagnostic(source.display, 'error', 'internal-error', `finding ${step} failed (a defect of peace-timeline, please report it): ${result.error}`));
  return fallback;
}

/** Actors a curator listed in front matter: added to what the text gives, once each. */
function curatedMentions(article: ParsedArticle, source: SourceFile, knownIds: ReadonlySet<string>, diagnostics: Diagnostic[]): Mention[] {
  const mentions: Mention[] = [];
  for (const id of new Set(article.curatedActors)) {
    if (!knownIds.has(id)) {
      diagnostics.push(diagnostic(source.display, 'warning', 'unknown-actor-id', `front matter lists actor "${id}", which is not in the knowledge base; it is ignored`));
      continue;
    }
    mentions.push({ actorId: id, block: -1, start: 0, end: 0, surface: id, sentence: '', via: 'front-matter' });
  }
  return mentions;
}

/**
 * People the knowledge base does not know, merged across articles and languages: each
 * becomes an actor, their mentions join the articles' mentions, and the curator is told
 * once per person where they were first seen.
 */
function addUnknownPeople(working: Working[], knownIds: ReadonlySet<string>, diagnostics: Diagnostic[]): ActorEntry[] {
  const byArticle = new Map(working.map((w) => [w.record.id, w]));
  const people = mergeUnknownPeople(working.map((w) => ({ articleId: w.record.id, lang: w.record.lang, people: w.unknownPeople })));
  const entries: ActorEntry[] = [];
  for (const person of people) {
    const id = knownIds.has(person.id) ? `${person.id}-unlisted` : person.id;
    const names = { en: person.name, uk: person.names.uk ?? null, ru: person.names.ru ?? null };
    entries.push({ id, type: 'person', name: person.name, displayNames: personDisplayNames(names), inKnowledgeBase: false, names, side: null, country: null, roles: [] });
    for (const mention of person.mentions) {
      byArticle.get(mention.articleId)?.record.mentions.push({ actorId: id, block: mention.block, start: mention.start, end: mention.end, surface: mention.surface, sentence: mention.sentence, via: 'name' });
    }
    const first = person.mentions[0];
    const where = first ? byArticle.get(first.articleId) : undefined;
    if (first && where) {
      const block = where.blocks[first.block];
      const line = block?.line ?? 1;
      const column = block ? columnInLine(where.source.text, line, block.text, first.start) : 1;
      const articles = new Set(person.mentions.map((m) => m.articleId)).size;
      const shown = person.names.uk ?? person.names.ru ?? person.name;
      diagnostics.push(
        diagnostic(where.source.display, 'warning', 'unknown-person', `"${shown}" is not in the knowledge base (${articles} article${articles === 1 ? '' : 's'}); add them to knowledge/people.yaml`, line, column),
      );
    }
  }
  return entries;
}

/** Meetings a curator listed in an article's front matter: the article covers them too. */
function addCuratedCoverage(meetings: ReturnType<typeof mergeMeetings>, working: readonly Working[], diagnostics: Diagnostic[]): void {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  for (const { article, record, source } of working) {
    for (const id of new Set(article.curatedMeetings)) {
      const meeting = byId.get(id);
      if (!meeting) {
        diagnostics.push(diagnostic(source.display, 'warning', 'unknown-meeting-id', `front matter lists meeting "${id}", which is not in knowledge/meetings.yaml; it is ignored`));
        continue;
      }
      if (meeting.coverage.some((c) => c.articleId === record.id)) continue;
      meeting.coverage.push({ articleId: record.id, evidence: '', status: meeting.status });
    }
  }
}

function medianDate(dates: readonly (IsoDate | null)[]): IsoDate | null {
  const known = dates.filter((d): d is IsoDate => d !== null).sort(compareStrings);
  return known.length ? known[Math.floor((known.length - 1) / 2)]! : null;
}

/** A person the knowledge base does not know: the last word of the Ukrainian name the texts give. */
function unknownPersonUk(entry: ActorEntry): ActorUk | null {
  const words = entry.type === 'person' ? (entry.names.uk ?? '').trim().split(/\s+/u).filter(Boolean) : [];
  return words.length ? { name: words[words.length - 1]!, genitive: null } : null;
}
