/**
 * General rules of Ukrainian and Russian news language found missing in full-length articles,
 * where meetings are a minority amid positions, figures, briefings and votes. Each rule is
 * tested on sentences written for these tests (real negotiators from the knowledge base, the
 * events made up), as the records one article adds up to:
 *
 * - dining or talking just the two of them ("вечеряли вдвох", "говорили віч-на-віч") is a
 *   meeting, beside the round it took place at, not the round itself;
 * - a live blog's dateline on a line of its own dates the post below it;
 * - a meeting told with its length ("трехдневный раунд … завершился вчера", "тривають уже
 *   третій день") began days before the day told;
 * - a place before a semicolon is not the place of a meeting word after it;
 * - a sitting of a parliament or of the EU's councils, or one MPs hold, is no meeting;
 * - an obligation ("мають прибути", "должны прилететь") or a start in the present
 *   ("стартують") on a weekday points to the coming one;
 * - "Він пройде …", "Она состоялась …" after a sentence ending with a meeting noun is that
 *   meeting, with the day and place of its own sentence;
 * - a span of weekdays ("с понедельника по среду", "від вівторка до четверга") dates a
 *   meeting by its first day;
 * - a visit told called off after its noun ("візит … скасували", "визит … сорвался") is a
 *   meeting, when it names a visitor or a day; "должен был встретиться" is the plan called off;
 * - a host who "соберет" leaders, a group named before its gathering ("Рабочая группа,
 *   собравшаяся …"), a city after its country's adjective ("у фінському Турку");
 * - "Тогда"/"Тоді" opening a sentence takes the day the sentence before told;
 * - a quoted paragraph nobody is said to have said (a claim a fact-check weighs) tells no
 *   meeting; "по состоянию на"/"станом на" is the day the news holds as of; information on
 *   how talks go, a committee's note, keeping in touch, following the talks are no meetings;
 * - a question with neither day nor people tells no meeting; "Того ж дня" with no meeting told
 *   before takes the day of the sentence (or interview question) just before;
 * - "ни места, ни даты пока нет" leaves no meeting; "любого саммита", "жодних зустрічей" name
 *   none; sitting across from someone ("сів навпроти делегації") is a meeting;
 * - talk of a topic going on ("Разговор о санкциях идет", "іде розмова про") is no conversation;
 * - a city, then two people joined by "і/и" who "обговорювали/обсуждали" something, met there;
 *   a participle "встречавшийся с …" recalls a meeting.
 */
import { describe, expect, it } from 'vitest';
import { findTextDates } from '../../../src/extract/dates/index.ts';
import { recordsOf } from './meetings-of-text.ts';

const records = (text: string, date: string) => recordsOf(text, date);

type Case = readonly [name: string, date: string, text: string, want: readonly string[]];

