/**
 * General rules of Ukrainian and Russian news language that decide what a meeting is,
 * when and where: each rule with sentences in both languages written for these tests
 * (the people are real negotiators from the knowledge base, the events made up).
 *
 * - same day, same place, two meetings: "окрема зустріч", "параллельно … отдельную встречу";
 * - a meeting right after (or before) another: "після конференції … поговорив телефоном";
 * - possibilities in the indicative are plans once pinned in time ("може відбутися 20 грудня");
 * - places given indirectly: "там", a trip in the sentence before, a host city as subject;
 * - false alarms: a speaker's place before or after the verb, the day of a statement, a
 *   conversation inside a meeting already told, cities as parties ("між Вашингтоном і Москвою");
 * - the time of a meeting given as a month only, or as "this evening";
 * - the knowledge base's capitals, venues and seats;
 * - claims nobody vouches for (hearsay opening a sentence) and an interview's credit line;
 * - "бесіда"/"беседа", "побеседовал" as conversations; a live blog's post time;
 * - a parliament's sitting, national teams' games, festivals, alleged meeting verbs and
 *   meetings counted ("двох раундів") as no meeting;
 * - a talk of two beside a round (face to face, in a break, in the lobby) as another meeting,
 *   and one on the sidelines of a summit ("на полях саміту"); a meeting fantasised about.
 */
import { describe, expect, it } from 'vitest';
import { findTextDates } from '../../../src/extract/dates/index.ts';
import { detectLanguage } from '../../../src/extract/language.ts';
import { buildGazetteer, findMeetingMentions, mergeMeetings, type MeetingMention } from '../../../src/extract/meetings/index.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../helpers.ts';
import { mentionsOf } from './meetings-of-text.ts';

const knowledge = loadKnowledgeBase(KNOWLEDGE_DIR).knowledge;
const gazetteer = buildGazetteer(knowledge.places, knowledge.actors);
const actors = new Map(knowledge.actors.map((a) => [a.id, { name: a.name, side: a.side, type: a.type }]));


type Want = Partial<Pick<MeetingMention, 'date' | 'place' | 'kind' | 'status' | 'recalled'>> & { with?: string[] };

interface Case {
  name: string;
  date: string;
  text: string;
  /** One entry per expected mention, in order; empty: no meeting. */
  want: Want[];
  /**
   * Which mentions are one event: the same letter for the same event, different letters
   * for events told apart (a mention's `distinctFrom` holds the other's number).
   */
  events?: string;
}

