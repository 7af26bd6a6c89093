/**
 * The meetings the five seeds report or recall (FACTS.md, "Meetings the seeds report or
 * recall"): date within a day, place, kind, status and the seeds covering each. Articles
 * are parsed as the pipeline parses them; actors come from the actor matcher, the
 * knowledge base from `knowledge/`, text dates from the date grammar.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildActorLexicon, extractActors } from '../../../src/extract/actors/index.ts';
import { findTextDates } from '../../../src/extract/dates/index.ts';
import { detectLanguage } from '../../../src/extract/language.ts';
import {
  buildGazetteer,
  findMeetingMentions,
  mergeMeetings,
  type ArticleMeetingMentions,
  type MeetingRecord,
} from '../../../src/extract/meetings/index.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import { parseArticle } from '../../../src/parse/article.ts';
import { KNOWLEDGE_DIR, SEEDS_DIR, sourceFile } from '../../helpers.ts';

/** Seed 003 has no date line; its true date. */
const MISSING_DATES: Readonly<Record<string, string>> = { '003_83dcc17e5d22c300.txt': '2025-11-30' };

const knowledge = loadKnowledgeBase(KNOWLEDGE_DIR).knowledge;
const lexicon = buildActorLexicon(knowledge.actors);
const gazetteer = buildGazetteer(knowledge.places, knowledge.actors);
const actors = new Map(knowledge.actors.map((a) => [a.id, { name: a.name, side: a.side, type: a.type }]));

function analyse(file: string): ArticleMeetingMentions {
  const text = readFileSync(path.join(SEEDS_DIR, file), 'utf8');
  const article = parseArticle(sourceFile(file, text)).article!;
  const date = article.date ?? MISSING_DATES[file] ?? null;
  const lang = detectLanguage(article.blocks.map((b) => b.text).join('\n')).lang ?? 'uk';
  const { mentions } = extractActors(article.blocks, { lang, date, authors: article.authors }, lexicon);
  const textDates = date ? findTextDates(article.blocks, date) : [];
  return {
    articleId: file.slice(0, 3),
    articleDate: date,
    lang,
    mentions: findMeetingMentions(article.blocks, { lang, date, mentions, textDates }, gazetteer),
  };
}

interface Expected {
  date: string;
  /** The place or a place it lies in (Florida for Hallandale Beach), or null. */
  place: string | null;
  kind: MeetingRecord['kind'];
  status: MeetingRecord['status'];
  seeds: string[];
  /** Some of the people named, when the text names them. */
  who?: string[];
}

const TABLE: readonly Expected[] = [
  { date: '2025-08-15', place: 'Anchorage', kind: 'in-person', status: 'held', seeds: ['002'] },
  { date: '2025-11-21', place: 'Moscow', kind: 'in-person', status: 'held', seeds: ['002'], who: ['vladimir-putin'] },
  { date: '2025-11-23', place: 'Geneva', kind: 'in-person', status: 'held', seeds: ['000', '003'], who: ['marco-rubio'] },
  { date: '2025-11-25', place: null, kind: 'video', status: 'held', seeds: ['000', '002'], who: ['marco-rubio', 'coalition-of-the-willing'] },
  {
    date: '2025-11-30',
    place: 'Florida',
    kind: 'in-person',
    status: 'held',
    seeds: ['003'],
    who: ['rustem-umerov', 'andriy-hnatov', 'serhiy-kyslytsya', 'kyrylo-budanov', 'oleh-ivashchenko', 'marco-rubio', 'steve-witkoff', 'jared-kushner'],
  },
  { date: '2025-12-28', place: 'Florida', kind: 'in-person', status: 'held', seeds: ['001'], who: ['donald-trump', 'volodymyr-zelensky'] },
  { date: '2025-12-31', place: null, kind: 'phone', status: 'held', seeds: ['001'], who: ['rustem-umerov', 'marco-rubio', 'steve-witkoff', 'jared-kushner'] },
  { date: '2026-01-03', place: 'Kyiv', kind: 'in-person', status: 'planned', seeds: ['001'] },
  { date: '2026-01-06', place: 'Paris', kind: 'in-person', status: 'held', seeds: ['004'], who: ['coalition-of-the-willing', 'volodymyr-zelensky'] },
  { date: '2026-01-06', place: 'Paris', kind: 'in-person', status: 'held', seeds: ['004'], who: ['volodymyr-zelensky', 'steve-witkoff', 'jared-kushner'] },
  {
    date: '2026-01-07',
    place: 'Paris',
    kind: 'in-person',
    status: 'planned',
    seeds: ['004'],
    who: ['kyrylo-budanov', 'serhiy-kyslytsya', 'rustem-umerov', 'andriy-hnatov', 'davyd-arakhamia', 'oleksandr-bevz'],
  },
];

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function inPlace(record: MeetingRecord, place: string | null): boolean {
  if (place === null) return record.place === null;
  if (record.place === null) return false;
  return record.place === place || gazetteer.places.get(record.place)?.ancestors.includes(place) === true;
}

function find(records: readonly MeetingRecord[], expected: Expected): MeetingRecord | undefined {
  const candidates = records.filter(
    (r) => r.date !== null && daysBetween(r.date, expected.date) <= 1 && r.kind === expected.kind && inPlace(r, expected.place),
  );
  if (!expected.who) return candidates[0];
  return candidates.find((r) => expected.who!.every((id) => r.participants.includes(id)));
}

