/**
 * Clauses of a sentence, and a clause of time ("після того, як …") as its own: a word of
 * possibility before it is about something else than the event the clause tells.
 */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/extract/meetings/clauses.ts';
import { checkRecords as check } from './meetings-of-text.ts';

const clausesOf = (text: string) => splitClauses({ text, start: 0, end: text.length } as Parameters<typeof splitClauses>[0]).map((c) => text.slice(c.start, c.end).trim());

describe('splitClauses', () => {
  it('cuts before the "як/как" of a clause of time, with or without the comma', () => {
    expect(clausesOf('Візит став можливим після того, як лідери поговорили')).toEqual(['Візит став можливим після того', 'як лідери поговорили']);
    expect(clausesOf('Поездка стала возможной после того как лидеры созвонились')).toEqual(['Поездка стала возможной после того', 'как лидеры созвонились']);
    expect(clausesOf('Відтоді, як вони зустрілися, минув рік')).toEqual(['Відтоді', 'як вони зустрілися, минув рік']);
  });

  it('leaves "як" of a comparison alone', () => {
    expect(clausesOf('Такі зустрічі, як ця, рідкісні')).toEqual(['Такі зустрічі, як ця, рідкісні']);
    expect(clausesOf('Саміт пройшов так, як планували')).toEqual(['Саміт пройшов так, як планували']);
  });
});

describe('a meeting told in a clause of time is no possibility', () => {
  check([
    ['uk: the call after "після того, як", a possibility before it', '2031-03-06', 'Візит Макрона до Варшави став можливим після того, як Емманюель Макрон і Дональд Туск у вівторок поговорили телефоном.', ['2031-03-04 — phone held']],
    ['ru: the same without a comma', '2031-03-06', 'Поездка Стармера стала возможной после того как Кир Стармер и Фридрих Мерц во вторник поговорили по телефону.', ['2031-03-04 — phone held']],
    ['uk: a possibility in the clause of the meeting itself still doubts it', '2031-03-06', 'Після того, як уряд пішов у відставку, можлива зустріч Макрона і Туска у Варшаві.', []],
  ]);
});
