/** Known people and organisations by name, uk and ru: case forms, variants, false friends. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/types.ts';
import { FIXTURE_KB } from './fixture-kb.ts';
import { extract, ids, pairs } from './helpers.ts';

const KB = FIXTURE_KB;

describe('known people in any case', () => {
  it.each<[Lang, string, string, string]>([
    ['uk', 'Вчора з Віткоффом говорив міністр.', 'steve-witkoff', 'Віткоффом'],
    ['uk', 'Листа передали Віткоффові.', 'steve-witkoff', 'Віткоффові'],
    ['uk', 'Про це йдеться у Віткоффі-подібних заявах? Ні, у Віткоффі.', 'steve-witkoff', 'Віткоффі'],
    ['uk', 'Делегацію очолить Уіткофф.', 'steve-witkoff', 'Уіткофф'],
    ['ru', 'Встреча с Уиткоффом прошла в Майами.', 'steve-witkoff', 'Уиткоффом'],
    ['ru', 'Вчера Виткоффа ждали в Москве.', 'steve-witkoff', 'Виткоффа'],
    ['uk', 'Вчора Умєрову доповіли про результати.', 'rustem-umerov', 'Умєрову'],
    ['uk', 'Переговори з Умеровим тривали годину.', 'rustem-umerov', 'Умеровим'],
    ['ru', 'Ранее Умерову поручили возглавить делегацию.', 'rustem-umerov', 'Умерову'],
    ['uk', 'Лист Зеленському надіслали вчора.', 'volodymyr-zelensky', 'Зеленському'],
    ['ru', 'Об этом рассказали в окружении Зеленского.', 'volodymyr-zelensky', 'Зеленского'],
    ['ru', 'Речь шла о Зеленском.', 'volodymyr-zelensky', 'Зеленском'],
    ['uk', 'Слово надали Кислиці.', 'serhiy-kyslytsya', 'Кислиці'],
    ['uk', 'Із Кислицею погодилися.', 'serhiy-kyslytsya', 'Кислицею'],
    ['ru', 'Затем Кислицу пригласили на встречу.', 'serhiy-kyslytsya', 'Кислицу'],
    ['uk', 'Рішення Буданова схвалили.', 'kyrylo-budanov', 'Буданова'],
    ['ru', 'Разговор с Эрдоганом продлился час.', 'recep-tayyip-erdogan', 'Эрдоганом'],
    ['uk', 'Ердоган запропонував Стамбул.', 'recep-tayyip-erdogan', 'Ердоган'],
    ['uk', 'Рубіо прилетів до Женеви.', 'marco-rubio', 'Рубіо'],
    ['ru', 'Рубио заявил журналистам.', 'marco-rubio', 'Рубио'],
    ['uk', 'Свириденко провела засідання уряду.', 'yulia-svyrydenko', 'Свириденко'],
    ['uk', 'Зустріч зі Стефанішиною перенесли.', 'olha-stefanishyna', 'Стефанішиною'],
    ['uk', 'Позиція Стефанішиної не змінилася.', 'olha-stefanishyna', 'Стефанішиної'],
    ['uk', 'Промова фон дер Ляєн тривала годину.', 'ursula-von-der-leyen', 'фон дер Ляєн'],
    ['ru', 'Переговоры с Путиным не состоялись.', 'vladimir-putin', 'Путиным'],
    ['uk', 'Розмова з Путіним не відбулася.', 'vladimir-putin', 'Путіним'],
  ])('%s: %s', (lang, text, actorId, surface) => {
    expect(pairs(extract(KB, text, lang, '2025-11-25'))).toContainEqual([actorId, surface]);
  });

  it.each<[Lang, string, string, string]>([
    ['ru', 'в канцелярии премьер-министра Великобритании Кира Стармера', 'keir-starmer', 'Кира Стармера'],
    ['uk', 'у складі делегації Кирила Буданова', 'kyrylo-budanov', 'Кирила Буданова'],
    ['uk', 'разом із Стівеном Віткоффом і Джаредом Кушнером', 'steve-witkoff', 'Стівеном Віткоффом'],
    ['ru', 'доложил президенту Украины Владимиру Зеленскому', 'volodymyr-zelensky', 'Владимиру Зеленскому'],
    ['uk', 'Володимир Олександрович Зеленський підписав указ', 'volodymyr-zelensky', 'Володимир Олександрович Зеленський'],
    ['uk', 'Указ підписав В. Зеленський.', 'volodymyr-zelensky', 'В. Зеленський'],
  ])('given name + surname, %s: %s', (lang, text, actorId, surface) => {
    const result = extract(KB, text, lang, '2025-11-25');
    expect(pairs(result)).toContainEqual([actorId, surface]);
    expect(result.mentions.find((m) => m.surface === surface)!.via).toBe('name');
  });

  it('an unseen case form of a known surname still matches (folded fallback)', () => {
    expect(pairs(extract(KB, 'Про розмову з Уиткоффым повідомили.', 'ru', null))).toContainEqual(['steve-witkoff', 'Уиткоффым']);
    expect(pairs(extract(KB, 'Пресс-служба Буданове не ответила.', 'ru', null))).toContainEqual(['kyrylo-budanov', 'Буданове']);
  });
});

describe('false friends', () => {
  it.each<[Lang, string]>([
    ['ru', 'Он умер в больнице, а она умерла дома.'],
    ['ru', 'Умер известный актёр.'],
    ['ru', 'Рубить лес запретили. Рубит дрова.'],
    ['ru', 'Трамплин построили к зиме. Трамплина не будет.'],
    ['uk', 'Трамплін відкрили після ремонту.'],
    ['ru', 'Путинский режим и путинская Россия.'],
    ['uk', 'Путінський режим і путінська пропаганда.'],
    ['ru', 'Ермаков заявил, что Ермакова не было.'],
    ['uk', 'Єрмаков прокоментував рішення.'],
    ['uk', 'Кирило Мефодій? Ні, Кирило та Мефодій.'],
    ['uk', 'Зеленська відвідала школу. Зеленської не було.'],
    ['ru', 'Зеленская прибыла в Лондон.'],
  ])('%s: %s', (lang, text) => {
    expect(ids(extract(KB, text, lang, '2025-11-25'))).toEqual([]);
  });

  it('a bare oblique surname opening a sentence counts only if the article names the actor elsewhere', () => {
    expect(ids(extract(KB, 'Кошти надійдуть до кінця року. Кошту не вистачає.', 'uk', '2025-11-25'))).toEqual([]);
    expect(ids(extract(KB, 'Кости нашли археологи.', 'ru', '2025-11-25'))).toEqual([]);
    const named = extract(KB, ['Кошту подякували за підтримку.', 'Антоніу Кошта, голова Євроради, виступив у Брюсселі.'], 'uk', '2025-11-25');
    expect(pairs(named)).toEqual([
      ['antonio-costa', 'Кошту'],
      ['antonio-costa', 'Антоніу Кошта'],
    ]);
    expect(pairs(extract(KB, 'Кошта заявив, що Європа готова.', 'uk', '2025-11-25'))).toEqual([['antonio-costa', 'Кошта']]);
  });

  it('Ермак and Ермаков in one sentence: only Ермак is Yermak', () => {
    const result = extract(KB, 'Ермаков заявил, что Ермак уехал.', 'ru', '2025-11-25');
    expect(pairs(result)).toEqual([['andriy-yermak', 'Ермак']]);
  });

  it('a different given name before a known surname is another person', () => {
    const result = extract(KB, 'Мелания Трамп и Дональд Трамп приехали. Олена Буданова виступила.', 'ru', '2025-11-25');
    expect(pairs(result)).toEqual([['donald-trump', 'Дональд Трамп']]);
    expect(result.unknownPeople.map((u) => u.name)).toEqual(['Мелания Трамп', 'Олена Буданова']);
  });

  it('a known person who signs the article is not its actor', () => {
    const result = extract(KB, ['Андрій Сибіга', 'Сибіга пише про зустріч з Рубіо.'], 'uk', '2025-11-25', ['Андрій Сибіга, спеціально для «Главкому»']);
    expect(ids(result)).toEqual(['marco-rubio']);
  });

  it('a byline author is never an actor nor an unknown person', () => {
    const result = extract(KB, ['Іванна Гончар', 'Іванна Гончар повідомила про зустріч з Віткоффом.'], 'uk', '2025-11-25', ['Іванна Гончар']);
    expect(ids(result)).toEqual(['steve-witkoff']);
    expect(result.unknownPeople).toEqual([]);
  });
});

describe('organisations', () => {
  it.each<[Lang, string, string, string, string]>([
    ['uk', 'у відеоконференції «коаліції рішучих»', 'coalition-of-the-willing', 'коаліції рішучих', 'name'],
    ['uk', 'саміт коаліції охочих у Парижі', 'coalition-of-the-willing', 'коаліції охочих', 'name'],
    ['ru', 'лидеры так называемой "коалиции желающих"', 'coalition-of-the-willing', 'коалиции желающих', 'name'],
    ['uk', 'За даними Єлисейського палацу', 'elysee-palace', 'Єлисейського палацу', 'name'],
    ['ru', 'на совещании Совбеза РФ', 'security-council-of-russia', 'Совбеза РФ', 'name'],
    ['ru', 'в заявлении, опубликованном Даунинг-стрит', 'downing-street', 'Даунинг-стрит', 'name'],
    ['uk', 'у Білому домі відбулася зустріч', 'white-house', 'Білому домі', 'name'],
    ['ru', 'В Кремле заявили', 'kremlin', 'Кремле', 'name'],
    ['uk', 'секретаря РНБО', 'nsdc', 'РНБО', 'abbreviation'],
    ['ru', 'Секретарь СНБО заявил', 'nsdc', 'СНБО', 'abbreviation'],
    ['uk', 'роль НАТО', 'nato', 'НАТО', 'abbreviation'],
    ['uk', 'керівник ГУР', 'hur', 'ГУР', 'abbreviation'],
  ])('%s: %s', (lang, text, actorId, surface, via) => {
    const m = extract(KB, text, lang, '2025-11-25').mentions.find((x) => x.actorId === actorId);
    expect(m).toMatchObject({ surface, via });
  });

  it('abbreviations match exactly (case-sensitive)', () => {
    expect(ids(extract(KB, 'нато і рнбо', 'uk', null))).toEqual([]);
  });

  it('white house in lower case is not the organisation when capitalised in the knowledge base', () => {
    expect(ids(extract(KB, 'білий дім на пагорбі', 'uk', null))).toEqual([]);
  });
});

describe('spans', () => {
  it('longest candidate wins and every span has one mention', () => {
    const result = extract(KB, 'Президент США Дональд Трамп зустрівся з Рубіо.', 'uk', '2025-11-25');
    expect(pairs(result)).toEqual([
      ['donald-trump', 'Дональд Трамп'],
      ['marco-rubio', 'Рубіо'],
    ]);
  });

  it('offsets, block index and sentence are kept', () => {
    const blocks = ['Перший абзац.', 'Друге речення. Потім Умєров сказав, що Рубіо приїде. Кінець.'];
    const result = extract(KB, blocks, 'uk', '2025-11-25');
    expect(result.mentions).toEqual([
      { actorId: 'rustem-umerov', block: 1, start: 21, end: 27, surface: 'Умєров', sentence: 'Потім Умєров сказав, що Рубіо приїде.', via: 'surname' },
      { actorId: 'marco-rubio', block: 1, start: 39, end: 44, surface: 'Рубіо', sentence: 'Потім Умєров сказав, що Рубіо приїде.', via: 'surname' },
    ]);
  });
});
