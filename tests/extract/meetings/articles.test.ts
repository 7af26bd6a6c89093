/**
 * Meetings across short articles written for these tests: planned then held, postponed,
 * cancelled, recalled without a date, calls, the same meeting in Ukrainian and Russian,
 * curated meetings filling what the text lacks.
 */
import { describe, expect, it } from 'vitest';
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
import type { CuratedMeeting } from '../../../src/knowledge/schema.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../helpers.ts';

const knowledge = loadKnowledgeBase(KNOWLEDGE_DIR).knowledge;
const lexicon = buildActorLexicon(knowledge.actors);
const gazetteer = buildGazetteer(knowledge.places, knowledge.actors);
const actors = new Map(knowledge.actors.map((a) => [a.id, { name: a.name, side: a.side, type: a.type }]));

interface Article {
  id: string;
  date: string;
  text: string;
}

function analyse(article: Article): ArticleMeetingMentions {
  const blocks = article.text.split('\n').map((line) => ({ text: line.trim() })).filter((b) => b.text !== '');
  const lang = detectLanguage(article.text).lang ?? 'uk';
  const { mentions } = extractActors(blocks, { lang, date: article.date, authors: [] }, lexicon);
  const textDates = findTextDates(blocks, article.date);
  return { articleId: article.id, articleDate: article.date, lang, mentions: findMeetingMentions(blocks, { lang, date: article.date, mentions, textDates }, gazetteer) };
}

function merge(articles: readonly Article[], curated: readonly CuratedMeeting[] = []): MeetingRecord[] {
  return mergeMeetings(articles.map(analyse), curated, actors, gazetteer);
}

function summary(r: MeetingRecord): string {
  return `${r.date ?? 'undated'}${r.approximate ? '~' : ''} ${r.place ?? '—'} ${r.kind} ${r.status} [${r.statusHistory.map((h) => h.status).join('>')}] ${r.coverage.map((c) => c.articleId).join(',')}`;
}

interface Case {
  name: string;
  articles: Article[];
  curated?: CuratedMeeting[];
  /** One line per meeting, in output order (see `summary`). */
  want: string[];
}

