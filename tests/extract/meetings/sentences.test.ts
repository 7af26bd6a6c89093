/**
 * Meeting mentions in single sentences and short paragraphs, Ukrainian and Russian,
 * written for these tests: places, dates, formats, statuses, recollections, generic uses.
 */
import { describe, expect, it } from 'vitest';
import { findTextDates } from '../../../src/extract/dates/index.ts';
import { buildGazetteer, findMeetingMentions, type MeetingMention } from '../../../src/extract/meetings/index.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../helpers.ts';
import { mentionsOf } from './meetings-of-text.ts';

const knowledge = loadKnowledgeBase(KNOWLEDGE_DIR).knowledge;
const gazetteer = buildGazetteer(knowledge.places, knowledge.actors);


type Want = Partial<Pick<MeetingMention, 'date' | 'endDate' | 'place' | 'kind' | 'status' | 'recalled'>> & { with?: string[] };

interface Case {
  name: string;
  date: string;
  text: string;
  /** One entry per expected mention, in order; empty: no meeting. */
  want: Want[];
}

const CASES: readonly Case[] = [
  // ── Phone and video calls ────────────────────────────────────────────────────────────
  {
    name: 'uk phone call, no date',
    date: '2025-12-10',
    text: 'Президент України Володимир Зеленський провів телефонну розмову з президентом Франції Еммануелем Макроном.',
    want: [{ kind: 'phone', status: 'held', date: null, place: null, with: ['volodymyr-zelensky', 'emmanuel-macron'] }],
  },
  {
    name: 'ru phone call',
    date: '2025-10-17',
    text: 'Владимир Путин провел телефонный разговор с Дональдом Трампом.',
    want: [{ kind: 'phone', status: 'held', with: ['vladimir-putin', 'donald-trump'] }],
  },
  {
    name: 'uk "поговорили телефоном" yesterday',
    date: '2025-12-22',
    text: 'Вчора Зеленський і Трамп поговорили телефоном.',
    want: [{ kind: 'phone', status: 'held', date: '2025-12-21' }],
  },
  {
    name: 'ru "созвонились" on a weekday',
    date: '2025-12-05',
    text: 'Рубио и Сибига созвонились в среду.',
    want: [{ kind: 'phone', status: 'held', date: '2025-12-03' }],
  },
  {
    name: 'uk video conference on Tuesday',
    date: '2025-12-18',
    text: 'Лідери «коаліції охочих» провели відеоконференцію у вівторок.',
    want: [{ kind: 'video', status: 'held', date: '2025-12-16', with: ['coalition-of-the-willing'] }],
  },
  {
    name: 'ru online meeting',
    date: '2025-12-18',
    text: 'Лидеры коалиции желающих провели онлайн-встречу, в которой принял участие Марко Рубио.',
    want: [{ kind: 'video', status: 'held', with: ['coalition-of-the-willing', 'marco-rubio'] }],
  },
  {
    name: 'ru meeting in video format',
    date: '2025-12-18',
    text: 'Встреча министров прошла в режиме видеоконференции.',
    want: [{ kind: 'video', status: 'held' }],
  },
  // ── In person: places ────────────────────────────────────────────────────────────────
  {
    name: 'uk talks in Abu Dhabi yesterday',
    date: '2026-01-24',
    text: 'Вчора в Абу-Дабі відбулися тристоронні переговори делегацій України, США та Росії.',
    want: [{ kind: 'in-person', status: 'held', date: '2026-01-23', place: 'Abu Dhabi' }],
  },
  {
    name: 'uk Kremlin meeting: the venue, which lies in Moscow, after arriving in Moscow',
    date: '2025-12-02',
    text: 'Віткофф прибув до Москви, де зустрівся з Путіним у Кремлі.',
    want: [{ status: 'held', place: 'Kremlin', with: ['steve-witkoff', 'vladimir-putin'] }],
  },
  {
    name: 'uk travel "до Маямі" for a meeting names its place',
    date: '2025-12-20',
    text: 'Дмитрієв прилетів до Маямі для зустрічі з Віткоффом.',
    want: [{ place: 'Miami', with: ['kirill-dmitriev', 'steve-witkoff'] }],
  },
  {
    name: 'uk "до" without travel is not a place',
    date: '2025-12-20',
    text: 'Зеленський провів переговори з Макроном щодо звернення до Франції.',
    want: [{ place: null }],
  },
  {
    name: 'ru meeting in Berlin',
    date: '2025-12-15',
    text: 'Зеленский и Мерц встретились в Берлине.',
    want: [{ status: 'held', place: 'Berlin', kind: 'in-person', with: ['volodymyr-zelensky', 'friedrich-merz'] }],
  },
  {
    name: 'ru delegations met in Istanbul on a date',
    date: '2025-05-17',
    text: 'Российская и украинская делегации встретились в Стамбуле 16 мая.',
    want: [{ status: 'held', place: 'Istanbul', date: '2025-05-16' }],
  },
  {
    name: 'uk talks starting today in Geneva',
    date: '2025-11-23',
    text: 'Сьогодні в Женеві розпочалися переговори делегацій України та США.',
    want: [{ status: 'held', place: 'Geneva', date: '2025-11-23' }],
  },
  {
    name: 'uk "вже розпочалася" dates the meeting by the article',
    date: '2025-12-20',
    text: 'У Маямі вже розпочалася зустріч української делегації з американською стороною.',
    want: [{ status: 'held', place: 'Miami', date: '2025-12-20' }],
  },
  {
    name: 'uk venue inside a region: most specific place',
    date: '2025-12-29',
    text: 'Зустріч Трампа і Зеленського у Флориді відбулася в резиденції Мар-а-Лаго.',
    want: [{ status: 'held', place: 'Mar-a-Lago' }],
  },
  {
    name: 'ru capital of a country',
    date: '2026-01-07',
    text: 'Накануне в столице Франции прошел саммит коалиции желающих.',
    want: [{ status: 'held', place: 'Paris', date: '2026-01-06' }],
  },
  {
    name: 'uk city adjective beside the meeting word',
    date: '2025-05-20',
    text: 'Стамбульські переговори завершилися обміном полоненими.',
    want: [{ status: 'held', place: 'Istanbul' }],
  },
  {
    name: 'ru speaker location is not the meeting place',
    date: '2025-10-20',
    text: 'В Кремле заявили, что встреча в Будапеште пока готовится.',
    want: [{ status: 'planned', place: 'Budapest' }],
  },
  {
    name: 'uk "війни в Україні" is not a place of the talks',
    date: '2025-11-20',
    text: 'Віткофф провів переговори з Умєровим щодо закінчення війни в Україні.',
    want: [{ status: 'held', place: null, with: ['steve-witkoff', 'rustem-umerov'] }],
  },
  // ── Plans, postponements, cancellations ──────────────────────────────────────────────
  {
    name: 'uk next round planned with a date',
    date: '2025-05-28',
    text: 'Наступний раунд переговорів у Стамбулі відбудеться 2 червня.',
    want: [{ status: 'planned', place: 'Istanbul', date: '2025-06-02' }],
  },
  {
    name: 'ru planned meeting next week',
    date: '2025-11-27',
    text: 'Встреча Уиткоффа и Путина состоится в Москве на следующей неделе.',
    want: [{ status: 'planned', place: 'Moscow', date: null, with: ['steve-witkoff', 'vladimir-putin'] }],
  },
  {
    name: 'uk future tense -тиме',
    date: '2026-01-05',
    text: 'У Парижі працюватиме українська делегація на чолі з Рустемом Умєровим.',
    want: [{ status: 'planned', place: 'Paris', with: ['rustem-umerov'] }],
  },
  {
    name: 'uk postponed',
    date: '2025-12-12',
    text: 'Зустріч у Берліні, заплановану на 15 грудня, перенесли на невизначений термін.',
    want: [{ status: 'postponed', place: 'Berlin', date: '2025-12-15' }],
  },
  {
    name: 'ru postponed ("отложены")',
    date: '2025-06-05',
    text: 'Переговоры в Стамбуле, которые должны были пройти 10 июня, отложены.',
    want: [{ status: 'postponed', place: 'Istanbul', date: '2025-06-10' }],
  },
  {
    name: 'uk cancelled',
    date: '2025-12-12',
    text: 'Переговори в Маямі скасували через розбіжності сторін.',
    want: [{ status: 'cancelled', place: 'Miami' }],
  },
  {
    name: 'ru cancelled, reported by the White House',
    date: '2025-10-22',
    text: 'Саммит в Будапеште отменен, сообщили в Белом доме.',
    want: [{ status: 'cancelled', place: 'Budapest' }],
  },
  {
    name: 'ru "не состоялась" is a cancellation',
    date: '2025-10-22',
    text: 'Запланированная встреча Лаврова и Рубио так и не состоялась.',
    want: [{ status: 'cancelled', with: ['sergei-lavrov', 'marco-rubio'] }],
  },
  // ── Recollections ────────────────────────────────────────────────────────────────────
  {
    name: 'uk recalled without date',
    date: '2025-12-10',
    text: 'Нагадаємо, раніше Умєров і Віткофф провели переговори в Маямі.',
    want: [{ recalled: true, status: 'held', place: 'Miami', date: null }],
  },
  {
    name: 'ru recalled summit in Alaska, month only',
    date: '2025-11-10',
    text: 'Напомним, в августе Трамп и Путин провели саммит на Аляске.',
    want: [{ recalled: true, status: 'held', place: 'Alaska', date: null, with: ['donald-trump', 'vladimir-putin'] }],
  },
  {
    name: 'uk "напрацювань, досягнутих у Женеві" refers back to Geneva',
    date: '2025-11-30',
    text: 'Сторони рухаються вперед на основі напрацювань, досягнутих у Женеві.',
    want: [{ recalled: true, status: 'held', place: 'Geneva' }],
  },
  {
    name: 'ru "дух Анкориджа"',
    date: '2025-10-10',
    text: 'В Москве по-прежнему ссылаются на дух Анкориджа.',
    want: [{ recalled: true, place: 'Anchorage' }],
  },
  {
    name: 'uk relative date in a recap is not trusted',
    date: '2025-11-25',
    text: 'Нагадаємо, у Женеві відбулися переговори делегацій.\nЄрмак назвав сьогоднішню зустріч продуктивною.',
    want: [
      { recalled: true, place: 'Geneva', date: null },
      { recalled: true, place: 'Geneva', date: null },
    ],
  },
  // ── Several words, one event; two events in one sentence ─────────────────────────────
  {
    name: 'uk several meeting words in one sentence are one mention',
    date: '2025-12-01',
    text: 'Зустріч у Маямі тривала чотири години, а переговори, за словами Умєрова, були продуктивними.',
    want: [{ place: 'Miami' }],
  },
  {
    name: 'uk "після саміту … зустрівся" names two events',
    date: '2026-01-07',
    text: '6 січня в Парижі відбувся саміт «коаліції охочих».\nУ Парижі після саміту «коаліції охочих» Зеленський зустрівся з Віткоффом.',
    want: [
      { date: '2026-01-06', place: 'Paris', with: ['coalition-of-the-willing'] },
      { date: '2026-01-06', place: 'Paris', with: ['volodymyr-zelensky', 'steve-witkoff'] },
      { date: '2026-01-06', place: 'Paris', recalled: true, with: ['coalition-of-the-willing'] },
    ],
  },
  // ── Back-references fill what a sentence leaves out ─────────────────────────────────
  {
    name: 'ru "в разговоре" after "телефонного разговора" is the same call',
    date: '2025-12-31',
    text: 'Умеров доложил о результатах телефонного разговора с партнерами.\nВ разговоре приняли участие Марко Рубио и Стив Уиткофф.',
    want: [{ kind: 'phone' }, { kind: 'phone', with: ['marco-rubio', 'steve-witkoff'] }],
  },
  {
    name: 'uk "під час зустрічі" takes the place and day of the meeting before',
    date: '2025-12-03',
    text: 'Умєров 2 грудня зустрівся з Віткоффом у Маямі.\nПід час зустрічі сторони обговорили гарантії безпеки.',
    want: [
      { date: '2025-12-02', place: 'Miami' },
      { date: '2025-12-02', place: 'Miami' },
    ],
  },
  {
    name: 'uk delegation list in the next paragraph adds participants',
    date: '2025-11-30',
    text: 'У Флориді розпочалися переговори делегацій України та США.\nДо складу делегації увійшли Андрій Гнатов та Сергій Кислиця.',
    want: [{ place: 'Florida', with: ['andriy-hnatov', 'serhiy-kyslytsya'] }],
  },
  // ── Received someone; chronology lines; "after"/"since" references; earlier years ────
  {
    name: 'uk "прийняв" a guest is a meeting',
    date: '2025-11-07',
    text: 'Путін прийняв Віткоффа в Кремлі 6 листопада.',
    want: [{ status: 'held', place: 'Kremlin', date: '2025-11-06', with: ['vladimir-putin', 'steve-witkoff'] }],
  },
  {
    name: 'ru "примет" a guest is a planned meeting',
    date: '2025-11-07',
    text: 'Завтра Путин примет Уиткоффа в Москве.',
    want: [{ status: 'planned', place: 'Moscow', date: '2025-11-08' }],
  },
  { name: 'uk "прийняв рішення" is not a meeting', date: '2025-11-07', text: 'Зеленський прийняв рішення про відставку Єрмака в Києві.', want: [] },
  { name: 'ru "принял участие" alone is not a meeting', date: '2025-11-07', text: 'Умеров принял участие в голосовании.', want: [] },
  {
    name: 'uk chronology line: the date before the dash belongs to the sentence after it',
    date: '2025-12-20',
    text: '2 груд. — Віткофф провів у Москві переговори з Путіним.\n5 груд. — делегації зустрілися в Маямі.',
    want: [
      { date: '2025-12-02', place: 'Moscow' },
      { date: '2025-12-05', place: 'Miami' },
    ],
  },
  {
    name: 'uk "невдовзі після зустрічі" is a recollection without a date',
    date: '2025-12-31',
    text: 'Невдовзі після зустрічі Трампа і Зеленського у Флориді Лавров зробив нову заяву.',
    want: [{ recalled: true, date: null, place: 'Florida' }],
  },
  {
    name: 'ru "с момента переговоров" is a recollection',
    date: '2025-12-31',
    text: 'С момента переговоров в Женеве прошел месяц.',
    want: [{ recalled: true, place: 'Geneva', date: null }],
  },
  {
    name: 'uk an earlier year makes a recollection; past imperfective is held',
    date: '2026-02-10',
    text: 'Влітку 2025 року в Ер-Ріяді тривали консультації делегацій США та України.',
    want: [{ recalled: true, status: 'held', place: 'Riyadh', date: null }],
  },
  // ── Not meetings ─────────────────────────────────────────────────────────────────────
  { name: 'uk readiness for talks', date: '2025-12-01', text: 'Україна готова до переговорів, але не за будь-яку ціну.', want: [] },
  { name: 'uk peace process', date: '2025-12-01', text: 'Мирний процес потребує часу, заявив Сибіга.', want: [] },
  { name: 'uk negotiation process', date: '2025-12-01', text: 'Європа хоче долучитися до переговорного процесу.', want: [] },
  { name: 'uk hypothetical meeting', date: '2025-12-01', text: 'Зеленський не виключає зустрічі з Путіним.', want: [] },
  { name: 'ru readiness for talks', date: '2025-12-01', text: 'Кремль заявил о готовности к переговорам.', want: [] },
  {
    name: 'ru possible meeting',
    date: '2025-10-17',
    text: 'В Кремле заявили, что Путин и Трамп могут встретиться в Будапеште.',
    want: [],
  },
  { name: 'ru further meetings in general', date: '2025-12-31', text: 'Стороны спланировали дальнейшие встречи в январе.', want: [] },
  { name: 'uk peace talks in general', date: '2025-12-01', text: 'Вони висловили оптимізм щодо мирних переговорів.', want: [] },
  { name: 'uk interview is not a meeting', date: '2025-12-01', text: 'У розмові з журналістами Зеленський назвав умови миру.', want: [] },
  { name: 'ru sit at the negotiating table', date: '2025-12-01', text: 'Россию нужно заставить сесть за стол переговоров.', want: [] },
  // ── Chronicle lines, adjectives, object-first hosts (more in rules.test.ts) ─────────
  {
    name: 'uk historical present with a video manner in a dated line',
    date: '2026-06-10',
    text: '3 черв. — Зеленський і Стармер спілкуються по відеозв’язку.',
    want: [{ kind: 'video', status: 'held', date: '2026-06-03', with: ['volodymyr-zelensky', 'keir-starmer'] }],
  },
  {
    name: 'ru Vienna adjective in the genitive plural beside talks',
    date: '2026-06-10',
    text: 'Участники венских переговоров 8 июня обменялись проектами.',
    want: [{ place: 'Vienna', date: '2026-06-08' }],
  },
  {
    name: 'ru the guest first, the host named after the verb ("её принял Владимир Путин")',
    date: '2026-06-10',
    text: 'Вчера в Кремле её принял Владимир Путин.',
    want: [{ status: 'held', date: '2026-06-09', with: ['vladimir-putin'] }],
  },
  {
    name: 'uk a denied meeting verb after "так і не"',
    date: '2026-06-10',
    text: 'Лідери так і не зустрілися в Женеві.',
    want: [],
  },
  // ── Plans to talk, the table, claims, sport ─────────────────────────────────────────
  {
    name: 'ru a planned call in three days ("через три дня … должен поговорить по телефону")',
    date: '2026-10-05',
    text: 'Через три дня Лавров должен поговорить по телефону с Фиданом.',
    want: [{ kind: 'phone', status: 'planned', date: '2026-10-08', with: ['hakan-fidan', 'sergei-lavrov'] }],
  },
  {
    name: 'uk sat down at the table with a delegation in a city',
    date: '2026-10-05',
    text: 'У суботу в Ер-Ріяді Умєров знову сів за стіл з Віткоффом і Кушнером.',
    want: [{ status: 'held', place: 'Riyadh', date: '2026-10-03', with: ['jared-kushner', 'rustem-umerov', 'steve-witkoff'] }],
  },
  {
    name: 'uk a reader asking whether a meeting happened is no meeting',
    date: '2026-10-05',
    text: 'Чи правда, що Кушнер бачився з Дмитрієвим у Маямі на зустрічі?',
    want: [],
  },
  {
    name: 'ru a friendly match in a city is no meeting',
    date: '2026-10-05',
    text: 'В субботу в Минске прошла товарищеская встреча сборных ветеранов.',
    want: [],
  },

];

