/** Role-only references resolved by the article's date; generic uses left alone. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/types.ts';
import { FIXTURE_KB } from './fixture-kb.ts';
import { extract } from './helpers.ts';

const KB = FIXTURE_KB;

function roles(text: string, lang: Lang, date: string | null): [string, string][] {
  return extract(KB, text, lang, date)
    .mentions.filter((m) => m.via === 'role')
    .map((m) => [m.actorId, m.surface]);
}

describe('role references by date', () => {
  it.each<[Lang, string, string | null, [string, string][]]>([
    ['uk', 'Голова Офісу президента заявив про прогрес.', '2025-11-25', [['andriy-yermak', 'Голова Офісу президента']]],
    ['uk', 'Голова Офісу президента заявив про прогрес.', '2026-01-07', [['kyrylo-budanov', 'Голова Офісу президента']]],
    ['uk', 'Зустріч керівника Офісу Президента України з послами.', '2026-01-07', [['kyrylo-budanov', 'керівника Офісу Президента']]],
    ['uk', 'Про це повідомили керівнику Офісу президента.', '2025-11-20', [['andriy-yermak', 'керівнику Офісу президента']]],
    ['ru', 'Встреча руководителя Офиса президента с послами.', '2025-11-20', [['andriy-yermak', 'руководителя Офиса президента']]],
    ['ru', 'Главу Офиса президента вызвали в Раду.', '2026-01-10', [['kyrylo-budanov', 'Главу Офиса президента']]],
    ['uk', 'Між звільненням і призначенням голова Офісу президента не діяв.', '2025-12-15', []],
    ['uk', 'Глава Кремля відповів.', '2025-11-25', [['vladimir-putin', 'Глава Кремля']]],
    ['ru', 'Глава Белого дома предупредил.', '2025-12-31', [['donald-trump', 'Глава Белого дома']]],
    ['uk', 'Держсекретар США прибув до Женеви.', '2025-11-23', [['marco-rubio', 'Держсекретар США']]],
    ['ru', 'Госсекретарь США прибыл в Женеву.', '2025-11-23', [['marco-rubio', 'Госсекретарь США']]],
    ['uk', 'Секретар РНБО доповів.', '2025-12-01', [['rustem-umerov', 'Секретар РНБО']]],
    ['ru', 'Секретарь СНБО заявил.', '2025-12-31', [['rustem-umerov', 'Секретарь СНБО']]],
    ['uk', 'Зять Трампа взяв участь.', '2025-11-30', [['jared-kushner', 'Зять Трампа']]],
    ['ru', 'вместе со зятем президента США обсуждал', '2025-12-31', [['jared-kushner', 'зятем президента США']]],
    ['uk', 'Делегація доповідатиме президенту України.', '2025-11-30', [['volodymyr-zelensky', 'президенту України']]],
    ['ru', 'Умеров доложил президенту Украины.', '2025-12-31', [['volodymyr-zelensky', 'президенту Украины']]],
    ['uk', 'На зв’язку з президентом України.', '2025-11-30', [['volodymyr-zelensky', 'президентом України']]],
    ['uk', 'Він зустрівся з представниками команди президента США.', '2026-01-07', [['donald-trump', 'президента США']]],
  ])('%s %s (%s)', (lang, text, date, expected) => {
    expect(roles(text, lang, date)).toEqual(expected);
  });

  it('with no date, a role resolves only when one person ever held it', () => {
    expect(roles('Держсекретар США прибув.', 'uk', null)).toEqual([['marco-rubio', 'Держсекретар США']]);
    expect(roles('Голова Офісу президента заявив.', 'uk', null)).toEqual([]);
  });

  it('the head may carry one extra modifier before the qualifier', () => {
    expect(roles('Глава американського Білого дому заявив.', 'uk', '2025-11-25')).toEqual([['donald-trump', 'Глава американського Білого дому']]);
    expect(roles('Президент закликав США діяти.', 'uk', '2025-11-25')).toEqual([]);
  });
});

describe('a coordinated list of qualifiers after one plural head', () => {
  it('resolves to each holder (ru)', () => {
    const found = roles('с европейской — советники по национальной безопасности Великобритании, Германии и Франции.', 'ru', '2025-12-31');
    expect(found.map(([id]) => id).sort()).toEqual(['emmanuel-bonne', 'gunter-sautter', 'jonathan-powell']);
  });

  it('resolves to each holder (uk)', () => {
    const found = roles('Участь взяли радники з національної безпеки Великої Британії, Франції та Німеччини.', 'uk', '2025-12-31');
    expect(found.map(([id]) => id).sort()).toEqual(['emmanuel-bonne', 'gunter-sautter', 'jonathan-powell']);
  });

  it('two presidents', () => {
    expect(roles('Президенти України та США поговорили.', 'uk', '2025-11-25').map(([id]) => id).sort()).toEqual(['donald-trump', 'volodymyr-zelensky']);
  });

  it('a plural head without a list is generic', () => {
    expect(roles('Радники з національної безпеки Франції зустрічаються щомісяця.', 'uk', '2025-12-31')).toEqual([]);
    expect(roles('Президенти зустрілися.', 'uk', '2025-12-31')).toEqual([]);
  });
});

describe('a role followed by its holder’s name is the name mention', () => {
  it.each<[Lang, string, string, string]>([
    ['uk', 'Президент США Дональд Трамп задоволений.', '2025-11-25', 'donald-trump'],
    ['uk', 'голова Офісу президента Андрій Єрмак повторив', '2025-11-25', 'andriy-yermak'],
    ['uk', 'керівника Офісу Президента України Кирила Буданова', '2026-01-07', 'kyrylo-budanov'],
    ['ru', 'Президент России Владимир Путин заявил', '2025-11-26', 'vladimir-putin'],
    ['ru', 'с президентом Украины Владимиром Зеленским', '2025-12-31', 'volodymyr-zelensky'],
    ['uk', 'Держсекретар США Марко Рубіо', '2025-11-25', 'marco-rubio'],
  ])('%s: %s', (lang, text, date, actorId) => {
    const result = extract(KB, text, lang, date);
    expect(result.mentions.filter((m) => m.via === 'role')).toEqual([]);
    expect(result.mentions.filter((m) => m.actorId === actorId)).toHaveLength(1);
  });

  it('a verb between role and name: both stand', () => {
    const result = extract(KB, 'Начальником ГУР став Кирило Буданов.', 'uk', '2025-11-25');
    expect(result.mentions.map((m) => [m.actorId, m.via])).toEqual([
      ['kyrylo-budanov', 'role'],
      ['hur', 'abbreviation'],
      ['kyrylo-budanov', 'name'],
    ]);
  });

  it('a name in another case after the role is someone else: the role stands', () => {
    const result = extract(KB, 'з представниками команди президента США Стівом Віткоффом', 'uk', '2026-01-07');
    expect(result.mentions.map((m) => m.actorId)).toEqual(['donald-trump', 'steve-witkoff']);
  });
});

describe('generic and dependent uses are not people', () => {
  it.each<[Lang, string]>([
    ['uk', 'Майбутній президент України має підписати угоду.'],
    ['uk', 'Будь-який президент США зробив би так само.'],
    ['uk', 'Вибори президента України можуть відбутися навесні.'],
    ['uk', 'Кандидат у президенти України заявив.'],
    ['uk', 'Він претендує на посаду голови Офісу президента.'],
    ['ru', 'Любой госсекретарь США сказал бы то же.'],
    ['ru', 'Будущий президент Украины должен решить.'],
    ['ru', 'Выборы президента Украины пройдут позже.'],
    ['uk', 'Перший заступник глави МЗС провів консультації.'],
    ['uk', 'Заступник голови Офісу президента прокоментував.'],
    ['uk', 'Дружина президента України відвідала школу.'],
    ['ru', 'Пресс-секретарь главы Кремля ответил.'],
    ['uk', 'Спецпредставник президента США прибув до Києва.'],
  ])('%s: %s', (lang, text) => {
    const result = extract(KB, text, lang, '2025-11-25');
    expect(result.mentions.filter((m) => m.via === 'role' && m.actorId !== 'serhiy-kyslytsya' && m.actorId !== 'steve-witkoff')).toEqual([]);
  });

  it('"колишній"/"бывший" resolves to the earlier holder when only one held it before', () => {
    expect(roles('Колишній голова Офісу президента дав інтерв’ю.', 'uk', '2026-01-07')).toEqual([['andriy-yermak', 'голова Офісу президента']]);
    expect(roles('Бывший руководитель Офиса президента заявил.', 'ru', '2026-01-07')).toEqual([['andriy-yermak', 'руководитель Офиса президента']]);
    expect(roles('Колишній держсекретар США заявив.', 'uk', '2025-11-25')).toEqual([]);
    expect(roles('Колишній голова Офісу президента заявив.', 'uk', null)).toEqual([]);
  });
});
