/**
 * Sentence splitting of Ukrainian and Russian news text: ends of sentences, initials,
 * abbreviations, quotations, and months abbreviated after a day number.
 */
import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../src/text/sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['uk two sentences', 'Делегації зустрілися в Парижі. Розмова тривала три години.', ['Делегації зустрілися в Парижі.', 'Розмова тривала три години.']],
    ['ru question and exclamation', 'Будет ли встреча? Пока неизвестно! Ждем.', ['Будет ли встреча?', 'Пока неизвестно!', 'Ждем.']],
    ['an initial is not an end', 'Його прийняв В. Зеленський у Києві.', ['Його прийняв В. Зеленський у Києві.']],
    ['"ст." is not an end', 'Згідно зі ст. 5 договору союзники допомагають.', ['Згідно зі ст. 5 договору союзники допомагають.']],
    ['inside «…» is not split', 'Він сказав: «Зустріч була корисною. Продовжимо». Потім поїхав.', ['Він сказав: «Зустріч була корисною. Продовжимо».', 'Потім поїхав.']],
    ['a lower-case word after a dot does not start a sentence', 'Див. наступний розділ.', ['Див. наступний розділ.']],
    // Months abbreviated after a day number.
    ['uk chronology line with a dash', '12 жовт. — міністри обговорили обмін полоненими.', ['12 жовт. — міністри обговорили обмін полоненими.']],
    ['uk abbreviated month before a capitalised place', 'Саміт у Римі 3 бер. Лідери прибули вранці.', ['Саміт у Римі 3 бер. Лідери прибули вранці.']],
    ['uk day range with an abbreviated month', '7–9 квіт. — делегації працювали в Ер-Ріяді.', ['7–9 квіт. — делегації працювали в Ер-Ріяді.']],
    ['uk abbreviated month before the year', 'Угоду підписали 14 черв. 2025 р. у Брюсселі.', ['Угоду підписали 14 черв. 2025 р. у Брюсселі.']],
    ['ru abbreviated month, lower case after it', '19 сент. в Стамбуле прошли консультации.', ['19 сент. в Стамбуле прошли консультации.']],
    ['ru abbreviated month before a capitalised word', '2 окт. Министры встретились в Анкаре.', ['2 окт. Министры встретились в Анкаре.']],
    ['ru dateline with an abbreviated month', 'МОСКВА, 8 февр. — Стороны договорились о новом раунде.', ['МОСКВА, 8 февр. — Стороны договорились о новом раунде.']],
    ['ru two chronology lines stay two sentences', '5 дек. — звонок лидеров. 9 дек. — встреча в Риме.', ['5 дек. — звонок лидеров.', '9 дек. — встреча в Риме.']],
    ['a word that only looks like a month abbreviation still ends a sentence', 'Він прийшов до лист. Потім пішов.', ['Він прийшов до лист.', 'Потім пішов.']],
  ] as const)('%s', (_, text, want) => {
    expect(texts(text)).toEqual(want);
  });

  it('gives offsets into the text', () => {
    const text = '  Перша фраза.   Друга 4 лип. — третя.  ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Перша фраза.', 'Друга 4 лип. — третя.']);
    expect(sentenceAt(sentences, text.indexOf('третя'), text).text).toBe('Друга 4 лип. — третя.');
  });
});