const CASES: readonly Case[] = [
  {
    name: 'planned (uk) then held (ru): one meeting, status from the latest report, history kept',
    articles: [
      {
        id: 'a1',
        date: '2025-12-12',
        text: 'Переговори делегацій України та США відбудуться в Берліні 14 грудня.\nДо складу української делегації увійдуть Рустем Умєров та Андрій Гнатов.',
      },
      { id: 'a2', date: '2025-12-15', text: 'В Берлине в воскресенье прошли переговоры Уиткоффа и Кушнера с Зеленским.' },
    ],
    want: ['2025-12-14 Berlin in-person held [planned>held] a1,a2'],
  },
  {
    name: 'planned, then postponed in an article that repeats the date',
    articles: [
      { id: 'b1', date: '2026-01-20', text: 'Новый раунд переговоров в Абу-Даби запланирован на 1 февраля.' },
      { id: 'b2', date: '2026-01-30', text: 'Переговори в Абу-Дабі, заплановані на 1 лютого, перенесли на тиждень.' },
    ],
    want: ['2026-02-01 Abu Dhabi in-person postponed [planned>postponed] b1,b2'],
  },
  {
    name: 'planned without a date, then cancelled: joined by place',
    articles: [
      { id: 'c1', date: '2025-10-16', text: 'Трамп заявил, что встретится с Путиным в Будапеште.' },
      { id: 'c2', date: '2025-10-22', text: 'Зустріч Трампа і Путіна в Будапешті скасовано.' },
    ],
    want: ['undated Budapest in-person cancelled [planned>cancelled] c1,c2'],
  },
  {
    name: 'a recollection without a date joins the meeting there before it',
    articles: [
      { id: 'd1', date: '2025-12-01', text: 'У Маямі 30 листопада відбулися переговори Умєрова та Віткоффа.' },
      { id: 'd2', date: '2025-12-10', text: 'Напомним, недавно в Майами прошли переговоры Умерова и Уиткоффа.' },
    ],
    want: ['2025-11-30 Miami in-person held [held] d1,d2'],
  },
  {
    name: 'a recollection "in Florida" joins the meeting in Miami (Miami lies in Florida)',
    articles: [
      { id: 'e1', date: '2025-12-01', text: 'У Маямі 30 листопада відбулися переговори Умєрова та Віткоффа.' },
      { id: 'e2', date: '2025-12-20', text: 'Нагадаємо, раніше Умєров і Віткофф провели переговори у Флориді.' },
    ],
    want: ['2025-11-30 Miami in-person held [held] e1,e2'],
  },
  {
    name: 'the same day in two languages, one with the place, one with "yesterday"',
    articles: [
      { id: 'f1', date: '2026-01-23', text: 'Сьогодні в Абу-Дабі розпочалися тристоронні переговори України, США та Росії.' },
      { id: 'f2', date: '2026-01-24', text: 'Вчера в Абу-Даби прошли трехсторонние переговоры.' },
    ],
    want: ['2026-01-23 Abu Dhabi in-person held [held] f1,f2'],
  },
  {
    name: 'a phone call in the lead is dated by the article (approximate); its follow-up sentence joins it',
    articles: [
      {
        id: 'g1',
        date: '2025-12-10',
        text: 'Зеленський провів телефонну розмову з Трампом.\nСторони обговорили гарантії безпеки. Розмова тривала близько години.',
      },
    ],
    want: ['2025-12-10~ — phone held [held] g1'],
  },
  {
    name: 'a call and a meeting the same day stay two meetings',
    articles: [
      {
        id: 'h1',
        date: '2025-12-03',
        text: '2 грудня Зеленський провів телефонну розмову з Макроном.\n2 грудня в Москві Віткофф зустрівся з Путіним.',
      },
    ],
    want: ['2025-12-02 Moscow in-person held [held] h1', '2025-12-02 — phone held [held] h1'],
  },
  {
    name: 'two meetings a day apart in one article stay two',
    articles: [
      { id: 'i1', date: '2026-01-07', text: '6 січня в Парижі відбувся саміт «коаліції охочих».\n7 січня в Парижі делегації продовжать роботу.' },
    ],
    want: ['2026-01-06 Paris in-person held [held] i1', '2026-01-07 Paris in-person planned [planned] i1'],
  },
  {
    name: 'an undated meeting without a place is not invented',
    articles: [
      {
        id: 'j1',
        date: '2025-12-10',
        text: 'Україна готова до переговорів.\nМирний процес триває.\nПольща підтримує Україну.\nЯк відомо, Умєров раніше провів переговори з партнерами.',
      },
    ],
    want: [],
  },
  {
    name: 'a recollection with a place but no date stays undated (not dated by the article)',
    articles: [{ id: 'l1', date: '2025-12-31', text: 'Невдовзі після зустрічі Трампа і Зеленського у Флориді Лавров зробив нову заяву.' }],
    want: ['undated Florida in-person held [held] l1'],
  },
  {
    name: 'a curated meeting gives the date and the venue of a recollection',
    articles: [{ id: 'k1', date: '2026-01-10', text: 'Нагадаємо, недавно Трамп зустрівся із Зеленським у Флориді.' }],
    curated: [
      {
        id: '2025-12-28-mar-a-lago-meeting',
        title: 'Trump–Zelensky meeting at Mar-a-Lago',
        date: '2025-12-28',
        place: 'Mar-a-Lago',
        kind: 'in-person',
        status: 'held',
        participants: ['donald-trump', 'volodymyr-zelensky'],
      },
    ],
    want: ['2025-12-28 Mar-a-Lago in-person held [held] k1'],
  },
];

