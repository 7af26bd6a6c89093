import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, KNOWLEDGE_FILES, loadKnowledgeBase } from '../../src/knowledge/load.ts';
import type { KnowledgeBase, Organisation, Person } from '../../src/knowledge/schema.ts';
import { foldCyrillic } from '../../src/text/fold.ts';
import type { Diagnostic } from '../../src/types.ts';

const REPO_KNOWLEDGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge');

const loaded = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);
const kb = loaded.knowledge;
const people = kb.actors.filter((actor): actor is Person => actor.type === 'person');
const organisations = kb.actors.filter((actor): actor is Organisation => actor.type === 'organisation');

function person(id: string): Person {
  const found = people.find((p) => p.id === id);
  if (!found) throw new Error(`no person "${id}" in the knowledge base`);
  return found;
}

/** A role is held on `date` from its `from` up to, not including, its `to`. */
function holds(role: Person['roles'][number], date: string): boolean {
  return (role.from === null || role.from <= date) && (role.to === null || date < role.to);
}

/** Who a role-only reference ("head" + "of") means on a day, as a careful reader resolves it. */
function holdersOf(base: KnowledgeBase, lang: 'uk' | 'ru', head: string, of: string, date: string): string[] {
  const key = `${foldCyrillic(head)}|${foldCyrillic(of)}`;
  return base.actors
    .filter((actor): actor is Person => actor.type === 'person')
    .filter((p) => p.roles.some((role) => holds(role, date) && role.refer[lang].some((r) => `${foldCyrillic(r.head)}|${foldCyrillic(r.of)}` === key)))
    .map((p) => p.id);
}

describe('the knowledge base in knowledge/', () => {
  it('loads with no diagnostics', () => {
    expect(loaded.diagnostics).toEqual([]);
  });

  it('is found at DEFAULT_KNOWLEDGE_DIR, the repository folder', () => {
    expect(DEFAULT_KNOWLEDGE_DIR).toBe(REPO_KNOWLEDGE);
    for (const file of Object.values(KNOWLEDGE_FILES)) expect(existsSync(path.join(DEFAULT_KNOWLEDGE_DIR, file))).toBe(true);
  });

  it('has entries in every file', () => {
    expect(people.length).toBeGreaterThanOrEqual(40);
    expect(organisations.length).toBeGreaterThanOrEqual(20);
    expect(kb.places.length).toBeGreaterThanOrEqual(40);
    expect(kb.meetings.length).toBeGreaterThanOrEqual(11);
    expect(kb.outlets.length).toBeGreaterThanOrEqual(25);
  });
});

