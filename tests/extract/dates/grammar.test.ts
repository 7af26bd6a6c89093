import { describe, expect, it } from 'vitest';
import { scanDateExpressions, type DateExpression } from '../../../src/extract/dates/index.ts';

function scan(text: string): DateExpression[] {
  return scanDateExpressions([{ text }]);
}

/** The single expression in `text`; fails when there is not exactly one. */
function one(text: string): DateExpression {
  const found = scan(text);
  expect(found.map((e) => e.text), text).toHaveLength(1);
  return found[0]!;
}

type Fields = Partial<Pick<DateExpression, 'kind' | 'year' | 'month' | 'day' | 'endYear' | 'endMonth' | 'endDay' | 'weekday' | 'direction' | 'relativeDays'>>;

describe('day and month, every month in several cases (uk)', () => {
  const cases: [string, string, Fields][] = [
    ['Зустріч 3 січня в Києві.', '3 січня', { month: 1, day: 3 }],
    ['до 15 лютого', '15 лютого', { month: 2, day: 15 }],
    ['8 березня', '8 березня', { month: 3, day: 8 }],
    ['12 квітня', '12 квітня', { month: 4, day: 12 }],
    ['9 травня', '9 травня', { month: 5, day: 9 }],
    ['1 червня', '1 червня', { month: 6, day: 1 }],
    ['4 липня', '4 липня', { month: 7, day: 4 }],
    ['24 серпня', '24 серпня', { month: 8, day: 24 }],
    ['1 вересня', '1 вересня', { month: 9, day: 1 }],
    ['14 жовтня', '14 жовтня', { month: 10, day: 14 }],
    ['Нагадаємо, що 29 листопада делегація', '29 листопада', { month: 11, day: 29 }],
    ['25 грудня', '25 грудня', { month: 12, day: 25 }],
    ['3 листопад', '3 листопад', { month: 11, day: 3 }],
    ['5 січні', '5 січні', { month: 1, day: 5 }],
    ['3-го січня', '3-го січня', { month: 1, day: 3 }],
    ['ДО 26 ЛИСТОПАДА', '26 ЛИСТОПАДА', { month: 11, day: 26 }],
    ['3 січня 2026 року відбулася', '3 січня 2026 року', { kind: 'absolute', year: 2026, month: 1, day: 3 }],
    ['3 січня 2026 р. відбулася', '3 січня 2026 р.', { kind: 'absolute', year: 2026, month: 1, day: 3 }],
    ['24 лютого 2022', '24 лютого 2022', { kind: 'absolute', year: 2022, month: 2, day: 24 }],
  ];
  it.each(cases)('%s', (input, text, fields) => {
    const e = one(input);
    expect(e.text).toBe(text);
    expect(e).toMatchObject({ kind: 'day-month', ...fields });
    if (fields.year === undefined) expect(e.year).toBeUndefined();
  });
});

describe('day and month, every month in several cases (ru)', () => {
  const cases: [string, string, Fields][] = [
    ['встреча 3 января', '3 января', { month: 1, day: 3 }],
    ['14 февраля', '14 февраля', { month: 2, day: 14 }],
    ['8 марта', '8 марта', { month: 3, day: 8 }],
    ['12 апреля', '12 апреля', { month: 4, day: 12 }],
    ['9 мая', '9 мая', { month: 5, day: 9 }],
    ['12 июня', '12 июня', { month: 6, day: 12 }],
    ['4 июля', '4 июля', { month: 7, day: 4 }],
    ['24 августа', '24 августа', { month: 8, day: 24 }],
    ['1 сентября', '1 сентября', { month: 9, day: 1 }],
    ['14 октября', '14 октября', { month: 10, day: 14 }],
    ['выступая 21 ноября на совещании', '21 ноября', { month: 11, day: 21 }],
    ['25 декабря', '25 декабря', { month: 12, day: 25 }],
    ['3 январь', '3 январь', { month: 1, day: 3 }],
    ['3 январе', '3 январе', { month: 1, day: 3 }],
    ['3-го января', '3-го января', { month: 1, day: 3 }],
    ['26 НОЯБРЯ', '26 НОЯБРЯ', { month: 11, day: 26 }],
    ['3 января 2026 г. состоится', '3 января 2026 г.', { kind: 'absolute', year: 2026, month: 1, day: 3 }],
    ['3 января 2026 года состоится', '3 января 2026 года', { kind: 'absolute', year: 2026, month: 1, day: 3 }],
    ['3 января 2026', '3 января 2026', { kind: 'absolute', year: 2026, month: 1, day: 3 }],
  ];
  it.each(cases)('%s', (input, text, fields) => {
    const e = one(input);
    expect(e.text).toBe(text);
    expect(e).toMatchObject({ kind: 'day-month', ...fields });
  });
});

