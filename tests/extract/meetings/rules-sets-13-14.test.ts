/**
 * General rules of Ukrainian and Russian news language found while reading the misses of
 * held-out sets 13 and 14 (short agency news, readouts, explainers, live blogs, Q&As), each
 * with sentences written for these tests (real negotiators from the knowledge base, the
 * events made up):
 *
 * - a new date given for a meeting put off ("Новая дата — 17 ноября", "Новою датою називають 3
 *   лютого") is a planned meeting of its own, beside the postponed one.
 */
import { describe, expect, it } from 'vitest';
import { buildActorLexicon, extractActors } from '../../../src/extract/actors/index.ts';
import { findTextDates } from '../../../src/extract/dates/index.ts';
import { buildGazetteer, findMeetingMentions, mergeMeetings } from '../../../src/extract/meetings/index.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import type { Lang } from '../../../src/types.ts';
import { KNOWLEDGE_DIR } from '../../helpers.ts';

const knowledge = loadKnowledgeBase(KNOWLEDGE_DIR).knowledge;
const lexicon = buildActorLexicon(knowledge.actors);
const gazetteer = buildGazetteer(knowledge.places, knowledge.actors);
const actors = new Map(knowledge.actors.map((a) => [a.id, { name: a.name, side: a.side, type: a.type }]));

/** Paragraphs are separated by new lines; the language is told by the case name. */
function records(lang: Lang, text: string, date: string): string[] {
  const blocks = text
    .split('\n')
    .map((line) => ({ text: line.trim() }))
    .filter((b) => b.text !== '');
  const { mentions } = extractActors(blocks, { lang, date, authors: [] }, lexicon);
  const found = findMeetingMentions(blocks, { lang, date, mentions, textDates: findTextDates(blocks, date) }, gazetteer);
  return mergeMeetings([{ articleId: 'a', articleDate: date, lang, mentions: found }], [], actors, gazetteer)
    .map((r) => `${r.date ?? 'undated'} ${r.place ?? '—'} ${r.kind} ${r.status}`)
    .sort();
}

type Case = readonly [name: string, date: string, text: string, want: readonly string[]];

function check(cases: readonly Case[]): void {
  it.each(cases)('%s', (name, date, text, want) => {
    const lang: Lang = name.startsWith('ru') ? 'ru' : 'uk';
    expect(records(lang, text, date)).toEqual([...want].sort());
  });
}

describe('a new date for a meeting put off', () => {
  check([
    [
      'ru "Новая дата — …" after a round put off',
      '2026-11-02',
      'Раунд переговоров в Стамбуле, который должен был начаться сегодня, отложен. Новая дата — 19 ноября.',
      ['2026-11-02 Istanbul in-person postponed', '2026-11-19 Istanbul in-person planned'],
    ],
    [
      'uk "Новою датою називають …" in the next paragraph',
      '2026-01-19',
      'Зустріч радників у Женеві, призначену на 22 січня, відклали.\nНовою датою називають 5 лютого, місце не змінюється.',
      ['2026-01-22 Geneva in-person postponed', '2026-02-05 Geneva in-person planned'],
    ],
    [
      'uk "Нова дата — …" with the place unchanged',
      '2026-05-04',
      'Переговори в Римі, що мали відбутися 8 травня, переносять. Нова дата — 21 травня.',
      ['2026-05-08 Rome in-person postponed', '2026-05-21 Rome in-person planned'],
    ],
    ['ru no day after "новую дату": nothing planned', '2026-05-04', 'Встречу в Женеве, намеченную на 15 июня, перенесли. Новую дату пока не обсуждали.', ['2026-06-15 Geneva in-person postponed']],
  ]);
});
