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