describe('abbreviated months, only right after a day number', () => {
  const cases: [string, string, number][] = [
    ['5 січ. у Києві', '5 січ.', 1],
    ['7 лют', '7 лют', 2],
    ['8 бер.', '8 бер.', 3],
    ['12 квіт.', '12 квіт.', 4],
    ['9 трав. ', '9 трав.', 5],
    ['1 черв.', '1 черв.', 6],
    ['4 лип.', '4 лип.', 7],
    ['24 серп', '24 серп', 8],
    ['1 вер.', '1 вер.', 9],
    ['14 жовт.', '14 жовт.', 10],
    ['КИЇВ, 26 лист. – «Главком»', '26 лист.', 11],
    ['25 груд.', '25 груд.', 12],
    ['3 янв', '3 янв', 1],
    ['14 фев.', '14 фев.', 2],
    ['14 февр.', '14 февр.', 2],
    ['8 мар', '8 мар', 3],
    ['12 апр.', '12 апр.', 4],
    ['12 июн', '12 июн', 6],
    ['4 июл.', '4 июл.', 7],
    ['24 авг', '24 авг', 8],
    ['1 сен', '1 сен', 9],
    ['1 сент.', '1 сент.', 9],
    ['14 окт', '14 окт', 10],
    ['ЛОНДОН, 26 ноя - РИА Новости.', '26 ноя', 11],
    ['21 нояб.', '21 нояб.', 11],
    ['25 дек.', '25 дек.', 12],
  ];
  it.each(cases)('%s', (input, text, month) => {
    const e = one(input);
    expect(e.text).toBe(text);
    expect(e.month).toBe(month);
  });

  it('does not take an abbreviation alone or inside a word', () => {
    expect(scan('лист від президента, ноя, дек, сен')).toEqual([]);
    expect(scan('отримав 26 листів')).toEqual([]);
    expect(scan('26 марок')).toEqual([]);
  });
});

describe('ranges', () => {
  const cases: [string, string, Fields][] = [
    ['Переговори з 15 по 17 січня тривали', 'з 15 по 17 січня', { month: 1, day: 15, endMonth: 1, endDay: 17 }],
    ['15–17 січня', '15–17 січня', { month: 1, day: 15, endMonth: 1, endDay: 17 }],
    ['15-17 января', '15-17 января', { month: 1, day: 15, endMonth: 1, endDay: 17 }],
    ['15 — 17 января', '15 — 17 января', { month: 1, day: 15, endMonth: 1, endDay: 17 }],
    ['с 15 по 17 января', 'с 15 по 17 января', { month: 1, day: 15, endMonth: 1, endDay: 17 }],
    ['від 1 до 3 березня', 'від 1 до 3 березня', { month: 3, day: 1, endMonth: 3, endDay: 3 }],
    ['30 листопада – 2 грудня', '30 листопада – 2 грудня', { month: 11, day: 30, endMonth: 12, endDay: 2 }],
    ['с 30 ноября по 2 декабря', 'с 30 ноября по 2 декабря', { month: 11, day: 30, endMonth: 12, endDay: 2 }],
    ['30 грудня – 2 січня', '30 грудня – 2 січня', { month: 12, day: 30, endMonth: 1, endDay: 2 }],
    [
      '15–17 січня 2026 року',
      '15–17 січня 2026 року',
      { kind: 'absolute', year: 2026, month: 1, day: 15, endYear: 2026, endMonth: 1, endDay: 17 },
    ],
    [
      '30 грудня 2025 – 2 січня 2026 року',
      '30 грудня 2025 – 2 січня 2026 року',
      { kind: 'absolute', year: 2025, month: 12, day: 30, endYear: 2026, endMonth: 1, endDay: 2 },
    ],
    [
      '30 грудня – 2 січня 2026 року',
      '30 грудня – 2 січня 2026 року',
      { kind: 'absolute', year: 2025, month: 12, day: 30, endYear: 2026, endMonth: 1, endDay: 2 },
    ],
  ];
  it.each(cases)('%s', (input, text, fields) => {
    const e = one(input);
    expect(e.text).toBe(text);
    expect(e).toMatchObject({ kind: 'day-month', ...fields });
  });

  it('a word range needs its opening preposition', () => {
    const e = one('ціни зросли на 5 до 17 січня');
    expect(e).toMatchObject({ text: '17 січня', day: 17, month: 1 });
    expect(e.endDay).toBeUndefined();
  });

  it('rejects a backwards range', () => {
    expect(scan('17–15 січня')).toEqual([]);
  });
});