/** FACTS.md's people: names in both languages and the roles the seeds rely on. */
const FACTS_PEOPLE: {
  id: string;
  name: string;
  side: Person['side'];
  uk: { given: string; surname: string[] };
  ru: { given: string; surname: string[] };
  /** [title pattern, from, to] of roles whose dates FACTS.md gives. */
  roles?: [RegExp, string | null, string | null][];
  /** A role whose title matches is held on the date (dates of the seeds). */
  heldOn?: [RegExp, string][];
}[] = [
  { id: 'marco-rubio', name: 'Marco Rubio', side: 'usa', uk: { given: 'Марко', surname: ['Рубіо'] }, ru: { given: 'Марко', surname: ['Рубио'] }, heldOn: [[/Secretary of State/, '2025-11-25']] },
  {
    id: 'steve-witkoff',
    name: 'Steve Witkoff',
    side: 'usa',
    uk: { given: 'Стів', surname: ['Віткофф'] },
    ru: { given: 'Стив', surname: ['Уиткофф', 'Виткофф'] },
    heldOn: [[/Special Envoy/, '2025-11-30']],
  },
  { id: 'jared-kushner', name: 'Jared Kushner', side: 'usa', uk: { given: 'Джаред', surname: ['Кушнер'] }, ru: { given: 'Джаред', surname: ['Кушнер'] }, heldOn: [[/Son-in-law/, '2025-12-31']] },
  { id: 'donald-trump', name: 'Donald Trump', side: 'usa', uk: { given: 'Дональд', surname: ['Трамп'] }, ru: { given: 'Дональд', surname: ['Трамп'] }, roles: [[/President of the United States/, '2025-01-20', null]] },
  { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', side: 'ukraine', uk: { given: 'Володимир', surname: ['Зеленський'] }, ru: { given: 'Владимир', surname: ['Зеленский'] }, roles: [[/President of Ukraine/, '2019-05-20', null]] },
  {
    id: 'rustem-umerov',
    name: 'Rustem Umerov',
    side: 'ukraine',
    uk: { given: 'Рустем', surname: ['Умєров', 'Умеров'] },
    ru: { given: 'Рустем', surname: ['Умеров'] },
    roles: [[/Secretary of the National Security and Defense Council/, '2025-07-18', null]],
    heldOn: [[/delegation/, '2025-11-30']],
  },
  {
    id: 'andriy-yermak',
    name: 'Andriy Yermak',
    side: 'ukraine',
    uk: { given: 'Андрій', surname: ['Єрмак'] },
    ru: { given: 'Андрей', surname: ['Ермак'] },
    roles: [[/^Head of the Office of the President/, '2020-02-11', '2025-11-28']],
  },
  {
    id: 'kyrylo-budanov',
    name: 'Kyrylo Budanov',
    side: 'ukraine',
    uk: { given: 'Кирило', surname: ['Буданов'] },
    ru: { given: 'Кирилл', surname: ['Буданов'] },
    roles: [
      [/Defence Intelligence/, '2020-08-05', '2026-01-02'],
      [/^Head of the Office of the President/, '2026-01-02', null],
    ],
  },
  {
    id: 'serhiy-kyslytsya',
    name: 'Serhiy Kyslytsya',
    side: 'ukraine',
    uk: { given: 'Сергій', surname: ['Кислиця'] },
    ru: { given: 'Сергей', surname: ['Кислица'] },
    heldOn: [
      [/First Deputy Minister of Foreign Affairs/, '2025-11-30'],
      [/First Deputy Head of the Office of the President/, '2026-01-07'],
    ],
  },
  { id: 'andriy-hnatov', name: 'Andriy Hnatov', side: 'ukraine', uk: { given: 'Андрій', surname: ['Гнатов'] }, ru: { given: 'Андрей', surname: ['Гнатов'] }, roles: [[/Chief of the General Staff/, '2025-02-10', null]] },
  {
    id: 'oleh-ivashchenko',
    name: 'Oleh Ivashchenko',
    side: 'ukraine',
    uk: { given: 'Олег', surname: ['Іващенко'] },
    ru: { given: 'Олег', surname: ['Иващенко'] },
    roles: [
      [/Foreign Intelligence Service/, '2024-03-26', '2026-01-02'],
      [/Defence Intelligence/, '2026-01-02', null],
    ],
  },
  { id: 'davyd-arakhamia', name: 'Davyd Arakhamia', side: 'ukraine', uk: { given: 'Давид', surname: ['Арахамія'] }, ru: { given: 'Давид', surname: ['Арахамия'] }, heldOn: [[/Servant of the People/, '2026-01-07']] },
  { id: 'oleksandr-bevz', name: 'Oleksandr Bevz', side: 'ukraine', uk: { given: 'Олександр', surname: ['Бевз'] }, ru: { given: 'Александр', surname: ['Бевз'] }, heldOn: [[/^Adviser to the Office of the President/, '2026-01-07']] },
  { id: 'emmanuel-macron', name: 'Emmanuel Macron', side: 'europe', uk: { given: 'Еммануель', surname: ['Макрон'] }, ru: { given: 'Эммануэль', surname: ['Макрон'] }, roles: [[/President of France/, '2017-05-14', null]] },
  { id: 'keir-starmer', name: 'Keir Starmer', side: 'europe', uk: { given: 'Кір', surname: ['Стармер'] }, ru: { given: 'Кир', surname: ['Стармер'] }, roles: [[/Prime Minister of the United Kingdom/, '2024-07-05', null]] },
  { id: 'vladimir-putin', name: 'Vladimir Putin', side: 'russia', uk: { given: 'Володимир', surname: ['Путін'] }, ru: { given: 'Владимир', surname: ['Путин'] }, roles: [[/President of Russia/, '2012-05-07', null]] },
  { id: 'jonathan-powell', name: 'Jonathan Powell', side: 'europe', uk: { given: 'Джонатан', surname: ['Пауелл'] }, ru: { given: 'Джонатан', surname: ['Пауэлл'] }, heldOn: [[/National Security Adviser/, '2025-12-31']] },
  { id: 'emmanuel-bonne', name: 'Emmanuel Bonne', side: 'europe', uk: { given: 'Еммануель', surname: ['Бонн'] }, ru: { given: 'Эммануэль', surname: ['Бонн'] }, heldOn: [[/Adviser to the President of France/, '2025-12-31']] },
  { id: 'gunter-sautter', name: 'Günter Sautter', side: 'europe', uk: { given: 'Гюнтер', surname: ['Зауттер'] }, ru: { given: 'Гюнтер', surname: ['Зауттер'] }, heldOn: [[/Adviser to the Chancellor of Germany/, '2025-12-31']] },
];

describe('FACTS.md people', () => {
  it.each(FACTS_PEOPLE)('$id: names, side and roles', (fact) => {
    const p = person(fact.id);
    expect(p.name).toBe(fact.name);
    expect(p.side).toBe(fact.side);
    expect(p.uk.given[0]).toBe(fact.uk.given);
    expect(p.ru.given[0]).toBe(fact.ru.given);
    expect(p.uk.surname[0]).toBe(fact.uk.surname[0]);
    expect(p.ru.surname[0]).toBe(fact.ru.surname[0]);
    expect(p.uk.surname).toEqual(expect.arrayContaining(fact.uk.surname));
    expect(p.ru.surname).toEqual(expect.arrayContaining(fact.ru.surname));
    for (const [title, from, to] of fact.roles ?? []) {
      const role = p.roles.find((r) => title.test(r.title.en));
      expect(role, `${fact.id}: a role like ${title}`).toBeDefined();
      expect([role!.from, role!.to]).toEqual([from, to]);
    }
    for (const [title, date] of fact.heldOn ?? []) {
      expect(
        p.roles.some((r) => title.test(r.title.en) && holds(r, date)),
        `${fact.id}: a role like ${title} on ${date}`,
      ).toBe(true);
    }
  });
});

/** Role-only references as the seeds write them, resolved by the article's date. */
const REFERENCES: [lang: 'uk' | 'ru', head: string, of: string, date: string, id: string][] = [
  ['uk', 'голова', 'Офісу президента', '2025-11-25', 'andriy-yermak'],
  ['uk', 'керівник', 'Офісу президента', '2025-11-25', 'andriy-yermak'],
  ['uk', 'керівник', 'Офісу Президента України', '2026-01-07', 'kyrylo-budanov'],
  ['uk', 'керівник', 'ГУР', '2025-11-30', 'kyrylo-budanov'],
  ['uk', 'керівник', 'ГУР', '2026-01-07', 'oleh-ivashchenko'],
  ['uk', 'голова', 'Служби зовнішньої розвідки України', '2025-11-30', 'oleh-ivashchenko'],
  ['uk', 'начальник', 'Генерального штабу ЗСУ', '2026-01-07', 'andriy-hnatov'],
  ['uk', 'перший заступник', 'міністра закордонних справ', '2025-11-30', 'serhiy-kyslytsya'],
  ['uk', 'перший заступник', 'глави МЗС України', '2025-11-30', 'serhiy-kyslytsya'],
  ['uk', 'перший заступник', 'керівника Офісу Президента', '2026-01-07', 'serhiy-kyslytsya'],
  ['uk', 'керівник', 'фракції «Слуга Народу» у Верховній Раді', '2026-01-07', 'davyd-arakhamia'],
  ['uk', 'секретар', 'РНБО', '2025-11-30', 'rustem-umerov'],
  ['uk', 'держсекретар', 'США', '2025-11-25', 'marco-rubio'],
  ['uk', 'державний секретар', 'Сполучених Штатів', '2025-11-25', 'marco-rubio'],
  ['uk', 'спецпосланець', 'США', '2025-11-30', 'steve-witkoff'],
  ['uk', 'зять', 'Трампа', '2025-11-30', 'jared-kushner'],
  ['uk', 'президент', 'Франції', '2025-11-25', 'emmanuel-macron'],
  ['uk', 'президент', 'України', '2026-01-07', 'volodymyr-zelensky'],
  ['uk', 'президент', 'США', '2026-01-07', 'donald-trump'],
  ['ru', 'секретарь', 'Совета национальной безопасности и обороны Украины', '2025-12-31', 'rustem-umerov'],
  ['ru', 'секретарь', 'СНБО', '2025-12-31', 'rustem-umerov'],
  ['ru', 'президент', 'Украины', '2025-12-31', 'volodymyr-zelensky'],
  ['ru', 'специальный представитель', 'США', '2025-12-31', 'steve-witkoff'],
  ['ru', 'зять', 'президента США', '2025-12-31', 'jared-kushner'],
  ['ru', 'глава', 'Белого дома', '2025-12-31', 'donald-trump'],
  ['ru', 'госсекретарь', 'США', '2025-11-26', 'marco-rubio'],
  ['ru', 'премьер-министр', 'Великобритании', '2025-11-26', 'keir-starmer'],
  ['ru', 'президент', 'РФ', '2025-11-26', 'vladimir-putin'],
  ['ru', 'глава', 'российского государства', '2025-11-26', 'vladimir-putin'],
  ['ru', 'советник по национальной безопасности', 'Великобритании', '2025-12-31', 'jonathan-powell'],
  ['ru', 'советник по национальной безопасности', 'Германии', '2025-12-31', 'gunter-sautter'],
  ['ru', 'советник по национальной безопасности', 'Франции', '2025-12-31', 'emmanuel-bonne'],
];

describe('role-only references', () => {
  it.each(REFERENCES)('%s "%s %s" on %s is %s', (lang, head, of, date, id) => {
    expect(holdersOf(kb, lang, head, of, date)).toEqual([id]);
  });

  it('"голова Офісу президента" has nobody between Yermak and Budanov', () => {
    expect(holdersOf(kb, 'uk', 'голова', 'Офісу президента', '2025-12-15')).toEqual([]);
  });

  it('no reference means two people on the same day', () => {
    const spans = new Map<string, { id: string; from: string; to: string }[]>();
    for (const p of people) {
      for (const role of p.roles) {
        for (const lang of ['uk', 'ru'] as const) {
          for (const r of role.refer[lang]) {
            const key = `${lang} "${r.head} ${r.of}"`.replace(/ "$/u, '"');
            const folded = `${lang}|${foldCyrillic(r.head)}|${foldCyrillic(r.of)}`;
            const list = spans.get(folded) ?? [];
            list.push({ id: `${p.id} (${key})`, from: role.from ?? '0000-00-00', to: role.to ?? '9999-12-31' });
            spans.set(folded, list);
          }
        }
      }
    }
    const clashes: string[] = [];
    for (const list of spans.values()) {
      list.forEach((a, i) =>
        list.slice(i + 1).forEach((b) => {
          if (a.id.split(' ')[0] !== b.id.split(' ')[0] && a.from < b.to && b.from < a.to) clashes.push(`${a.id} / ${b.id}`);
        }),
      );
    }
    expect(clashes).toEqual([]);
  });
});

describe('roles', () => {
  it('end no earlier than they start, with real dates', () => {
    for (const p of people) {
      for (const role of p.roles) {
        if (role.from && role.to) expect(role.to >= role.from, `${p.id}: ${role.title.en}`).toBe(true);
        for (const date of [role.from, role.to]) if (date) expect(date).toMatch(/^(19|20)\d\d-\d\d-\d\d$/);
      }
    }
  });

  it('have titles in three languages and references in the nominative-looking form', () => {
    for (const p of people) {
      for (const role of p.roles) {
        expect(role.title.en && role.title.uk && role.title.ru).toBeTruthy();
        for (const r of [...role.refer.uk, ...role.refer.ru]) {
          expect(r.head.trim(), `${p.id}: "${r.head}"`).toBe(r.head);
          expect(r.of.trim(), `${p.id}: "${r.of}"`).toBe(r.of);
          expect(r.head.charAt(0), `${p.id}: "${r.head}" starts in lower case`).toBe(r.head.charAt(0).toLowerCase());
        }
      }
    }
  });
});

const NOT_UKRAINIAN = /[ыэёъ]/iu;
const NOT_RUSSIAN = /[іїєґ]/iu;

describe('names in Ukrainian and Russian', () => {
  it('every person has uk and ru given names and surnames', () => {
    for (const p of people) {
      for (const lang of ['uk', 'ru'] as const) {
        expect(p[lang].given.length, `${p.id} ${lang} given`).toBeGreaterThan(0);
        expect(p[lang].surname.length, `${p.id} ${lang} surname`).toBeGreaterThan(0);
        for (const word of [...p[lang].given, ...p[lang].surname]) expect(word, `${p.id} ${lang}`).toMatch(/^[\p{Script=Cyrillic}][\p{Script=Cyrillic} ’'-]*$/u);
      }
    }
  });

  it('Ukrainian forms use no Russian-only letters and Russian forms no Ukrainian-only letters', () => {
    const problems: string[] = [];
    const check = (owner: string, uk: readonly string[], ru: readonly string[]) => {
      for (const text of uk) if (NOT_UKRAINIAN.test(text)) problems.push(`${owner} uk: ${text}`);
      for (const text of ru) if (NOT_RUSSIAN.test(text)) problems.push(`${owner} ru: ${text}`);
    };
    for (const p of people) {
      check(p.id, [...p.uk.given, ...p.uk.surname], [...p.ru.given, ...p.ru.surname]);
      for (const role of p.roles) {
        check(p.id, [role.title.uk, ...role.refer.uk.flatMap((r) => [r.head, r.of])], [role.title.ru, ...role.refer.ru.flatMap((r) => [r.head, r.of])]);
      }
    }
    for (const o of organisations) check(o.id, o.uk, o.ru);
    for (const place of kb.places) check(place.id, place.uk, place.ru);
    expect(problems).toEqual([]);
  });
});

describe('organisations, places, meetings, outlets', () => {
  it('knows the coalition of the willing under all three translations', () => {
    const coalition = organisations.find((o) => o.id === 'coalition-of-the-willing')!;
    expect(coalition.uk).toEqual(expect.arrayContaining(['коаліція охочих', 'коаліція рішучих']));
    expect(coalition.ru).toContain('коалиция желающих');
  });

  it('gives the abbreviations of FACTS.md to the right organisations', () => {
    const owner = (abbreviation: string) => organisations.find((o) => o.abbreviations.includes(abbreviation))?.id;
    expect(owner('РНБО')).toBe('nsdc-of-ukraine');
    expect(owner('СНБО')).toBe('nsdc-of-ukraine');
    expect(owner('НАТО')).toBe('nato');
    expect(owner('ГУР')).toBe('defence-intelligence-of-ukraine');
    expect(owner('ЗСУ')).toBe('armed-forces-of-ukraine');
    expect(organisations.find((o) => o.id === 'security-council-of-russia')!.ru).toContain('Совбез РФ');
  });

  it('lists case forms of places and links venues to their region', () => {
    const place = (name: string) => kb.places.find((p) => p.name === name)!;
    expect(place('Geneva').uk).toEqual(expect.arrayContaining(['Женева', 'Женеви', 'Женеві', 'Женеву', 'Женевою']));
    expect(place('Geneva').ru).toEqual(expect.arrayContaining(['Женева', 'Женевы', 'Женеве', 'Женеву', 'Женевой']));
    expect(place('Anchorage').ru).toContain('Анкоридже');
    expect(place('Kyiv').uk).toEqual(expect.arrayContaining(['Київ', 'Києва', 'Києві']));
    expect(place('Kyiv').ru).toEqual(expect.arrayContaining(['Киев', 'Киева', 'Киеве', 'Киеву']));
    expect(place('Paris').uk).toContain('Парижі');
    expect(place('United States').uk).toEqual(expect.arrayContaining(['США', 'Сполучених Штатів']));
    expect(place('United States').ru).toContain('Соединенными Штатами');
    for (const name of ['Mar-a-Lago', 'Miami', 'Hallandale Beach']) expect(place(name).within).toBe('Florida');
    expect(place('Anchorage').within).toBe('Alaska');
  });

  it('gives countries capitals that are cities lying in them', () => {
    const byName = new Map(kb.places.map((p) => [p.name, p]));
    const countries = kb.places.filter((p) => p.kind === 'country');
    for (const country of countries) {
      expect(country.capital, country.name).toBeDefined();
      const capital = byName.get(country.capital!);
      expect(capital?.kind, country.name).toBe('city');
      expect(capital?.within, country.name).toBe(country.name);
    }
    expect(byName.get('France')!.capital).toBe('Paris');
    expect(byName.get('United Arab Emirates')!.capital).toBe('Abu Dhabi');
    expect(kb.places.filter((p) => p.kind !== 'country').every((p) => p.capital === undefined)).toBe(true);
  });

  it('knows seats of government as venues inside their city', () => {
    const place = (name: string) => kb.places.find((p) => p.name === name)!;
    expect(place('Kremlin')).toMatchObject({ kind: 'venue', within: 'Moscow' });
    expect(place('Kremlin').uk).toEqual(expect.arrayContaining(['Кремль', 'Кремлі']));
    expect(place('Kremlin').ru).toContain('Кремле');
    expect(place('White House')).toMatchObject({ kind: 'venue', within: 'Washington' });
    expect(place('White House').uk).toContain('Білому домі');
    expect(place('White House').ru).toContain('Белом доме');
    expect(place('Oval Office').within).toBe('White House');
    expect(place('Élysée Palace').within).toBe('Paris');
    expect(place('Downing Street').within).toBe('London');
  });

  it('gives organisations seats that are places', () => {
    const names = new Set(kb.places.map((p) => p.name));
    const seat = (id: string) => organisations.find((o) => o.id === id)?.seat;
    expect(seat('security-council-of-russia')).toBe('Moscow');
    expect(seat('nsdc-of-ukraine')).toBe('Kyiv');
    expect(seat('un-security-council')).toBe('New York');
    expect(seat('kremlin')).toBe('Kremlin');
    for (const o of organisations) if (o.seat !== undefined) expect(names.has(o.seat), `${o.id}: ${o.seat}`).toBe(true);
  });

  it.each([
    ['2025-08-15', 'Anchorage', 'in-person', 'held', ['donald-trump', 'vladimir-putin']],
    ['2025-11-21', 'Moscow', 'in-person', 'held', ['vladimir-putin']],
    ['2025-11-23', 'Geneva', 'in-person', 'held', ['marco-rubio', 'andriy-yermak']],
    ['2025-11-25', null, 'video', 'held', ['coalition-of-the-willing', 'marco-rubio', 'emmanuel-macron', 'keir-starmer']],
    ['2025-11-30', 'Hallandale Beach', 'in-person', 'held', ['rustem-umerov', 'andriy-hnatov', 'serhiy-kyslytsya', 'kyrylo-budanov', 'oleh-ivashchenko', 'marco-rubio', 'steve-witkoff', 'jared-kushner']],
    ['2025-12-28', 'Mar-a-Lago', 'in-person', 'held', ['donald-trump', 'volodymyr-zelensky']],
    ['2025-12-31', null, 'phone', 'held', ['rustem-umerov', 'marco-rubio', 'steve-witkoff', 'jared-kushner', 'jonathan-powell', 'emmanuel-bonne', 'gunter-sautter']],
    ['2026-01-03', 'Kyiv', 'in-person', 'planned', ['nato', 'european-commission', 'european-council']],
    ['2026-01-07', 'Paris', 'in-person', 'planned', ['kyrylo-budanov', 'serhiy-kyslytsya', 'rustem-umerov', 'andriy-hnatov', 'davyd-arakhamia', 'oleksandr-bevz']],
  ] as const)('has the meeting of %s in %s', (date, place, kind, status, participants) => {
    const meeting = kb.meetings.find((m) => m.date === date && m.place === place && m.kind === kind);
    expect(meeting, `${date} ${place}`).toBeDefined();
    expect(meeting!.status).toBe(status);
    expect(meeting!.participants).toEqual(expect.arrayContaining([...participants]));
    expect(meeting!.id.startsWith(date)).toBe(true);
  });

  it('has both Paris meetings of 6 January 2026', () => {
    const paris = kb.meetings.filter((m) => m.date === '2026-01-06' && m.place === 'Paris');
    expect(paris.map((m) => m.title).sort()).toEqual(['Coalition of the Willing summit in Paris', 'Zelensky meets Witkoff and Kushner in Paris']);
  });

  it('knows the outlets of the seeds by name, alias and domain', () => {
    const outlet = (name: string) => kb.outlets.find((o) => o.name === name)!;
    expect(outlet('Главком').domains).toContain('glavcom.ua');
    expect(outlet('Главком').aliases).toContain('Главкому');
    expect(outlet('РИА Новости').domains).toContain('ria.ru');
    expect(outlet('The Guardian').aliases).toContain('Гардіан');
  });
});

describe('loadKnowledgeBase with problems in a copy of the knowledge base', () => {
  let dir: string;
  let result: ReturnType<typeof loadKnowledgeBase>;

  /** 1-based line and column of the last occurrence of `needle` in one of the copy's files. */
  const locate = (file: string, needle: string) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const index = text.lastIndexOf(needle);
    if (index < 0) throw new Error(`"${needle}" not in ${file}`);
    const before = text.slice(0, index).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  const append = (file: string, text: string) => {
    const target = path.join(dir, file);
    const current = readFileSync(target, 'utf8');
    appendFileSync(target, `${current.endsWith('\n') ? '' : '\n'}${text}`);
  };
  const find = (code: string, file: string, needle: string): Diagnostic | undefined =>
    result.diagnostics.find((d) => d.code === code && d.file === file && d.message.includes(needle));
  /** The diagnostic with `code` whose message names `entry`, at the place of `marker` in `file`. */
  const expectAt = (code: string, file: string, entry: string, marker: string) => {
    const d = find(code, file, `"${entry}"`);
    expect(d, `${code} for ${entry} in ${file}`).toBeDefined();
    expect({ line: d!.line, column: d!.column }).toEqual(locate(file, marker));
    expect(d!.severity).toBe('error');
    expect(d!.message).toContain(file);
    return d!;
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'peace-timeline-kb-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    append(
      'people.yaml',
      `
- id: test-wrong-type
  type: person
  name: Test Wrong Type
  gender: male
  side: usa
  country: US
  uk: { given: ТестНеСписок, surname: [Тестенко] }
  ru: { given: [Тест], surname: [Тестенко] }

- id: test-wrong-kind
  type: persona
  name: Test Wrong Kind
  gender: male
  side: usa
  country: US
  uk: { given: [Тест], surname: [Тестенко] }
  ru: { given: [Тест], surname: [Тестенко] }

- id: test-missing-name
  type: person
  gender: female
  side: usa
  country: US
  uk: { given: [Тест], surname: [Тестенко] }
  ru: { given: [Тест], surname: [Тестенко] }

- id: test-bad-date
  type: person
  name: Test Bad Date
  gender: female
  side: europe
  country: FR
  uk: { given: [Тест], surname: [Тестенко] }
  ru: { given: [Тест], surname: [Тестенко] }
  roles:
    - title: { en: Tester, uk: Тестувальник, ru: Тестировщик }
      from: 2025-02-30

- id: test-role-dates
  type: person
  name: Test Role Dates
  gender: male
  side: europe
  country: FR
  uk: { given: [Тест], surname: [Тестенко] }
  ru: { given: [Тест], surname: [Тестенко] }
  roles:
    - title: { en: Tester, uk: Тестувальник, ru: Тестировщик }
      from: 2002-02-02
      to: 2001-01-01

- id: test-misspelt-role-field
  type: person
  name: Test Misspelt
  gender: male
  side: europe
  country: FR
  uk: { given: [Тест], surname: [Тестенко] }
  ru: { given: [Тест], surname: [Тестенко] }
  roles:
    - title: { en: Tester, uk: Тестувальник, ru: Тестировщик }
      form: 1999-09-09

- id: test-broken-yaml
  type: person
  name: "Broken" brokentailmarker

- id: test-valid-after-broken
  type: person
  name: Test Valid
  gender: male
  side: usa
  country: US
  uk: { given: [Тест], surname: [Тестенко] }
  ru: { given: [Тест], surname: [Тестенко] }
  roles:
    - title: { en: Second President, uk: Другий президент, ru: Второй президент }
      from: 2025-06-01
      refer: { uk: [{ head: президент, of: США }], ru: [] }
`,
    );
    append(
      'organisations.yaml',
      `
- id: marco-rubio
  type: organisation
  name: Not Rubio
  side: usa
  uk: [Тест]
  ru: [Тест]

- id: test-abbreviation
  type: organisation
  name: Test Abbreviation
  side: ukraine
  uk: [Тест]
  ru: [Тест]
  abbreviations: [ТЕСТ, РНБО]

- id: test-unknown-seat
  type: organisation
  name: Test Unknown Seat
  side: europe
  uk: [Тестова рада]
  ru: [Тестовый совет]
  seat: Atlantis City
`,
    );
    append(
      'meetings.yaml',
      `
- id: 2025-12-01-test-meeting
  title: Test meeting
  date: 2025-12-01
  place: Atlantis
  kind: phone
  status: held
  participants: [marco-rubio, nobody-at-all, test-role-dates]
`,
    );
    append('places.yaml', `\n- id: test-place\n  name: Test Place\n  kind: city\n  within: Nowhere Land\n  uk: [Тест]\n  ru: [Тест]\n`);
    append(
      'places.yaml',
      `
- id: test-country-unknown-capital
  name: Testland
  kind: country
  capital: Lost Capital
  uk: [Тестія]
  ru: [Тестия]

- id: test-country-capital-not-a-city
  name: Testonia
  kind: country
  capital: Florida
  uk: [Тестонія]
  ru: [Тестония]

- id: test-city-with-capital
  name: Test City
  kind: city
  capital: Paris
  uk: [Тестоград]
  ru: [Тестоград]
`,
    );
    append('outlets.yaml', `\n- name: Copy of Glavcom\n  domains: [glavcom.ua]\n`);
    result = loadKnowledgeBase(dir, dir);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a field of the wrong type at its value', () => {
    const d = expectAt('kb-schema', 'people.yaml', 'test-wrong-type', 'ТестНеСписок');
    expect(d.message).toContain('uk.given');
  });

  it('reports a wrong entry type', () => {
    expectAt('kb-schema', 'people.yaml', 'test-wrong-kind', 'persona');
  });

  it('reports a missing field at the entry', () => {
    const d = expectAt('kb-schema', 'people.yaml', 'test-missing-name', 'id: test-missing-name');
    expect(d.message).toContain('missing field "name"');
  });

  it('reports an impossible date (2025-02-30)', () => {
    const d = expectAt('kb-schema', 'people.yaml', 'test-bad-date', '2025-02-30');
    expect(d.message).toContain('roles[0].from');
  });

  it('reports a role that ends before it starts', () => {
    expectAt('kb-role-dates', 'people.yaml', 'test-role-dates', '2001-01-01');
  });

  it('reports a misspelt field inside a role', () => {
    const d = expectAt('kb-schema', 'people.yaml', 'test-misspelt-role-field', 'form: 1999-09-09');
    expect(d.message).toContain('roles[0].form');
  });

  it('reports broken YAML at the place of the error and keeps the entries after it', () => {
    expectAt('kb-yaml', 'people.yaml', 'test-broken-yaml', 'brokentailmarker');
    expect(result.knowledge.actors.some((a) => a.id === 'test-valid-after-broken')).toBe(true);
  });

  it('reports an id used twice across files', () => {
    const d = expectAt('kb-duplicate-id', 'organisations.yaml', 'marco-rubio', 'marco-rubio');
    expect(d.message).toContain('people.yaml');
    const rubio = result.knowledge.actors.filter((a) => a.id === 'marco-rubio');
    expect(rubio.map((a) => a.type)).toEqual(['person']);
  });

  it('reports an abbreviation two organisations claim', () => {
    expectAt('kb-duplicate-abbreviation', 'organisations.yaml', 'test-abbreviation', 'РНБО');
  });

  it('reports unknown meeting participants and places', () => {
    expectAt('kb-unknown-actor', 'meetings.yaml', '2025-12-01-test-meeting', 'nobody-at-all');
    // A participant whose own entry was rejected is not reported a second time.
    expect(find('kb-unknown-actor', 'meetings.yaml', '"test-role-dates"')).toBeUndefined();
    expectAt('kb-unknown-place', 'meetings.yaml', '2025-12-01-test-meeting', 'Atlantis');
    expectAt('kb-unknown-place', 'places.yaml', 'test-place', 'Nowhere Land');
  });

  it('reports an unknown capital or seat at its value and ignores only that field', () => {
    expectAt('kb-unknown-place', 'places.yaml', 'test-country-unknown-capital', 'Lost Capital');
    const d = expectAt('kb-unknown-place', 'places.yaml', 'test-country-capital-not-a-city', 'Florida');
    expect(d.message).toContain('not a city');
    expectAt('kb-unknown-place', 'organisations.yaml', 'test-unknown-seat', 'Atlantis City');
    const testland = result.knowledge.places.find((p) => p.id === 'test-country-unknown-capital');
    expect(testland).toBeDefined();
    expect(testland!.capital).toBeUndefined();
    const seatless = result.knowledge.actors.find((a) => a.id === 'test-unknown-seat') as Organisation | undefined;
    expect(seatless).toBeDefined();
    expect(seatless!.seat).toBeUndefined();
  });

  it('reports a capital on a place that is not a country', () => {
    const d = expectAt('kb-schema', 'places.yaml', 'test-city-with-capital', 'Paris');
    expect(d.message).toContain('only a country has a capital');
  });

  it('reports an outlet domain that already belongs to another outlet', () => {
    const d = find('kb-duplicate-outlet', 'outlets.yaml', 'glavcom.ua');
    expect(d).toBeDefined();
    expect({ line: d!.line, column: d!.column }).toEqual(locate('outlets.yaml', 'glavcom.ua'));
  });

  it('warns when a role reference would mean two people at once', () => {
    const d = find('kb-ambiguous-reference', 'people.yaml', '"test-valid-after-broken"');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('donald-trump');
  });

  it('leaves every bad entry out and keeps the rest', () => {
    const ids = new Set([...result.knowledge.actors, ...result.knowledge.places, ...result.knowledge.meetings].map((x) => x.id));
    for (const bad of ['test-wrong-type', 'test-wrong-kind', 'test-missing-name', 'test-bad-date', 'test-role-dates', 'test-misspelt-role-field', 'test-broken-yaml', 'test-abbreviation', '2025-12-01-test-meeting', 'test-place', 'test-city-with-capital']) {
      expect(ids.has(bad), bad).toBe(false);
    }
    // Kept: the valid person after the broken one, the organisation and the countries whose
    // seat or capital was ignored.
    expect(result.knowledge.actors.length).toBe(kb.actors.length + 2);
    expect(result.knowledge.meetings.length).toBe(kb.meetings.length);
    expect(result.knowledge.places.length).toBe(kb.places.length + 2);
    expect(result.knowledge.outlets.length).toBe(kb.outlets.length);
    expect(result.diagnostics.every((d) => d.file.endsWith('.yaml') && d.line >= 1 && d.column >= 1)).toBe(true);
  });
});

describe('loadKnowledgeBase never throws for bad input', () => {
  it('reports a missing file and loads the others', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'peace-timeline-kb-'));
    try {
      cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
      rmSync(path.join(dir, KNOWLEDGE_FILES.outlets));
      const result = loadKnowledgeBase(dir, dir);
      expect(result.diagnostics).toMatchObject([{ file: 'outlets.yaml', line: 1, column: 1, severity: 'error', code: 'kb-missing-file' }]);
      expect(result.knowledge.outlets).toEqual([]);
      expect(result.knowledge.actors.length).toBe(kb.actors.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a file that is not a list, an unresolved alias and a folder where a file should be', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'peace-timeline-kb-'));
    try {
      writeFileSync(path.join(dir, 'people.yaml'), 'id: not-a-list\nname: Nobody\n');
      writeFileSync(path.join(dir, 'organisations.yaml'), '- id: nato\n  type: organisation\n  name: *nowhere\n');
      writeFileSync(path.join(dir, 'places.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02]));
      writeFileSync(path.join(dir, 'meetings.yaml'), '');
      cpSync(path.join(DEFAULT_KNOWLEDGE_DIR, 'outlets.yaml'), path.join(dir, 'outlets.yaml', 'inside.yaml'), { recursive: true });
      const result = loadKnowledgeBase(dir, dir);
      const codes = result.diagnostics.map((d) => `${d.file} ${d.code}`);
      expect(codes).toEqual(expect.arrayContaining(['people.yaml kb-schema', 'organisations.yaml kb-yaml', 'outlets.yaml kb-io']));
      expect(result.diagnostics.filter((d) => d.file === 'meetings.yaml')).toEqual([]);
      expect(result.knowledge).toEqual({ actors: [], places: [], meetings: [], outlets: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports five missing files for a folder that does not exist', () => {
    const result = loadKnowledgeBase(path.join(tmpdir(), 'peace-timeline-no-such-folder'), tmpdir());
    expect(result.diagnostics.map((d) => d.code)).toEqual(Array(5).fill('kb-missing-file'));
  });
});