const CASES: readonly Case[] = [
  // ── Chronology lines with abbreviated months ────────────────────────────────────────
  {
    name: 'uk chronology lines: "14 жовт. — …" dates the line',
    date: '2025-10-20',
    text: '14 жовт. — Умєров провів у Досі переговори з Віткоффом.\n16 жовт. — Рубіо і Сибіга поговорили телефоном.',
    want: [
      { date: '2025-10-14', place: 'Doha', status: 'held' },
      { date: '2025-10-16', kind: 'phone', status: 'held' },
    ],
  },
  {
    name: 'ru abbreviated month before the place',
    date: '2025-09-10',
    text: '3 сент. в Женеве Лавров встретился с Рубио.',
    want: [{ date: '2025-09-03', place: 'Geneva', with: ['sergei-lavrov', 'marco-rubio'] }],
  },
  // ── Same day, same place, two meetings ─────────────────────────────────────────────
  {
    name: 'uk a separate bilateral before the leaders meet, the same evening in the same city',
    date: '2025-11-03',
    text: 'Увечері у Римі відбудеться зустріч лідерів «коаліції охочих». Перед цим Зеленський проведе окрему зустріч з Мелоні.',
    want: [
      { date: '2025-11-03', place: 'Rome', status: 'planned' },
      { date: '2025-11-03', place: 'Rome', status: 'planned', with: ['volodymyr-zelensky', 'giorgia-meloni'] },
    ],
    events: 'ab',
  },
  {
    name: 'ru a separate meeting "параллельно" on the same day in the same city',
    date: '2025-10-14',
    text: 'В понедельник в Анкаре прошли консультации делегаций Украины и Турции. Параллельно Сибига провел отдельную встречу с Фиданом.',
    want: [
      { date: '2025-10-13', place: 'Ankara', status: 'held' },
      { date: '2025-10-13', place: 'Ankara', status: 'held', with: ['andrii-sybiha', 'hakan-fidan'] },
    ],
    events: 'ab',
  },
  // ── A meeting right after (or before) another ──────────────────────────────────────
  {
    name: 'uk a phone call after a video conference: a call of its own, the same day',
    date: '2025-12-12',
    text: 'У середу відбулася відеоконференція лідерів «коаліції охочих».\nПісля конференції Макрон окремо поговорив телефоном зі Стармером.',
    want: [
      { kind: 'video', date: '2025-12-10' },
      { kind: 'phone', date: '2025-12-10', status: 'held', recalled: false, with: ['emmanuel-macron', 'keir-starmer'] },
      { kind: 'video', date: '2025-12-10', recalled: true },
    ],
    events: 'aba',
  },
  {
    name: 'ru "по телефону обсудили" after talks is a call, dated by the talks',
    date: '2025-10-13',
    text: 'Переговоры в Стамбуле прошли 12 октября.\nПосле переговоров Рубио по телефону обсудил их итоги с Макроном.',
    want: [
      { place: 'Istanbul', date: '2025-10-12' },
      { kind: 'phone', date: '2025-10-12', status: 'held', with: ['marco-rubio', 'emmanuel-macron'] },
      { place: 'Istanbul', date: '2025-10-12', recalled: true },
    ],
    events: 'aba',
  },
  {
    name: 'uk "по відеозв\'язку обговорили" is a video call',
    date: '2025-11-05',
    text: 'Зеленський і Стармер по відеозв’язку обговорили підготовку нових гарантій безпеки.',
    want: [{ kind: 'video', status: 'held', with: ['volodymyr-zelensky', 'keir-starmer'] }],
  },
  {
    name: 'uk "напередодні переговорів": the day before them',
    date: '2025-05-20',
    text: 'Переговори у Стамбулі відбулися 16 травня.\nНапередодні переговорів Сибіга зустрівся з Фіданом.',
    want: [
      { place: 'Istanbul', date: '2025-05-16' },
      { date: '2025-05-15', status: 'held', with: ['andrii-sybiha', 'hakan-fidan'] },
      { place: 'Istanbul', date: '2025-05-16' },
    ],
    events: 'aba',
  },
  {
    name: 'ru after talks of several days: their last day',
    date: '2025-06-10',
    text: 'Переговоры в Эр-Рияде шли с 3 по 5 июня.\nПосле переговоров Рубио провел телефонный разговор с Лавровым.',
    want: [
      { place: 'Riyadh', date: '2025-06-03' },
      { kind: 'phone', date: '2025-06-05', with: ['marco-rubio', 'sergei-lavrov'] },
      { place: 'Riyadh', recalled: true },
    ],
    events: 'aba',
  },
  // ── Possibilities pinned in time are plans ───────────────────────────────────────────
  {
    name: 'uk "може відбутися" with a day is planned',
    date: '2025-12-10',
    text: 'Новий раунд переговорів може відбутися 20 грудня в Стамбулі.',
    want: [{ status: 'planned', date: '2025-12-20', place: 'Istanbul' }],
  },
  {
    name: 'ru "может состояться уже на следующей неделе" is planned, without a day',
    date: '2025-12-10',
    text: 'Следующая встреча делегаций может состояться уже на следующей неделе в Эр-Рияде.',
    want: [{ status: 'planned', date: null, place: 'Riyadh' }],
  },
  {
    name: 'uk "можуть стати … найближчими днями" is planned',
    date: '2025-12-10',
    text: 'Наступним кроком можуть стати консультації радників у Женеві найближчими днями.',
    want: [{ status: 'planned', date: null, place: 'Geneva' }],
  },
  { name: 'ru the conditional "могли бы встретиться" is no plan', date: '2025-12-10', text: 'Путин и Трамп могли бы встретиться в Будапеште в декабре.', want: [] },
  { name: 'uk a possibility pinned by nothing is no plan', date: '2025-12-10', text: 'Зеленський і Путін можуть зустрітися у Стамбулі.', want: [] },
  // ── Places given indirectly ──────────────────────────────────────────────────────────
  {
    name: 'uk "там" is the city named before; a past month makes a recollection without a day',
    date: '2026-01-15',
    text: 'Делегації вже бували в Женеві. У листопаді там відбулися переговори Рубіо з Умєровим.',
    want: [{ place: 'Geneva', recalled: true, date: null, status: 'held' }],
  },
  {
    name: 'ru "там" after a trip',
    date: '2025-11-10',
    text: 'Делегации прилетели в Доху. Там в субботу прошли консультации.',
    want: [{ place: 'Doha', date: '2025-11-08', status: 'held' }],
  },
  {
    name: 'ru a trip in the sentence before places the meeting of the traveller',
    date: '2025-10-20',
    text: 'В четверг в Анкару прилетит Лавров. Лаврова примет Эрдоган.',
    want: [{ place: 'Ankara', status: 'planned', with: ['sergei-lavrov', 'recep-tayyip-erdogan'] }],
  },
  {
    name: 'uk a trip in the sentence before places the meeting of the traveller',
    date: '2025-10-20',
    text: 'Наступного тижня до Києва приїде Рубіо. Рубіо зустрінеться із Зеленським.',
    want: [{ place: 'Kyiv', status: 'planned', with: ['marco-rubio', 'volodymyr-zelensky'] }],
  },
  {
    name: 'uk a trip does not place a meeting of other people',
    date: '2025-10-20',
    text: 'Наступного тижня до Києва приїде Рубіо. Лавров зустрінеться з Фіданом.',
    want: [{ place: null, with: ['sergei-lavrov', 'hakan-fidan'] }],
  },
  { name: 'uk a trip alone is not a meeting', date: '2025-10-20', text: 'Делегація вилетіла до Швейцарії сьогодні вранці.', want: [] },
  {
    name: 'uk a host city as the subject: "Ер-Ріяд вдруге прийме переговори"',
    date: '2025-10-20',
    text: 'Ер-Ріяд вдруге прийме переговори делегацій США та Росії.',
    want: [{ place: 'Riyadh', status: 'planned' }],
  },
  {
    name: 'ru a host city as the subject, an earlier year: a recollection',
    date: '2025-10-20',
    text: 'Стамбул уже принимал прямые переговоры делегаций в 2022 году.',
    want: [{ place: 'Istanbul', recalled: true, date: null }],
  },
  // ── False alarms ─────────────────────────────────────────────────────────────────────
  {
    name: 'ru "как сообщили в Вашингтоне": a speaker, not the place; taking part refers back',
    date: '2025-11-25',
    text: 'В воскресенье в Женеве прошли переговоры делегаций США и Украины.\nКак сообщили в Вашингтоне, в переговорах участвовал и Рубио.',
    want: [
      { place: 'Geneva', date: '2025-11-23' },
      { place: 'Geneva', date: '2025-11-23', with: ['marco-rubio'] },
    ],
    events: 'aa',
  },
  {
    name: 'uk "як підтвердили у Москві": a speaker, not the place',
    date: '2025-11-25',
    text: 'Як підтвердили у Москві, Віткофф провів переговори з Путіним.',
    want: [{ place: null, with: ['steve-witkoff', 'vladimir-putin'] }],
  },
  {
    name: 'uk "У Брюсселі сподіваються": a speaker, not the place',
    date: '2025-11-25',
    text: 'У Брюсселі сподіваються, що переговори Рубіо і Лаврова відбудуться наступного тижня.',
    want: [{ place: null, status: 'planned', with: ['marco-rubio', 'sergei-lavrov'] }],
  },
  {
    name: 'ru the day of a statement is not the day of the talks it is about',
    date: '2025-12-05',
    text: 'Пресс-секретарь Кремля Дмитрий Песков заявил в среду, что итоги переговоров в Майами пока изучаются.',
    want: [{ place: 'Miami', date: null }],
  },
  {
    name: 'uk the day of a statement is not the day of the meeting it announces',
    date: '2025-12-05',
    text: 'Речник Кремля у вівторок заявив, що зустріч Путіна і Віткоффа відбудеться в Москві.',
    want: [{ place: 'Moscow', date: null, status: 'planned' }],
  },
  {
    name: 'uk a conversation during a summit is part of the summit',
    date: '2025-11-18',
    text: 'У понеділок у Парижі відбувся саміт «коаліції охочих». Під час саміту Зеленський поговорив з Макроном.',
    want: [
      { place: 'Paris', date: '2025-11-17' },
      { place: 'Paris', date: '2025-11-17', with: ['volodymyr-zelensky', 'emmanuel-macron'] },
    ],
    events: 'aa',
  },
  {
    name: 'ru "во встрече участвовали" names more people of the meeting told before',
    date: '2025-11-26',
    text: 'Во вторник в Абу-Даби прошли трехсторонние переговоры.\nС украинской стороны во встрече участвовали Умеров и Буданов.',
    want: [
      { place: 'Abu Dhabi', date: '2025-11-25' },
      { place: 'Abu Dhabi', date: '2025-11-25', with: ['rustem-umerov', 'kyrylo-budanov'] },
    ],
    events: 'aa',
  },
  { name: 'uk a plan denied in the present is not a meeting', date: '2025-11-26', text: 'Зустріч Трампа і Путіна у Будапешті наразі не планують.', want: [] },
  {
    name: 'uk a held meeting that left something out is still held',
    date: '2025-11-26',
    text: 'Учора у Женеві делегації провели переговори, але не обговорювали питання територій.',
    want: [{ place: 'Geneva', date: '2025-11-25', status: 'held' }],
  },
  {
    name: 'uk a cancelled summit stays a meeting though its idea is mentioned',
    date: '2025-11-26',
    text: 'Саміт у Будапешті, ідею якого просував Орбан, скасували.',
    want: [{ place: 'Budapest', status: 'cancelled' }],
  },
  {
    name: 'uk cities as parties are no place of agreements',
    date: '2025-11-26',
    text: 'Експерти застерігають від домовленостей між Вашингтоном і Москвою без участі України.',
    want: [],
  },
  {
    name: 'ru "с момента встречи в Стамбуле": the earlier meeting is recalled, apart from the talks',
    date: '2025-11-26',
    text: 'В понедельник в Женеве начались переговоры делегаций. Это первые прямые переговоры с момента встречи в Стамбуле.',
    want: [
      { place: 'Geneva', date: '2025-11-24' },
      { place: 'Geneva', date: '2025-11-24', recalled: false },
      { place: 'Istanbul', recalled: true, date: null },
    ],
    events: 'aab',
  },
  {
    name: 'uk a video conference on the results of talks: two meetings',
    date: '2025-12-08',
    text: 'Учора лідери «коаліції охочих» провели відеоконференцію, присвячену підсумкам другого раунду переговорів у Маямі.',
    want: [
      { kind: 'video', date: '2025-12-07', place: null },
      { place: 'Miami', recalled: true, date: null },
    ],
    events: 'ab',
  },
  // ── Time: a month without a day, this evening ───────────────────────────────────────
  {
    name: 'uk a past month without a day: a recollection',
    date: '2025-12-10',
    text: 'У жовтні в Ер-Ріяді відбулися консультації делегацій США та України.',
    want: [{ recalled: true, date: null, place: 'Riyadh', status: 'held' }],
  },
  {
    name: 'ru a coming month without a day: planned, undated',
    date: '2025-12-10',
    text: 'В январе в Женеве состоится новый раунд переговоров.',
    want: [{ recalled: false, date: null, place: 'Geneva', status: 'planned' }],
  },
  {
    name: 'uk "увечері" with a future verb is this evening',
    date: '2025-12-15',
    text: 'Увечері у Берліні Зеленський проведе зустріч з Мерцом.',
    want: [{ date: '2025-12-15', place: 'Berlin', status: 'planned' }],
  },
  {
    name: 'ru "вечером … примет" is this evening, in the Kremlin',
    date: '2026-01-20',
    text: 'Вечером в Кремле Путин примет Уиткоффа.',
    want: [{ date: '2026-01-20', place: 'Kremlin', status: 'planned', with: ['vladimir-putin', 'steve-witkoff'] }],
  },
  // ── Rounds ───────────────────────────────────────────────────────────────────────────
  {
    name: 'uk "новий раунд у Женеві" is talks',
    date: '2025-12-10',
    text: 'Новий раунд у Женеві тривав два дні.',
    want: [{ place: 'Geneva', status: 'held' }],
  },
  {
    name: 'ru "второй раунд прошел" with a date',
    date: '2026-02-06',
    text: 'Второй раунд прошел в Абу-Даби 4 февраля.',
    want: [{ place: 'Abu Dhabi', status: 'held', date: '2026-02-04' }],
  },
  { name: 'uk a round of prisoner exchange is no talks', date: '2025-10-20', text: 'Раунд обміну полоненими відбувся у суботу.', want: [] },
  { name: 'ru a press conference is no meeting', date: '2025-10-20', text: 'На пресс-конференции в Москве Лавров ответил на вопросы журналистов.', want: [] },
  { name: 'uk a conference on a topic is no meeting of the talks', date: '2025-10-20', text: 'У Києві відбулася конференція з відновлення енергетики.', want: [] },
  { name: 'uk "перемовини тривають" alone is the process, not a meeting', date: '2025-10-20', text: 'Як повідомили у Москві, перемовини з Вашингтоном тривають.', want: [] },
  {
    name: 'ru talks going on somewhere today are a meeting',
    date: '2025-10-20',
    text: 'Переговоры в Женеве продолжаются.',
    want: [{ place: 'Geneva', date: '2025-10-20', status: 'held' }],
  },
  { name: 'uk an address online is no call', date: '2025-10-20', text: 'Зеленський онлайн звернувся до учасників форуму в Давосі.', want: [] },
  // ── Capitals, venues and seats from the knowledge base ──────────────────────────────
  {
    name: 'uk "у столиці Великої Британії" is London',
    date: '2025-11-20',
    text: 'У столиці Великої Британії відбулася зустріч радників з національної безпеки.',
    want: [{ place: 'London', status: 'held' }],
  },
  {
    name: 'uk a venue inside a venue: the Oval Office',
    date: '2025-10-18',
    text: 'Трамп прийняв Зеленського в Овальному кабінеті.',
    want: [{ place: 'Oval Office', with: ['donald-trump', 'volodymyr-zelensky'] }],
  },
  {
    name: 'ru a meeting in the White House',
    date: '2025-10-18',
    text: 'Встреча Трампа и Зеленского прошла в Белом доме.',
    want: [{ place: 'White House', status: 'held' }],
  },
  {
    name: 'ru a session of a body is at its seat',
    date: '2025-11-23',
    text: 'В пятницу прошло заседание Совбеза РФ.',
    want: [{ place: 'Moscow', date: '2025-11-21', status: 'held' }],
  },
  {
    name: 'uk a session held by video has no seat',
    date: '2025-11-23',
    text: 'Засідання РНБО пройшло у форматі відеоконференції.',
    want: [{ place: null, kind: 'video' }],
  },
  // ── A possibility in the indicative looks ahead ─────────────────────────────────────
  {
    name: 'uk a bare weekday with "може відбутися" is the next such day',
    date: '2025-10-15',
    text: "У п'ятницю в Стамбулі може відбутися зустріч Сибіги з Фіданом.",
    want: [{ date: '2025-10-17', place: 'Istanbul', status: 'planned' }],
  },
  {
    name: 'ru a bare weekday with "может пройти" is the next such day',
    date: '2025-10-15',
    text: 'Во вторник в Женеве может пройти встреча Рубио и Умерова.',
    want: [{ date: '2025-10-21', place: 'Geneva', status: 'planned' }],
  },
  {
    name: 'uk a month from this one on pins a possibility: planned, no day',
    date: '2026-01-10',
    text: 'Зустріч міністрів оборони може відбутися в лютому у Брюсселі.',
    want: [{ date: null, place: 'Brussels', status: 'planned' }],
  },
  {
    name: 'ru the end of this month pins a possibility: planned, no day',
    date: '2026-04-02',
    text: 'Новая встреча Лаврова и Рубио может состояться в конце апреля в Будапеште.',
    want: [{ date: null, place: 'Budapest', status: 'planned' }],
  },
  {
    name: 'uk "на вихідних" pins a possibility',
    date: '2025-11-05',
    text: 'Переговори Сибіги з Фіданом можуть відбутися на вихідних в Анкарі.',
    want: [{ date: null, place: 'Ankara', status: 'planned' }],
  },
  {
    name: 'ru a speaker after a comma leaves the place to the meeting',
    date: '2025-11-05',
    text: 'Консультации Умерова и Рубио пройдут в пятницу в Стамбуле, уточнил собеседник агентства.',
    want: [{ date: '2025-11-07', place: 'Istanbul', status: 'planned' }],
  },
  {
    name: 'uk a speaker after a comma leaves the place to the meeting',
    date: '2025-11-05',
    text: 'Зустріч Рубіо з Сибігою відбудеться 12 листопада в Женеві, повідомив речник.',
    want: [{ date: '2025-11-12', place: 'Geneva', status: 'planned' }],
  },
  // ── Remote formats written as compounds or manners ──────────────────────────────────
  {
    name: 'uk "відеонарада" is a video meeting',
    date: '2025-11-20',
    text: 'Сибіга в понеділок провів відеонараду з послами України в Європі.',
    want: [{ date: '2025-11-17', place: null, kind: 'video', status: 'held', with: ['andrii-sybiha'] }],
  },
  {
    name: 'ru "видеосовещание" is a video meeting',
    date: '2025-11-20',
    text: 'Путин провел видеосовещание с Лавровым.',
    want: [{ kind: 'video', status: 'held', with: ['vladimir-putin', 'sergei-lavrov'] }],
  },
  {
    name: 'ru discussing "в режиме видеосвязи" (imperfective) is a video meeting',
    date: '2025-11-20',
    text: 'Мерц обсуждал со Стармером в режиме видеосвязи поставки оружия.',
    want: [{ kind: 'video', status: 'held', place: null }],
  },
  {
    name: 'uk discussing "у режимі відеозв\'язку" is a video meeting',
    date: '2025-11-20',
    text: "Мерц і Макрон у режимі відеозв'язку обговорювали план.",
    want: [{ kind: 'video', status: 'held', place: null }],
  },
  {
    name: 'ru "связался по телефону" is a phone call',
    date: '2025-11-20',
    text: 'Рубио связался с Сибигой по телефону.',
    want: [{ kind: 'phone', status: 'held', with: ['marco-rubio', 'andrii-sybiha'] }],
  },
  {
    name: 'uk "зв\'язався телефоном" is a phone call',
    date: '2025-11-20',
    text: "Макрон зв'язався зі Стармером телефоном.",
    want: [{ kind: 'phone', status: 'held', with: ['emmanuel-macron', 'keir-starmer'] }],
  },
  {
    name: 'uk a promise to call is a planned call without a day',
    date: '2025-11-20',
    text: 'Макрон пообіцяв найближчими днями зателефонувати Зеленському.',
    want: [{ kind: 'phone', status: 'planned', date: null }],
  },
  {
    name: 'ru a promise to call is a planned call without a day',
    date: '2025-11-20',
    text: 'Эрдоган пообещал позвонить Зеленскому.',
    want: [{ kind: 'phone', status: 'planned', date: null }],
  },
  // ── Last year in words ──────────────────────────────────────────────────────────────
  {
    name: 'uk and ru an initial "А." after a comma is no conjunction: the day before it dates the meeting',
    date: '2026-06-10',
    text: 'Раніше, 4 червня, А. Сибіга прийняв у Києві посла Туреччини.\nРанее, 5 июня, А.Сибига принял в Варшаве посла Турции.',
    want: [
      { date: '2026-06-04', place: 'Kyiv', status: 'held' },
      { date: '2026-06-05', place: 'Warsaw', status: 'held' },
    ],
  },
  {
    name: 'trap: a real ", а" still opens a clause with its own day',
    date: '2026-06-10',
    text: 'Сибіга 3 червня був у Варшаві, а 5 червня прийняв у Києві посла Туреччини.',
    want: [{ date: '2026-06-05', place: 'Kyiv', status: 'held' }],
  },
  {
    name: 'uk and ru a guest named by a capitalised title, as communiqués write it ("прийняв Генерального секретаря …", "принял Постоянного представителя …")',
    date: '2026-06-10',
    text: 'Сибіга 4 червня прийняв у Києві Генерального секретаря ОБСЄ.\nЛавров 5 июня принял в Москве Постоянного представителя Турции при ООН.',
    want: [
      { date: '2026-06-04', place: 'Kyiv', status: 'held' },
      { date: '2026-06-05', place: 'Moscow', status: 'held' },
    ],
  },
  {
    name: 'trap: a capitalised document adopted is no guest ("прийняв Декларацію", "принял Постановление")',
    date: '2026-06-10',
    text: 'Комітет 4 червня прийняв у Києві Декларацію про співпрацю.\nКомиссия 5 июня приняла в Москве Постановление о бюджете.',
    want: [],
  },
  {
    name: 'uk "торік" is a recollection without a day',
    date: '2026-02-10',
    text: 'Торік Умєров зустрівся з Віткоффом у Женеві.',
    want: [{ date: null, place: 'Geneva', status: 'held', recalled: true }],
  },
  {
    name: 'uk and ru "once" ("колись", "одного разу", "однажды", "когда-то") is a recollection without a day',
    date: '2026-02-10',
    text: 'Колись Умєров уже зустрічався з Віткоффом у Женеві.\nКогда-то Лавров встречался с Рубио в Будапеште.',
    want: [
      { date: null, place: 'Geneva', status: 'held', recalled: true },
      { date: null, place: 'Budapest', status: 'held', recalled: true },
    ],
  },
  {
    name: 'trap: "once" with a plan stays a plan, and a dated meeting keeps its day ("колись зустрінуться", "однажды встретятся")',
    date: '2026-02-10',
    text: 'Сибіга сподівається, що 20 лютого він зустрінеться з Фіданом у Анкарі.\nУшаков сказал, что однажды Путин и Трамп встретятся в Будапеште.',
    want: [
      { date: '2026-02-20', place: 'Ankara', status: 'planned' },
      { place: 'Budapest', status: 'planned' },
    ],
  },
  {
    name: 'ru "в прошлом году" is a recollection without a day',
    date: '2026-02-10',
    text: 'В прошлом году Лавров встретился с Рубио в Будапеште.',
    want: [{ date: null, place: 'Budapest', status: 'held', recalled: true }],
  },
  // ── A continuation of an earlier meeting names it as another, recalled ─────────────
  {
    name: 'uk "стала продовженням переговорів у Стамбулі": the Istanbul talks are an earlier meeting',
    date: '2025-11-20',
    text: 'Учора в Анкарі відбулася зустріч Сибіги з Фіданом, що стала продовженням переговорів у Стамбулі.',
    want: [
      { date: '2025-11-19', place: 'Ankara', status: 'held', recalled: false },
      { date: null, place: 'Istanbul', status: 'held', recalled: true },
    ],
    events: 'ab',
  },
  {
    name: 'ru "стала продолжением переговоров в Анкоридже": the Anchorage talks are an earlier meeting',
    date: '2025-11-20',
    text: 'Вчера в Будапеште прошла встреча Лаврова и Рубио, ставшая продолжением переговоров в Анкоридже.',
    want: [
      { date: '2025-11-19', place: 'Budapest', status: 'held', recalled: false },
      { date: null, place: 'Anchorage', status: 'held', recalled: true },
    ],
    events: 'ab',
  },
  // ── Another meeting of the same day: "того ж дня", "в тот же день", "перед ним" ──────
  {
    name: 'uk "а пізніше того ж дня" in one sentence names a second meeting of that day and place',
    date: '2025-11-14',
    text: 'У середу Сибіга в Римі зустрівся з Мелоні, а пізніше того ж дня провів переговори з Рубіо.',
    want: [
      { date: '2025-11-12', place: 'Rome', status: 'held' },
      { date: '2025-11-12', place: 'Rome', status: 'held', with: ['marco-rubio'] },
    ],
    events: 'ab',
  },
  {
    name: 'ru "а позже в тот же день" in one sentence names a second meeting of that day and place',
    date: '2025-11-14',
    text: 'Во вторник Умеров встретился в Стамбуле с Фиданом, а позже в тот же день провел переговоры с Кушнером.',
    want: [
      { date: '2025-11-11', place: 'Istanbul', status: 'held' },
      { date: '2025-11-11', place: 'Istanbul', status: 'held', with: ['jared-kushner'] },
    ],
    events: 'ab',
  },
  {
    name: 'uk "Того ж вечора" opens another meeting dated by the one told before',
    date: '2025-11-14',
    text: 'У четвер у Женеві пройшли переговори Умєрова з Віткоффом.\nТого ж вечора Єрмак провів зустріч із Рубіо.',
    want: [
      { date: '2025-11-13', place: 'Geneva', status: 'held' },
      { date: '2025-11-13', place: 'Geneva', status: 'held', with: ['andriy-yermak', 'marco-rubio'] },
    ],
    events: 'ab',
  },
  {
    name: 'ru "Перед этим" opens a meeting right before the one told; a meeting noun after a participle describes someone',
    date: '2025-11-14',
    text: 'В среду в Париже прошел саммит коалиции желающих.\nПеред этим Макрон, выступавший на саммите, провел встречу со Стармером.',
    want: [
      { date: '2025-11-12', place: 'Paris', status: 'held' },
      { date: '2025-11-12', place: 'Paris', status: 'held', with: ['emmanuel-macron', 'keir-starmer'] },
    ],
    events: 'ab',
  },
  // ── Calls written with "зідзвонитися" or "переговорить по телефону" ────────────────
  {
    name: 'uk "зідзвонився" with a weekday is a call held that day',
    date: '2025-11-14',
    text: 'У вівторок Умєров зідзвонився з Рубіо.',
    want: [{ date: '2025-11-11', kind: 'phone', status: 'held', with: ['rustem-umerov', 'marco-rubio'] }],
  },
  {
    name: 'ru "переговорили по телефону" is a call',
    date: '2025-11-14',
    text: 'Вчера Рубио и Лавров переговорили по телефону.',
    want: [{ date: '2025-11-13', kind: 'phone', status: 'held', with: ['marco-rubio', 'sergei-lavrov'] }],
  },
  // ── The day after the meeting told before: "наступного дня", "на следующий день" ───
  {
    name: 'uk "Наступного дня" dates a meeting elsewhere by the one told before',
    date: '2025-11-20',
    text: 'У понеділок Зеленський провів переговори з Мерцом у Берліні.\nНаступного дня президент побував у Копенгагені, де зустрівся з прем\'єр-міністром Данії.',
    want: [
      { date: '2025-11-17', place: 'Berlin', status: 'held' },
      { date: '2025-11-18', place: 'Copenhagen', status: 'held' },
    ],
    events: 'ab',
  },
  {
    name: 'ru "На следующий день" dates a meeting elsewhere by the one told before',
    date: '2025-11-20',
    text: 'Во вторник Сибига провел в Праге переговоры с Фиданом.\nНа следующий день министр побывал в Братиславе, где встретился с Рубио.',
    want: [
      { date: '2025-11-18', place: 'Prague', status: 'held' },
      { date: '2025-11-19', place: 'Bratislava', status: 'held' },
    ],
    events: 'ab',
  },
  // ── A sentence opened by "Окремо", "Отдельно" sets its meeting apart ────────────────
  {
    name: 'uk "Окремо в четвер у Досі …" is another meeting than the round of that day and city',
    date: '2025-11-21',
    text: 'У четвер у Досі відбулися переговори делегацій України та США.\nОкремо в четвер у Досі Умєров і Кушнер провели двосторонню зустріч.',
    want: [
      { date: '2025-11-20', place: 'Doha', status: 'held' },
      { date: '2025-11-20', place: 'Doha', status: 'held', with: ['rustem-umerov', 'jared-kushner'] },
    ],
    events: 'ab',
  },
  {
    name: 'ru "Отдельно в пятницу в Эр-Рияде …" is another meeting than the round of that day and city',
    date: '2025-11-22',
    text: 'В пятницу в Эр-Рияде прошли переговоры делегаций Украины и США.\nОтдельно в пятницу в Эр-Рияде Умеров и Уиткофф провели двустороннюю встречу.',
    want: [
      { date: '2025-11-21', place: 'Riyadh', status: 'held' },
      { date: '2025-11-21', place: 'Riyadh', status: 'held', with: ['rustem-umerov', 'steve-witkoff'] },
    ],
    events: 'ab',
  },
  // ── Discussing face to face, or at a place named right after the verb ─────────────
  {
    name: 'uk "наодинці обговорили" after a summit is a meeting of its own, that day and there',
    date: '2025-10-24',
    text: 'Учора в Брюсселі відбувся саміт ЄС.\nПісля саміту Макрон і Мерц наодинці обговорили фінансування оборони.',
    want: [
      { date: '2025-10-23', place: 'Brussels', status: 'held' },
      { date: '2025-10-23', place: 'Brussels', status: 'held', with: ['emmanuel-macron', 'friedrich-merz'] },
      { date: '2025-10-23', place: 'Brussels', recalled: true },
    ],
    events: 'aba',
  },
  {
    name: 'ru "с глазу на глаз обсудили" is a meeting',
    date: '2025-10-24',
    text: 'Вчера в Хельсинки Стубб и Стармер с глазу на глаз обсудили поставки ПВО.',
    want: [{ date: '2025-10-23', place: 'Helsinki', status: 'held', with: ['alexander-stubb', 'keir-starmer'] }],
  },
  {
    name: 'uk "обговорювали в Женеві" with the people is talks held there',
    date: '2025-11-14',
    text: 'У середу Умєров і Віткофф обговорювали в Женеві проєкт рамкової угоди.',
    want: [{ date: '2025-11-12', place: 'Geneva', status: 'held', with: ['rustem-umerov', 'steve-witkoff'] }],
  },
  {
    name: 'ru "обсуждали в Абу-Даби" with the people is talks held there',
    date: '2025-11-14',
    text: 'В понедельник Дмитриев и Кушнер обсуждали в Абу-Даби экономический блок соглашения.',
    want: [{ date: '2025-11-10', place: 'Abu Dhabi', status: 'held', with: ['kirill-dmitriev', 'jared-kushner'] }],
  },
  {
    name: 'uk discussing "в Україні" (a country, no city or venue) is no meeting',
    date: '2025-11-14',
    text: 'Законопроєкт активно обговорювали в Україні минулого тижня.',
    want: [],
  },
  // ── Recollections without a day ────────────────────────────────────────────────────
  {
    name: 'uk "ще з переговорів у Стамбулі" names an earlier meeting without a day',
    date: '2025-11-14',
    text: 'Текст меморандуму узгоджують ще з переговорів у Стамбулі.',
    want: [{ date: null, place: 'Istanbul', status: 'held', recalled: true }],
  },
  {
    name: 'ru "еще с переговоров в Женеве" names an earlier meeting without a day',
    date: '2025-11-14',
    text: 'Текст меморандума согласуют еще с переговоров в Женеве.',
    want: [{ date: null, place: 'Geneva', status: 'held', recalled: true }],
  },
  {
    name: 'uk a meeting "на початку" this month, told as held, is an earlier one without a day',
    date: '2025-12-20',
    text: 'На початку грудня у Римі Умєров вже зустрічався з Кушнером.',
    want: [{ date: null, place: 'Rome', status: 'held', recalled: true }],
  },
  {
    name: 'ru a meeting "в начале" this month after a clause of expectations is an earlier one',
    date: '2025-12-20',
    text: 'В Вену ожидаются Рубио и Лавров; во время встречи в Анкаре в начале декабря они уже обсуждали обмен пленными.',
    want: [{ date: null, place: 'Ankara', status: 'held', recalled: true }],
  },
  {
    name: 'uk a meeting "минулого тижня" is another than the one put off, and keeps no day',
    date: '2025-12-10',
    text: 'Зустріч радників, призначену на 12 грудня в Римі, перенесли.\nНа зустрічі в Парижі минулого тижня Макрон запропонував новий формат.',
    want: [
      { date: '2025-12-12', place: 'Rome', status: 'postponed' },
      { date: null, place: 'Paris', status: 'held', recalled: true },
    ],
    events: 'ab',
  },
  {
    name: 'ru a meeting "на прошлой неделе" is another than the one put off, and keeps no day',
    date: '2025-12-10',
    text: 'Встречу советников, назначенную на 12 декабря в Риме, перенесли.\nНа встрече в Париже на прошлой неделе Макрон предложил новый формат.',
    want: [
      { date: '2025-12-12', place: 'Rome', status: 'postponed' },
      { date: null, place: 'Paris', status: 'held', recalled: true },
    ],
    events: 'ab',
  },
  // ── A later sentence opening with its own day tells another meeting ─────────────────
  {
    name: 'uk "Учора …" after two meetings of the day before in the same city is a third meeting',
    date: '2025-10-13',
    text: 'У суботу в Давосі Сибіга зустрівся з Фіданом. Того ж дня в Давосі він провів переговори з Рубіо.\nУчора в Давосі міністр зустрівся з Рютте.',
    want: [
      { date: '2025-10-11', place: 'Davos' },
      { date: '2025-10-11', place: 'Davos' },
      { date: '2025-10-12', place: 'Davos', with: ['mark-rutte'] },
    ],
    events: 'abc',
  },
  // ── Places: speakers' settings, words before a preposition, the broader list ───────
  {
    name: 'uk a comment "журналістам у Берліні" does not place the meeting it is about',
    date: '2025-11-14',
    text: 'Зустріч Умєрова з Рубіо в Женеві, призначену на 20 листопада, перенесли.\nМерц у коментарі журналістам у Берліні назвав перенесення зустрічі несподіваним.',
    want: [
      { date: '2025-11-20', place: 'Geneva', status: 'postponed' },
      { date: '2025-11-20', place: 'Geneva', status: 'postponed' },
    ],
    events: 'aa',
  },
  {
    name: 'ru "Послезавтра в Вене" places a planned meeting (the adverb is no context noun)',
    date: '2025-11-14',
    text: 'Послезавтра в Вене начнется встреча министров иностранных дел Украины и Турции.',
    want: [{ date: '2025-11-16', place: 'Vienna', status: 'planned' }],
  },
  {
    name: 'uk more European cities, in the locative: Kraków, Vatican, Oslo',
    date: '2025-11-14',
    text: 'Учора у Кракові Сибіга зустрівся з Фіданом.\nУ вівторок у Ватикані Зеленський зустрівся з Папою.\nУ понеділок в Осло відбулися консультації радників.',
    want: [
      { date: '2025-11-13', place: 'Kraków' },
      { date: '2025-11-11', place: 'Vatican' },
      { date: '2025-11-10', place: 'Oslo' },
    ],
    events: 'abc',
  },
  {
    name: 'ru more cities and venues, in the locative: Tallinn, Hofburg, Camp David',
    date: '2025-11-14',
    text: 'Вчера в Таллине Сибига встретился с Рубио.\nВо вторник в Хофбурге прошло заседание ОБСЕ.\nВ понедельник в Кэмп-Дэвиде Трамп провел переговоры с Зеленским.',
    want: [
      { date: '2025-11-13', place: 'Tallinn' },
      { date: '2025-11-11', place: 'Hofburg' },
      { date: '2025-11-10', place: 'Camp David' },
    ],
    events: 'abc',
  },
  // ── A host receiving a guest: a venue and a city first, or a guest named by a title ──
  {
    name: 'uk "прийняв у … в Берліні" a guest named after the venue and the city',
    date: '2025-11-14',
    text: "Мерц у понеділок прийняв у Федеральній канцелярії в Берліні прем'єр-міністра Великої Британії Кіра Стармера.",
    want: [{ date: '2025-11-10', place: 'Berlin', status: 'held', with: ['friedrich-merz', 'keir-starmer'] }],
  },
  {
    name: 'ru "принял в Анкаре посла" a guest named by a title only',
    date: '2025-11-14',
    text: 'В пятницу Фидан принял в Анкаре посла Норвегии.',
    want: [{ date: '2025-11-14', place: 'Ankara', status: 'held', with: ['hakan-fidan'] }],
  },
  {
    name: 'uk "прийняла тимчасового повіреного" is a meeting, "прийняла рішення" is not',
    date: '2025-11-14',
    text: 'Учора у Варшаві міністерка прийняла тимчасового повіреного у справах Канади.\nУчора у Варшаві уряд прийняв рішення про допомогу.',
    want: [{ date: '2025-11-13', place: 'Warsaw', status: 'held' }],
  },
  // ── A meeting as the object of a comment is the one told, the commentator no party ──
  {
    name: 'uk "коментуючи стамбульські переговори" refers back to the talks told before',
    date: '2025-11-14',
    text: 'У вівторок у Стамбулі Умєров провів переговори з Фіданом.\nРубіо, коментуючи стамбульські переговори, назвав їх корисними.',
    want: [
      { date: '2025-11-11', place: 'Istanbul', with: ['rustem-umerov', 'hakan-fidan'] },
      { date: '2025-11-11', place: 'Istanbul' },
    ],
    events: 'aa',
  },
  {
    name: 'ru "назвал анкарскую встречу" refers back to the meeting told before',
    date: '2025-11-14',
    text: 'В четверг в Анкаре Фидан встретился с Уиткоффом.\nПесков назвал анкарскую встречу «рабочей».',
    want: [
      { date: '2025-11-13', place: 'Ankara', with: ['hakan-fidan', 'steve-witkoff'] },
      { date: '2025-11-13', place: 'Ankara' },
    ],
    events: 'aa',
  },
  // ── A relative clause after the meeting noun: where it took place, or who discussed it ──
  {
    name: 'uk "консультації …, які тривали в Женеві" take the place of the relative clause',
    date: '2025-11-06',
    text: "Консультації радників з безпеки щодо енергетичного перемир'я, які тривали в Женеві 3–4 листопада, завершилися без заяви.",
    want: [{ date: '2025-11-03', place: 'Geneva', status: 'held' }],
  },
  {
    name: 'ru "переговоры …, которые … прошли в Будапеште" take the place of the relative clause',
    date: '2025-11-14',
    text: 'Переговоры министров обороны Украины и Германии, которые в итоге прошли в Будапеште, длились шесть часов.',
    want: [{ place: 'Budapest', status: 'held' }],
  },
  {
    name: 'ru "встречу …, которую в Париже обсуждали" is a plan, not held in Paris',
    date: '2025-11-14',
    text: 'Встречу Стармера и Мерца, которую в Париже обсуждали еще в марте, стороны собираются провести зимой.',
    want: [{ date: null, place: null, status: 'planned', with: ['keir-starmer', 'friedrich-merz'] }],
  },
  {
    name: 'uk "зустріч …, яку в Лондоні обговорювали" is a plan, not held in London',
    date: '2025-11-14',
    text: 'Зустріч Макрона і Мерца, яку в Лондоні обговорювали ще навесні, сторони планують провести взимку.',
    want: [{ date: null, place: null, status: 'planned', with: ['emmanuel-macron', 'friedrich-merz'] }],
  },
  // ── Discussing at a place: the last time, or with the day before the place ─────────
  {
    name: 'uk "Востаннє … обговорювали … взимку в Анкарі" is a recalled meeting there without a day',
    date: '2025-11-14',
    text: 'Востаннє Сибіга і Фідан обговорювали транзит зерна взимку в Анкарі.',
    want: [{ date: null, place: 'Ankara', status: 'held', recalled: true, with: ['andrii-sybiha', 'hakan-fidan'] }],
  },
  {
    name: 'ru "В последний раз … обсуждали … осенью в Анкаре" is a recalled meeting there without a day',
    date: '2025-11-14',
    text: 'В последний раз Лавров и Фидан обсуждали этот вопрос осенью в Анкаре.',
    want: [{ date: null, place: 'Ankara', status: 'held', recalled: true, with: ['sergei-lavrov', 'hakan-fidan'] }],
  },
  {
    name: 'uk "Результати переговорів … обговорив у вівторок у Берліні з …" is a meeting of its own (the results name the talks told elsewhere)',
    date: '2025-11-14',
    text: 'Результати переговорів Мерц обговорив у вівторок у Берліні з Макроном.',
    want: [
      { date: '2025-11-11', place: 'Berlin', status: 'held', with: ['friedrich-merz', 'emmanuel-macron'] },
    ],
  },
  {
    name: 'ru "Итоги встречи … обсудил вчера в Париже со …" is a meeting of its own',
    date: '2025-11-14',
    text: 'Итоги встречи Макрон обсудил вчера в Париже со Стармером.',
    want: [
      { date: '2025-11-13', place: 'Paris', status: 'held', with: ['emmanuel-macron', 'keir-starmer'] },
    ],
  },
  // ── Reactions and briefings in a city are where people speak, not where a meeting is ──
  {
    name: 'uk "У Берліні до перенесення … поставилися стримано" does not place the round told before',
    date: '2025-11-14',
    text: 'Раунд переговорів у Досі, призначений на 20 листопада, відклали.\nУ Берліні до перенесення раунду поставилися стримано.',
    want: [
      { date: '2025-11-20', place: 'Doha', status: 'postponed' },
      { date: '2025-11-20', place: 'Doha', status: 'postponed' },
    ],
    events: 'aa',
  },
  {
    name: 'ru "В Париже … восприняли сдержанно: встреча … никем не готовится" is no meeting',
    date: '2025-11-14',
    text: 'В Париже эту идею восприняли сдержанно: встреча Макрона с Лавровым, по данным источников, пока никем не готовится.',
    want: [],
  },
  {
    name: 'uk "на брифінгу у Варшаві" is where someone speaks about the talks',
    date: '2025-11-14',
    text: 'Учора в Женеві відбулися переговори Умєрова з Віткоффом.\nДеталі домовленостей Умєров розкрив на брифінгу у Варшаві.',
    want: [{ date: '2025-11-13', place: 'Geneva', status: 'held' }],
  },
  {
    name: 'ru "на пресс-конференции в Анкаре" is where someone speaks about the meeting',
    date: '2025-11-14',
    text: 'Вчера в Стамбуле прошла встреча Фидана с Рубио.\nИтоги договоренностей Фидан изложил на пресс-конференции в Анкаре.',
    want: [{ date: '2025-11-13', place: 'Istanbul', status: 'held' }],
  },
  // ── "має провести", "должен прилететь": a plan ─────────────────────────────────────
  {
    name: 'uk "Увечері … має провести відеоконференцію" is planned for today',
    date: '2025-11-14',
    text: 'Увечері Сибіга має провести відеоконференцію з Рубіо.',
    want: [{ date: '2025-11-14', kind: 'video', status: 'planned' }],
  },
  {
    name: 'ru "на днях должен прилететь в Стамбул на встречу" is a plan, not a recollection',
    date: '2025-11-14',
    text: 'Уиткофф на днях должен прилететь в Стамбул на встречу с Фиданом.',
    want: [{ place: 'Istanbul', status: 'planned', recalled: false }],
  },
  // ── A replacement after a meeting called off; "the sides" as the parties ───────────
  {
    name: 'uk "Натомість обидві сторони обговорили це по відеозв\'язку" after a meeting called off is a video meeting that day',
    date: '2025-11-14',
    text: "Учора в Римі Стармер мав зустрітися з Мелоні, але зустріч скасували.\nНатомість обидві сторони обговорили це по відеозв'язку.",
    want: [
      { date: '2025-11-13', status: 'cancelled' },
      { date: '2025-11-13', kind: 'video', status: 'held', place: null },
    ],
    events: 'ab',
  },
  {
    name: 'ru "Вместо этого стороны пообщались в режиме видеосвязи" after a meeting put off is a video meeting that day',
    date: '2025-11-14',
    text: 'Встречу Сибиги и Фидана в Анкаре, намеченную на 12 ноября, отложили.\nВместо этого стороны пообщались в режиме видеосвязи.',
    want: [
      { date: '2025-11-12', place: 'Ankara', status: 'postponed' },
      { date: '2025-11-12', kind: 'video', status: 'held' },
    ],
    events: 'ab',
  },
  // ── "поспілкувався з", "пообщался с": a meeting; "там" gives the place ─────────────
  {
    name: 'uk "Того ж дня міністр також поспілкувався там з …" is another meeting of that day and place',
    date: '2025-11-14',
    text: 'У вівторок Умєров узяв участь у засіданні в Брюсселі.\nТого ж дня міністр також поспілкувався там з Рютте про фінанси.',
    want: [
      { date: '2025-11-11', place: 'Brussels', status: 'held' },
      { date: '2025-11-11', place: 'Brussels', status: 'held', with: ['mark-rutte'] },
    ],
    events: 'ab',
  },
  {
    name: 'ru "пообщался с журналистами" is no meeting',
    date: '2025-11-14',
    text: 'Вчера в Вене Лавров пообщался с журналистами.',
    want: [],
  },
  // ── "На следующий день" with another meeting named in the sentence; ellipsis ─────────
  {
    name: 'ru "На следующий день … провёл совещание, рассказав об итогах встречи" dates the new meeting by the one before',
    date: '2025-11-14',
    text: 'В понедельник в Дохе прошла встреча Кушнера с Умеровым.\nНа следующий день Кушнер провёл с Сибигой совещание по видеосвязи, рассказав об итогах встречи.',
    want: [
      { date: '2025-11-10', place: 'Doha' },
      { date: '2025-11-11', kind: 'video', status: 'held' },
      { date: '2025-11-10', place: 'Doha', recalled: true },
    ],
    events: 'aba',
  },
  {
    name: 'uk "…, а наступного дня — з …" is a second meeting there, the day after',
    date: '2025-11-14',
    text: 'Переговори вели в Досі: у понеділок там Умєров зустрівся з Віткоффом, а наступного дня — з Кушнером.',
    want: [
      { date: '2025-11-10', place: 'Doha', with: ['rustem-umerov', 'steve-witkoff'] },
      { date: '2025-11-11', place: 'Doha', with: ['jared-kushner'] },
    ],
    events: 'ab',
  },
  {
    name: 'ru "…, а на следующий день — с …" is a second meeting there, the day after',
    date: '2025-11-14',
    text: 'Во вторник в Анкаре Сибига встретился с Фиданом, а на следующий день — с Эрдоганом.',
    want: [
      { date: '2025-11-11', place: 'Ankara', with: ['andrii-sybiha', 'hakan-fidan'] },
      { date: '2025-11-12', place: 'Ankara', with: ['recep-tayyip-erdogan'] },
    ],
    events: 'ab',
  },
  // ── The day it took place, not the day first planned ───────────────────────────────
  {
    name: 'ru "планировались на среду, прошли в четверг" dates the talks by the day they took place',
    date: '2025-11-14',
    text: 'Консультации Умерова и Рубио, которые планировались на среду, прошли в четверг в Женеве.',
    want: [{ date: '2025-11-13', place: 'Geneva', status: 'held' }],
  },
  {
    name: 'uk a meeting set for one day and put off to another keeps the day first set',
    date: '2025-11-14',
    text: 'Засідання робочої групи в Женеві, заплановане на 18 листопада, перенесли на 25 листопада.',
    want: [{ date: '2025-11-18', place: 'Geneva', status: 'postponed' }],
  },
  // ── Talking or telling at a distance, in every aspect and tense ───────────────────
  {
    name: 'ru imperfective "разговаривала по телефону" in a "когда" clause is a call held that day',
    date: '2025-10-17',
    text: 'Дату согласовали в среду, когда Мелони разговаривала по телефону с Эрдоганом.',
    want: [{ date: '2025-10-15', kind: 'phone', status: 'held', with: ['giorgia-meloni', 'recep-tayyip-erdogan'] }],
  },
  {
    name: 'uk "розмовляли телефоном" and ru "проговорили по телефону" are calls',
    date: '2025-10-17',
    text: 'У четвер Стармер і Мерц розмовляли телефоном понад годину.\nВ пятницу Макрон и Мерц проговорили по телефону около часа.',
    want: [
      { date: '2025-10-16', kind: 'phone', status: 'held' },
      { date: '2025-10-17', kind: 'phone', status: 'held' },
    ],
  },
  {
    name: 'uk future "поговорять телефоном" and ru "поговорят по телефону" are calls planned',
    date: '2025-10-17',
    text: 'Наступного тижня Рубіо і Сибіга поговорять телефоном.\nВ понедельник Лавров и Фидан поговорят по телефону.',
    want: [
      { kind: 'phone', status: 'planned' },
      { date: '2025-10-20', kind: 'phone', status: 'planned' },
    ],
  },
  {
    name: 'ru thanking "по телефону" and uk telling "по відеозв\'язку" are remote meetings',
    date: '2025-10-17',
    text: 'В среду Макрон по телефону поблагодарил Стармера за поддержку.\nУ четвер Умєров повідомив Віткоффу по відеозв\'язку про нові дати.',
    want: [
      { date: '2025-10-15', kind: 'phone', status: 'held', with: ['emmanuel-macron', 'keir-starmer'] },
      { date: '2025-10-16', kind: 'video', status: 'held', with: ['rustem-umerov', 'steve-witkoff'] },
    ],
  },
  {
    name: 'uk discussing with several words before "по телефону" is a call',
    date: '2025-10-17',
    text: 'У середу Сибіга обговорив підсумки цих консультацій з британським колегою по телефону.',
    want: [{ date: '2025-10-15', kind: 'phone', status: 'held' }],
  },
  {
    name: 'trap: telling the press by phone is a statement, not a call (uk and ru)',
    date: '2025-10-17',
    text: 'У середу Арахамія розповів телефоном журналістам про нові санкції.\nВ среду Песков сообщил по телефону агентству о графике президента.',
    want: [],
  },
  // ── Two meetings joined by a conjunction in one sentence ─────────────────────────────
  {
    name: 'ru a video meeting and a call joined by ", а" are two meetings, each with its day',
    date: '2025-10-17',
    text: 'О новых сроках Рубио в понедельник рассказал Умерову по видеосвязи, а во вторник созвонился с Дмитриевым.',
    want: [
      { date: '2025-10-13', kind: 'video', status: 'held', with: ['rustem-umerov'] },
      { date: '2025-10-14', kind: 'phone', status: 'held', with: ['kirill-dmitriev'] },
    ],
    events: 'ab',
  },
  {
    name: 'uk talks in a city and, after ", а", a call with a new subject that evening: two meetings of one day',
    date: '2025-10-17',
    text: 'У середу Лавров провів у Дохі переговори з Фіданом, а Сибіга ввечері обговорив їхні підсумки з Рубіо телефоном.',
    want: [
      { date: '2025-10-15', place: 'Doha', kind: 'in-person', with: ['sergei-lavrov', 'hakan-fidan'] },
      { date: '2025-10-15', place: null, kind: 'phone', with: ['andrii-sybiha', 'marco-rubio'] },
    ],
    events: 'ab',
  },
  {
    name: 'trap: one meeting with two verbs of the same kind and the same people stays one',
    date: '2025-10-17',
    text: 'У середу Умєров зустрівся з Віткоффом у Женеві, і вони обговорили обмін полоненими.',
    want: [{ date: '2025-10-15', place: 'Geneva', kind: 'in-person' }],
  },
  // ── Meetings told without a meeting noun: meals, convening, gathering ─────────────
  {
    name: 'ru "поужинали с" and uk "обідав з" are meetings',
    date: '2025-10-17',
    text: 'В среду Рубио и Ермак поужинали с Лавровым в Анкаре.\nУ четвер Стармер обідав із Мерцом у Берліні.',
    want: [
      { date: '2025-10-15', place: 'Ankara', status: 'held', with: ['sergei-lavrov'] },
      { date: '2025-10-16', place: 'Berlin', status: 'held', with: ['keir-starmer', 'friedrich-merz'] },
    ],
  },
  {
    name: 'uk a breakfast with someone, called off, and ru a working dinner planned are meetings',
    date: '2025-10-17',
    text: 'Запланований на неділю робочий сніданок Сибіги з Фіданом скасували.\nВ понедельник в Риме запланирован ужин Мелони с Макроном.',
    want: [
      { date: '2025-10-19', kind: 'in-person', status: 'cancelled' },
      { date: '2025-10-20', place: 'Rome', status: 'planned' },
    ],
  },
  {
    name: 'trap: a meal without a party and lunch as a time of day are no meetings',
    date: '2025-10-17',
    text: 'Після обіду в Києві Умєров виступив у Раді.\nДо обеда Песков ответил на вопросы о ценах на хлеб.',
    want: [],
  },
  {
    // Under the "i" flag "\p{Lu}" matched lower case too, and both of these were meetings.
    name: 'trap: a meal with people named by a common noun is no meeting ("вечеря з журналістами", "ужин с коллегами"): a name must follow',
    date: '2026-06-10',
    text: 'Після вечері з журналістами 4 червня Умєров поїхав до Женеви.\nПосле ужина с коллегами 4 июня Лавров вылетел в Анкару.',
    want: [],
  },
  {
    name: 'ru "собрал в Кремле" and uk "скликав у Києві" with the people convened are meetings',
    date: '2025-10-17',
    text: 'В среду Путин собрал в Кремле Лаврова и Ушакова.\nУ четвер Зеленський скликав у Києві радників з безпеки.',
    want: [
      { date: '2025-10-15', place: 'Kremlin', status: 'held', with: ['vladimir-putin', 'sergei-lavrov', 'yuri-ushakov'] },
      { date: '2025-10-16', place: 'Kyiv', status: 'held' },
    ],
  },
  {
    name: 'trap: convening signatures or a press conference names no people',
    date: '2025-10-17',
    text: 'У середу Умєров зібрав у Києві підписи депутатів.\nВ четверг Песков собрал в Москве пресс-конференцию.',
    want: [],
  },
  {
    name: 'ru "соберутся в пятницу в Берлине" and uk "зібралися в Парижі" are meetings',
    date: '2025-10-15',
    text: 'Советники по безопасности соберутся в пятницу в Берлине.\nУчора лідери коаліції зібралися в Парижі.',
    want: [
      { date: '2025-10-17', place: 'Berlin', status: 'planned' },
      { date: '2025-10-14', place: 'Paris', status: 'held' },
    ],
  },
  // ── The next session or contact of a series ─────────────────────────────────────────
  {
    name: 'uk "наступна сесія … відбудеться" and ru "следующий контакт назначен на" are meetings planned',
    date: '2025-10-17',
    text: 'Сторони погодили, що наступна сесія у Відні відбудеться 5 листопада.\nСледующий контакт делегаций назначен на 12 ноября в Женеве.',
    want: [
      { date: '2025-11-05', place: 'Vienna', status: 'planned' },
      { date: '2025-11-12', place: 'Geneva', status: 'planned' },
    ],
  },
  {
    name: 'trap: the next session of a parliament and "назначен на должность" are no meetings',
    date: '2025-10-17',
    text: 'Наступна сесія Верховної Ради розпочнеться 5 листопада.\nНазначенный на должность посол прилетел в Вену.',
    want: [],
  },
  // ── Awaiting a meeting ──────────────────────────────────────────────────────────────
  {
    name: 'ru "вечером его ждут переговоры" and uk "увечері його чекає зустріч" are planned for today',
    date: '2025-10-17',
    text: 'Вечером его ждут переговоры с Мерцем.\nУвечері Стармера чекає зустріч із Макроном.',
    want: [
      { date: '2025-10-17', status: 'planned', with: ['friedrich-merz'] },
      { date: '2025-10-17', status: 'planned', with: ['keir-starmer', 'emmanuel-macron'] },
    ],
  },
  // ── Live blogs ──────────────────────────────────────────────────────────────────────
  {
    name: 'a live blog entry opened by its time dates a meeting held without a day (uk and ru)',
    date: '2025-10-17',
    text: '11:20 Макрон провів телефонну розмову з Мерцом.\n**15.40** Лавров провел переговоры с Фиданом.',
    want: [
      { date: '2025-10-17', kind: 'phone', status: 'held' },
      { date: '2025-10-17', status: 'held', with: ['sergei-lavrov', 'hakan-fidan'] },
    ],
  },
  {
    name: 'trap: a time inside a sentence is no time stamp, and a planned meeting is not dated by it',
    date: '2025-10-17',
    text: 'Зустріч Макрона з Мерцом, як повідомлялося о 11:20, готується.\n16:10 Лавров и Фидан проведут переговоры.',
    want: [
      { date: null, status: 'planned' },
      { date: null, status: 'planned' },
    ],
  },
  // ── Face to face beside a larger meeting ──────────────────────────────────────────
  {
    name: 'uk a face-to-face talk during a summit is a meeting of its own',
    date: '2025-10-17',
    text: 'Учора в Брюсселі розпочався саміт ЄС за участі Зеленського, Мерца, Макрона і Стармера.\nУвечері, між засіданнями, Зеленський поговорив віч-на-віч із Мерцом.',
    want: [
      { date: '2025-10-16', place: 'Brussels' },
      { date: '2025-10-16', place: 'Brussels', with: ['volodymyr-zelensky', 'friedrich-merz'] },
    ],
    events: 'ab',
  },
  {
    name: 'trap: a face-to-face talk that is the meeting itself stays one (ru)',
    date: '2025-10-17',
    text: 'В среду в Женеве Умеров встретился с Уиткоффом.\nОни говорили с глазу на глаз почти два часа.',
    want: [{ date: '2025-10-15', place: 'Geneva' }],
  },
  // ── Days counted from another meeting ───────────────────────────────────────────────
  {
    name: 'ru "за день до начала раунда" is the eve of the round; "днем ранее" the day before the meeting told',
    date: '2025-10-17',
    text: 'Раунд в Женеве начался 14 октября.\nЗа день до начала раунда Умеров встретился с Уиткоффом.\nКонсультации в Вене прошли 15 октября. Днем ранее Лавров встретился с Фиданом в Анкаре.',
    want: [
      { date: '2025-10-14', place: 'Geneva' },
      { date: '2025-10-13', with: ['rustem-umerov', 'steve-witkoff'] },
      { date: '2025-10-14', place: 'Geneva' },
      { date: '2025-10-15', place: 'Vienna' },
      { date: '2025-10-14', place: 'Ankara', with: ['sergei-lavrov', 'hakan-fidan'], recalled: false },
    ],
    events: 'abacd',
  },
  {
    name: 'uk "днем раніше" and "за день до старту" are the eve of the meeting told before',
    date: '2025-10-17',
    text: 'Переговори в Римі розпочалися 14 жовтня. За день до старту Умєров зустрівся з Віткоффом.',
    want: [
      { date: '2025-10-14', place: 'Rome' },
      { date: '2025-10-13', with: ['rustem-umerov', 'steve-witkoff'] },
    ],
    events: 'ab',
  },
  // ── Where someone stays is not where a meeting is ───────────────────────────────────
  {
    name: 'uk "залишився в Лондоні" and ru "остается в Киеве" are not the place of the meeting called off',
    date: '2025-10-17',
    text: 'Запланований на суботу сніданок Зеленського зі Стармером скасували: прем\'єр залишився в Лондоні.\nОтменена намеченная на завтра встреча Сибиги с Фиданом: министр остается в Киеве.',
    want: [
      { place: null, status: 'cancelled' },
      { place: null, status: 'cancelled', date: '2025-10-18' },
    ],
  },
  // ── First persons of interviews and statements ──────────────────────────────────────
  {
    name: 'uk and ru a meeting or a call promised in the first person ("зустрінуся", "встречусь", "созвонимся") is a plan',
    date: '2025-10-20',
    text: '— У четвер у Женеві я зустрінуся з Віткоффом, — сказав Умєров.\n«В пятницу в Анкаре я встречусь с Фиданом», — заявил Лавров.\n«Завтра мы созвонимся с Уиткоффом», — сообщил Дмитриев.',
    want: [
      { date: '2025-10-23', place: 'Geneva', status: 'planned' },
      { date: '2025-10-24', place: 'Ankara', status: 'planned' },
      { date: '2025-10-21', kind: 'phone', status: 'planned' },
    ],
  },
  {
    name: 'trap: the first person of other verbs is no meeting ("я зустрічаю ранок", "встречусь взглядом" is not told without a party)',
    date: '2025-10-20',
    text: 'Я зустрічаю кожен ранок новинами з фронту.\nЯ не знаю, когда мы снова созвонимся, — признался блогер.',
    want: [],
  },
  // ── Two meetings joined by ", а" when the second has a day and a plan of its own ──
  {
    name: 'uk "провів переговори з …, а на понеділок запланована зустріч з …" is two meetings',
    date: '2025-10-21',
    text: 'Сьогодні в Женеві Умєров провів переговори з Віткоффом, а на понеділок запланована його зустріч з Кушнером.',
    want: [
      { date: '2025-10-21', place: 'Geneva', status: 'held' },
      { date: '2025-10-27', status: 'planned', with: ['jared-kushner'] },
    ],
    events: 'ab',
  },
  {
    name: 'ru "встретился с …, а в пятницу намечены переговоры с …" is two meetings',
    date: '2025-10-21',
    text: 'Сегодня Лавров встретился с Фиданом, а в пятницу намечены переговоры с Эрдоганом.',
    want: [
      { date: '2025-10-21', status: 'held' },
      { date: '2025-10-24', status: 'planned', with: ['recep-tayyip-erdogan'] },
    ],
    events: 'ab',
  },
  {
    name: 'trap: a noun after ", а" with no day and plan of its own is the same meeting',
    date: '2025-10-20',
    text: 'Сьогодні в Женеві Умєров зустрівся з Віткоффом, а розмова тривала понад дві години.',
    want: [{ date: '2025-10-20', place: 'Geneva', status: 'held' }],
  },
  // ── A body or a group gathering, the place written before the verb ─────────────────
  {
    name: 'uk and ru "у Відні зберуться радники", "в Женеве соберутся делегации", "собрались министры" are meetings',
    date: '2025-10-20',
    text: '27 жовтня у Відні зберуться радники з національної безпеки.\nВ Женеве 28 октября соберутся делегации для технических консультаций.\nВчера в Брюсселе собрались министры обороны стран НАТО.',
    want: [
      { date: '2025-10-27', place: 'Vienna', status: 'planned' },
      { date: '2025-10-28', place: 'Geneva', status: 'planned' },
      { date: '2025-10-19', place: 'Brussels', status: 'held' },
    ],
  },
  {
    name: 'trap: other people gathering, or a group gathering with neither day nor place, is no meeting',
    date: '2025-10-20',
    text: 'Учора на площі у Львові зібралися тисячі людей.\nСоберутся ли лидеры снова, пока неясно.\nЗібралися журналісти біля входу.',
    want: [],
  },
  // ── A weak meeting word with its day and place beats a strong one in another clause ──
  {
    name: 'uk and ru "черговий раунд у Досі 14–15 жовтня …, хоча засідання відкривав …" takes the round\'s day and place',
    date: '2025-10-20',
    text: 'Черговий раунд у Досі 14–15 жовтня завершився без спільної заяви, хоча засідання відкривав сам прем\'єр Катару.\nНовый раунд в Женеве 16 октября оказался коротким, хотя заседание вел Кассис.',
    want: [
      { date: '2025-10-14', endDate: '2025-10-15', place: 'Doha' } as Want,
      { date: '2025-10-16', place: 'Geneva' },
    ],
  },
  // ── Meetings recalled by an example ─────────────────────────────────────────────────
  {
    name: 'uk and ru "переговори траплялися й раніше — зокрема, у Відні …" / "встречи случались, к примеру, в Женеве" are recalled meetings there',
    date: '2025-10-20',
    text: 'Переговори без посередників траплялися й раніше — зокрема, у Відні в березні 2023 року.\nПодобные встречи случались и прежде, к примеру, в Женеве в марте 2023 года.',
    want: [
      { date: null, place: 'Vienna', status: 'held', recalled: true },
      { date: null, place: 'Geneva', status: 'held', recalled: true },
    ],
  },
  {
    name: 'trap: a city given as an example of something else in another clause is not the meeting\'s place',
    date: '2025-10-20',
    text: 'Учора Умєров зустрівся з Віткоффом: вони обговорили міста для обміну полоненими — наприклад, у Стамбулі.',
    want: [{ date: '2025-10-19', place: null, status: 'held' }],
  },
  // ── Hearing a report, sitting at one table ───────────────────────────────────────────
  {
    name: 'uk and ru hearing someone\'s report is a meeting ("заслухав доповідь Умєрова", "в режиме видеосвязи выслушал доклад")',
    date: '2025-10-20',
    text: 'Учора Зеленський заслухав доповідь Умєрова щодо обміну полоненими.\nВчера Путин в режиме видеосвязи выслушал доклад Лаврова.',
    want: [
      { date: '2025-10-19', kind: 'in-person', status: 'held', with: ['volodymyr-zelensky', 'rustem-umerov'] },
      { date: '2025-10-19', kind: 'video', status: 'held', with: ['vladimir-putin'] },
    ],
  },
  {
    name: 'uk and ru sitting at one table or at the negotiating table at a place is a meeting',
    date: '2025-10-20',
    text: '14 жовтня в Женеві делегації вперше сіли за один стіл.\nВ четверг в Анкаре Лавров и Фидан сидели за одним столом.',
    want: [
      { date: '2025-10-14', place: 'Geneva', status: 'held' },
      { date: '2025-10-16', place: 'Ankara', status: 'held' },
    ],
  },
  {
    name: 'trap: hearing no report and sitting at a table with nobody, nowhere and never are no meetings',
    date: '2025-10-20',
    text: 'Зеленський заслухав гімн стоячи.\nВони ще не сіли за стіл переговорів і не сядуть.\nУчасники сиділи за одним столом.',
    want: [],
  },
  // ── Going somewhere in the present tense ─────────────────────────────────────────────
  {
    name: 'uk and ru "у понеділок вирушаємо до Відня на консультації" / "в пятницу летим в Анкару на переговоры" look ahead',
    date: '2025-10-22',
    text: 'У понеділок вирушаємо до Відня на консультації з Віткоффом.\nВ пятницу летим в Анкару на переговоры с Фиданом.',
    want: [
      { date: '2025-10-27', place: 'Vienna', status: 'planned' },
      { date: '2025-10-24', place: 'Ankara', status: 'planned' },
    ],
  },
  // ── A meeting word describing a source; a place where someone answers the press ─────
  {
    name: 'uk and ru "джерело, знайоме з ходом переговорів" / "источник, близкий к переговорам" describe the source: the meal told is its own meeting',
    date: '2025-10-20',
    text: 'У суботу в Женеві почалися переговори Умєрова з Віткоффом.\nЯк розповів співрозмовник, обізнаний з підготовкою переговорів, увечері Віткофф окремо вечеряв з Дмитрієвим.\nВ воскресенье в Анкаре начались консультации Лаврова и Фидана. По словам источника, близкого к консультациям, вечером Лавров отдельно обедал с Эрдоганом.',
    want: [
      { date: '2025-10-18', place: 'Geneva' },
      { date: '2025-10-18', with: ['steve-witkoff', 'kirill-dmitriev'] },
      { date: '2025-10-19', place: 'Ankara' },
      { date: '2025-10-19', with: ['sergei-lavrov', 'recep-tayyip-erdogan'] },
    ],
    events: 'abcd',
  },
  {
    name: 'uk and ru answering questions "журналістів у …" / "журналистов в …" is a speaker\'s place, not the meeting\'s',
    date: '2025-10-20',
    text: 'Сибіга, відповідаючи на запитання кореспондентів у Брюсселі, оцінив зустріч Умєрова з Віткоффом 17 жовтня як корисну.\nЛавров в ответ на вопросы журналистов в Москве заявил, что встреча с Фиданом 16 октября была полезной.',
    want: [
      { date: '2025-10-17', place: null },
      { date: '2025-10-16', place: null },
    ],
  },
  {
    name: 'trap: an adjective of knowing someone ("знайомі з Віткоффом") does not set a meeting verb aside',
    date: '2025-10-20',
    text: 'Знайомі з Віткоффом давно Умєров і Кислиця зустрілися з ним учора в Женеві.',
    want: [{ date: '2025-10-19', place: 'Geneva', status: 'held' }],
  },
  // ── A meeting named as a topic and denied later in the sentence ───────────────────
  {
    name: 'uk and ru "про зустріч …, за словами …, «мова не йде»" / "о встрече … речь пока не идет" / "не на повестке" deny the meeting',
    date: '2025-10-20',
    text: 'Про нову зустріч лідерів у Стамбулі, наголосив Сибіга, мова поки не йде.\nО переговорах Лаврова и Рубио в Женеве, как уточнили в МИД, речь сейчас не идет.\nВстреча Путина и Трампа в Будапеште, по словам Ушакова, пока не на повестке.',
    want: [],
  },
  {
    name: 'trap: a meeting told as held is not denied by a denial about something else; a meeting agreed on is no denial',
    date: '2025-10-20',
    text: 'Зустріч Умєрова з Віткоффом відбулася вчора в Женеві, але про перемир\'я мова поки не йде.\nО встрече Лаврова и Фидана в Анкаре 25 октября уже договорились.',
    want: [
      { date: '2025-10-19', place: 'Geneva', status: 'held' },
      { date: '2025-10-25', place: 'Ankara' },
    ],
  },
  // ── A meeting set for a new day against the one it was to take place on ─────────────
  {
    name: 'uk and ru "мали відбутися X, тепер уже заплановано на Y" / "должна была пройти X, теперь назначена на Y" is a plan for Y',
    date: '2025-10-10',
    text: 'Переговори Умєрова з Віткоффом у Женеві, що мали відбутися 14 жовтня, тепер уже заплановано на 21 жовтня.\nВстреча Лаврова и Фидана, которая должна была пройти 15 октября, теперь назначена на 22 октября.',
    want: [
      { date: '2025-10-21', place: 'Geneva', status: 'planned' },
      { date: '2025-10-22', status: 'planned' },
    ],
  },
  {
    name: 'trap: a meeting put off ("перенесли на", "перенесена на") keeps the day it was to take place on',
    date: '2025-10-10',
    text: 'Зустріч Умєрова з Віткоффом, яка мала відбутися 14 жовтня, перенесли на 21 жовтня.\nВстреча Лаврова и Фидана, которая должна была пройти 15 октября, перенесена на 22 октября.',
    want: [
      { date: '2025-10-14', status: 'postponed' },
      { date: '2025-10-15', status: 'postponed' },
    ],
  },
  {
    name: 'uk and ru a digest rubric naming a format ("Дзвінки.", "▪️ Звонки.", "Відео.") gives it to the meeting of its entry',
    date: '2025-10-20',
    text: 'Дзвінки. У п\'ятницю Сибіга поговорив з Фіданом.\n▪️ Звонки. В среду Лавров поговорил с Фиданом.\nВідео. Учора Умєров провів нараду з командою.',
    want: [
      { date: '2025-10-17', kind: 'phone', with: ['andrii-sybiha', 'hakan-fidan'] },
      { date: '2025-10-15', kind: 'phone', with: ['sergei-lavrov', 'hakan-fidan'] },
      { date: '2025-10-19', kind: 'video' },
    ],
  },
  {
    name: 'trap: a rubric\'s format yields to the one the sentence says; a word "телефон" inside a sentence is no rubric',
    date: '2025-10-20',
    text: '📞 Телефон. У п\'ятницю Зеленський зустрівся з Мерцом віч-на-віч у Берліні.\nПро телефон Умєрова. У п\'ятницю Умєров поговорив з Віткоффом.',
    want: [
      { date: '2025-10-17', kind: 'in-person', place: 'Berlin' },
      { date: '2025-10-17', kind: 'in-person' },
    ],
  },
  // ── Trips "до + place"; a place the gazetteer does not know ───────────────────────────
  {
    name: 'uk and ru a trip ("до Відня має прилетіти …", "в Женеву должен приехать …") places the plan told next with a pronoun',
    date: '2025-10-20',
    text: 'Наступного тижня до Відня має прилетіти Умєров. За даними джерел, він планує зустрітися з Віткоффом.\nНа следующей неделе в Женеву должен приехать Лавров. По данным источников, у него запланирована встреча с Фиданом.',
    want: [
      { place: 'Vienna', status: 'planned' },
      { place: 'Geneva', status: 'planned' },
    ],
  },
  {
    name: 'trap: a meeting at a place the gazetteer does not know takes neither the trip\'s place nor the meeting before',
    date: '2025-10-20',
    text: 'Наступного тижня до Відня має приїхати Умєров. У нього запланована зустріч з Віткоффом.\nА от зустріч прикордонників, призначена на 24 жовтня в Тисабечі, не відбудеться.',
    want: [
      { place: 'Vienna', status: 'planned' },
      { place: null, date: '2025-10-24', status: 'cancelled' },
    ],
    events: 'ab',
  },
  // ── A sentence setting the day and place for the meeting told next ──────────────────
  {
    name: 'uk a sentence putting people at a place on a day sets the meeting told next by a pronoun, "там" or its noun',
    date: '2025-10-20',
    text: '14 жовтня Сибіга був у Варшаві. Там він долучився до засідання міністрів «Веймарського трикутника».\nПозавчора у Львові про обмін говорили Умєров і Кислиця. Переговори тривали дві години.',
    want: [
      { date: '2025-10-14', place: 'Warsaw', status: 'held' },
      { date: '2025-10-18', place: 'Lviv', status: 'held' },
    ],
  },
  {
    name: 'ru a visit on a day sets the talks of the next sentence told with a pronoun',
    date: '2025-10-20',
    text: 'Позавчера Сергей Лавров был в Анкаре. Днем он возложил цветы к мемориалу, а вечером провел переговоры с Хаканом Фиданом.',
    want: [{ date: '2025-10-18', place: 'Ankara', status: 'held', with: ['sergei-lavrov', 'hakan-fidan'] }],
  },
  {
    name: 'trap: a plan told after the setting, or a meeting of other people, does not take its day and place',
    date: '2025-10-20',
    text: 'Позавчора у Варшаві був Марк Рютте. Він заявив, що зустріч лідерів відбудеться 30 жовтня.\nВчера в Вене побывал Сибига. Тем временем Лавров провел переговоры с Фиданом.',
    want: [
      { date: '2025-10-30', place: null, status: 'planned' },
      { date: null, place: null, status: 'held' },
    ],
  },
  // ── Datelines heading an entry of a chronicle or a digest ───────────────────────────
  {
    name: 'uk and ru a weekday and a day heading an entry date its first sentence',
    date: '2025-10-20',
    text: 'Вт, 14.10. Умєров зідзвонився з Віткоффом.\nЧт, 16 октября. Умеров и Уиткофф встретились в Женеве.\nСереда, 15.10. Сибіга зустрівся з Фіданом в Анкарі.',
    want: [
      { date: '2025-10-14', kind: 'phone', status: 'held' },
      { date: '2025-10-16', place: 'Geneva', status: 'held' },
      { date: '2025-10-15', place: 'Ankara', with: ['andrii-sybiha', 'hakan-fidan'] },
    ],
  },
  {
    name: 'uk and ru a day and a city (or a city alone) heading an entry date and place a meeting that names none',
    date: '2025-10-20',
    text: '16 жовт., Доха. Переговори Умєрова з Віткоффом тривали чотири години.\n• Анкара. Лавров и Фидан переносят встречу, намеченную на 24.10.\n17 окт., Вена. Лавров и Фидан поговорили с глазу на глаз.',
    want: [
      { date: '2025-10-16', place: 'Doha', status: 'held' },
      { date: '2025-10-24', place: 'Ankara', status: 'postponed' },
      { date: '2025-10-17', place: 'Vienna', with: ['sergei-lavrov', 'hakan-fidan'] },
    ],
  },
  {
    name: 'trap: a dateline city where a speaker talks about a meeting is not its place; a heading that is no dateline joins nothing',
    date: '2025-10-20',
    text: '▪️ Вашингтон. Рубио сообщил, что переговоры с Лавровым пройдут 25 октября.\n▪️ Київ. Сибіга сказав, що переговори з Фіданом відбудуться 27 жовтня.\nНеправда. Умєров зустрівся з Віткоффом.',
    want: [
      { date: '2025-10-25', place: null, status: 'planned' },
      { date: '2025-10-27', place: null, status: 'planned' },
      { place: null, with: ['rustem-umerov', 'steve-witkoff'] },
    ],
  },
  // ── Places given as city adjectives, every case, both languages ──────────────────────
  {
    name: 'uk and ru a city adjective beside a meeting word places it (празький, бакинської, сочинской, алматинському)',
    date: '2026-04-20',
    text: 'Делегації обмінялися нотатками після празького раунду.\nБакинською зустріччю Умєров залишився задоволений.\nИтоги сочинской встречи Лавров назвал полезными.\nНа алматинському саміті 14 квітня Сибіга говорив про обмін.',
    want: [{ place: 'Prague', recalled: true }, { place: 'Baku' }, { place: 'Sochi' }, { place: 'Almaty', date: '2026-04-14' }],
  },
  {
    name: 'uk and ru a city adjective after "у/в" before a venue places the meeting ("у женевському готелі", "в алматинской резиденции")',
    date: '2026-04-20',
    text: 'Учора у женевському готелі Умєров зустрівся з Віткоффом.\nВ пятницу в алматинской резиденции Путин встретился с Лукашенко.',
    want: [
      { place: 'Geneva', date: '2026-04-19', with: ['rustem-umerov', 'steve-witkoff'] },
      { place: 'Almaty', date: '2026-04-17' },
    ],
  },
  {
    name: 'trap: a city adjective away from the meeting word is no place ("обговорили віденський досвід")',
    date: '2026-04-20',
    text: 'Учора Сибіга зустрівся з Фіданом, вони обговорили віденський досвід.',
    want: [{ place: null, date: '2026-04-19' }],
  },
  {
    name: 'uk and ru a meeting summed up is an earlier one ("підбиває підсумки", "подвел итоги")',
    date: '2026-04-20',
    text: 'Тижневик підбиває підсумки римського саміту.\nРедакция подвела итоги лондонских переговоров.',
    want: [
      { place: 'Rome', recalled: true, status: 'held' },
      { place: 'London', recalled: true, status: 'held' },
    ],
  },
  // ── Chronicles in the historical present ───────────────────────────────────────────
  {
    name: 'uk and ru a dated chronicle line in the present tense tells a held call or talks at a place',
    date: '2026-05-10',
    text: '• 4 трав. — Сибіга і Фідан говорять телефоном про зерно.\n• 6 мая — Лавров и Рубио в Анкаре согласовывают график встреч.\n• 7 трав. — Умєров і Віткофф у Римі обговорюють обмін.',
    want: [
      { date: '2026-05-04', kind: 'phone', status: 'held', with: ['andrii-sybiha', 'hakan-fidan'] },
      { date: '2026-05-06', place: 'Ankara', status: 'held', with: ['sergei-lavrov', 'marco-rubio'] },
      { date: '2026-05-07', place: 'Rome', status: 'held', with: ['rustem-umerov', 'steve-witkoff'] },
    ],
  },
  {
    name: 'trap: discussing at a place without two people as its subject is no meeting ("У Анкарі обговорюють заяву"; "встречу, которую в Вене обсуждали" is a plan, not talks in Vienna)',
    date: '2026-05-10',
    text: 'У Анкарі обговорюють заяву Фідана.\nВстречу Лаврова и Рубио, которую в Вене обсуждали весной, пока не назначили.',
    want: [{ status: 'planned', place: null, with: ['sergei-lavrov', 'marco-rubio'] }],
  },
  // ── A guest received, the guest told first ─────────────────────────────────────────
  {
    name: 'uk and ru the guest as a pronoun before "прийняв/принял", the host after it',
    date: '2026-03-12',
    text: 'Умєров прилетів до Берліна. Учора його прийняв канцлер Фрідріх Мерц.\nСибига прибыл в Анкару. Во вторник его принял президент Турции.',
    want: [
      { date: '2026-03-11', status: 'held', with: ['friedrich-merz'] },
      { date: '2026-03-10', status: 'held' },
    ],
  },
  {
    name: 'trap: "його прийняла Верховна Рада" (a law adopted by a body) is no reception',
    date: '2026-03-12',
    text: 'Закон про гарантії довго чекав голосування: учора його прийняла Верховна Рада.',
    want: [],
  },
  // ── Calls told by what was agreed, or by the imperfective ─────────────────────────
  {
    name: 'uk and ru agreeing by phone is a call ("домовилися телефоном", "договорились в среду по телефону")',
    date: '2026-03-12',
    text: 'Про новий обмін Зеленський і Макрон домовилися телефоном.\nПутин и Эрдоган договорились в среду по телефону о перемирии на море.',
    want: [
      { kind: 'phone', status: 'held', with: ['volodymyr-zelensky', 'emmanuel-macron'] },
      { kind: 'phone', status: 'held', date: '2026-03-11', with: ['vladimir-putin', 'recep-tayyip-erdogan'] },
    ],
  },
  {
    name: 'trap: agreeing without a remote manner is no call',
    date: '2026-03-12',
    text: 'Про це сторони домовилися ще восени.',
    want: [],
  },
  {
    name: 'uk and ru the imperfective "телефонував/звонил" with a pronoun addressee is a call',
    date: '2026-03-12',
    text: 'У понеділок їй телефонував Андрій Сибіга.\nВо вторник ей звонил Марко Рубио.',
    want: [
      { kind: 'phone', status: 'held', date: '2026-03-09', with: ['andrii-sybiha'] },
      { kind: 'phone', status: 'held', date: '2026-03-10', with: ['marco-rubio'] },
    ],
  },
  // ── Meetings denied ────────────────────────────────────────────────────────────────
  {
    name: 'uk and ru a meeting verb denied ("не зустрічався", "не встречались") is no meeting',
    date: '2026-03-12',
    text: 'Умєров не зустрічався з Віткоффом у Досі.\nЛавров и Рубио не встречались в Эр-Рияде.',
    want: [],
  },
  {
    name: 'trap: "не лише зустрівся" still tells a meeting',
    date: '2026-03-12',
    text: 'Учора Зеленський не лише зустрівся з Мерцом у Берліні, а й виступив у Бундестазі.',
    want: [{ place: 'Berlin', date: '2026-03-11', with: ['volodymyr-zelensky', 'friedrich-merz'] }],
  },
  {
    name: 'uk and ru "про/о + meeting … говорити зарано", "ніхто не планував" deny it',
    date: '2026-03-12',
    text: 'Про тристоронній саміт у Женеві Сибіга висловився обережно: говорити поки зарано.\nО саммите в Стамбуле Ушаков отозвался коротко: говорить пока рано.\nЦього саміту ніхто не планував.',
    want: [],
  },
  // ── Sign-offs, titles and roles with meeting words ─────────────────────────────────
  {
    name: 'uk and ru a sign-off "До зустрічі …!", "До новых встреч!" is no meeting',
    date: '2026-03-12',
    text: 'До зустрічі в наступному випуску!\nДо новых встреч!',
    want: [],
  },
  {
    name: 'trap: "До зустрічі з …" opening a long sentence with a call still tells the call',
    date: '2026-03-12',
    text: 'До зустрічі з Путіним Трамп у вівторок поговорив телефоном із Зеленським.',
    want: [{ kind: 'phone', date: '2026-03-10', with: ['donald-trump', 'volodymyr-zelensky'] }],
  },
  {
    name: 'uk and ru a meeting word in the title of a lecture or book is no meeting',
    date: '2026-03-12',
    text: 'У суботу у Львові економіст представить доповідь «Чому переговори в Стамбулі буксують».\nВ Берлине представили книгу «Встреча в Женеве: как это было».',
    want: [],
  },
  {
    name: 'uk and ru a role "експерт групи на переговорах" describes a person, not a meeting',
    date: '2026-03-12',
    text: 'Іван Коваль, колишній експерт групи на переговорах щодо полонених, видав мемуари.\nВчера скончался Петр Орлов, член российской делегации на переговорах о перемирии.',
    want: [],
  },
  {
    name: 'trap: the role with the talks pinned to a place is a recalled meeting',
    date: '2026-03-12',
    text: 'Вона була експертом групи на переговорах у Женеві у березні 2025 року.',
    want: [{ place: 'Geneva', recalled: true }],
  },
  // ── Plans pinned by "до кінця року" ────────────────────────────────────────────────
  {
    name: 'uk and ru a possibility "до кінця року/месяца" is a plan without a day',
    date: '2026-03-12',
    text: 'Особиста зустріч Зеленського і Трампа може відбутися ще до кінця року.\nВстреча Лаврова и Рубио может состояться до конца месяца.',
    want: [
      { status: 'planned', date: null },
      { status: 'planned', date: null },
    ],
  },
  // ── Time spent with someone, talking with someone at a place ──────────────────────
  {
    name: 'uk and ru hours spent with someone are a meeting ("провів в Анкарі три години з", "провел в Москве около трех часов с")',
    date: '2026-03-12',
    text: 'Учора Сибіга провів в Анкарі три години з Фіданом.\nВ среду Кушнер провел в Москве около трех часов с Дмитриевым.',
    want: [
      { date: '2026-03-11', place: 'Ankara', status: 'held', with: ['andrii-sybiha', 'hakan-fidan'] },
      { date: '2026-03-11', place: 'Moscow', status: 'held', with: ['jared-kushner', 'kirill-dmitriev'] },
    ],
  },
  {
    name: 'trap: hours spent without anyone ("провів три години в дорозі") are no meeting',
    date: '2026-03-12',
    text: 'Учора Зеленський провів три години в дорозі до Львова.',
    want: [],
  },
  {
    name: 'uk and ru talking with someone where the sentence puts them is a meeting there',
    date: '2026-03-12',
    text: '2 червня 2025 року у Стамбулі Умєров уперше розмовляв з російською делегацією без посередників.\nВ понедельник в Женеве Умеров разговаривал с Рубио о плане.',
    want: [
      { date: '2025-06-02', place: 'Istanbul', status: 'held', with: ['rustem-umerov'] },
      { date: '2026-03-09', place: 'Geneva', status: 'held', with: ['rustem-umerov', 'marco-rubio'] },
    ],
  },
  {
    name: 'trap: talking with someone without a place, or with journalists, is no meeting',
    date: '2026-03-12',
    text: 'Зеленський говорив з Макроном про гарантії.\nУ Києві Сибіга говорив з журналістами.',
    want: [],
  },
  {
    name: 'uk and ru the topic of a held call is no doubt about it ("про можливий обмін", "о возможном визите")',
    date: '2026-03-12',
    text: 'Умєров і Віткофф поговорили телефоном про можливий обмін.\nЛавров и Фидан поговорили по телефону о возможном визите.',
    want: [
      { kind: 'phone', status: 'held', with: ['rustem-umerov', 'steve-witkoff'] },
      { kind: 'phone', status: 'held', with: ['sergei-lavrov', 'hakan-fidan'] },
    ],
  },
  // ── Set 8's classes: talking as a plan, sitting down at the table ───────────────────
  {
    name: 'uk and ru talking at a distance as an obligation or intention is a planned call ("має поговорити телефоном", "должен поговорить по телефону", "планують порозмовляти")',
    date: '2026-09-14',
    text: 'Завтра Сибіга має поговорити телефоном з Фіданом.\nЛавров должен поговорить по телефону с Рубио в четверг.\nУмєров і Віткофф планують порозмовляти по відеозв\'язку.',
    want: [
      { kind: 'phone', status: 'planned', date: '2026-09-15', with: ['andrii-sybiha', 'hakan-fidan'] },
      { kind: 'phone', status: 'planned', date: '2026-09-17', with: ['marco-rubio', 'sergei-lavrov'] },
      { kind: 'video', status: 'planned', with: ['rustem-umerov', 'steve-witkoff'] },
    ],
  },
  {
    name: 'trap: an obligation to talk with the press, or talking without a manner, is no call ("має поговорити з журналістами")',
    date: '2026-09-14',
    text: 'Увечері Сибіга має поговорити з журналістами.',
    want: [],
  },
  {
    name: 'uk and ru sitting down at the table with someone or at a place is a meeting ("сіли за стіл з", "сели за стол с", "сиділа за столом поруч із", "сели за стол в …")',
    date: '2026-09-14',
    text: 'У понеділок у Женеві Умєров уперше сів за стіл з Віткоффом.\nВо вторник Лавров и Фидан снова сели за стол в Стамбуле.\nНавесні Сибіга сиділа за столом поруч із Фіданом в Анкарі.',
    want: [
      { status: 'held', date: '2026-09-14', place: 'Geneva', with: ['rustem-umerov', 'steve-witkoff'] },
      { status: 'held', date: '2026-09-08', place: 'Istanbul', with: ['hakan-fidan', 'sergei-lavrov'] },
      { status: 'held', place: 'Ankara' },
    ],
  },
  {
    name: 'trap: "сісти за стіл переговорів" is negotiating in general, and a desk is no meeting ("сів за стіл у кабінеті")',
    date: '2026-09-14',
    text: 'Кремль закликав Київ сісти за стіл переговорів з Москвою.\nВвечері Зеленський сів за стіл у своєму кабінеті й писав звернення.',
    want: [],
  },
  // ── Not meetings: claims the article does not vouch for ────────────────────────────
  {
    name: 'uk and ru a rumour, a reader\'s question whether something is true, or what a correction owns up to, tells no meeting',
    date: '2026-09-14',
    text: 'Чутки, ніби Умєров таємно зустрічався з Дмитрієвим у Дубаї, не підтвердилися.\nПравда ли, что Уиткофф встречался с Ушаковым в Баку?\nРаніше ми помилково повідомили, що Сибіга провів переговори з Фіданом в Анкарі.\nСлухи о том, что Лавров летал в Эр-Рияд на встречу с Рубио, опровергли в МИД.',
    want: [],
  },
  {
    name: 'trap: a meeting told before the claim in the same sentence stays ("зустрівся …, а чутки, ніби …")',
    date: '2026-09-14',
    text: 'Учора Умєров зустрівся з Віткоффом у Женеві, а чутки, ніби вони бачилися й у Дубаї, не підтвердилися.',
    want: [{ date: '2026-09-13', place: 'Geneva', status: 'held', with: ['rustem-umerov', 'steve-witkoff'] }],
  },
  {
    name: 'uk and ru a meeting others call premature is not one planned ("вважають передчасною", "считают преждевременной")',
    date: '2026-09-14',
    text: 'У Києві тристоронню зустріч вважають передчасною.\nВ Кремле новую встречу лидеров считают «преждевременной».',
    want: [],
  },
  {
    name: 'uk and ru a meeting dreamt of is none ("мріяв про зустріч", "мечтала о встрече")',
    date: '2026-09-14',
    text: 'Перекладач зізнається, що мріяв працювати на зустрічі Зеленського з Трампом.\nОна давно мечтала о встрече с Макроном.',
    want: [],
  },
  // ── Not meetings: sport and audiences ──────────────────────────────────────────────
  {
    name: 'uk and ru a team\'s match, a friendly or a game against a club is no meeting ("збірна … зустрінеться з …", "товарищеская встреча", "встреча … против «…»", "со счетом")',
    date: '2026-09-14',
    text: 'Збірна Польщі з волейболу в суботу зустрінеться з Італією у Варшаві, і до політики ця зустріч не має стосунку.\nВ Казани прошла товарищеская встреча ветеранов хоккея.\nА «Торпедо» ближайшую встречу сыграет в кубке — 20 сентября против «Урала».\nВстреча завершилась со счетом 1:1.',
    want: [],
  },
  {
    name: 'uk and ru a game told by its outcome is no meeting ("зустріч … завершилася нічиєю", "встреча … вничью")',
    date: '2026-09-14',
    text: 'Учора у Львові зустріч ветеранів «Карпат» і «Динамо» завершилася нічиєю.\nВ субботу в Казани встреча двух команд закончилась вничью.',
    want: [],
  },
  {
    name: 'uk and ru a game between two names in quotes is no meeting ("зустріч «…» і «…»", "встреча «…» с «…»")',
    date: '2026-09-14',
    text: 'У неділю в Одесі відбудеться зустріч «Чорноморця» і «Руху» в межах туру.\nВ субботу в Казани пройдет встреча «Рубина» с «Ростовом».',
    want: [],
  },
  {
    name: 'trap: a format in quotes with a named party is a meeting ("зустріч «нормандської четвірки» з …")',
    date: '2026-09-14',
    text: 'Учора в Женеві відбулася зустріч «коаліції охочих» з Умєровим.',
    want: [{ date: '2026-09-13', place: 'Geneva', status: 'held' }],
  },
  {
    name: 'trap: a meeting of the presidents\' teams is a meeting',
    date: '2026-09-14',
    text: 'Учора в Женеві відбулася зустріч команд Зеленського і Трампа.',
    want: [{ date: '2026-09-13', place: 'Geneva', status: 'held' }],
  },
  {
    name: 'trap: a meeting set against the match by ", а" stays ("Сборная … встретится с …, а Лавров встретился с …")',
    date: '2026-09-14',
    text: 'Сборная Сербии по баскетболу в среду встретится с Грецией, а Лавров в Белграде встретился с Фиданом.',
    want: [{ place: 'Belgrade', status: 'held', with: ['hakan-fidan', 'sergei-lavrov'] }],
  },
  {
    name: 'uk and ru a committee\'s or commission\'s own sitting is no meeting ("Комітет … на засіданні розглянув", "на заседании комиссии")',
    date: '2026-09-14',
    text: 'Комітет з питань безпеки на засіданні 10 вересня розглянув звіт уряду.\nНа заседании комиссии 11 сентября в Москве депутаты обсудили законопроект.',
    want: [],
  },
  {
    name: 'trap: a sitting of a contact group or a meeting of two named people stays',
    date: '2026-09-14',
    text: 'Учора в Женеві відбулося засідання контактної групи з Умєровим і Віткоффом.',
    want: [{ date: '2026-09-13', place: 'Geneva', status: 'held' }],
  },
  {
    name: 'uk and ru a gathering of an audience is no meeting ("зустріч випускників", "зустріч з читачами", "встреча с избирателями", "встреча с автором")',
    date: '2026-09-14',
    text: 'У суботу в ліцеї відбудеться зустріч випускників.\nУ Києві пройде зустріч з читачами нової книжки.\nВ Москве депутат провел встречу с избирателями.\nВ библиотеке 20 сентября состоится встреча с автором.',
    want: [],
  },

  // ── A weekly review: a bare weekday heads each day's entry ──────────────────────────
  {
    name: 'uk weekly review: "Вівторок." and "Четвер." date their entries within the week',
    date: '2029-04-13',
    text: 'Вівторок. Умєров провів переговори з Віткоффом в Осло.\nЧетвер. Сибіга поговорив телефоном з Рубіо.',
    want: [
      { date: '2029-04-10', place: 'Oslo', status: 'held' },
      { date: '2029-04-12', kind: 'phone', status: 'held' },
    ],
  },
  {
    name: 'ru weekly review: "Понедельник:" dates the entry; a weekday mid-text does not',
    date: '2029-04-13',
    text: 'Понедельник: Лавров встретился с Фиданом в Анкаре.\nРабота продолжится, сказал Песков, понедельник был тяжелым.',
    want: [{ date: '2029-04-09', place: 'Ankara', status: 'held' }],
  },
  // ── A host who will receive: the weekday ahead, a guest by role or before the verb ─────
  {
    name: 'ru "примет британского коллегу … в четверг": a planned meeting, the Thursday ahead',
    date: '2029-04-13',
    text: 'Лавров примет британского коллегу в Вене в четверг.',
    want: [{ date: '2029-04-19', place: 'Vienna', status: 'planned' }],
  },
  {
    name: 'uk the guests before the verb: "Американців у понеділок прийме Зеленський"',
    date: '2029-04-13',
    text: 'Американців у понеділок прийме Зеленський у Києві.',
    want: [{ date: '2029-04-16', place: 'Kyiv', status: 'planned' }],
  },
  {
    name: 'uk the guests as a noun right before the verb, the host by title after it: "делегацію прийме президент"',
    date: '2029-04-13',
    text: 'У четвер у Варшаві делегацію прийме президент Польщі.',
    want: [{ date: '2029-04-19', place: 'Warsaw', status: 'planned' }],
  },
  {
    name: 'uk trap: "прийме рішення у четвер" is no meeting',
    date: '2029-04-13',
    text: 'Уряд прийме рішення у четвер.',
    want: [],
  },
  // ── Reports denied and meetings only alleged ────────────────────────────────────────
  {
    name: 'uk a denied report of a meeting is none; the meeting told next to it is kept',
    date: '2029-04-13',
    text: 'Сибіга спростував інформацію про зустріч Умєрова з Мединським у Стамбулі. Учора Сибіга поговорив телефоном з Рубіо.',
    want: [{ date: '2029-04-12', kind: 'phone', status: 'held' }],
  },
  {
    name: 'ru a meeting only alleged ("о якобы готовящейся встрече") is none',
    date: '2029-04-13',
    text: 'В Кремле ничего не знают о якобы готовящейся встрече Лаврова и Рубио в Вене.',
    want: [],
  },
  {
    name: 'uk trap: what is alleged is not the meeting ("про нібито обстріл у телефонній розмові")',
    date: '2029-04-13',
    text: 'У середу Сибіга розповів про нібито обстріл у телефонній розмові з Рубіо.',
    want: [{ date: '2029-04-11', kind: 'phone', status: 'held' }],
  },
  // ── A day after the publication is never a recollection ─────────────────────────────
  {
    name: 'uk "попередня дата" (provisional) with a day ahead is a plan, not a recollection',
    date: '2029-03-02',
    text: 'Сімнадцяте березня — попередня дата п\'ятого раунду у Відні.',
    want: [{ date: '2029-03-17', place: 'Vienna', status: 'planned', recalled: false }],
  },
  {
    name: 'ru "ранее намеченная встреча" with a day ahead is a plan',
    date: '2029-03-02',
    text: 'Ранее намеченная встреча в Дохе пройдет 15 марта.',
    want: [{ date: '2029-03-15', place: 'Doha', status: 'planned', recalled: false }],
  },
  {
    name: 'uk trap: the previous round with a day already past stays a recollection',
    date: '2029-03-02',
    text: 'Попередній раунд у Відні відбувся 20 лютого.',
    want: [{ date: '2029-02-20', place: 'Vienna', status: 'held' }],
  },
  {
    name: 'ru a remote participant of talks (imperfective "подключался") does not make them a video call',
    date: '2029-03-02',
    text: 'Вчера в Дохе Умеров провел переговоры с Уиткоффом, а Кушнер подключался по видеосвязи.',
    want: [{ date: '2029-03-01', place: 'Doha', kind: 'in-person', status: 'held' }],
  },
  // ── Hearsay opening a sentence tells no meeting ──────────────────────────────────────
  {
    name: 'uk and ru hearsay opening the sentence is no meeting ("Кажуть, що …", "А кажуть, ніби …", "— Говорят, вы …", "Поговаривают, что …")',
    date: '2030-03-10',
    text: 'Кажуть, що Сибіга таємно зустрічався з Фіданом у Стамбулі.\nА кажуть, ніби ви бачилися й зустрічалися з Мединським в Абу-Дабі.\n— Говорят, вы встречались с Рубио в Вене.\nПоговаривают, что Ушаков встретился с Кушнером в Дохе.',
    want: [],
  },
  {
    name: 'trap: "як кажуть"/"как говорят" inside a sentence and a speaker after the news keep the meeting',
    date: '2030-03-10',
    text: 'Як кажуть у МЗС, учора Сибіга зустрівся з Фіданом в Анкарі.\nВчера Лавров встретился с Фиданом в Стамбуле, говорят дипломаты.',
    want: [
      { date: '2030-03-09', place: 'Ankara', status: 'held', with: ['andrii-sybiha', 'hakan-fidan'] },
      { date: '2030-03-09', place: 'Istanbul', status: 'held', with: ['sergei-lavrov', 'hakan-fidan'] },
    ],
  },
  // ── An interview's credit line is no meeting ─────────────────────────────────────────
  {
    name: 'uk and ru an interview\'s credit line is no meeting ("Розмову записано у Львові.", "Бесіду вела …", "Разговор записан в Минске.")',
    date: '2030-03-10',
    text: 'Розмову записано у Львові.\nБесіду вела Олена Гай у Варшаві.\nРазговор записан в Минске.\nБеседу подготовил Антон Ларин в Москве.',
    want: [],
  },
  {
    name: 'trap: a conversation two people held, told object first, stays ("Розмову провели …", "Беседу … провели в Анкаре")',
    date: '2030-03-10',
    text: 'Розмову Сибіга і Фідан провели в Анкарі у вівторок.\nБеседу Лавров и Фидан провели в Стамбуле в среду.',
    want: [
      { place: 'Ankara', status: 'held', with: ['andrii-sybiha', 'hakan-fidan'] },
      { place: 'Istanbul', status: 'held', with: ['sergei-lavrov', 'hakan-fidan'] },
    ],
  },
  // ── "Бесіда"/"беседа" and "побеседовал" are conversations like "розмова", "поговорив" ──
  {
    name: 'uk and ru a long conversation held ("провели тривалу бесіду", "провели долгую беседу", "побеседовал с", "побесідував з")',
    date: '2030-03-10',
    text: 'Учора у Варшаві Сибіга і Сікорський провели тривалу бесіду.\nВ среду в Анкаре Лавров и Фидан провели многочасовую беседу.\nУшаков вчера побеседовал с Кушнером в Дохе.\nУ понеділок Умєров побесідував з Віткоффом у Женеві.',
    want: [
      { date: '2030-03-09', place: 'Warsaw', status: 'held', with: ['andrii-sybiha'] },
      { date: '2030-03-06', place: 'Ankara', status: 'held', with: ['sergei-lavrov', 'hakan-fidan'] },
      { date: '2030-03-09', place: 'Doha', status: 'held', with: ['yuri-ushakov', 'jared-kushner'] },
      { date: '2030-03-04', place: 'Geneva', status: 'held', with: ['rustem-umerov', 'steve-witkoff'] },
    ],
  },
  {
    name: 'trap: an interview\'s "Беседовал …", a talk with the press, and "это/це … беседа" summing up are no meeting',
    date: '2030-03-10',
    text: 'Беседовал Иван Петров.\nВчера Лавров побеседовал с журналистами в Москве.\nЦе була найдовша бесіда Сибіги з Фіданом.\nНапомним, это первая столь долгая беседа Лаврова с Рубио.',
    want: [],
  },
  // ── A live blog's post time ──────────────────────────────────────────────────────────
  {
    name: 'uk and ru a live blog\'s day with the hour dates what its post tells ("12 березня, 18:40.", "13 марта, 10:15.")',
    date: '2030-03-14',
    text: '12 березня, 18:40. У Женеві Умєров зустрівся з Віткоффом.\n13 марта, 10:15. В Вене начался раунд переговоров Умерова и Уиткоффа.',
    want: [
      { date: '2030-03-12', place: 'Geneva', status: 'held' },
      { date: '2030-03-13', place: 'Vienna', status: 'held' },
    ],
  },
  {
    name: 'trap: a plan told in a timed post does not take the post\'s day ("14 марта, 08:45. … созвонятся в ближайшие дни")',
    date: '2030-03-14',
    text: '14 марта, 08:45. Песков: Путин и Трамп созвонятся в ближайшие дни.\n14 березня, 09:30. Сибіга зустрінеться з Фіданом найближчим часом.',
    want: [
      { date: null, kind: 'phone', status: 'planned' },
      { date: null, status: 'planned' },
    ],
  },
  // ── Not meetings: a parliament's sitting, national teams, festivals ──────────────────
  {
    name: 'uk and ru a parliament\'s own sitting is no meeting ("у Верховній Раді відбулося засідання", "пленарное заседание", "у парламенті … пройшло засідання")',
    date: '2030-03-10',
    text: 'Учора у Верховній Раді відбулося засідання, присвячене бюджету.\nВ четверг Госдума провела пленарное заседание в Москве.\nУ парламенті Польщі пройшло засідання щодо допомоги Україні.\nВ пятницу Сейм провел внеочередное заседание в Варшаве.',
    want: [],
  },
  {
    name: 'trap: a sitting someone holds, and a meeting after a speech in parliament, stay',
    date: '2030-03-10',
    text: 'Учора Зеленський провів засідання Ставки в Києві.\nПісля виступу в парламенті Сибіга зустрівся з Фіданом в Анкарі.',
    want: [
      { date: '2030-03-09', place: 'Kyiv', status: 'held' },
      { place: 'Ankara', status: 'held', with: ['andrii-sybiha', 'hakan-fidan'] },
    ],
  },
  {
    name: 'uk and ru a game of national teams named after the word is no meeting ("зустріч збірних", "встреча сборных"), nor a festival\'s title',
    date: '2030-03-10',
    text: 'У неділю у Варшаві відбудеться зустріч збірних Польщі та України з волейболу.\nВ субботу в Минске пройдет встреча сборных по хоккею.\nВ Вене на этой неделе проходил кинофестиваль «Встречи».\nУ Львові відкрився фестиваль «Зустрічі на межі».',
    want: [],
  },
  {
    name: 'trap: a meeting named before a game of national teams stays',
    date: '2030-03-10',
    text: 'Зустріч Умєрова з Віткоффом відбулася вчора в Женеві після матчу збірних.',
    want: [{ date: '2030-03-09', place: 'Geneva', status: 'held', with: ['rustem-umerov', 'steve-witkoff'] }],
  },
  // ── Not meetings: a meeting verb told as alleged, meetings counted ───────────────────
  {
    name: 'uk and ru a meeting verb told as alleged is none ("нібито зустрічався", "якобы встречался", "якобы созвонился")',
    date: '2030-03-10',
    text: 'Умєров нібито зустрічався з Мединським у Стамбулі.\nВ МИД отказались комментировать сообщения, что Лавров якобы встречался с Сибигой в Вене.\nУиткофф якобы созвонился с Ушаковым в пятницу.',
    want: [],
  },
  {
    name: 'trap: what is alleged is a statement, not the meeting ("якобы заявил … на встрече")',
    date: '2030-03-10',
    text: 'Рубио якобы заявил об этом на встрече с Лавровым в Вене вчера.',
    want: [{ date: '2030-03-09', place: 'Vienna', status: 'held', with: ['marco-rubio', 'sergei-lavrov'] }],
  },
  {
    name: 'uk and ru meetings counted are no one meeting ("підсумки двох раундів", "после трех встреч", "обох зустрічей")',
    date: '2030-03-10',
    text: 'Сторони обговорили підсумки двох раундів переговорів у Женеві.\nПосле трех встреч в Стамбуле стороны так и не договорились.\nПро результати обох зустрічей у Відні не повідомляли.',
    want: [],
  },
  {
    name: 'trap: a number after the meeting word counts its people ("зустріч двох лідерів", "встреча трех министров")',
    date: '2030-03-10',
    text: 'Зустріч двох лідерів відбулася вчора в Анкарі.\nВстреча трех министров прошла вчера в Вене.',
    want: [
      { date: '2030-03-09', place: 'Ankara', status: 'held' },
      { date: '2030-03-09', place: 'Vienna', status: 'held' },
    ],
  },
  // ── A talk of two beside a round: face to face, in a break, in the lobby ─────────────
  {
    name: 'uk two people face to face beside a round of talks are another meeting, that day and there ("зустрілися віч-на-віч")',
    date: '2030-03-10',
    text: 'Учора в Женеві стартував новий раунд переговорів.\nУмєров і Мединський увечері зустрілися віч-на-віч.',
    want: [
      { date: '2030-03-09', place: 'Geneva', status: 'held' },
      { date: '2030-03-09', place: 'Geneva', status: 'held', with: ['rustem-umerov', 'vladimir-medinsky'] },
    ],
    events: 'ab',
  },
  {
    name: 'ru and uk a talk in a break or in the lobby of a round is another meeting ("в перерыве побеседовал", "у кулуарах поговорив")',
    date: '2030-03-10',
    text: 'Вчера в Стамбуле начался раунд переговоров делегаций.\nВ перерыве Умеров побеседовал с Мединским.\nУчора у Відні почався раунд переговорів.\nУ кулуарах Сибіга поговорив з Фіданом.',
    want: [
      { date: '2030-03-09', place: 'Istanbul', status: 'held' },
      { date: '2030-03-09', place: 'Istanbul', status: 'held', with: ['rustem-umerov', 'vladimir-medinsky'] },
      { date: '2030-03-09', place: 'Vienna', status: 'held' },
      { date: '2030-03-09', place: 'Vienna', status: 'held', with: ['andrii-sybiha', 'hakan-fidan'] },
    ],
    events: 'abcd',
  },
  {
    name: 'trap: the heads of delegations meeting, told without an aside word, are the round itself',
    date: '2030-03-10',
    text: 'Учора в Женеві стартував новий раунд переговорів.\nУмєров і Мединський зустрілися в Женеві.',
    want: [
      { date: '2030-03-09', place: 'Geneva', status: 'held' },
      { date: '2030-03-09', place: 'Geneva', status: 'held' },
    ],
    events: 'aa',
  },
  // ── On the sidelines of a larger meeting ─────────────────────────────────────────────
  {
    name: 'uk and ru a meeting on the sidelines or in the lobby of a summit is another meeting, that day and there ("на полях саміту", "в кулуарах саммита")',
    date: '2030-03-10',
    text: 'Учора в Римі відбувся саміт лідерів.\nНа полях саміту Зеленський провів зустріч із Мелоні.\nВчера в Вене открылся саммит ОБСЕ.\nВ кулуарах саммита Лавров встретился с Фиданом.',
    want: [
      { date: '2030-03-09', place: 'Rome', status: 'held' },
      { date: '2030-03-09', place: 'Rome', status: 'held', with: ['volodymyr-zelensky', 'giorgia-meloni'] },
      { date: '2030-03-09', place: 'Rome' },
      { date: '2030-03-09', place: 'Vienna', status: 'held' },
      { date: '2030-03-09', place: 'Vienna', status: 'held', with: ['sergei-lavrov', 'hakan-fidan'] },
      { date: '2030-03-09', place: 'Vienna' },
    ],
    events: 'abacdc',
  },
  {
    name: 'trap: "того ж дня" after a meeting on the sidelines takes that meeting\'s day, not the conference\'s',
    date: '2030-03-10',
    text: 'У суботу на полях конференції Сибіга зустрівся з Рубіо. Того ж дня у Відні Сибіга провів переговори з Фіданом.',
    want: [
      { date: '2030-03-09', status: 'held', with: ['andrii-sybiha', 'marco-rubio'] },
      { status: 'held' },
      { date: '2030-03-09', place: 'Vienna', status: 'held', with: ['andrii-sybiha', 'hakan-fidan'] },
    ],
  },
  {
    name: 'uk and ru a meeting someone fantasises about is none ("фантазує про зустріч", "фантазируют о встрече")',
    date: '2030-03-10',
    text: 'У Брюсселі дехто фантазує про зустріч Трампа й Путіна на Мальті.\nНекоторые в Вене фантазируют о встрече Путина и Трампа в Женеве.',
    want: [],
  },
  // ── Meetings set 12 revealed: the subjunctive, chronology lines ─────────────────────
  {
    name: 'ru a meeting in the subjunctive ("встретились бы") is imagined, not held',
    date: '2029-05-10',
    text: 'Допустим, Лавров и Рубио вчера встретились бы в Вене: о чем бы они договорились?',
    want: [],
  },
  {
    name: 'ru the subjunctive before the verb ("бы … провели переговоры")',
    date: '2029-05-10',
    text: 'Эксперты считают, что делегации Умерова и Мединского лучше бы провели переговоры в Женеве.',
    want: [],
  },
  {
    name: 'uk a meeting in the subjunctive ("зустрілися б") is imagined, not held',
    date: '2029-05-10',
    text: 'Уявімо, що Умєров і Віткофф таки зустрілися б у Відні в суботу.',
    want: [],
  },
  {
    name: 'uk the subjunctive "би" after a vowel ("поговорила би")',
    date: '2029-05-10',
    text: 'Сибіга поговорила би з Рубіо телефоном учора, якби не збій зв\'язку.',
    want: [],
  },
  {
    name: 'ru trap: "чтобы" after a meeting held is no subjunctive',
    date: '2029-05-10',
    text: 'Вчера Лавров встретился с Рубио в Вене, чтобы обсудить обмен пленными.',
    want: [{ date: '2029-05-09', place: 'Vienna', status: 'held' }],
  },
  {
    name: 'uk trap: "щоб" and a word cut at the window ("було") leave the meeting held',
    date: '2029-05-10',
    text: 'Учора у Відні Умєров зустрівся з Віткоффом, щоб обговорити обмін, і було вирішено продовжити.',
    want: [{ date: '2029-05-09', place: 'Vienna', status: 'held' }],
  },
  {
    name: 'ru chronology: a numeric date, a dash and a city head the entry ("**11.02.2029** — Доха.")',
    date: '2029-03-02',
    text: '**11.02.2029** — Доха. Лавров провел переговоры с Рубио.\n**19.02.2029** — Вена. Дмитриев и Уиткофф проводят первую встречу.',
    want: [
      { date: '2029-02-11', place: 'Doha', status: 'held' },
      { date: '2029-02-19', place: 'Vienna', status: 'held' },
    ],
  },
  {
    name: 'uk chronology: "14.02.2029 – Відень." heads the entry with its day and city',
    date: '2029-03-02',
    text: '14.02.2029 – Відень. Умєров і Віткофф провели переговори.\n*23.02.2029* — Женева. Сибіга зустрівся з Рубіо.',
    want: [
      { date: '2029-02-14', place: 'Vienna', status: 'held' },
      { date: '2029-02-23', place: 'Geneva', status: 'held' },
    ],
  },
  {
    name: 'uk trap: a speaker after the dated dash is no city, and the meeting keeps its own day',
    date: '2029-03-02',
    text: '**12.02.2029** — Сибіга: переговори з Рубіо відбудуться 20 лютого у Відні.',
    want: [{ date: '2029-02-20', place: 'Vienna', status: 'planned' }],
  },
  {
    name: 'ru a call told, then an offer joined by "и" ("позвонил … и предложил"): the offer does not unmake the call',
    date: '2029-03-02',
    text: 'В среду Лавров позвонил Рубио и вновь предложил Вену как площадку.',
    want: [{ date: '2029-02-28', kind: 'phone', status: 'held' }],
  },
  {
    name: 'uk a call told, then an appeal joined by "та" ("зателефонував … та закликав")',
    date: '2029-03-02',
    text: 'Учора Сибіга зателефонувала Рубіо та закликала посилити тиск.',
    want: [{ date: '2029-03-01', kind: 'phone', status: 'held' }],
  },
  {
    name: 'ru trap: "и" inside the noun phrase leaves "возможна" on the meeting',
    date: '2029-03-02',
    text: 'Встреча Путина и Трампа возможна в Вене.',
    want: [],
  },
  {
    name: 'ru a call told by its verb takes no place from its topic ("обсудили по телефону выборы в Вене")',
    date: '2029-03-02',
    text: 'Вчера Лавров и Рубио обсудили по телефону предстоящие выборы в Вене.',
    want: [{ date: '2029-03-01', place: null, kind: 'phone', status: 'held' }],
  },
  {
    name: 'uk a call told by its verb takes no place from its topic ("обговорили телефоном вибори у Відні")',
    date: '2029-03-02',
    text: 'Учора Сибіга і Рубіо обговорили телефоном майбутні вибори у Відні.',
    want: [{ date: '2029-03-01', place: null, kind: 'phone', status: 'held' }],
  },
  {
    name: 'uk trap: talks in a city with a caller joining by video stay in person, in that city',
    date: '2029-03-02',
    text: 'Учора в Дохе Умєров провів переговори з Віткоффом, а Кушнер долучився по відеозв\'язку.',
    want: [{ date: '2029-03-01', place: 'Doha', kind: 'in-person', status: 'held' }],
  },
];

