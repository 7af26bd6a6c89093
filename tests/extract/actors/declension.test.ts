/** Generated case forms, uk (by hand) and ru (lvovich + by hand). */
import { describe, expect, it } from 'vitest';
import { declineGiven, declineNoun, declinePhrase, declineSurname } from '../../../src/extract/actors/declension.ts';
import type { Case, Form } from '../../../src/extract/actors/forms.ts';
import type { Lang } from '../../../src/types.ts';

function forms(list: Form[]): string[] {
  return list.map((f) => f.form);
}

function formOf(list: Form[], c: Case): string[] {
  return list.filter((f) => f.cases.includes(c) && f.number === 'sg').map((f) => f.form);
}

describe('surnames', () => {
  it.each<[Lang, string, 'male' | 'female', string[]]>([
    ['uk', 'Віткофф', 'male', ['Віткоффа', 'Віткоффу', 'Віткоффові', 'Віткоффом', 'Віткоффі']],
    ['uk', 'Умєров', 'male', ['Умєрова', 'Умєрову', 'Умєровим', 'Умєрові']],
    ['uk', 'Зеленський', 'male', ['Зеленського', 'Зеленському', 'Зеленським']],
    ['uk', 'Кислиця', 'male', ['Кислиці', 'Кислицю', 'Кислицею']],
    ['uk', 'Буданов', 'male', ['Буданова', 'Буданову', 'Будановим']],
    ['uk', 'Ердоган', 'male', ['Ердогана', 'Ердоганові', 'Ердоганом']],
    ['uk', 'Іващенко', 'male', ['Іващенка', 'Іващенку', 'Іващенком']],
    ['uk', 'Путін', 'male', ['Путіна', 'Путіну', 'Путіним']],
    ['uk', 'Арахамія', 'male', ['Арахамії', 'Арахамію', 'Арахамією']],
    ['uk', 'Сибіга', 'male', ['Сибіги', 'Сибізі', 'Сибігу', 'Сибігою']],
    ['uk', 'Коваль', 'male', ['Коваля', 'Ковалю', 'Ковалем']],
    ['uk', 'Стефанішина', 'female', ['Стефанішиної', 'Стефанішину', 'Стефанішиною']],
    ['uk', 'Зеленська', 'female', ['Зеленської', 'Зеленській', 'Зеленську', 'Зеленською']],
    ['ru', 'Зеленский', 'male', ['Зеленского', 'Зеленскому', 'Зеленским', 'Зеленском']],
    ['ru', 'Уиткофф', 'male', ['Уиткоффа', 'Уиткоффу', 'Уиткоффом', 'Уиткоффе']],
    ['ru', 'Умеров', 'male', ['Умерова', 'Умерову', 'Умеровым']],
    ['ru', 'Кислица', 'male', ['Кислицы', 'Кислице', 'Кислицу', 'Кислицей']],
    ['ru', 'Соколова', 'female', ['Соколовой', 'Соколову']],
  ])('%s %s (%s) → %j', (lang, surname, gender, expected) => {
    expect(forms(declineSurname(lang, surname, gender))).toEqual(expect.arrayContaining([surname, ...expected]));
  });

  it.each<[Lang, string, 'male' | 'female']>([
    ['uk', 'Рубіо', 'male'],
    ['ru', 'Рубио', 'male'],
    ['uk', 'Свириденко', 'female'],
    ['uk', 'фон дер Ляєн', 'female'],
    ['ru', 'фон дер Ляйен', 'female'],
    ['uk', 'Мартинюк', 'female'],
    ['ru', 'Иващенко', 'female'],
  ])('%s %s (%s) is indeclinable', (lang, surname, gender) => {
    const list = declineSurname(lang, surname, gender);
    expect(forms(list)).toEqual([surname]);
    expect(list[0]!.cases).toEqual(expect.arrayContaining(['nom', 'gen', 'dat', 'acc', 'ins', 'loc']));
  });

  it('a male declinable surname is nominative only in its nominative form', () => {
    expect(formOf(declineSurname('uk', 'Кравчук', 'male'), 'gen')).toEqual(['Кравчука']);
    expect(declineSurname('uk', 'Кравчук', 'male').find((f) => f.form === 'Кравчук')!.cases).not.toContain('gen');
  });

  it('female forms never coincide with the male ones (Зеленська ≠ Зеленський)', () => {
    const male = new Set(forms(declineSurname('uk', 'Зеленський', 'male')));
    for (const f of forms(declineSurname('uk', 'Зеленська', 'female'))) expect(male.has(f)).toBe(false);
  });
});

