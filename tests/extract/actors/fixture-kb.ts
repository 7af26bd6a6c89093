/**
 * A small knowledge base written for the actor tests, independent of `knowledge/`: the
 * people and organisations of the seeds, a few more for false friends and namesakes.
 */
import type { KnownActor, Organisation, Person, Role } from '../../../src/knowledge/schema.ts';

type Ref = { head: string; of?: string };

function role(from: string | null, to: string | null, uk: Ref[], ru: Ref[]): Role {
  const norm = (refs: Ref[]) => refs.map((r) => ({ head: r.head, of: r.of ?? '' }));
  return { title: { en: 'role', uk: 'роль', ru: 'роль' }, from, to, refer: { uk: norm(uk), ru: norm(ru) } };
}

function person(
  id: string,
  gender: 'male' | 'female',
  uk: [string[], string[]],
  ru: [string[], string[]],
  roles: Role[] = [],
): Person {
  return {
    id,
    type: 'person',
    name: id,
    gender,
    side: 'ukraine',
    country: 'UA',
    uk: { given: uk[0], surname: uk[1], aliases: [] },
    ru: { given: ru[0], surname: ru[1], aliases: [] },
    roles,
  };
}

function organisation(id: string, uk: string[], ru: string[], abbreviations: string[] = []): Organisation {
  return { id, type: 'organisation', name: id, side: 'international', uk, ru, abbreviations };
}

const OFFICE_HEAD_UK: Ref[] = [
  { head: 'голова', of: 'Офісу президента' },
  { head: 'керівник', of: 'Офісу президента' },
];
const OFFICE_HEAD_RU: Ref[] = [
  { head: 'глава', of: 'Офиса президента' },
  { head: 'руководитель', of: 'Офиса президента' },
];
const US_PRESIDENT = role('2025-01-20', null, [{ head: 'президент', of: 'США' }, { head: 'глава', of: 'Білого дому' }], [{ head: 'президент', of: 'США' }, { head: 'глава', of: 'Белого дома' }]);