describe('meetings of the seeds', () => {
  let perArticle: ArticleMeetingMentions[] = [];
  let records: MeetingRecord[] = [];

  beforeAll(() => {
    perArticle = readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map(analyse);
    records = mergeMeetings(perArticle, knowledge.meetings, actors, gazetteer);
  });

  it.each(TABLE.map((e) => [`${e.date} ${e.place ?? '—'} ${e.kind} ${e.status} (${e.seeds.join(', ')})`, e] as const))('%s', (_, expected) => {
    const record = find(records, expected);
    expect(record, JSON.stringify(records.map((r) => [r.id, r.date, r.place, r.kind, r.participants]))).toBeDefined();
    expect(record!.status).toBe(expected.status);
    expect(record!.coverage.map((c) => c.articleId).sort()).toEqual(expected.seeds);
  });

  it('covers exactly the seeds meetings: nothing invented', () => {
    const covered = records.filter((r) => r.coverage.length > 0);
    expect(covered).toHaveLength(TABLE.length);
  });

  it('"во вторник" in seed 002 (2025-11-26) is the video call of 2025-11-25 that seed 000 reports too', () => {
    const call = records.find((r) => r.kind === 'video')!;
    expect(call.date).toBe('2025-11-25');
    expect(call.coverage.map((c) => c.articleId)).toEqual(['000', '002']);
    const mention = perArticle.find((a) => a.articleId === '002')!.mentions.find((m) => m.kind === 'video')!;
    expect(mention.date).toBe('2025-11-25');
  });

  it('"недавно … во Флориде" joins the curated Mar-a-Lago meeting (Mar-a-Lago lies in Florida)', () => {
    const mention = perArticle.find((a) => a.articleId === '001')!.mentions.find((m) => m.place === 'Florida')!;
    expect(mention).toMatchObject({ date: null, recalled: true, status: 'held' });
    expect(mention.participants).toEqual(['donald-trump', 'volodymyr-zelensky']);
    const record = records.find((r) => r.id === '2025-12-28-mar-a-lago-meeting')!;
    expect(record.place).toBe('Mar-a-Lago');
    expect(record.coverage.map((c) => c.articleId)).toEqual(['001']);
  });

  it('"остается на платформе обсуждений в Анкоридже" is a recalled reference to the Anchorage summit', () => {
    const mention = perArticle.find((a) => a.articleId === '002')!.mentions.find((m) => m.place === 'Anchorage')!;
    expect(mention).toMatchObject({ recalled: true, status: 'held', date: null });
  });

  it('seed 003 (no date line, true date 2025-11-30): "вже розпочалася" is dated by the article, "у США" becomes Hallandale Beach', () => {
    const first = perArticle.find((a) => a.articleId === '003')!.mentions[0]!;
    expect(first).toMatchObject({ date: '2025-11-30', place: 'United States', status: 'held', recalled: false });
    expect(records.find((r) => r.id === '2025-11-30-florida-talks')!.place).toBe('Hallandale Beach');
  });

  it('seed 004 keeps the summit and the meeting after it apart', () => {
    const paris = records.filter((r) => r.date === '2026-01-06' && r.place === 'Paris');
    expect(paris.map((r) => r.id).sort()).toEqual(['2026-01-06-paris-coalition-summit', '2026-01-06-zelensky-witkoff-kushner-paris']);
    const bilateral = paris.find((r) => r.id === '2026-01-06-zelensky-witkoff-kushner-paris')!;
    expect(bilateral.participants).not.toContain('coalition-of-the-willing');
  });

  it('generic uses are not meetings: "переговорного процесу", "открытость для переговоров", "дальнейшие встречи"', () => {
    const sentences = perArticle.flatMap((a) => a.mentions.map((m) => m.sentence));
    expect(sentences.some((s) => s.includes('переговорного процесу'))).toBe(false);
    expect(sentences.some((s) => s.startsWith('Украинская сторона скоординировала'))).toBe(false);
    expect(sentences.some((s) => s.includes('готова и к мирным переговорам'))).toBe(false);
    expect(sentences.some((s) => s.includes('выразили оптимизм по поводу мирных переговоров'))).toBe(false);
  });

  it('without the curated meetings the reported ones are still found, with the dates the texts give', () => {
    const found = mergeMeetings(perArticle, [], actors, gazetteer);
    const summary = found.map((r) => `${r.date ?? 'undated'} ${r.place ?? '—'} ${r.kind} ${r.status}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        '2025-11-21 Moscow in-person held',
        '2025-11-25 — video held',
        '2025-11-30 United States in-person held',
        '2025-12-31 — phone held',
        '2026-01-03 — in-person planned',
        '2026-01-06 Paris in-person held',
        '2026-01-07 Paris in-person planned',
        'undated Anchorage in-person held',
        'undated Geneva in-person held',
        'undated Florida in-person held',
      ]),
    );
    expect(found.filter((r) => r.date === '2026-01-06' && r.place === 'Paris')).toHaveLength(2);
    expect(found.find((r) => r.date === '2025-12-31')!.approximate).toBe(true);
    expect(found).toHaveLength(11);
  });

  it('is deterministic: the same input in another order gives the same meetings', () => {
    const again = mergeMeetings([...perArticle].reverse(), [...knowledge.meetings].reverse(), actors, gazetteer);
    expect(again).toEqual(records);
  });
});