describe('general rules of meeting mentions', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const found = mentionsOf(c.text, c.date);
    const described = JSON.stringify(found.map((m) => ({ ...m, sentence: m.sentence.slice(0, 40) })));
    expect(found, described).toHaveLength(c.want.length);
    c.want.forEach((want, i) => {
      const { with: people, ...fields } = want;
      expect(found[i], described).toMatchObject(fields);
      for (const id of people ?? []) expect(found[i]!.participants, described).toContain(id);
    });
    if (c.events) {
      const letters = [...c.events];
      letters.forEach((a, i) =>
        letters.forEach((b, j) => {
          if (j <= i) return;
          const [x, y] = [found[i]!, found[j]!];
          if (a === b) expect(x.event, described).toBe(y.event);
          else expect(x.event, described).not.toBe(y.event);
        }),
      );
    }
  });
});

describe('meetings of one article told apart', () => {
  const records = (text: string, date: string) =>
    mergeMeetings([{ articleId: 'a', articleDate: date, lang: detectLanguage(text).lang ?? 'uk', mentions: mentionsOf(text, date) }], [], actors, gazetteer).map(
      (r) => `${r.date ?? 'undated'} ${r.place ?? '—'} ${r.kind} ${r.status}`,
    );

  it.each([
    [
      'uk talks held today and a leaders\' meeting planned for tonight in the same city are two meetings',
      '2025-11-03',
      'Сьогодні у Римі розпочалися переговори Умєрова з Віткоффом.\nУвечері у Римі відбудеться зустріч лідерів «коаліції охочих».',
      ['2025-11-03 Rome in-person held', '2025-11-03 Rome in-person planned'],
    ],
    [
      'uk a talk planned for tomorrow and a breakfast that day called off, with nobody in common, are two meetings',
      '2025-10-17',
      'Завтра Зеленського чекає розмова з Рубіо.\nА от запланований на суботу сніданок Умєрова з Мерцом скасували.',
      ['2025-10-18 — in-person cancelled', '2025-10-18 — in-person planned'],
    ],
    [
      'ru a meeting planned and the same meeting called off by the same people stay one',
      '2025-10-17',
      'Завтра Зеленского ждет встреча с Рубио.\nВечером встречу Зеленского с Рубио отменили.',
      ['2025-10-18 — in-person cancelled'],
    ],
    [
      'ru a separate bilateral the same day in the same city is a meeting of its own',
      '2025-10-14',
      'В понедельник в Анкаре прошли консультации делегаций Украины и Турции.\nПараллельно Сибига провел отдельную встречу с Фиданом.',
      ['2025-10-13 Ankara in-person held', '2025-10-13 Ankara in-person held'],
    ],
    [
      'uk a call after a conference keeps its format and the conference\'s day',
      '2025-12-12',
      'У середу відбулася відеоконференція лідерів «коаліції охочих».\nПісля конференції Макрон окремо поговорив телефоном зі Стармером.',
      ['2025-12-10 — phone held', '2025-12-10 — video held'],
    ],
    [
      'uk a recalled video call between two people stays a meeting without a day',
      '2025-12-12',
      "Нагадаємо, Макрон і Мерц раніше вже обговорювали гарантії по відеозв'язку.",
      ['undated — video held'],
    ],
    [
      'ru a promise to call back is another call than the one told',
      '2025-12-12',
      'Вчера Макрон имел телефонный разговор с Зеленским.\nВ ближайшие дни Макрон обещает перезвонить Зеленскому.',
      ['2025-12-11 — phone held', 'undated — phone planned'],
    ],
    [
      'uk a meeting set apart with its own day and place is another one, not the talks before',
      '2025-11-13',
      'У вівторок у Досі відбулися переговори делегацій України та США.\nУ вівторок у Досі Єрмак окремо зустрівся з Рубіо.',
      ['2025-11-11 Doha in-person held', '2025-11-11 Doha in-person held'],
    ],
    [
      'ru "еще одна встреча" with its own day and place is another one',
      '2025-11-13',
      'В среду в Стамбуле прошли консультации Умерова и Фидана.\nВ среду в Стамбуле Сибига и Фидан провели еще одну встречу.',
      ['2025-11-12 Istanbul in-person held', '2025-11-12 Istanbul in-person held'],
    ],
    [
      'ru "также состоялась" names another meeting of the same day and place',
      '2025-11-13',
      'Во вторник в Будапеште прошли переговоры Лаврова и Рубио.\nВо вторник в Будапеште также состоялась встреча Уиткоффа с Дмитриевым.',
      ['2025-11-11 Budapest in-person held', '2025-11-11 Budapest in-person held'],
    ],
    [
      'uk "також відбулася" names another meeting of the same day and place',
      '2025-11-13',
      'У середу в Женеві пройшли переговори Умєрова з Віткоффом.\nУ середу в Женеві також відбулася нарада європейських радників.',
      ['2025-11-12 Geneva in-person held', '2025-11-12 Geneva in-person held'],
    ],
    [
      'uk a new round after a postponed one is another meeting',
      '2026-03-02',
      'Раунд переговорів у Стамбулі, запланований на 5 березня, відклали.\nНовий раунд у Стамбулі може відбутися наприкінці березня.',
      ['2026-03-05 Istanbul in-person postponed', 'undated Istanbul in-person planned'],
    ],
    [
      'ru a new meeting after a cancelled one is another meeting',
      '2026-04-05',
      'Встречу в Женеве, намеченную на 10 апреля, отменили.\nНовая встреча в Женеве может пройти в конце апреля.',
      ['2026-04-10 Geneva in-person cancelled', 'undated Geneva in-person planned'],
    ],
    [
      'uk a meeting postponed is not the one the article tells as held',
      '2025-11-13',
      'У вівторок у Берліні Зеленський зустрівся з Мерцом.\nЗустріч Зеленського з Макроном у Берліні відклали.',
      ['2025-11-11 Berlin in-person held', 'undated Berlin in-person postponed'],
    ],
    [
      'ru a call whose time could not be agreed is put off, without the day of the promise',
      '2025-11-14',
      'Согласовать дату телефонного разговора Макрона с Эрдоганом пока не удалось: Елисейский дворец, еще во вторник обещавший звонок, ссылается на график.',
      ['undated — phone postponed'],
    ],
    [
      'uk a call whose time could not be agreed is put off',
      '2025-11-14',
      'Узгодити час телефонної розмови Стармера з Ердоганом так і не вдалося.',
      ['undated — phone postponed'],
    ],
    [
      'uk an in-person meeting of two named people discussed as a plan stays undated and unplaced',
      '2025-11-14',
      'Зустріч Мерца і Ердогана, яку в Берліні обговорювали ще влітку, сторони планують провести взимку.',
      ['undated — in-person planned'],
    ],
  ] as const)('%s', (_, date, text, want) => {
    expect(records(text, date).sort()).toEqual([...want].sort());
  });

  it.each([
    ['uk a meeting after a summit is named a meeting, not a summit', '2025-11-04', 'Після саміту «коаліції охочих» у Римі Зеленський зустрівся з Мелоні.', 'Zelensky–Meloni meeting in Rome'],
    ['ru a venue named by a common noun takes "the"', '2025-10-18', 'Трамп принял Зеленского в Овальном кабинете.', 'Trump–Zelensky meeting at the Oval Office'],
  ] as const)('title: %s', (_, date, text, title) => {
    const found = mergeMeetings([{ articleId: 'a', articleDate: date, lang: detectLanguage(text).lang ?? 'uk', mentions: mentionsOf(text, date) }], [], actors, gazetteer);
    expect(found.map((r) => r.title)).toContain(title);
  });

  it.each([
    [
      'uk a later undated mention with other words joins the one meeting of the story',
      '2025-12-05',
      'У четвер у Брюсселі Зеленський зустрівся з Рютте.\nНАТО готує новий пакет допомоги.\nЄвросоюз обговорює санкції.\nЕнергетики відновлюють мережі.\nПереговори тривали дві години, у них взяв участь і Умєров.',
      'rustem-umerov',
    ],
    [
      'ru a later undated mention with other words joins the one meeting of the story',
      '2025-12-05',
      'В четверг в Брюсселе Зеленский встретился с Рютте.\nНАТО готовит новый пакет помощи.\nЕвросоюз обсуждает санкции.\nЭнергетики восстанавливают сети.\nПереговоры длились два часа, в них участвовал и Умеров.',
      'rustem-umerov',
    ],
  ] as const)('%s', (_, date, text, id) => {
    const found = mergeMeetings([{ articleId: 'a', articleDate: date, lang: detectLanguage(text).lang ?? 'uk', mentions: mentionsOf(text, date) }], [], actors, gazetteer);
    expect(found).toHaveLength(1);
    expect(found[0]!.participants).toContain(id);
  });
});

describe('cost of the rules', () => {
  it('stays linear in one long paragraph full of "там", trips, sequences and possibilities', () => {
    const sentence =
      'Делегації прилетіли до Женеви. Там у вівторок відбулися переговори. Після переговорів Умєров окремо поговорив телефоном з Рубіо. ' +
      'Новий раунд може відбутися наступного тижня у Стамбулі, як повідомили в Києві. У жовтні там відбулася зустріч. ';
    const run = (n: number) => {
      const blocks = [{ text: sentence.repeat(n) }];
      const started = performance.now();
      findMeetingMentions(blocks, { lang: 'uk', date: '2025-12-10', mentions: [], textDates: findTextDates(blocks, '2025-12-10') }, gazetteer);
      return performance.now() - started;
    };
    run(50);
    const small = Math.max(run(150), 1);
    const large = run(1200);
    expect(large / small).toBeLessThan(8 * 3);
  });
});