describe('days written as ordinal words', () => {
  const cases: [string, string, Fields][] = [
    ["Сьомого березня делегації знову сіли за стіл", 'Сьомого березня', { month: 3, day: 7 }],
    ['Переговори призначили на дванадцяте квітня.', 'дванадцяте квітня', { month: 4, day: 12 }],
    ['Двадцять третього серпня міністри зателефонували', 'Двадцять третього серпня', { month: 8, day: 23 }],
    ['сімнадцятого вересня 2030 року', 'сімнадцятого вересня 2030 року', { kind: 'absolute', year: 2030, month: 9, day: 17 }],
    ['Тридцять першого липня — останній день', 'Тридцять першого липня', { month: 7, day: 31 }],
    ['п’ятого травня', 'п’ятого травня', { month: 5, day: 5 }],
    ['третє листопада', 'третє листопада', { month: 11, day: 3 }],
    ['Шестнадцатого марта стороны созвонились', 'Шестнадцатого марта', { month: 3, day: 16 }],
    ['встречу перенесли на двадцать второе апреля', 'двадцать второе апреля', { month: 4, day: 22 }],
    ['третьего июня', 'третьего июня', { month: 6, day: 3 }],
    ['Тридцатого сентября 2029 года', 'Тридцатого сентября 2029 года', { kind: 'absolute', year: 2029, month: 9, day: 30 }],
  ];
  it.each(cases)('%s', (input, text, fields) => {
    const e = one(input);
    expect(e.text).toBe(text);
    expect(e).toMatchObject({ kind: 'day-month', ...fields });
  });
  it.each(['першого заступника міністра', 'друге засідання комісії', 'третьего лица', 'двадцять десятого січня', 'тридцать второго февраля', 'тридцятого лютого', 'восьмого пункту'])(
    'no date: %s',
    (input) => expect(scan(input).map((e) => e.text)).toEqual([]),
  );
});

describe('a weekday alone heading a block ("Понеділок.", "Пятница:")', () => {
  it.each([
    ['Вівторок. Делегації працювали в Осло.', 'Вівторок', 2],
    ['**Четвер:** міністри поговорили телефоном.', 'Четвер', 4],
    ['Неділя — день без зустрічей.', 'Неділя', 7],
    ['Среда. Переговоры в Дохе продолжились.', 'Среда', 3],
    ['Суббота: звонок из Вашингтона.', 'Суббота', 6],
  ] as const)('%s', (input, text, weekday) => {
    const e = one(input);
    expect(e).toMatchObject({ text, kind: 'weekday', weekday });
  });
  it.each(['Понеділок важкий день для переговорів.', 'Делегації працювали. Вівторок. Нічого.', 'Средам не везет.', 'Вівторкова зустріч.'])('no date: %s', (input) => {
    expect(scan(input).map((e) => e.text)).toEqual([]);
  });
});

describe('two days joined by "і/и/та"', () => {
  it.each([
    ['Раунд тривав 11 і 12 березня.', '11 і 12 березня', { month: 3, day: 11, endMonth: 3, endDay: 12 }],
    ['Делегации работали 27 и 28 июля 2029 года', '27 и 28 июля 2029 года', { kind: 'absolute', year: 2029, month: 7, day: 27, endDay: 28 }],
  ] as [string, string, Fields][])('in a row, one span: %s', (input, text, fields) => {
    const e = one(input);
    expect(e.text).toBe(text);
    expect(e).toMatchObject({ kind: 'day-month', ...fields });
  });
  it('days apart are two dates', () => {
    expect(scan('Зустрічі пройдуть 3 та 17 жовтня.').map((e) => [e.text, e.day, e.month, e.endDay])).toEqual([
      ['3', 3, 10, undefined],
      ['17 жовтня', 17, 10, undefined],
    ]);
  });
  it.each(['між 2 і 3 квартали', 'рахунок 5 і 6 голів', 'о 10 і 11 годині'])('no date without a month: %s', (input) => {
    expect(scan(input).map((e) => e.text)).toEqual([]);
  });
});

