/**
 * The meetings a short text adds up to, for the rule tests: the text's lines are its
 * paragraphs, analysed as one article of `date` against the project's knowledge base.
 */
import { expect, it } from 'vitest';
import { buildActorLexicon, extractActors } from '../../../src/extract/actors/index.ts';
import { findTextDates } from '../../../src/extract/dates/index.ts';
import { detectLanguage } from '../../../src/extract/language.ts';
import { buildGazetteer, findMeetingMentions, mergeMeetings, type MeetingMention } from '../../../src/extract/meetings/index.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import type { Lang } from '../../../src/types.ts';
import { KNOWLEDGE_DIR } from '../../helpers.ts';

const knowledge = loadKnowledgeBase(KNOWLEDGE_DIR).knowledge;
const lexicon = buildActorLexicon(knowledge.actors);
export const gazetteer = buildGazetteer(knowledge.places, knowledge.actors);
const actors = new Map(knowledge.actors.map((a) => [a.id, { name: a.name, side: a.side, type: a.type }]));

/** The meeting mentions of `text` (its language detected unless given); a line opening with "## " is a subhead. */
export function mentionsOf(text: string, date: string, lang?: Lang): MeetingMention[] {
  const blocks = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (line.startsWith('## ') ? { kind: 'heading' as const, text: line.slice(3) } : { kind: 'paragraph' as const, text: line }));
  const language = lang ?? detectLanguage(text).lang ?? 'uk';
  const { mentions } = extractActors(blocks, { lang: language, date, authors: [] }, lexicon);
  return findMeetingMentions(blocks, { lang: language, date, mentions, textDates: findTextDates(blocks, date) }, gazetteer);
}

/** The merged meetings of `text` as sorted "date place kind status" lines ("undated", "—" when unknown). */
export function recordsOf(text: string, date: string, lang?: Lang): string[] {
  const language = lang ?? detectLanguage(text).lang ?? 'uk';
  return mergeMeetings([{ articleId: 'a', articleDate: date, lang: language, mentions: mentionsOf(text, date, language) }], [], actors, gazetteer)
    .map((r) => `${r.date ?? 'undated'} ${r.place ?? '—'} ${r.kind} ${r.status}`)
    .sort();
}

/** A rule test's case: its name (starting "uk" or "ru", the language), the article's date, the text and the records wanted. */
export type RecordsCase = readonly [name: string, date: string, text: string, want: readonly string[]];

/** One test per case: the text's merged meetings are exactly the records wanted, in any order. */
export function checkRecords(cases: readonly RecordsCase[]): void {
  it.each(cases)('%s', (name, date, text, want) => {
    expect(recordsOf(text, date, name.startsWith('ru') ? 'ru' : 'uk')).toEqual([...want].sort());
  });
}