export const FIXTURE_KB: KnownActor[] = [
  person('donald-trump', 'male', [['Дональд'], ['Трамп']], [['Дональд'], ['Трамп']], [US_PRESIDENT]),
  person('marco-rubio', 'male', [['Марко'], ['Рубіо']], [['Марко'], ['Рубио']], [
    role('2025-01-21', null, [{ head: 'держсекретар', of: 'США' }, { head: 'державний секретар', of: 'США' }], [{ head: 'госсекретарь', of: 'США' }]),
  ]),
  person('steve-witkoff', 'male', [['Стів', 'Стівен'], ['Віткофф', 'Уіткофф']], [['Стив', 'Стивен'], ['Уиткофф', 'Виткофф']], [
    role('2025-01-20', null, [{ head: 'спецпосланець', of: 'США' }], [{ head: 'спецпредставитель', of: 'США' }, { head: 'специальный представитель', of: 'США' }]),
  ]),
  person('jared-kushner', 'male', [['Джаред'], ['Кушнер']], [['Джаред'], ['Кушнер']], [
    role('2009-10-25', null, [{ head: 'зять', of: 'Трампа' }, { head: 'зять', of: 'президента США' }], [{ head: 'зять', of: 'Трампа' }, { head: 'зять', of: 'президента США' }]),
  ]),
  person('volodymyr-zelensky', 'male', [['Володимир'], ['Зеленський']], [['Владимир'], ['Зеленский']], [
    role('2019-05-20', null, [{ head: 'президент', of: 'України' }], [{ head: 'президент', of: 'Украины' }]),
  ]),
  person('andriy-yermak', 'male', [['Андрій'], ['Єрмак']], [['Андрей'], ['Ермак']], [role('2020-02-11', '2025-11-28', OFFICE_HEAD_UK, OFFICE_HEAD_RU)]),
  person('kyrylo-budanov', 'male', [['Кирило'], ['Буданов']], [['Кирилл'], ['Буданов']], [
    role('2020-08-05', '2026-01-02', [{ head: 'начальник', of: 'ГУР' }, { head: 'керівник', of: 'ГУР' }], [{ head: 'начальник', of: 'ГУР' }]),
    role('2026-01-02', null, OFFICE_HEAD_UK, OFFICE_HEAD_RU),
  ]),
  person('rustem-umerov', 'male', [['Рустем'], ['Умєров', 'Умеров']], [['Рустем'], ['Умеров']], [
    role('2025-07-18', null, [{ head: 'секретар', of: 'РНБО' }, { head: 'секретар', of: 'Ради національної безпеки і оборони України' }], [{ head: 'секретарь', of: 'СНБО' }, { head: 'секретарь', of: 'Совета национальной безопасности и обороны Украины' }]),
  ]),
  person('serhiy-kyslytsya', 'male', [['Сергій'], ['Кислиця']], [['Сергей'], ['Кислица']], [
    role('2025-02-12', '2026-01-05', [{ head: 'перший заступник', of: 'міністра закордонних справ' }, { head: 'перший заступник', of: 'глави МЗС' }], [{ head: 'первый заместитель', of: 'министра иностранных дел' }]),
    role('2026-01-05', null, [{ head: 'перший заступник', of: 'керівника Офісу президента' }], [{ head: 'первый заместитель', of: 'руководителя Офиса президента' }]),
  ]),
  person('andriy-hnatov', 'male', [['Андрій'], ['Гнатов']], [['Андрей'], ['Гнатов']], [
    role('2025-02-10', null, [{ head: 'начальник', of: 'Генерального штабу ЗСУ' }], [{ head: 'начальник', of: 'Генерального штаба ВСУ' }]),
  ]),
  person('oleh-ivashchenko', 'male', [['Олег'], ['Іващенко']], [['Олег'], ['Иващенко']], [
    role('2024-03-26', '2026-01-02', [{ head: 'голова', of: 'Служби зовнішньої розвідки' }], [{ head: 'глава', of: 'Службы внешней разведки Украины' }]),
  ]),
  person('davyd-arakhamia', 'male', [['Давид'], ['Арахамія']], [['Давид'], ['Арахамия']]),
  person('oleksandr-bevz', 'male', [['Олександр'], ['Бевз']], [['Александр'], ['Бевз']]),
  person('andrii-sybiha', 'male', [['Андрій'], ['Сибіга']], [['Андрей'], ['Сибига']], [
    role('2024-09-05', null, [{ head: 'глава', of: 'МЗС' }, { head: 'міністр закордонних справ', of: 'України' }], [{ head: 'глава', of: 'МИД Украины' }]),
  ]),
  person('olha-stefanishyna', 'female', [['Ольга'], ['Стефанішина']], [['Ольга'], ['Стефанишина']]),
  person('yulia-svyrydenko', 'female', [['Юлія'], ['Свириденко']], [['Юлия'], ['Свириденко']]),
  person('emmanuel-macron', 'male', [['Еммануель'], ['Макрон']], [['Эммануэль'], ['Макрон']], [
    role('2017-05-14', null, [{ head: 'президент', of: 'Франції' }], [{ head: 'президент', of: 'Франции' }]),
  ]),
  person('keir-starmer', 'male', [['Кір'], ['Стармер']], [['Кир'], ['Стармер']], [
    role('2024-07-05', null, [{ head: "прем'єр-міністр", of: 'Великої Британії' }], [{ head: 'премьер-министр', of: 'Великобритании' }]),
  ]),
  person('vladimir-putin', 'male', [['Володимир'], ['Путін']], [['Владимир'], ['Путин']], [
    role('2012-05-07', null, [{ head: 'президент', of: 'Росії' }, { head: 'глава', of: 'Кремля' }], [{ head: 'президент', of: 'РФ' }, { head: 'президент', of: 'России' }, { head: 'глава', of: 'Кремля' }]),
  ]),
  person('antonio-costa', 'male', [['Антоніу'], ['Кошта', 'Коста']], [['Антониу'], ['Кошта', 'Коста']], [
    role('2024-12-01', null, [{ head: 'голова', of: 'Євроради' }, { head: 'президент', of: 'Європейської ради' }], [{ head: 'глава', of: 'Евросовета' }]),
  ]),
  person('recep-tayyip-erdogan', 'male', [['Реджеп'], ['Ердоган']], [['Реджеп'], ['Эрдоган']]),
  person('ursula-von-der-leyen', 'female', [['Урсула'], ['фон дер Ляєн']], [['Урсула'], ['фон дер Ляйен']]),
  person('jonathan-powell', 'male', [['Джонатан'], ['Пауелл']], [['Джонатан'], ['Пауэлл']], [
    role('2024-11-08', null, [{ head: 'радник з національної безпеки', of: 'Великої Британії' }, { head: 'радник з національної безпеки', of: 'Великобританії' }], [{ head: 'советник по национальной безопасности', of: 'Великобритании' }]),
  ]),
  person('emmanuel-bonne', 'male', [['Еммануель'], ['Бонн']], [['Эммануэль'], ['Бонн']], [
    role('2019-05-01', null, [{ head: 'радник з національної безпеки', of: 'Франції' }], [{ head: 'советник по национальной безопасности', of: 'Франции' }]),
  ]),
  person('gunter-sautter', 'male', [['Гюнтер'], ['Зауттер']], [['Гюнтер'], ['Зауттер']], [
    role('2025-05-06', null, [{ head: 'радник з національної безпеки', of: 'Німеччини' }], [{ head: 'советник по национальной безопасности', of: 'Германии' }]),
  ]),
  organisation('coalition-of-the-willing', ['коаліція охочих', 'коаліція рішучих'], ['коалиция желающих']),
  organisation('nato', ['Організація Північноатлантичного договору'], ['Организация Североатлантического договора'], ['НАТО']),
  organisation('office-of-the-president', ['Офіс президента України', 'Офіс президента'], ['Офис президента Украины', 'Офис президента'], ['ОП']),
  organisation('nsdc', ['Рада національної безпеки і оборони України'], ['Совет национальной безопасности и обороны Украины'], ['РНБО', 'СНБО']),
  organisation('hur', ['Головне управління розвідки'], ['Главное управление разведки'], ['ГУР']),
  organisation('white-house', ['Білий дім'], ['Белый дом']),
  organisation('kremlin', ['Кремль'], ['Кремль']),
  organisation('elysee-palace', ['Єлисейський палац'], ['Елисейский дворец']),
  organisation('downing-street', ['Даунінг-стріт'], ['Даунинг-стрит']),
  organisation('security-council-of-russia', ['Рада безпеки Росії', 'Радбез РФ'], ['Совет безопасности России', 'Совбез РФ']),
];