const CASES: readonly Case[] = [
  // ── Just the two of them ─────────────────────────────────────────────────────────────
  [
    'uk two people dining "вдвох" during a round is a meeting of its own',
    '2026-03-12',
    'У понеділок у Женеві розпочався раунд переговорів Умєрова і Мединського.\nУ вівторок увечері Умєров і Мединський вечеряли вдвох у ресторані готелю.',
    ['2026-03-09 Geneva in-person held', '2026-03-10 — in-person held'],
  ],
  [
    'ru two people dining "вдвоем" told after the round is not the round itself',
    '2026-03-12',
    'Раунд переговоров Умерова и Мединского прошел 9 марта в Стамбуле.\nВ тот же вечер Умеров и Мединский около двух часов ужинали вдвоем.',
    ['2026-03-09 Istanbul in-person held', '2026-03-09 Istanbul in-person held'],
  ],
  [
    'uk talking "віч-на-віч" is a meeting, planned when told in the future',
    '2026-03-12',
    'Учора Сибіга і Фідан годину говорили віч-на-віч у Стамбулі.\nЗавтра Сибіга і Рубіо поговорять наодинці в Женеві.',
    ['2026-03-11 Istanbul in-person held', '2026-03-13 Geneva in-person planned'],
  ],
  [
    'ru a meal with nobody named is still no meeting',
    '2026-03-12',
    'Вечером делегаты ужинали в ресторане отеля.',
    [],
  ],
  // ── A dateline on its own line ──────────────────────────────────────────────────────
  [
    'uk a live blog\'s dateline line dates the post below it, not the day of publication',
    '2026-04-16',
    '14 квітня, 09:30\nУ Дохі розпочався раунд переговорів Умєрова з Віткоффом.\n16 квітня, 12:00\nСибіга сьогодні зустрівся з Фіданом в Анкарі.',
    ['2026-04-14 Doha in-person held', '2026-04-16 Ankara in-person held'],
  ],
  [
    'ru a dateline line does not date a plan told in the post',
    '2026-04-16',
    '16 апреля, 10:15\nЛавров и Рубио встретятся в Женеве в пятницу.',
    ['2026-04-17 Geneva in-person planned'],
  ],
  // ── A meeting told with its length ──────────────────────────────────────────────────
  [
    'ru a three-day round that ended yesterday began two days before',
    '2026-05-22',
    'Трехдневный раунд переговоров Умерова и Мединского завершился вчера в Стамбуле.',
    ['2026-05-19 Istanbul in-person held'],
  ],
  [
    'uk two-day consultations that ended on Wednesday began on Tuesday',
    '2026-05-22',
    'Дводенні консультації Умєрова з Віткоффом у Досі завершилися в середу.',
    ['2026-05-19 Doha in-person held'],
  ],
  [
    'ru a three-day round that will begin on a day keeps that day',
    '2026-05-22',
    'Трехдневный раунд переговоров в Стамбуле начнется 26 мая.',
    ['2026-05-26 Istanbul in-person planned'],
  ],
  [
    'uk talks under way "уже третій день" began two days before publication',
    '2026-05-22',
    'Переговори Умєрова і Мединського у Стамбулі тривають уже третій день.',
    ['2026-05-20 Istanbul in-person held'],
  ],
  [
    'uk talks under way for three days since a day named keep that day',
    '2026-05-22',
    'Переговори у Стамбулі, які розпочалися в середу, тривають уже третій день.',
    ['2026-05-20 Istanbul in-person held'],
  ],
  // ── A semicolon closes a place's statement ──────────────────────────────────────────
  [
    'ru a place before a semicolon is not where the meeting commented after it was',
    '2026-05-22',
    'Раунд переговоров Умерова и Мединского прошел 20 мая в Стамбуле.\nВ субботу Лавров выступит на форуме в Сочи; в МИД не исключают, что он прокомментирует итоги раунда.',
    ['2026-05-20 Istanbul in-person held'],
  ],
  // ── Sittings of parliaments and the EU's councils ───────────────────────────────────
  [
    'uk speaking at a sitting of the European Parliament is no meeting',
    '2026-05-22',
    'Сибіга у вівторок виступив на засіданні Європарламенту в Страсбурзі з промовою про санкції.',
    [],
  ],
  [
    'ru taking part in a sitting of the EU Council is no meeting',
    '2026-05-22',
    'В понедельник Каллас примет участие в заседании Совета ЕС по иностранным делам в Брюсселе.',
    [],
  ],
  [
    'uk MPs who want to hear a negotiator at a closed sitting hold no meeting',
    '2026-05-22',
    'У четвер депутати розглянуть законопроєкт про вибори, а опозиція вимагає заслухати Умєрова на закритому засіданні.',
    [],
  ],
  [
    'uk a sitting of a working group is still a meeting',
    '2026-05-22',
    'У середу в Женеві відбулося засідання робочої групи з питань полонених.',
    ['2026-05-20 Geneva in-person held'],
  ],
  // ── What is to happen on a weekday lies ahead ───────────────────────────────────────
  [
    'uk "мають прибути" on a weekday points to the coming one',
    '2026-05-22',
    'У вівторок Віткофф і Кушнер мають прибути до Москви на зустріч із Путіним.',
    ['2026-05-26 Moscow in-person planned'],
  ],
  [
    'ru "должны прилететь" on a weekday points to the coming one',
    '2026-05-22',
    'Во вторник Уиткофф и Кушнер должны прилететь в Москву на встречу с Путиным.',
    ['2026-05-26 Moscow in-person planned'],
  ],
  [
    'uk consultations that "стартують" on a weekday start on the coming one',
    '2026-05-22',
    'У понеділок у Женеві стартують консультації військових експертів.',
    ['2026-05-25 Geneva in-person planned'],
  ],
  // ── A pronoun going on about the meeting named just before ─────────────────────────
  [
    'uk "Він пройде …" after a sentence ending with a round gives the round its days and place',
    '2026-05-22',
    'Сторони узгоджували позиції перед наступним раундом. Він пройде з 2 по 4 червня у Женеві.',
    ['2026-06-02 Geneva in-person planned'],
  ],
  [
    'ru "Она состоялась …" after a sentence ending with a meeting is that meeting, held',
    '2026-05-22',
    'Эксперты долго спорили о формате будущей встречи. Она состоялась в среду в Стамбуле.',
    ['2026-05-20 Istanbul in-person held'],
  ],
  [
    'uk a pronoun after a sentence about something else tells no meeting',
    '2026-05-22',
    'Мерія презентувала нову виставку. Вона пройде з 2 по 4 червня у Женеві.',
    [],
  ],
  // ── A span of weekdays ──────────────────────────────────────────────────────────────
  [
    'ru a round held "с понедельника по среду" is dated by its Monday',
    '2026-05-22',
    'Раунд переговоров прошел в Стамбуле с понедельника по среду.',
    ['2026-05-18 Istanbul in-person held'],
  ],
  [
    'uk talks to be held "з понеділка по середу" are dated by the coming Monday',
    '2026-05-22',
    'Переговори делегацій пройдуть у Женеві з понеділка по середу.',
    ['2026-05-25 Geneva in-person planned'],
  ],
  // ── A visit called off ──────────────────────────────────────────────────────────────
  [
    'uk a visit planned for a day and called off is a cancelled meeting on that day',
    '2026-05-22',
    'Візит Віткоффа до Москви, запланований на 26 травня, скасували.',
    ['2026-05-26 Moscow in-person cancelled'],
  ],
  [
    'ru a visit of a named person that fell through is a cancelled meeting without a day',
    '2026-05-22',
    'Весной визит Уиткоффа в Москву сорвался.',
    ['undated Moscow in-person cancelled'],
  ],
  [
    'uk a visit that goes ahead is no meeting by itself',
    '2026-05-22',
    'У четвер Зеленський здійснив візит до Херсона.',
    [],
  ],
  [
    'ru a reaction to a cancelled visit is no second meeting',
    '2026-05-22',
    'Визит Уиткоффа в Москву, намеченный на вторник, отменен.\nВ Киеве отмену визита назвали показательной.',
    ['2026-05-26 Moscow in-person cancelled'],
  ],
  [
    'ru bodies announcing that a trip will not take place name no visitor',
    '2026-05-22',
    'Белый дом и Кремль сообщили, что поездка в Россию не состоится.',
    [],
  ],
  [
    'ru "должны были встретиться" after a cancelled visit is that visit',
    '2026-05-22',
    'Визит Уиткоффа в Москву, намеченный на вторник, отменен. Уиткофф должен был встретиться в Кремле с Путиным.',
    ['2026-05-26 Kremlin in-person cancelled'],
  ],
  // ── Gathering and convening ─────────────────────────────────────────────────────────
  [
    'ru a host who "соберет" leaders in a city on a day plans a meeting',
    '2026-05-22',
    '28 мая в финском Турку Стубб соберет лидеров «коалиции желающих».',
    ['2026-05-28 Turku in-person planned'],
  ],
  [
    'uk leaders who "зібралися" on a day in a city named with its country\'s adjective met there',
    '2026-05-22',
    'Лідери «коаліції охочих» зібралися у четвер у фінському Турку.',
    ['2026-05-21 Turku in-person held'],
  ],
  [
    'ru a working group "собравшаяся" on a day met, wherever it was',
    '2026-05-22',
    'Рабочая группа, собравшаяся в прошлую среду в Женеве, согласовала списки.',
    ['2026-05-20 Geneva in-person held'],
  ],
  // ── "Тогда" takes the day the sentence before told ──────────────────────────────────
  [
    'ru "Тогда" opening a sentence dates its call by the day of the sentence before',
    '2026-05-22',
    'Все решилось во вторник. Тогда Лавров и Рубио провели телефонный разговор.',
    ['2026-05-19 — phone held'],
  ],
  [
    'uk "Тоді" with a day of its own keeps it',
    '2026-05-22',
    'Усе вирішилося у вівторок. Тоді ж у середу Сибіга і Фідан провели телефонну розмову.',
    ['2026-05-20 — phone held'],
  ],
  // ── Claims, as-of days, reports, keeping in touch ───────────────────────────────────
  [
    'ru a quoted claim a fact-check weighs is no meeting; its verdict tells none either',
    '2026-05-22',
    '«Лавров тайно встретился с Рубио в Белграде 10 мая»\nВердикт: подтверждений нет.',
    [],
  ],
  [
    'ru a quote with its speaker on the next line is that speaker\'s word',
    '2026-05-22',
    '«Встреча с Рубио в Женеве, намеченная на 2 июня, остается в графике».\n— Сергей Лавров, отвечая на вопрос журналистов.',
    ['2026-06-02 Geneva in-person planned'],
  ],
  [
    'ru "по состоянию на" gives the day the news holds as of, not the meeting\'s',
    '2026-05-22',
    'По состоянию на 20 мая следующий раунд переговоров по-прежнему назначен на 2 июня в Стамбуле.',
    ['2026-06-02 Istanbul in-person planned'],
  ],
  [
    'uk a committee hearing the minister on how talks go holds no meeting',
    '2026-05-22',
    'Комітет заслухав 20 травня інформацію Міністра закордонних справ про хід переговорів.',
    [],
  ],
  [
    'uk a committee hearing ministers named by initials on how talks go holds no meeting',
    '2026-05-22',
    'Комітет на своєму засіданні 20 травня заслухав інформацію А. Сибіги та Р. Умєрова про хід переговорів.',
    [],
  ],
  [
    'uk a note made after the committee\'s sitting tells no meeting',
    '2026-05-22',
    'Довідку підготовлено секретаріатом Комітету за результатами засідання 20.05.2026.',
    [],
  ],
  [
    'uk keeping in touch by phone is no call',
    '2026-05-22',
    'Лавров і Рубіо домовилися підтримувати телефонний контакт.',
    [],
  ],
  [
    'ru following the talks online is no video meeting',
    '2026-05-22',
    'Мы следим за переговорами в Стамбуле в режиме онлайн.',
    [],
  ],
  // ── Questions and answers ───────────────────────────────────────────────────────────
  [
    'ru a question with neither day nor people about talks is no meeting',
    '2026-05-22',
    'Что с переговорами в Стамбуле?',
    [],
  ],
  [
    'uk a question naming the people and a day may still tell a meeting',
    '2026-05-22',
    'Чи зустрінеться Сибіга з Фіданом 28 травня в Анкарі?',
    ['2026-05-28 Ankara in-person planned'],
  ],
  [
    'uk "Того ж дня" in an answer takes the day the question named',
    '2026-05-22',
    '— Ви були в Анкарі 14 травня?\n— Так. Того ж дня ми з Андрієм Сибігою провели переговори з Фіданом.',
    ['2026-05-14 — in-person held'],
  ],
  // ── Nothing pinned down, any meeting at all ─────────────────────────────────────────
  [
    'ru a round with "ни места, ни даты пока нет" is no meeting yet',
    '2026-05-22',
    'Следующий раунд переговоров Умеров хотел бы провести в июне, но ни места, ни даты пока нет.',
    [],
  ],
  [
    'uk a summit "можливий улітку", with neither date nor city yet, is no meeting',
    '2026-05-22',
    'Очний саміт лідерів можливий улітку, але ні дати, ні міста ще немає.',
    [],
  ],
  [
    'ru "важнее любого саммита" names no summit, whatever day the sentence has',
    '2026-05-22',
    '«Если перемирие продлят 1 июня, это будет важнее любого саммита», — говорит эксперт.',
    [],
  ],
  [
    'uk "жодних зустрічей" names no meeting',
    '2026-05-22',
    'У травні жодних зустрічей Сибіги з Лавровим не було.',
    [],
  ],
  [
    'uk sitting across from a delegation in a city is a meeting there',
    '2026-05-22',
    'Уперше Умєров сів навпроти російської делегації у квітні в Стамбулі.',
    ['undated Istanbul in-person held'],
  ],
  // ── Talk of a topic; a round commented on ──────────────────────────────────────────
  [
    'ru "Разговор о санкциях идет" is talk of a topic, no conversation',
    '2026-05-22',
    '— Разговор о санкциях идет, он встроен в экономический трек, который ведет Кирилл Дмитриев.',
    [],
  ],
  [
    'uk "іде розмова про гарантії" is talk of a topic, no conversation',
    '2026-05-22',
    'Між союзниками зараз іде розмова про гарантії безпеки.',
    [],
  ],
  // ── Two people discussing, the place before them ────────────────────────────────────
  [
    'uk a day, a city, then two people who "обговорювали" something: a meeting there',
    '2026-05-22',
    '16 травня у Женеві Умєров і Віткофф обговорювали «економічну частину» угоди.',
    ['2026-05-16 Geneva in-person held'],
  ],
  [
    'ru two people who "обсуждали" something with no place are no meeting',
    '2026-05-22',
    'Уиткофф и Дмитриев давно обсуждали снятие санкций.',
    [],
  ],
  [
    'ru one person at a place who "обсуждал" something with the press is no meeting',
    '2026-05-22',
    'В Женеве Лавров обсуждал с журналистами итоги года.',
    [],
  ],
  [
    'ru a participle "встречавшийся с … в апреле в …" recalls a meeting there',
    '2026-05-22',
    'Лавров, встречавшийся с Рубио в апреле в Женеве, называет этот канал полезным.',
    ['undated Geneva in-person held'],
  ],
];

describe('a span of weekdays', () => {
  it.each([
    ['с понедельника по среду', 'Раунд прошел с понедельника по среду.', '2026-05-18', '2026-05-20'],
    ['від вівторка до четверга', 'Консультації тривали від вівторка до четверга.', '2026-05-19', '2026-05-21'],
    ['з п\'ятниці по понеділок, ahead', 'Делегації працюватимуть з п\'ятниці по понеділок.', '2026-05-22', '2026-05-25'],
  ] as const)('%s', (_, text, first, last) => {
    const [found] = findTextDates([{ text }], '2026-05-22');
    expect(found).toMatchObject({ date: first, endDate: last });
  });
});

describe('meetings in full-length articles', () => {
  it.each(CASES)('%s', (_, date, text, want) => {
    expect(records(text, date)).toEqual([...want].sort());
  });
});