describe('given names', () => {
  it.each<[Lang, string, 'male' | 'female', Case, string]>([
    ['uk', 'Кір', 'male', 'gen', 'Кіра'],
    ['ru', 'Кир', 'male', 'gen', 'Кира'],
    ['uk', 'Кирило', 'male', 'gen', 'Кирила'],
    ['uk', 'Олена', 'female', 'ins', 'Оленою'],
    ['uk', 'Ольга', 'female', 'dat', 'Ользі'],
    ['uk', 'Андрій', 'male', 'ins', 'Андрієм'],
    ['uk', 'Ігор', 'male', 'ins', 'Ігорем'],
    ['uk', 'Федір', 'male', 'gen', 'Федора'],
    ['uk', 'Наталія', 'female', 'gen', 'Наталії'],
    ['ru', 'Марина', 'female', 'gen', 'Марины'],
    ['ru', 'Сергей', 'male', 'ins', 'Сергеем'],
  ])('%s %s (%s) %s → %s', (lang, given, gender, c, expected) => {
    expect(formOf(declineGiven(lang, given, gender), c)).toContain(expected);
  });
});

describe('role heads and organisation names', () => {
  it.each<[Lang, string, string[]]>([
    ['uk', 'голова', ['голови', 'голові', 'голову', 'головою', 'голів']],
    ['uk', 'керівник', ['керівника', 'керівнику', 'керівником', 'керівники', 'керівників']],
    ['uk', 'держсекретар', ['держсекретаря', 'держсекретарем', 'держсекретарі']],
    ['uk', 'зять', ['зятя', 'зятю', 'зятем']],
    ['ru', 'руководитель', ['руководителя', 'руководителем', 'руководители']],
    ['ru', 'госсекретарь', ['госсекретаря', 'госсекретарем']],
    ['ru', 'глава', ['главы', 'главе', 'главой', 'главу']],
    ['ru', 'советник', ['советника', 'советники', 'советников']],
  ])('%s noun %s', (lang, noun, expected) => {
    expect(forms(declineNoun(lang, noun))).toEqual(expect.arrayContaining(expected));
  });

  it('plural forms are marked plural', () => {
    const list = declineNoun('ru', 'советник');
    expect(list.find((f) => f.form === 'советники')!.number).toBe('pl');
    expect(list.find((f) => f.form === 'советника')!.number).toBe('sg');
  });

  it.each<[Lang, string, string[]]>([
    ['uk', 'коаліція рішучих', ['коаліції рішучих', 'коаліцію рішучих', 'коаліцією рішучих']],
    ['uk', 'Білий дім', ['Білого дому', 'Білому домі', 'Білим домом']],
    ['uk', 'Єлисейський палац', ['Єлисейського палацу', 'Єлисейському палаці', 'Єлисейським палацом']],
    ['uk', 'Офіс президента', ['Офісу президента', 'Офісі президента', 'Офісом президента']],
    ['uk', 'Кремль', ['Кремля', 'Кремлю', 'Кремлем', 'Кремлі']],
    ['ru', 'коалиция желающих', ['коалиции желающих', 'коалицию желающих', 'коалицией желающих']],
    ['ru', 'Белый дом', ['Белого дома', 'Белому дому', 'Белым домом', 'Белом доме']],
    ['ru', 'Совбез РФ', ['Совбеза РФ', 'Совбезе РФ', 'Совбезом РФ']],
    ['ru', 'Европейская комиссия', ['Европейской комиссии', 'Европейскую комиссию']],
  ])('%s phrase %s', (lang, phrase, expected) => {
    expect(forms(declinePhrase(lang, phrase))).toEqual(expect.arrayContaining(expected));
  });
});