describe('numeric dates', () => {
  it.each([
    ['опубліковано 03.01.2026 о 10:00', '03.01.2026', 2026, 1, 3],
    ['1.5.2026', '1.5.2026', 2026, 5, 1],
    ['date 2025-11-25', '2025-11-25', 2025, 11, 25],
    ['29.02.2024', '29.02.2024', 2024, 2, 29],
  ] as const)('%s', (input, text, year, month, day) => {
    expect(one(input)).toMatchObject({ text, kind: 'absolute', year, month, day });
  });

  it.each(['31.02.2026', '29.02.2025', '2025-02-30', '2025-13-01', '31 лютого', '31 квітня', '32 січня', 'версія 1.12.2025.4'])(
    'rejects impossible date %s silently',
    (input) => {
      expect(scan(input)).toEqual([]);
    },
  );
});

describe('day and two-digit month without a year', () => {
  it.each([
    ['засідання призначили на 7.10, а потім перенесли', '7.10', 7, 10],
    ['консультації тривали з 3.11', '3.11', 3, 11],
    ['встречу перенесли на 28.02 из-за погоды', '28.02', 28, 2],
  ] as const)('%s', (input, text, day, month) => {
    const e = one(input);
    expect(e).toMatchObject({ text, kind: 'day-month', day, month });
    expect(e.year).toBeUndefined();
  });

  it('after a weekday and its comma, the weekday joins the date', () => {
    expect(one('У четвер, 12.11, делегації повернулися')).toMatchObject({ day: 12, month: 11 });
  });

  it.each([
    ['Ср, 14.10. Делегації зібралися знову', 14, 10],
    ['Чт., 15.10 — консультации экспертов', 15, 10],
    ['Сб–нд, 17.10: переговори на рівні радників', 17, 10],
    ['Пятница, 16.10. Лидеры созвонились', 16, 10],
    ['Середа, 21.10. Переговори в Женеві', 21, 10],
  ] as const)('after a weekday heading an entry (abbreviated or nominative): %s', (input, day, month) => {
    expect(one(input)).toMatchObject({ day, month });
  });

  it.each(['ср. 14.10 млрд', 'Пт 16.10%', 'Субота 10.05 млн'])('a weekday heading does not make a number a date: %s', (input) => {
    expect(scan(input)).toEqual([]);
  });

  it.each(['ціна зросла на 3.05 млрд', 'курс на 41.50', 'почалося о 10.05', 'зустріч в 10.05', 'рахунок 2.10 на користь гостей', 'на 1.5 відсотка', 'індекс на 12.10%'])(
    'leaves numbers, clock times and units alone: %s',
    (input) => {
      expect(scan(input)).toEqual([]);
    },
  );
});

describe('weekdays after a preposition or a direction word', () => {
  const cases: [string, string, Fields][] = [
    ['Умєров у середу ввечері провів розмову', 'у середу', { weekday: 3 }],
    ['договорились во вторник', 'во вторник', { weekday: 2 }],
    ['в понеділок', 'в понеділок', { weekday: 1 }],
    ['у вівторок', 'у вівторок', { weekday: 2 }],
    ['в четвер', 'в четвер', { weekday: 4 }],
    ['у п’ятницю', 'у п’ятницю', { weekday: 5 }],
    ['у пʼятницю', 'у пʼятницю', { weekday: 5 }],
    ["у п'ятницю", "у п'ятницю", { weekday: 5 }],
    ['у пятницю', 'у пятницю', { weekday: 5 }],
    ['в суботу', 'в суботу', { weekday: 6 }],
    ['у неділю', 'у неділю', { weekday: 7 }],
    ['в понедельник', 'в понедельник', { weekday: 1 }],
    ['в среду', 'в среду', { weekday: 3 }],
    ['в четверг', 'в четверг', { weekday: 4 }],
    ['в пятницу', 'в пятницу', { weekday: 5 }],
    ['в субботу', 'в субботу', { weekday: 6 }],
    ['в воскресенье', 'в воскресенье', { weekday: 7 }],
    ['зустріч перенесли на середу', 'на середу', { weekday: 3 }],
    ['Во вторник', 'Во вторник', { weekday: 2 }],
    ['минулого вівторка', 'минулого вівторка', { weekday: 2, direction: 'last' }],
    ['минулої середи', 'минулої середи', { weekday: 3, direction: 'last' }],
    ['у минулу п’ятницю', 'у минулу п’ятницю', { weekday: 5, direction: 'last' }],
    ['наступного понеділка', 'наступного понеділка', { weekday: 1, direction: 'next' }],
    ["наступної п'ятниці", "наступної п'ятниці", { weekday: 5, direction: 'next' }],
    ['в прошлую среду', 'в прошлую среду', { weekday: 3, direction: 'last' }],
    ['прошлый вторник', 'прошлый вторник', { weekday: 2, direction: 'last' }],
    ['в следующий понедельник', 'в следующий понедельник', { weekday: 1, direction: 'next' }],
    ['в следующую среду', 'в следующую среду', { weekday: 3, direction: 'next' }],
    ['в эту пятницу', 'в эту пятницу', { weekday: 5 }],
  ];
  it.each(cases)('%s', (input, text, fields) => {
    const e = one(input);
    expect(e.text).toBe(text);
    expect(e).toMatchObject({ kind: 'weekday', ...fields });
    if (fields.direction === undefined) expect(e.direction).toBeUndefined();
  });

  it('merges a weekday written beside its date', () => {
    const e = one('Зустріч відбулася у вівторок, 25 листопада, в Женеві');
    expect(e).toMatchObject({ text: 'у вівторок, 25 листопада', kind: 'day-month', day: 25, month: 11, weekday: 2 });
    const f = one('встреча 28 ноября (в пятницу) прошла');
    expect(f).toMatchObject({ text: '28 ноября (в пятницу)', weekday: 5, day: 28 });
  });
});