describe('meeting mentions in sentences', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const found = mentionsOf(c.text, c.date);
    const described = JSON.stringify(found.map((m) => ({ ...m, sentence: m.sentence.slice(0, 40) })));
    expect(found, described).toHaveLength(c.want.length);
    c.want.forEach((want, i) => {
      const { with: people, ...fields } = want;
      expect(found[i], described).toMatchObject(fields);
      for (const id of people ?? []) expect(found[i]!.participants, described).toContain(id);
    });
  });

  it('points at the meeting word and quotes the sentence', () => {
    const [m] = mentionsOf('Перша фраза. Вчора в Абу-Дабі відбулися переговори делегацій. Остання фраза.', '2026-01-24');
    expect(m!.sentence).toBe('Вчора в Абу-Дабі відбулися переговори делегацій.');
    expect('Перша фраза. Вчора в Абу-Дабі відбулися переговори делегацій. Остання фраза.'.slice(m!.start, m!.end)).toBe('переговори');
  });

  it('works with hand-made actor mentions and no text dates', () => {
    const text = 'Умєров провів переговори з Віткоффом у Берліні.';
    const mentions = [
      { actorId: 'rustem-umerov', block: 0, start: 0, end: 6, surface: 'Умєров', sentence: text, via: 'surname' as const },
      { actorId: 'steve-witkoff', block: 0, start: 27, end: 36, surface: 'Віткоффом', sentence: text, via: 'surname' as const },
    ];
    const found = findMeetingMentions([{ text }], { lang: 'uk', date: null, mentions, textDates: [] }, gazetteer);
    expect(found).toEqual([
      expect.objectContaining({ place: 'Berlin', status: 'held', kind: 'in-person', participants: ['rustem-umerov', 'steve-witkoff'] }),
    ]);
  });

  it('costs time linear in the text', () => {
    const paragraph =
      'Вчора в Абу-Дабі відбулися переговори делегацій України та США. Наступна зустріч у Стамбулі відбудеться 2 червня. Мирний процес триває.';
    const run = (n: number) => {
      const blocks = Array.from({ length: n }, () => ({ text: paragraph }));
      const started = performance.now();
      findMeetingMentions(blocks, { lang: 'uk', date: '2025-05-28', mentions: [], textDates: findTextDates(blocks, '2025-05-28') }, gazetteer);
      return performance.now() - started;
    };
    run(200);
    const small = Math.max(run(500), 1);
    const large = run(4000);
    expect(large / small).toBeLessThan(8 * 3);
  });

  it('costs time linear in the text within one long paragraph too', () => {
    const sentence = 'Вчора в Абу-Дабі відбулися переговори делегацій України та США. Мирний процес триває. ';
    const run = (n: number) => {
      const blocks = [{ text: sentence.repeat(n) }];
      const started = performance.now();
      findMeetingMentions(blocks, { lang: 'uk', date: '2025-05-28', mentions: [], textDates: [] }, gazetteer);
      return performance.now() - started;
    };
    run(100);
    const small = Math.max(run(300), 1);
    const large = run(2400);
    expect(large / small).toBeLessThan(8 * 3);
  });
});
