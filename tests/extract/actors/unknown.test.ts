/** People the knowledge base does not know: found, brought to the nominative, merged. */
import { describe, expect, it } from 'vitest';
import { mergeUnknownPeople, type UnknownPersonMention } from '../../../src/extract/actors/index.ts';
import { surnameNominative } from '../../../src/extract/actors/nominative.ts';
import type { Case } from '../../../src/extract/actors/forms.ts';
import type { Lang } from '../../../src/types.ts';
import { FIXTURE_KB } from './fixture-kb.ts';
import { extract } from './helpers.ts';

const KB = FIXTURE_KB;

function unknown(text: string | string[], lang: Lang, authors: string[] = []): [string, string][] {
  return extract(KB, text, lang, '2025-11-25', authors).unknownPeople.map((u) => [u.name, u.surface]);
}

describe('surname nominatives', () => {
  it.each<[Lang, string, 'male' | 'female', Case[], string]>([
    ['uk', 'Кравчука', 'male', ['gen', 'acc'], 'Кравчук'],
    ['uk', 'Мартинюк', 'female', ['ins'], 'Мартинюк'],
    ['uk', 'Бойком', 'male', ['ins'], 'Бойко'],
    ['uk', 'Ковалем', 'male', ['ins'], 'Коваль'],
    ['uk', 'Кислицьким', 'male', ['ins'], 'Кислицький'],
    ['uk', 'Соколової', 'female', ['gen'], 'Соколова'],
    ['uk', 'Гончаренко', 'female', ['ins'], 'Гончаренко'],
    ['uk', 'Сибізі', 'male', ['dat', 'loc'], 'Сибіга'],
    ['uk', 'Кислиці', 'male', ['gen'], 'Кислиця'],
    ['ru', 'Соколовой', 'female', ['gen'], 'Соколова'],
    ['ru', 'Зеленской', 'female', ['gen'], 'Зеленская'],
    ['ru', 'Подоляком', 'male', ['ins'], 'Подоляк'],
    ['ru', 'Кравчуку', 'male', ['dat'], 'Кравчук'],
    ['ru', 'Арахамии', 'male', ['gen'], 'Арахамия'],
  ])('%s %s (%s, %j) → %s', (lang, seen, gender, cases, expected) => {
    expect(surnameNominative(seen, gender, cases, lang)?.nominative).toBe(expected);
  });

  it('a nominative given name keeps the surname as seen', () => {
    expect(surnameNominative('Кравчук', 'male', ['nom'], 'uk')?.nominative).toBe('Кравчук');
    expect(surnameNominative('Кравчука', 'male', ['nom'], 'uk')?.nominative).toBe('Кравчука');
    expect(surnameNominative('Кравчуком', 'male', ['gen'], 'uk')).toBeNull();
  });
});