describe('days counted forward from today ("через два дні", "через 3 дня", "через тиждень")', () => {
  const cases: [string, string, number][] = [
    ['Через два дні міністри зустрінуться', 'Через два дні', 2],
    ['через п\'ять днів', 'через п\'ять днів', 5],
    ['через 3 дня', 'через 3 дня', 3],
    ['Через четыре дня лидеры созвонятся', 'Через четыре дня', 4],
    ['через тиждень', 'через тиждень', 7],
    ['через неделю', 'через неделю', 7],
  ];
  it.each(cases)('%s', (input, text, relativeDays) => {
    expect(one(input)).toMatchObject({ text, kind: 'relative', relativeDays });
  });
  it.each(['через два дні після саміту', 'через неделю после встречи', 'через день', 'через два роки'])('not from today: %s', (input) => {
    expect(scan(input)).toHaveLength(0);
  });
});

describe('relative day words', () => {
  const cases: [string, string, number][] = [
    ['Сьогодні делегації зустрілися', 'Сьогодні', 0],
    ['сегодня', 'сегодня', 0],
    ['вчора ввечері', 'вчора', -1],
    ['учора', 'учора', -1],
    ['Вчера', 'Вчера', -1],
    ['позавчора', 'позавчора', -2],
    ['позавчера', 'позавчера', -2],
    ['завтра', 'завтра', 1],
    ['післязавтра', 'післязавтра', 2],
    ['послезавтра', 'послезавтра', 2],
    ['Напередодні Зеленський заявив', 'Напередодні', -1],
    ['напередодні ввечері', 'напередодні', -1],
    ['Накануне Путин заявил', 'Накануне', -1],
    ['накануне заявила', 'накануне', -1],
    ['сьогоднішня зустріч була «дуже продуктивною»', 'сьогоднішня', 0],
    ['сегодняшняя встреча', 'сегодняшняя', 0],
    ['завтрашня зустріч', 'завтрашня', 1],
    ['вчорашня розмова', 'вчорашня', -1],
    ['вчерашний разговор', 'вчерашний', -1],
  ];
  it.each(cases)('%s', (input, text, relativeDays) => {
    expect(one(input)).toMatchObject({ text, kind: 'relative', relativeDays });
  });
});

describe('false friends produce no date', () => {
  it.each([
    'Трамп прийняв Зеленського в Мар-а-Лаго',
    'Зеленский прилетел в Мар-а-Лаго',
    'мар-а-лаго',
    'в середньому на 5%',
    'в среднем 10 стран',
    'лютий мороз',
    'стоїть 15 лютий мороз',
    'Мая Санду заявила',
    'заявили 12 Мая Санду и Макрон',
    'травневі свята',
    'у січні 2026 року',
    'в январе 2026 года',
    'в течение января 2026 года',
    'Україна у 2026 році',
    'завтрак в отеле',
    'позавтракали вместе',
    'напередодні саміту',
    'накануне встречи',
    'напередодні переговорів',
    'по вторникам',
    'Середа була важкою',
    'у неділі та свята',
    'газета «Сегодня» пишет',
    'у 28-пунктовому мирному плані',
    'більше 10 стран',
    'я маю 5 маю',
  ])('%s', (input) => {
    expect(scan(input)).toEqual([]);
  });
});

