import { describe, expect, it } from 'vitest';
import { inferPublicationDate } from '../../../src/extract/dates/index.ts';

function infer(paragraphs: string[], context: string | null): string | null {
  return inferPublicationDate(
    paragraphs.map((text) => ({ text })),
    context,
  )?.date ?? null;
}

describe('inferPublicationDate', () => {
  it('a recalled date means the article is at least a day later', () => {
    const text = ['Нагадаємо, що 29 листопада українська делегація вирушила до США.'];
    expect(infer(text, '2025-11-26')).toBe('2025-11-30');
    const result = inferPublicationDate([{ text: text[0]! }], '2025-11-26');
    expect(result?.expression).toMatchObject({ text: '29 листопада', recalled: true, future: false });
  });

  it('a plain past date is the lower bound itself', () => {
    expect(infer(['29 листопада делегація вирушила до США.'], '2025-11-26')).toBe('2025-11-29');
  });

  it('takes the latest past date', () => {
    expect(infer(['20 ноября план передали Киеву.', 'Встреча прошла 25 ноября в Женеве.'], '2025-11-10')).toBe(
      '2025-11-25',
    );
  });

  it('ignores dates in the future tense, weekdays and relative words', () => {
    expect(
      infer(['Сьогодні у вівторок делегації зустрілися.', 'Наступна зустріч відбудеться 3 грудня.'], '2025-11-26'),
    ).toBeNull();
    expect(
      infer(['6 січня відбулася зустріч лідерів, а 7 січня делегації продовжать роботу.'], '2026-01-01'),
    ).toBe('2026-01-06');
  });

  it('chooses the year nearest to the context, across New Year', () => {
    expect(infer(['6 січня в Парижі відбулася зустріч.'], '2025-12-20')).toBe('2026-01-06');
    expect(infer(['29 ноября делегация вылетела в США.'], '2026-01-07')).toBe('2025-11-29');
  });

  it('without context uses a year written in the text, else gives up', () => {
    expect(infer(['Нагадаємо, що 29 листопада делегація вирушила.'], null)).toBeNull();
    expect(infer(['У 2025 році переговори тривали.', 'Нагадаємо, що 29 листопада делегація вирушила.'], null)).toBe(
      '2025-11-30',
    );
    expect(infer(['Встреча прошла 21 ноября 2025 года.'], null)).toBe('2025-11-21');
    expect(infer(['Текст без дат.'], '2025-11-26')).toBeNull();
  });

  it('uses the end of a past range', () => {
    expect(infer(['Переговори тривали з 15 по 17 січня.'], '2026-01-10')).toBe('2026-01-17');
  });
});