describe('finding unknown people', () => {
  it.each<[Lang, string, [string, string][]]>([
    ['uk', 'Зустріч з Оленою Мартинюк тривала годину.', [['Олена Мартинюк', 'Оленою Мартинюк']]],
    ['uk', 'Заява Тараса Кравчука з’явилася вранці.', [['Тарас Кравчук', 'Тараса Кравчука']]],
    ['ru', 'Заявление Марины Соколовой опубликовано.', [['Марина Соколова', 'Марины Соколовой']]],
    ['uk', 'Разом із Петром Бойком та Ігорем Ковалем.', [['Петро Бойко', 'Петром Бойком'], ['Ігор Коваль', 'Ігорем Ковалем']]],
    ['ru', 'Беседа с Михаилом Подоляком и Натальей Гончаренко.', [['Михаил Подоляк', 'Михаилом Подоляком'], ['Наталья Гончаренко', 'Натальей Гончаренко']]],
    ['uk', 'Олександра Кравчука бачили в Києві.', [['Олександр Кравчук', 'Олександра Кравчука']]],
    ['uk', 'Олександра Кравчук прийшла на засідання.', [['Олександра Кравчук', 'Олександра Кравчук']]],
    ['uk', 'Михайло Олегович Подоляк заявив.', [['Михайло Подоляк', 'Михайло Олегович Подоляк']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(unknown(text, lang)).toEqual(expected);
  });

  it.each<[Lang, string]>([
    ['uk', 'Слава Україні! Героям слава!'],
    ['uk', 'Віра Богу допомагає.'],
    ['uk', 'Надія України — молодь.'],
    ['ru', 'Роман Толстого читают все. Лев Толстой тоже.'],
    ['uk', 'Марко Рубіо і Кирило Буданов — відомі люди.'],
    ['uk', 'олена мартинюк у нижньому регістрі'],
    ['uk', 'Олена, Мартинюк — розділені комою.'],
  ])('not an unknown person: %s', (lang, text) => {
    const found = unknown(text, lang).map(([name]) => name);
    expect(found.filter((n) => n !== 'Лев Толстой')).toEqual([]);
  });

  it('later surname-only mentions in the same article count for them', () => {
    const found = unknown(['Олена Мартинюк очолила комісію.', 'Мартинюк заявила, що Мартинюк-молодша ні до чого.', 'Рішення Мартинюк підтримали.'], 'uk');
    expect(found).toEqual([
      ['Олена Мартинюк', 'Олена Мартинюк'],
      ['Олена Мартинюк', 'Мартинюк'],
      ['Олена Мартинюк', 'Мартинюк'],
    ]);
  });

  it('declined surname-only mentions of a male unknown person', () => {
    const found = unknown(['Тарас Кравчук заявив про відставку.', 'Кравчука підтримали колеги, Кравчукові подякували.'], 'uk');
    expect(found.map(([, surface]) => surface)).toEqual(['Тарас Кравчук', 'Кравчука', 'Кравчукові']);
  });

  it('the byline author is not an unknown person, in any case', () => {
    expect(unknown(['Іванна Гончар', 'Як повідомила Іванна Гончар, а також з Іванною Гончар.'], 'uk', ['Іванна Гончар'])).toEqual([]);
  });

  it('mentions carry block, offsets, surface, sentence and a language-neutral key', () => {
    const result = extract(KB, ['Вступ.', 'Вчора. Зустріч з Оленою Мартинюк тривала годину.'], 'uk', '2025-11-25');
    expect(result.unknownPeople).toEqual([
      {
        key: 'olena martyniuk',
        name: 'Олена Мартинюк',
        given: 'Олена',
        surname: 'Мартинюк',
        block: 1,
        start: 17,
        end: 32,
        surface: 'Оленою Мартинюк',
        sentence: 'Зустріч з Оленою Мартинюк тривала годину.',
      },
    ]);
  });
});

describe('merging across articles and languages', () => {
  const uk1 = extract(KB, 'Олександр Кравчук і Олена Мартинюк зустрілися.', 'uk', '2025-11-25').unknownPeople;
  const ru1 = extract(KB, 'Александр Кравчук и Елена Мартынюк встретились. Кравчук улетел.', 'ru', '2025-11-26').unknownPeople;
  const ru2 = extract(KB, 'Заявление Марины Соколовой и Алены Зеленской.', 'ru', '2025-11-27').unknownPeople;
  const uk2 = extract(KB, 'Заява Марини Соколової та Олени Зеленської.', 'uk', '2025-11-27').unknownPeople;

  const merged = mergeUnknownPeople([
    { articleId: 'a', lang: 'uk', people: uk1 },
    { articleId: 'b', lang: 'ru', people: ru1 },
    { articleId: 'c', lang: 'ru', people: ru2 },
    { articleId: 'd', lang: 'uk', people: uk2 },
  ]);

  it('uk and ru spellings of one person merge (given-name equivalence + folded surname)', () => {
    const kravchuk = merged.find((p) => p.id === 'oleksandr-kravchuk')!;
    expect(kravchuk.names).toEqual({ uk: 'Олександр Кравчук', ru: 'Александр Кравчук' });
    expect(kravchuk.name).toBe('Oleksandr Kravchuk');
    expect(kravchuk.mentions.map((m) => [m.articleId, m.surface])).toEqual([
      ['a', 'Олександр Кравчук'],
      ['b', 'Александр Кравчук'],
      ['b', 'Кравчук'],
    ]);
    const martyniuk = merged.find((p) => p.id === 'olena-martyniuk')!;
    expect(martyniuk.names).toEqual({ uk: 'Олена Мартинюк', ru: 'Елена Мартынюк' });
    const sokolova = merged.find((p) => p.id === 'maryna-sokolova')!;
    expect(sokolova.names).toEqual({ uk: 'Марина Соколова', ru: 'Марина Соколова' });
  });

  it('ids are slugs of the transliterated nominative; order is deterministic', () => {
    expect(merged.map((p) => p.id)).toEqual([...merged.map((p) => p.id)].sort());
    for (const p of merged) expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    const again = mergeUnknownPeople([
      { articleId: 'd', lang: 'uk', people: uk2 },
      { articleId: 'c', lang: 'ru', people: ru2 },
      { articleId: 'b', lang: 'ru', people: ru1 },
      { articleId: 'a', lang: 'uk', people: uk1 },
    ]);
    expect(again.map((p) => [p.id, p.name])).toEqual(merged.map((p) => [p.id, p.name]));
  });

  it('a person seen only in Russian gets the Russian transliteration', () => {
    const only = mergeUnknownPeople([{ articleId: 'x', lang: 'ru', people: extract(KB, 'Юлия Щербакова выступила.', 'ru', null).unknownPeople }]);
    expect(only.map((p) => [p.id, p.name])).toEqual([['yuliya-shcherbakova', 'Yuliya Shcherbakova']]);
  });

  it('different people stay apart', () => {
    const people: UnknownPersonMention[] = extract(KB, 'Олександр Кравчук і Олександра Кравчук.', 'uk', null).unknownPeople;
    expect(mergeUnknownPeople([{ articleId: 'y', lang: 'uk', people }]).map((p) => p.id)).toEqual(['oleksandr-kravchuk', 'oleksandra-kravchuk']);
  });
});