describe('offsets', () => {
  it('start, end and text are exact in every block', () => {
    const blocks = [
      { text: 'Заголовок без дат' },
      { text: 'Нагадаємо, що 29 листопада делегація вирушила до США.' },
      { text: 'ЛОНДОН, 26 ноя - РИА Новости. Лидеры во вторник договорились.' },
    ];
    const found = scanDateExpressions(blocks);
    expect(found.map(({ block, start, end, text }) => ({ block, start, end, text }))).toEqual([
      { block: 1, start: 14, end: 26, text: '29 листопада' },
      { block: 2, start: 8, end: 14, text: '26 ноя' },
      { block: 2, start: 37, end: 47, text: 'во вторник' },
    ]);
    for (const e of found) expect(blocks[e.block]!.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('ranges include their opening preposition', () => {
    const e = one('Саміт пройде з 15 по 17 січня.');
    expect([e.start, e.end]).toEqual([13, 29]);
  });
});

describe('future and recalled', () => {
  it.each([
    ['встреча, которая запланирована на 3 января', true],
    ['7 січня в Парижі делегації продовжать роботу', true],
    ['Зустріч відбудеться 15 січня', true],
    ['Встреча пройдет во вторник', true],
    ['Делегація працюватиме в понеділок', true],
    ['Переговори мають відбутися в четвер', true],
    ['На наступному тижні, у середу, лідери зберуться', true],
    ['Встреча прошла во вторник в онлайн-формате', false],
    ["Переговори міністрів можуть відбутися у п'ятницю", true],
    ['Консультации экспертов могут пройти в понедельник', true],
    ['Вона могла б відбутися у вівторок', false],
    ['6 січня в столиці Франції відбулася зустріч', false],
  ] as const)('%s → future %s', (input, future) => {
    expect(scan(input)[0]!.future).toBe(future);
  });

  it('keeps clauses apart', () => {
    const [first, second] = scan('6 січня лідери зустрілися в Парижі, а 7 січня делегації продовжать роботу.');
    expect(first).toMatchObject({ text: '6 січня', future: false });
    expect(second).toMatchObject({ text: '7 січня', future: true });
    const [said] = scan('Він заявив у понеділок, що переговори продовжаться.');
    expect(said).toMatchObject({ text: 'у понеділок', future: false });
  });

  it.each([
    ['Нагадаємо, 6 січня в столиці Франції відбулася зустріч.', true],
    ['Нагадаємо, що 29 листопада делегація вирушила.', true],
    ['Напомним, 21 ноября Путин выступил.', true],
    ['Як відомо, 23 листопада в Женеві пройшли переговори.', true],
    ['Как известно, 23 ноября в Женеве прошли переговоры.', true],
    ['Раніше, 20 листопада, план передали Києву.', true],
    ['Ранее, 20 ноября, план передали Киеву.', true],
    ['«Нагадуємо, 6 січня відбувся саміт».', true],
    ['6 січня відбувся саміт. Нагадаємо, що він тривав.', false],
    ['Умєров 29 листопада вирушив до США.', false],
  ] as const)('%s → recalled %s', (input, recalled) => {
    expect(scan(input)[0]!.recalled).toBe(recalled);
  });
});

describe('cost', () => {
  it('is linear in the text size, also on adversarial input', () => {
    const time = (text: string): number => {
      const t0 = performance.now();
      scanDateExpressions([{ text }]);
      return performance.now() - t0;
    };
    const samples = [
      'Нагадаємо, що 29 листопада делегація вирушила до США, а 3 січня 2026 року відбудеться зустріч у середу. ',
      '1 '.repeat(10),
      '1–1 по 1 '.repeat(5),
      'у в во на минулого наступного ',
      'а'.repeat(200) + 'тиметься ',
      '12.12.12.12.2025-12-12-12 ',
      ', що, що; ',
    ];
    for (const sample of samples) {
      const small = sample.repeat(Math.ceil(20_000 / sample.length));
      const large = sample.repeat(Math.ceil(200_000 / sample.length));
      time(small);
      const a = Math.max(time(small), 1);
      const b = time(large);
      expect(b, JSON.stringify(sample)).toBeLessThan(a * 40 + 200);
    }
  });
});
