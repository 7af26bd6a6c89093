/**
 * Classes learned from sets 20 and 21 (read blind first; see generalisation.test.ts), with
 * sentences of their own.
 */
import { describe } from 'vitest';
import { checkRecords as check } from './meetings-of-text.ts';

describe('a relative clause right after the meeting noun tells its status', () => {
  check([
    ['ru: planned in the relative clause, the main verb past', '2033-05-02', 'Министры обсудили подготовку второго раунда, который запланирован на 20–21 мая в Женеве.', ['2033-05-20 Geneva in-person planned']],
    ['uk: planned in the relative clause, the main verb past', '2033-05-02', 'Посли обговорили підготовку саміту, який заплановано на 20 травня в Парижі.', ['2033-05-20 Paris in-person planned']],
    ['uk: held in the relative clause', '2033-05-02', 'Міністри обговорили зустріч, яка відбулася вчора в Женеві.', ['2033-05-01 Geneva in-person held']],
    ['ru: a discussed relative clause leaves the main clause its say', '2033-05-02', 'Вчера в Вене прошла встреча, которую долго обсуждали в Москве.', ['2033-05-01 Vienna in-person held']],
  ]);
});

describe('agreeing on a meeting is planning it', () => {
  check([
    ['uk: agreed on a meeting, no day', '2033-05-02', 'Лідери домовилися про зустріч у Лондоні найближчим часом.', ['undated London in-person planned']],
    ['ru: agreed on a meeting, no day', '2033-05-02', 'Президенты договорились о встрече в Берлине в ближайшее время.', ['undated Berlin in-person planned']],
    ['uk: what a meeting agreed on is no plan of it', '2033-05-02', 'Вчора у Відні сторони домовилися про обмін полоненими.', []],
  ]);
});

describe('a plan hedged with "probably" stands when a day, a month or a near time pins it', () => {
  check([
    ['uk: probably, on a day', '2033-05-02', 'Наступний раунд, імовірно, пройде 12 травня у Відні.', ['2033-05-12 Vienna in-person planned']],
    ['uk: probably, early next month', '2033-05-02', 'Четвертий раунд, імовірно, пройде на початку червня — знову в Досі.', ['undated Doha in-person planned']],
    ['ru: probably, in the coming days', '2033-05-02', 'Следующий раунд, вероятно, пройдет в ближайшие дни в Риге.', ['undated Riga in-person planned']],
    ['uk: probably, with nothing to pin it', '2033-05-02', 'Імовірно, колись лідери ще зустрінуться.', []],
    ['uk: a probable meeting is still talk of one', '2033-05-02', 'Експерти обговорюють ймовірну зустріч Путіна і Трампа.', []],
  ]);
});

describe('a call in the perfective future is a planned call', () => {
  check([
    ['ru: will call, in the coming days', '2033-05-02', 'Макрон в ближайшие дни позвонит Кир Стармеру.', ['undated — phone planned']],
    ['uk: will call tomorrow', '2033-05-02', 'Сибіга завтра зателефонує Лаврову.', ['2033-05-03 — phone planned']],
    ['ru: said he will call', '2033-05-02', 'Трамп заявил, что на днях позвонит Путину.', ['undated — phone planned']],
  ]);
});

describe('a clause governed by a word of possibility or wish is as doubtful as one holding it', () => {
  check([
    ['ru: did not rule out that he would call', '2033-05-02', 'Трамп не исключил, что на днях позвонит Путину.', []],
    ['uk: wants them to meet', '2033-05-02', 'Туск хоче, щоб Зеленський і Путін зустрілися у Варшаві.', []],
  ]);
});

describe('a group named by what it works on gathers as a working group does', () => {
  check([
    ['ru: a monitoring group gathered on Monday (the day of publication) in a city', '2033-05-02', 'В понедельник в Риге впервые собралась группа по мониторингу прекращения огня.', ['2033-05-02 Riga in-person held']],
    ['uk: a group named, nothing gathered', '2033-05-02', 'У Ризі працює група з моніторингу перемир’я.', []],
  ]);
});

describe('a subhead inside the body labels its section; it tells no meeting of its own', () => {
  check([
    ['uk: a subhead naming a round, the section telling it', '2033-05-02', 'Зеленський прибув до Відня.\n## Раунд у Відні\nПерший раунд переговорів пройде у Відні 12 травня.', ['2033-05-12 Vienna in-person planned']],
    ['ru: a digest subhead with a day', '2033-05-02', 'Главное за день.\n## Переговоры 1 мая\nВчера в Женеве Лавров и Рубио провели переговоры.', ['2033-05-01 Geneva in-person held']],
    ['uk: the headline, the first block, still counts', '2033-05-02', 'Зустріч Сибіги і Фідана в Анкарі 12 травня\nМіністри обговорять безпеку в Чорному морі.', ['2033-05-12 Ankara in-person planned']],
  ]);
});

describe('a superseded plan told without its day is the moved meeting’s history', () => {
  check([
    ['ru: initially to be held elsewhere, no day', '2033-05-02', 'Переговоры прошли вчера в Вене. Изначально раунд должен был пройти в Риме.', ['2033-05-01 Vienna in-person held']],
    ['uk: initially planned elsewhere, no day', '2033-05-02', 'Переговори відбулися вчора у Відні. Початково раунд планували провести в Римі.', ['2033-05-01 Vienna in-person held']],
    ['ru: initially set for a day is its own, postponed', '2033-05-02', 'Изначально раунд был назначен на 20 апреля в Риме, однако его перенесли.', ['2033-04-20 Rome in-person postponed']],
  ]);
});