describe('meetings across articles', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const records = merge(c.articles, c.curated);
    expect(records.map(summary)).toEqual(c.want);
  });

  it('titles and ids of meetings found in the text', () => {
    const records = merge([
      { id: 't1', date: '2025-11-24', text: 'Рубіо провів переговори з Умєровим та Єрмаком у Женеві 23 листопада.' },
      { id: 't2', date: '2025-12-29', text: 'Трамп і Зеленський 28 грудня зустрілися у Флориді.' },
      { id: 't3', date: '2025-11-26', text: 'Лидеры коалиции желающих провели видеоконференцию во вторник.' },
      { id: 't4', date: '2025-11-22', text: 'Путин 21 ноября провел совещание Совбеза РФ.' },
    ]);
    expect(records.map((r) => [r.id, r.title])).toEqual([
      ['2025-11-21-moscow-security-council-of-russia-meeting', 'Security Council of Russia meeting in Moscow'],
      ['2025-11-23-geneva-rubio-yermak-umerov-meeting', 'Rubio–Yermak–Umerov meeting in Geneva'],
      ['2025-11-25-coalition-of-the-willing-video-call', 'Coalition of the Willing video call'],
      ['2025-12-28-florida-trump-zelensky-meeting', 'Trump–Zelensky meeting in Florida'],
    ]);
    expect(records.every((r) => !r.curated && !r.approximate)).toBe(true);
  });

  it('a curated meeting keeps its id and title and adds its participants', () => {
    const curated: CuratedMeeting = {
      id: 'geneva-round',
      title: 'Geneva round',
      date: '2025-11-23',
      place: 'Geneva',
      kind: 'in-person',
      status: 'held',
      participants: ['dan-driscoll'],
    };
    const [record] = merge([{ id: 'u1', date: '2025-11-24', text: 'Рубіо провів переговори з Умєровим у Женеві 23 листопада.' }], [curated]);
    expect(record).toMatchObject({ id: 'geneva-round', title: 'Geneva round', curated: true, place: 'Geneva' });
    expect(record!.participants).toEqual(['dan-driscoll', 'marco-rubio', 'rustem-umerov']);
    expect(record!.coverage).toEqual([
      { articleId: 'u1', status: 'held', evidence: 'Рубіо провів переговори з Умєровим у Женеві 23 листопада.' },
    ]);
  });

  it('two calls the same day: the same people are one call, other people another', () => {
    const same = merge([
      { id: 'v1', date: '2025-12-03', text: '2 грудня Зеленський провів телефонну розмову з Макроном.' },
      { id: 'v2', date: '2025-12-03', text: '2 грудня Зеленський провів телефонну розмову з Макроном та Стармером.' },
    ]);
    expect(same.map(summary)).toEqual(['2025-12-02 — phone held [held] v1,v2']);
    const other = merge([
      { id: 'w1', date: '2025-12-03', text: '2 грудня Зеленський провів телефонну розмову з Макроном.' },
      { id: 'w2', date: '2025-12-03', text: '2 грудня Путін провів телефонну розмову з Трампом.' },
    ]);
    expect(other.map((r) => [r.id, r.title])).toEqual([
      ['2025-12-02-trump-putin-phone-call', 'Trump–Putin phone call'],
      ['2025-12-02-zelensky-macron-phone-call', 'Zelensky–Macron phone call'],
    ]);
  });

  it('orders meetings by date (undated last), then id, whatever the input order', () => {
    const articles: Article[] = [
      { id: 'x1', date: '2025-10-22', text: 'Зустріч Трампа і Путіна в Будапешті скасовано.' },
      { id: 'x2', date: '2025-12-01', text: 'У Маямі 30 листопада відбулися переговори Умєрова та Віткоффа.' },
      { id: 'x3', date: '2025-05-17', text: 'Российская и украинская делегации встретились в Стамбуле 16 мая.' },
    ];
    const forward = merge(articles);
    expect(forward.map((r) => r.date)).toEqual(['2025-05-16', '2025-11-30', null]);
    expect(merge([...articles].reverse())).toEqual(forward);
  });
});
