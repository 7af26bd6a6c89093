import { describe, expect, it } from 'vitest';
import { findTextDates, resolveDateExpression, scanDateExpressions } from '../../../src/extract/dates/index.ts';

/** Dates of every expression in `text`, as "date" or "date..endDate". */
function resolve(text: string, publication: string): string[] {
  return findTextDates([{ text }], publication).map((d) => (d.date === d.endDate ? d.date : `${d.date}..${d.endDate}`));
}

describe('day-month without a year: window of 300 days back, 65 ahead', () => {
  it.each([
    ['Нарада 3 січня пройшла в Києві.', '2025-12-31', '2026-01-03'],
    ['Встреча 3 января прошла в Киеве.', '2025-12-31', '2026-01-03'],
    ['29 листопада делегація вирушила до США.', '2026-01-07', '2025-11-29'],
    ['25 грудня лідери говорили.', '2026-01-07', '2025-12-25'],
    ['31 декабря был разговор.', '2026-01-02', '2025-12-31'],
    ['1 березня', '2026-01-07', '2026-03-01'],
    ['1 квітня', '2026-01-07', '2025-04-01'],
    ['21 ноября', '2025-11-26', '2025-11-21'],
    ['26 ноя', '2025-11-26', '2025-11-26'],
    ['24 лютого 2022 року', '2025-11-26', '2022-02-24'],
    ['3 января 2027 года', '2025-12-31', '2027-01-03'],
    ['03.01.2026', '2025-06-01', '2026-01-03'],
    ['29 лютого', '2025-06-01', '2024-02-29'],
  ])('%s (published %s) → %s', (text, publication, expected) => {
    expect(resolve(text, publication)).toEqual([expected]);
  });
});

describe('future tense points forward', () => {
  it.each([
    ['встреча, которая запланирована на 3 января', '2025-12-31', '2026-01-03'],
    ['7 січня в Парижі делегації продовжать роботу', '2026-01-07', '2026-01-07'],
    ['Вибори відбудуться 25 травня.', '2025-12-10', '2026-05-25'],
    ['Переговоры, которые начались 29 ноября, продолжатся завтра.', '2025-12-01', '2025-11-29'],
  ])('%s (published %s) → %s', (text, publication, expected) => {
    expect(resolve(text, publication)[0]).toBe(expected);
  });
});

describe('ranges', () => {
  it.each([
    ['з 15 по 17 січня', '2026-01-10', '2026-01-15..2026-01-17'],
    ['15–17 января', '2026-01-10', '2026-01-15..2026-01-17'],
    ['30 грудня – 2 січня', '2026-01-05', '2025-12-30..2026-01-02'],
    ['с 30 ноября по 2 декабря', '2025-12-05', '2025-11-30..2025-12-02'],
    ['30 грудня – 2 січня 2026 року', '2026-03-01', '2025-12-30..2026-01-02'],
    ['15–17 січня 2026 року', '2025-11-01', '2026-01-15..2026-01-17'],
  ])('%s (published %s) → %s', (text, publication, expected) => {
    expect(resolve(text, publication)).toEqual([expected]);
  });
});

describe('weekdays', () => {
  it.each([
    ['Лидеры во вторник договорились.', '2025-11-26', '2025-11-25'],
    ['Умєров у середу ввечері провів розмову.', '2025-12-31', '2025-12-31'],
    ['Встреча прошла во вторник.', '2025-11-25', '2025-11-25'],
    ['Делегації зустрілися в понеділок.', '2025-11-26', '2025-11-24'],
    ['В понедельник пройдет встреча.', '2025-11-26', '2025-12-01'],
    ['У неділю відбудеться зустріч.', '2025-11-30', '2025-11-30'],
    ['минулого вівторка', '2025-11-25', '2025-11-18'],
    ['минулої середи', '2025-11-26', '2025-11-19'],
    ['наступного вівторка', '2025-11-25', '2025-12-02'],
    ['в следующую среду', '2025-12-31', '2026-01-07'],
    ['в прошлую пятницу', '2025-12-31', '2025-12-26'],
    ['в эту пятницу пройдет встреча', '2025-12-31', '2026-01-02'],
  ])('%s (published %s) → %s', (text, publication, expected) => {
    expect(resolve(text, publication)).toEqual([expected]);
  });

  it('a weekday beside its date takes the date, and the year where the weekday fits', () => {
    const found = findTextDates([{ text: 'Зустріч відбулася у вівторок, 25 листопада.' }], '2025-11-26');
    expect(found).toEqual([
      expect.objectContaining({ text: 'у вівторок, 25 листопада', date: '2025-11-25', kind: 'day-month' }),
    ]);
  });

  it('an explicit date in the same sentence wins over the bare weekday', () => {
    const text = 'В понедельник делегации встретились в Майами, это было 1 декабря.';
    expect(resolve(text, '2025-12-10')).toEqual(['2025-12-01', '2025-12-01']);
    // Without the date the Monday is the latest one before publication.
    expect(resolve('В понедельник делегации встретились в Майами.', '2025-12-10')).toEqual(['2025-12-08']);
  });
});

describe('relative words', () => {
  it.each([
    ['вчора', '2026-01-01', '2025-12-31'],
    ['вчера', '2025-11-26', '2025-11-25'],
    ['позавчера', '2026-03-01', '2026-02-27'],
    ['позавчора', '2024-03-01', '2024-02-28'],
    ['сьогодні', '2025-11-30', '2025-11-30'],
    ['сегодня', '2025-11-30', '2025-11-30'],
    ['завтра', '2025-12-31', '2026-01-01'],
    ['післязавтра', '2024-02-28', '2024-03-01'],
    ['послезавтра', '2025-12-30', '2026-01-01'],
    ['Напередодні Зеленський заявив', '2025-11-26', '2025-11-25'],
    ['накануне заявил Песков', '2025-11-26', '2025-11-25'],
    ['сьогоднішня зустріч', '2025-11-25', '2025-11-25'],
    ['завтрашняя встреча', '2025-11-25', '2025-11-26'],
    ['вчорашня розмова', '2025-11-25', '2025-11-24'],
  ])('%s (published %s) → %s', (text, publication, expected) => {
    expect(resolve(text, publication)).toEqual([expected]);
  });
});

describe('resolveDateExpression', () => {
  it('returns null for an invalid publication date', () => {
    const [e] = scanDateExpressions([{ text: '3 січня' }]);
    expect(resolveDateExpression(e!, '2025-02-30')).toBeNull();
    expect(resolveDateExpression(e!, 'yesterday')).toBeNull();
    expect(findTextDates([{ text: '3 січня' }], 'nonsense')).toEqual([]);
  });

  it('copies block, offsets, text and kind into TextDate', () => {
    const found = findTextDates([{ text: 'Без дат.' }, { text: 'Лидеры во вторник договорились.' }], '2025-11-26');
    expect(found).toEqual([
      { date: '2025-11-25', endDate: '2025-11-25', block: 1, start: 7, end: 17, text: 'во вторник', kind: 'weekday' },
    ]);
  });
});
