/**
 * Meeting words in Ukrainian and Russian: the nouns and verbs that name a meeting (talks,
 * calls, summits, sessions), the phrases that use them generically ("мирний процес",
 * "готовність до переговорів"), and the small word classes the other steps look for
 * (recall openers, anaphoric references, delegations, parties).
 *
 * Every pattern is a fixed alternation of word forms with bounded gaps, matched with
 * explicit word boundaries, so scanning is linear in the text.
 */
import { caselessRegExp } from '../../text/case-insensitive-literals.ts';
import { WordStartAlternation } from '../../text/word-start-alternation.ts';
import type { MeetingKind, MeetingStatus } from '../../types.ts';

/** Start and end of a word (letters, digits and in-word hyphens/apostrophes count as word). */
export const B = "(?<![\\p{L}\\p{N}'’ʼ-])";
export const E = "(?![\\p{L}\\p{N}'’ʼ-])";
/** One word and the space after it, for bounded gaps: `(?:${W}){0,2}`. */
export const W = "[\\p{L}'’ʼ-]+[\\s,]+";

/**
 * `B(?:a|b|…)`: the word-start check made once per position rather than once per
 * alternative, which makes V8 scan these long alternations about three times faster.
 */
export function atWordStart(alternatives: readonly string[]): string {
  return `${B}(?:${alternatives.join('|')})`;
}

/**
 * A modifier between a preposition and its noun: a lower-case adjective, ordinal or noun
 * in an oblique case ("першого", "тристоронніх", "другого раунду"), never a verb or a name.
 */
const MODIFIER_WORD =
  "(?![\\p{L}'’ʼ-]*(?:ли|ла|ло)(?:ся|сь)?\\s)\\p{Ll}[\\p{L}'’ʼ-]*(?:ого|ього|ої|ьої|ою|ій|ім|ими|их|іх|ому|ьому|ей|ой|ых|ым|ыми|ую|юю|ів|ов|ах|ях|у|ю|а|я|и|і)";

/** Words that name another event as the earlier one: after, since, the results of. */
const EARLIER_EVENT =
  'продовженн(?:ям|я|і)|продолжени(?:ем|я|и)|після\\s+завершення|по\\s+окончании|по\\s+завершении|після|после|з\\s+часу|із\\s+часу|від\\s+часу|з\\s+моменту|с\\s+момента|со\\s+времени|(?:присвячен\\p{L}*\\s+|посвящен\\p{L}*\\s+)?(?:за\\s+|по\\s+|про\\s+|об?\\s+|щодо\\s+)?(?:результат(?:и|ів|ам|ами|ах)|підсумк(?:и|ів|ам|ами|ах)|итог(?:и|ов|ам|ами|ах)|результат(?:ы|ов))';

/** "наступний раунд", "следующим этапом", "новий раунд": a meeting ahead. */
const NEXT_ROUND =
  '(?:наступн|следующ)\\p{L}*\\s+(?:раунд|етап|этап|зустріч|встреч|засідан|заседан|саміт|саммит)\\p{L}*';

/** Month words (uk, ru) in the cases used after "у/в" and "наприкінці/в конце". */
const MONTH_WORDS =
  'січн\\p{L}*|лют\\p{L}*|березн\\p{L}*|квітн\\p{L}*|травн\\p{L}*|червн\\p{L}*|липн\\p{L}*|серпн\\p{L}*|вересн\\p{L}*|жовтн\\p{L}*|листопад\\p{L}*|грудн\\p{L}*|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[ея]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*';
/** Stems telling the month (1–12) of a month word, uk and ru. */
const MONTH_STEMS: readonly (readonly string[])[] = [
  ['січн', 'январ'],
  ['лют', 'феврал'],
  ['березн', 'март'],
  ['квітн', 'апрел'],
  ['травн', 'ма'],
  ['червн', 'июн'],
  ['липн', 'июл'],
  ['серпн', 'август'],
  ['вересн', 'сентябр'],
  ['жовтн', 'октябр'],
  ['листопад', 'ноябр'],
  ['грудн', 'декабр'],
];

/**
 * What a meeting word names; words of one lemma in two languages refer to the same kind
 * of event (зустріч/встреча → meeting), so a later "розмова" can point back at an earlier
 * "телефонна розмова".
 */
export type TriggerLemma = 'meeting' | 'talks' | 'summit' | 'call' | 'video' | 'session' | 'reference' | 'delegation';

export interface TriggerSpec {
  lemma: TriggerLemma;
  pos: 'noun' | 'verb';
  /** Regex source of the word forms (matched case-insensitively, whole words). */
  forms: string;
  /** The format the word itself says (відеоконференція → video, созвон → phone). */
  kind?: MeetingKind;
  /** The status the word itself says (зустрівся → held, встретятся → planned). */
  status?: MeetingStatus;
  /**
   * A weak word is a meeting only with more evidence: a place, a date, two parties, a
   * status verb (розмова, разговор, консультації, поговорив, подзвонив).
   */
  weak?: boolean;
  /** Only a meeting when a city or venue follows within a few words ("обсуждений в Анкоридже"). */
  needsPlace?: boolean;
  /** Only a meeting when a person is named right after it ("прийняв Віткоффа"). */
  needsObject?: boolean;
  /** Only a meeting when a city, region or venue right after it says where ("обговорили у Женеві"). */
  needsVenue?: boolean;
  /**
   * Only a meeting when two people named before it are at a city or venue written right
   * before it ("Сибіга і Фідан в Анкарі обговорюють …").
   */
  needsPairAtVenue?: boolean;
  /**
   * Only a meeting when two people joined by "і/и/та" are named right before it and a city or
   * venue before them in its clause ("16 жовтня у Женеві Умєров і Віткофф обговорювали …").
   */
  needsPairAfterVenue?: boolean;
  /** Only a meeting when the sentence names a city or venue where it happens ("у Женеві … розмовляв з …"). */
  needsSetting?: boolean;
  /**
   * Only a meeting when told called off or put off ("візит … скасували", "визит сорвался"):
   * a visit goes ahead as visits to the front or to a factory do, with no meeting in it.
   */
  calledOffOnly?: boolean;
  /**
   * Only a meeting when it refers back to one ("після конференції", "у конференції взяли
   * участь"): on its own the word names other events too (a conference on reconstruction).
   */
  referenceBack?: boolean;
}

/** Rounds of something else than talks: "раунд обміну полоненими", "раунд санкций". */
const NOT_TALKS_ROUND =
  'обмін|обмен|санкц|голосуван|голосовани|вибор|выбор|удар|атак|обстріл|обстрел|мобіліз|мобилиз|торг|фінансуван|финансировани|допомог|помощ|кредит|транш';

/** Past forms of discussing, for "по телефону обсудили" (a call without a call word). */
const DISCUSS_PAST =
  'обговори(?:ли|в|ла)|обговорюва(?:ли|в|ла)|обсуди(?:ли|л|ла)|обсужда(?:ли|л|ла)|спілкува(?:лися|вся|лася)|обща(?:лись|лся|лась)|поспілкува(?:лися|вся|лася)|пообща(?:лись|лся|лась)|обміня(?:лися|вся)\\s+думками|обменя(?:лись|лся)\\s+мнениями|провели\\s+консультаці\\p{L}*|провели\\s+консультаци\\p{L}*';
/** A day or a season written between a verb and its place: "у неділю", "вчора", "навесні". */
const DAY_BEFORE_PLACE =
  "(?:у|в|во)\\s+(?:понеділок|вівторок|середу|четвер|п['’ʼ]?ятницю|суботу|неділю|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|учора|вчора|вчера|позавчора|позавчера|сьогодні|сегодня|напередодні|накануне|навесні|влітку|восени|взимку|весной|летом|осенью|зимой";
/** The last or the first time: "востаннє", "в последний раз", "минулого разу", "вперше". */
const LAST_TIME = 'востаннє|в\\s+останній\\s+раз|минулого\\s+разу|попереднього\\s+разу|вперше|в\\s+последний\\s+раз|последний\\s+раз|в\\s+прошлый\\s+раз|впервые';
/** Face to face, in a small circle: discussing so is a meeting of its own ("сам на сам обговорили"). */
const FACE_TO_FACE =
  'сам\\s+на\\s+сам|наодинці|віч-на-віч|тет-а-тет|с\\s+глазу\\s+на\\s+глаз|наедине|один\\s+на\\s+один|у\\s+вузькому\\s+колі|у\\s+вузькому\\s+складі|в\\s+узком\\s+кругу|в\\s+узком\\s+составе';
/** Just the two (or three) of them: "вдвох", "удвох", "вдвоем", "втроем". */
const TOGETHER = 'вдвох|удвох|втрьох|утрьох|вдвоем|вдвоём|втроем|втроём';
/** Remote formats written as a manner adverbial. */
const PHONE_MANNER = 'по\\s+телефону|телефоном|по\\s+телефонному\\s+зв\\p{L}*|по\\s+телефонной\\s+связи';
const VIDEO_MANNER =
  "по\\s+відеозв['’ʼ]?язку|по\\s+видеосвязи|у\\s+режимі\\s+відеозв['’ʼ]?язку|в\\s+режиме\\s+видеосвязи|у\\s+форматі\\s+відеозв['’ʼ]?язку|в\\s+формате\\s+видеосвязи|у\\s+форматі\\s+відеоконференції|в\\s+формате\\s+видеоконференции|у\\s+режимі\\s+відеоконференції|в\\s+режиме\\s+видеоконференции|онлайн";

/** Sat across from someone: "сіла навпроти делегації", "сидел напротив Лаврова". */
const SAT_ACROSS = '(?:сі(?:в|ла|ли)|сиді(?:в|ла|ли)|сел(?:а|и)?|сидел(?:а|и)?)\\s+(?:\\p{Ll}+\\s+)?(?:навпроти|напротив)';
/** Sat (down) at the table, past: "сіли за стіл", "сиділа за столом", "сели за стол", "сидели за столом". */
const SAT_AT_TABLE = '(?:сі(?:в|ла|ли)|сиді(?:в|ла|ли)|сел(?:а|и)?|сидел(?:а|и)?)\\s+за\\s+(?:стіл|стол|столом)';
/** Will sit down at the table: "сядуть за стіл", "сядут за стол". */
const SIT_DOWN_AT_TABLE = 'сяд(?:е|уть|ет|ут)\\s+за\\s+(?:стіл|стол)';
/** Beside or across from someone: "поруч із", "навпроти", "рядом с", "напротив". */
const NEXT_TO = '(?:поруч|поряд|навпроти|рядом|напротив)';

/**
 * Talking, in every aspect and tense (говорив, розмовляв, проговорили, поспілкуються;
 * разговаривал, поговорят, пообщаются): with a remote manner next to it, a call or a video
 * meeting. Past forms say it was held, future forms that it is planned.
 */
const TALK_PAST =
  "(?:по|пере|про)?говори(?:в|ла|ли)|розмовля(?:в|ла|ли)|порозмовля(?:в|ла|ли)|(?:по|пере|про)?говорил(?:а|и)?|разговарива(?:л|ла|ли)|(?:по)?спілкува(?:вся|лася|лися|лись)|(?:по)?обща(?:лся|лась|лись)";
/**
 * Talking as an obligation or an intention in the present ("має поговорити", "мають
 * порозмовляти", "планує поспілкуватися", "должен поговорить", "собираются пообщаться"): a plan.
 */
const TALK_INTENDED =
  "(?:ма(?:є|ють)|повин(?:ен|на|ні)|плану(?:є|ють)|збира(?:ється|ються)|долж(?:ен|на|ны)|планиру(?:ет|ют)|собира(?:ется|ются))\\s+(?:по|пере)?(?:говорити|говорить|порозмовляти|поспілкуватися|пообщаться)";
const TALK_FUTURE =
  `(?:по|пере)говор(?:ить|ять|имо|ит|ят|им)|порозмовля(?:є|ють|ємо)|поспілку(?:ється|ються)|спілкуватим(?:еться|уться)|пообща(?:ется|ются)|розмовлятим(?:е|уть)|говоритим(?:е|уть)|${TALK_INTENDED}`;
/**
 * Talking in the present: a chronicle's historical present ("28.12 — Трамп і Путін говорять
 * телефоном") or news of the moment. No status of its own: the day decides.
 */
const TALK_PRESENT =
  "говор(?:ять|ить|ят|ит)|розмовля(?:ють|є)|спілку(?:ються|ється)|разговарива(?:ют|ет)|общ(?:аются|ается)";
/** Discussing or agreeing in the present, a chronicle's tense: "обговорюють", "узгоджують", "согласовывают". */
const DISCUSS_PRESENT =
  'обговорю(?:ють|є)|обсужда(?:ют|ет)|узгоджу(?:ють|є)|погоджу(?:ють|є)|согласовыва(?:ют|ет)|домовля(?:ються|ється)|договарива(?:ются|ется)|провод(?:ять|ить)\\s+переговор\\p{L}*|вед(?:уть|е|ут|ет)\\s+переговор\\p{L}*';
/** Spending hours (an evening, a day) with someone: "провів у Римі дві години з …", "провел весь вечер с …". */
const SPEND_TIME =
  "(?:провели|провів|провела|провел(?:а|и)?)\\s+(?:(?:у|в|во|на)\\s+[\\p{L}'’ʼ-]+\\s+)?(?:[\\p{L}\\d'’ʼ-]+\\s+){0,2}?(?:годин[иу]?|часа|часов|час|вечір|вечер|день|дня|днів|дней|дні)";
/** Agreeing on something: "домовилися по телефону", "договорились во вторник по телефону". */
const AGREE_PAST = 'домови(?:вся|лася|лись|лися)|договори(?:лся|лась|лись)|погоди(?:ли|в|ла)|согласова(?:ли|л|ла)|узгоди(?:ли|в|ла)';
/**
 * Discussing or agreeing at a place (the "talks" verb form below). The pattern tests the verb
 * ahead before its lookbehind: a lookbehind tried at every position of every sentence made
 * the whole meeting vocabulary nine times slower.
 */
const DISCUSS_AT = `${DISCUSS_PRESENT}|${DISCUSS_PAST}|${AGREE_PAST}`;
/**
 * Saying something to someone: thanking, greeting, telling, assuring, informing. With a
 * remote manner ("по телефону поблагодарил", "повідомив … по відеозв'язку") it is a call.
 */
const TELL_PAST =
  "подякува(?:в|ла|ли)|поблагодари(?:л|ла|ли)|привіта(?:в|ла|ли)|поздрави(?:л|ла|ли)|повідоми(?:в|ла|ли)|сообщи(?:л|ла|ли)|запевни(?:в|ла|ли)|завери(?:л|ла|ли)|поінформува(?:в|ла|ли)|проінформува(?:в|ла|ли)|проинформирова(?:л|ла|ли)|поясни(?:в|ла|ли)|объясни(?:л|ла|ли)|розповіл?(?:а|и)?|розповів|рассказа(?:л|ла|ли)|висловив|висловила|выразил(?:а|и)?|наголоси(?:в|ла|ли)|подчеркну(?:л|ла|ли)|попроси(?:в|ла|ли|л)|запроси(?:в|ла|ли|л)|пригласи(?:л|ла|ли)";
/** Words of the press: telling journalists by phone is a statement, not a call. */
const PRESS =
  '(?:журналіст|журналист|агентств|виданн|издани|ЗМІ|СМИ|кореспондент|корреспондент|репортер|телеканал|радіо|радио|газет|пресс|прес)\\p{L}*';
/** A gap of up to `n` words inside one clause (no comma), none of them a word of the press. */
const gap = (n: number) => `(?:(?!${PRESS})[\\p{L}'’ʼ-]+\\s+){0,${n}}?`;
const NOT_PRESS_AFTER = `(?!\\s+(?:\\p{L}+\\s+)?${PRESS})`;

/** Bodies that hold sessions of their own (a parliament's, an assembly's): not talks. */
const ASSEMBLY =
  'верховн|парламент|рад[иі]|рады|дум[иы]|генасамбле|генеральн|асамбле|ассамбле|оон|пар[єе]|пасе|сейм|конгрес|сенат|кабмін|уряд|правительств|суд|міськрад|облрад|депутат';

/** Having a meal (breakfast, lunch, dinner), past and future, uk and ru. */
const MEAL_PAST =
  '(?:по)?вечеря(?:в|ла|ли)|(?:по)?обіда(?:в|ла|ли)|(?:по)?сніда(?:в|ла|ли)|(?:по)?ужина(?:л|ла|ли)|(?:по)?обеда(?:л|ла|ли)|(?:по)?завтрака(?:л|ла|ли)';
const MEAL_FUTURE =
  'повечеря(?:є|ють)|пообіда(?:є|ють)|посніда(?:є|ють)|вечерятим(?:е|уть)|обідатим(?:е|уть)|снідатим(?:е|уть)|поужина(?:ет|ют)|пообеда(?:ет|ют)|позавтрака(?:ет|ют)';
const MEAL_NOUN =
  'сніданок|сніданку|сніданком|сніданки|обід|обіду|обідом|вечер(?:я|і|ю|ею)|завтрак(?:а|у|е|ом)?|обед(?:а|у|е|ом)?|ужин(?:а|у|е|ом)?';
/** Convening people (the people follow): зібрав, скликала, собрал, созвал, созывает. */
const CONVENE_PAST = 'зібра(?:в|ла|ли)|склика(?:в|ла|ли)|собрал(?:а|и)?|созвал(?:а|и)?';
const CONVENE_NOW = 'склика(?:є|ють)|збира(?:є|ють)|скличе|скличуть|збере|зберуть|созыва(?:ет|ют)|собира(?:ет|ют)|созов(?:ет|ут)|собер(?:ет|ёт|ут)';
/** Gathering somewhere: зібралися, зберуться, собрались, соберутся. */
const GATHER_PAST = 'зібрал(?:ися|ись|ася|ась)|зібрався|собрал(?:ись|ась|ся)|з[ʼ’\'ʼ]?їхал(?:ися|ись)|съехал(?:ись)';
/**
 * Who gathers for a meeting: a working group, delegations, a commission, leaders, ministers,
 * advisers; any group or subgroup named by its adjective ("технічна група", "военная
 * подгруппа") or a subgroup alone.
 */
const GATHERING_GROUP =
  '(?:\\p{Ll}+\\s+){0,2}(?:(?:під|под)?груп\\p{L}*\\s+(?:з|із|по)\\s+\\p{Ll}+|\\p{Ll}+[ая]\\s+(?:під|под)?груп\\p{L}*|(?:під|под)груп\\p{L}*|робоч\\p{L}*\\s+груп\\p{L}*|рабоч\\p{L}*\\s+групп\\p{L}*|контактн\\p{L}*\\s+груп\\p{L}*|делегаці\\p{L}*|делегаци\\p{L}*|комісі\\p{L}*|комисси\\p{L}*|лідер\\p{L}*|лидер\\p{L}*|міністр\\p{L}*|министр\\p{L}*|радник\\p{L}*|советник\\p{L}*|переговорник\\p{L}*|переговорщик\\p{L}*|посл(?:и|ы|ів|ов)|глав(?:и|ы)\\s+(?:держав|урядів|правительств|МЗС|МИД)|учасник\\p{L}*\\s+переговор\\p{L}*|участник\\p{L}*\\s+переговор\\p{L}*)(?![\\p{L}])';
/**
 * A day (a weekday, a relative one, "12 червня" or two-day "12–13 червня", as working groups
 * meet) may come before the place, and an adjective before the city ("зберуться 12 червня в
 * словенському Бледі").
 */
const GATHER_WHEN_WHERE = `(?:\\s+(?:${DAY_BEFORE_PLACE}|\\d{1,2}(?:\\s?[–—-]\\s?\\d{1,2})?\\s+\\p{L}+))?(?:\\s+(?:у|в|во)\\s+\\p{Ll}[\\p{L}-]*(?:ому|ім|ой|ом)(?=\\s+\\p{Lu})|(?=\\s+(?:у|в|во)\\s+\\p{Lu}))`;
const GATHER_FUTURE = 'збер(?:уться|еться)|собер(?:утся|ется|ётся)|з[ʼ’\'ʼ]?їдуться|съедутся';

export const TRIGGERS: readonly TriggerSpec[] = [
  // Meetings.
  { lemma: 'meeting', pos: 'noun', forms: 'зустріч(?:і|чю|ей|ам|ами|ах)?' },
  { lemma: 'meeting', pos: 'noun', forms: 'встреч(?:а|и|е|у|ей|ею|ам|ами|ах)?' },
  { lemma: 'meeting', pos: 'noun', forms: 'відеозустріч\\p{L}*|видеовстреч\\p{L}*', kind: 'video' },
  {
    lemma: 'video',
    pos: 'noun',
    forms: 'онлайн-(?:зустріч|встреч|переговор|перемовин|конференц|саміт|саммит|нарад|совещан|засідан|заседан)\\p{L}*',
    kind: 'video',
  },
  // A visit (to a host) called off or put off: "візит Віткоффа до Москви скасували", "визит … отменен".
  {
    lemma: 'meeting',
    pos: 'noun',
    forms: 'візит(?:у|ом|і|и|ів)?|визит(?:а|у|е|ом|ы|ов)?|поїздк(?:а|и|у|ою|і)|поездк(?:а|и|у|ой|е)',
    weak: true,
    calledOffOnly: true,
  },
  // Talks.
  { lemma: 'talks', pos: 'noun', forms: 'переговор(?:и|ів|ам|ами|ах|ы|ов)' },
  { lemma: 'talks', pos: 'noun', forms: 'перемовин(?:и|ам|ами|ах)?' },
  { lemma: 'talks', pos: 'noun', forms: 'консультаці(?:ї|й|ях|ями|ям)|консультаци(?:и|й|ях|ями|ям)', weak: true },
  // A round (of talks): "новий раунд у Маямі", "второй раунд". Weak: "раунд" alone also
  // names rounds of other things, so it needs a date, a place, people or a status.
  {
    lemma: 'talks',
    pos: 'noun',
    forms: `раунд(?:у|і|ом|и|ів|ам|ами|ах|а|е|ы|ов)?(?!\\s+(?:${NOT_TALKS_ROUND})\\p{L}*)`,
    weak: true,
  },
  // Summits.
  { lemma: 'summit', pos: 'noun', forms: 'саміт(?:у|і|ом|и|ів|ам|ами|ах)?|саммит(?:а|у|е|ом|ы|ов|ам|ами|ах)?' },
  // A conference, mostly a later reference to a video conference named before ("Після
  // конференції …"); "прес-конференція" is not one (the hyphen joins it to another word).
  { lemma: 'session', pos: 'noun', forms: 'конференці(?:я|ї|ю|єю|ях)|конференци(?:я|и|ю|ей|ею|ях)', weak: true, referenceBack: true },
  // Video calls.
  { lemma: 'video', pos: 'noun', forms: 'відеоконференці(?:я|ї|ю|єю|ях)|видеоконференци(?:я|и|ю|ей|ею|ях)', kind: 'video' },
  // Compounds of "video" with a session or summit noun: "відеонарада", "видеосовещание".
  {
    lemma: 'video',
    pos: 'noun',
    forms: 'відеонарад(?:а|и|і|у|ою|ах)|видеосовещани(?:е|я|ю|и|ем|й|ях)|відеозасідан(?:ня|ні|нях|ням|нями|ь)|видеозаседани(?:е|я|ю|и|ем|й|ях)|відеосаміт\\p{L}*|видеосаммит\\p{L}*',
    kind: 'video',
  },
  {
    lemma: 'video',
    pos: 'noun',
    forms: 'відеорозмов\\p{L}*|видеоразговор\\p{L}*|відеодзвін(?:ок)?|відеодзвінк\\p{L}*|видеозвон(?:ок)?|видеозвонк\\p{L}*',
    kind: 'video',
  },
  // Phone calls and conversations.
  {
    lemma: 'call',
    pos: 'noun',
    forms: 'телефонн\\p{L}*\\s+(?:розмов|разговор|перемовин|переговор|бесед|бесід|контакт)\\p{L}*|телефонн\\p{L}*\\s+(?:дзвін(?:ок)?|дзвінк\\p{L}*|звонок|звонк\\p{L}*)',
    kind: 'phone',
  },
  { lemma: 'call', pos: 'noun', forms: 'созвон(?:а|у|е|ом|ы|ов)?', kind: 'phone' },
  { lemma: 'call', pos: 'noun', forms: 'дзвінок|дзвінк(?:а|у|ом|и|ів)|звонок|звонк(?:а|у|е|ом|и|ов)', kind: 'phone', weak: true },
  { lemma: 'call', pos: 'noun', forms: 'розмов(?:а|и|і|у|ою|ами|ах)|разговор(?:а|у|е|ом|ы|ов|ам|ами|ах)?', weak: true },
  // "Бесіда"/"беседа" is a conversation as "розмова" is ("провели многочасовую беседу"), but
  // not as a predicate of "це"/"это", which sums up a meeting already told ("это первая
  // столь долгая беседа …").
  {
    lemma: 'call',
    pos: 'noun',
    forms: `(?<!${B}(?:це|это)\\s+(?:[\\p{L}'’ʼ-]+\\s+){0,3})(?:бесід(?:а|и|і|у|ою|ами|ах)|бесед(?:а|ы|е|у|ой|ою|ами|ах))`,
    weak: true,
  },
  // A discussion verb with a remote format is a call: "по видеосвязи обсудили",
  // "обговорили телефоном", "обсудили по телефону", "онлайн обговорили".
  { lemma: 'call', pos: 'verb', forms: `(?:${PHONE_MANNER})\\s+(?:${W}){0,1}(?:${DISCUSS_PAST})|(?:${DISCUSS_PAST})\\s+(?:${W}){0,2}(?:${PHONE_MANNER})`, kind: 'phone', status: 'held' },
  { lemma: 'video', pos: 'verb', forms: `(?:${VIDEO_MANNER})\\s+(?:${W}){0,1}(?:${DISCUSS_PAST})|(?:${DISCUSS_PAST})\\s+(?:${W}){0,2}(?:${VIDEO_MANNER})`, kind: 'video', status: 'held' },
  // Talking in any aspect or tense with a remote manner: "разговаривал по телефону с …",
  // "проговорили по телефону", "поговорять телефоном", "по видеосвязи пообщаются".
  { lemma: 'call', pos: 'verb', forms: `(?:${TALK_PAST})\\s+${gap(2)}(?:${PHONE_MANNER})|(?:${PHONE_MANNER})\\s+${gap(1)}(?:${TALK_PAST})`, kind: 'phone', status: 'held' },
  { lemma: 'call', pos: 'verb', forms: `(?:${TALK_FUTURE})\\s+${gap(2)}(?:${PHONE_MANNER})|(?:${PHONE_MANNER})\\s+${gap(1)}(?:${TALK_FUTURE})`, kind: 'phone', status: 'planned' },
  { lemma: 'video', pos: 'verb', forms: `(?:${TALK_PAST})\\s+${gap(2)}(?:${VIDEO_MANNER})|(?:${VIDEO_MANNER})\\s+${gap(1)}(?:${TALK_PAST})`, kind: 'video', status: 'held' },
  { lemma: 'video', pos: 'verb', forms: `(?:${TALK_FUTURE})\\s+${gap(2)}(?:${VIDEO_MANNER})|(?:${VIDEO_MANNER})\\s+${gap(1)}(?:${TALK_FUTURE})`, kind: 'video', status: 'planned' },
  { lemma: 'call', pos: 'verb', forms: `(?:${TALK_PRESENT})\\s+${gap(2)}(?:${PHONE_MANNER})|(?:${PHONE_MANNER})\\s+${gap(1)}(?:${TALK_PRESENT})`, kind: 'phone' },
  { lemma: 'video', pos: 'verb', forms: `(?:${TALK_PRESENT})\\s+${gap(2)}(?:${VIDEO_MANNER})|(?:${VIDEO_MANNER})\\s+${gap(1)}(?:${TALK_PRESENT})`, kind: 'video' },
  // Something agreed at a distance was agreed in a call: "домовилися телефоном", "договорились
  // во вторник по телефону" (a day may come between).
  { lemma: 'call', pos: 'verb', forms: `(?:${AGREE_PAST})\\s+${gap(3)}(?:${PHONE_MANNER})|(?:${PHONE_MANNER})\\s+(?:${AGREE_PAST})`, kind: 'phone', status: 'held' },
  { lemma: 'video', pos: 'verb', forms: `(?:${AGREE_PAST})\\s+${gap(3)}(?:${VIDEO_MANNER})|(?:${VIDEO_MANNER})\\s+(?:${AGREE_PAST})`, kind: 'video', status: 'held' },
  // Discussing at a distance with more words between ("обговорив їхні результати з колегою
  // по телефону"), within one clause.
  { lemma: 'call', pos: 'verb', forms: `(?:${DISCUSS_PAST})\\s+${gap(6)}(?:${PHONE_MANNER})`, kind: 'phone', status: 'held' },
  { lemma: 'video', pos: 'verb', forms: `(?:${DISCUSS_PAST})\\s+${gap(6)}(?:${VIDEO_MANNER})`, kind: 'video', status: 'held' },
  // Telling, thanking, greeting someone at a distance: "по телефону поблагодарил …",
  // "повідомив Умєрову по відеозв'язку". Not to the press ("розповів телефоном журналістам").
  {
    lemma: 'call',
    pos: 'verb',
    forms: `(?:${TELL_PAST})\\s+${gap(3)}(?:${PHONE_MANNER})${NOT_PRESS_AFTER}|(?:${PHONE_MANNER})\\s+(?:${TELL_PAST})${NOT_PRESS_AFTER}`,
    kind: 'phone',
    status: 'held',
    weak: true,
  },
  {
    lemma: 'video',
    pos: 'verb',
    forms: `(?:${TELL_PAST})\\s+${gap(3)}(?:${VIDEO_MANNER})${NOT_PRESS_AFTER}|(?:${VIDEO_MANNER})\\s+(?:${TELL_PAST})${NOT_PRESS_AFTER}`,
    kind: 'video',
    status: 'held',
    weak: true,
  },
  // Discussing face to face ("наодинці обговорили", "обсудили с глазу на глаз") or at a
  // place named right after the verb ("обговорювали в Женеві", "обсуждали в Эр-Рияде").
  { lemma: 'talks', pos: 'verb', forms: `(?:${FACE_TO_FACE})\\s+(?:${W}){0,1}(?:${DISCUSS_PAST})|(?:${DISCUSS_PAST})\\s+(?:${W}){0,1}(?:${FACE_TO_FACE})`, status: 'held' },
  // Talking so ("говорили віч-на-віч", "поговорили наодинці", "наедине разговаривали").
  { lemma: 'talks', pos: 'verb', forms: `(?:${FACE_TO_FACE})\\s+(?:${W}){0,1}(?:${TALK_PAST})|(?:${TALK_PAST})\\s+(?:${W}){0,1}(?:${FACE_TO_FACE})`, status: 'held' },
  // Discussing with someone named, then the city ("обсуждал площадку с Сергеем Лавровым в
  // Москве", "обговорив з Рубіо у Вашингтоні").
  {
    lemma: 'talks',
    pos: 'verb',
    forms: `(?:${DISCUSS_PAST})\\s+(?:${W}){0,3}?(?:з|із|зі|с|со)\\s+\\p{Lu}[\\p{L}'’ʼ-]+(?:\\s+\\p{Lu}[\\p{L}'’ʼ-]+)?(?=\\s+(?:у|в|во)\\s+\\p{Lu})`,
    status: 'held',
    needsVenue: true,
  },
  // The day may come between ("обговорив у середу в Римі", "обсуждали вчера в Вене").
  { lemma: 'talks', pos: 'verb', forms: `(?:${DISCUSS_PAST})(?:\\s+(?:${DAY_BEFORE_PLACE}))?(?=\\s+(?:у|в|во)\\s+\\p{Lu})`, status: 'held', needsVenue: true },
  // The last or first time two sides discussed something at a place ("Востаннє … обговорювали
  // це взимку в Анкарі", "В последний раз … обсуждали это в Вене"): a meeting there.
  {
    lemma: 'talks',
    pos: 'verb',
    forms: `(?:${LAST_TIME})\\s+(?:${W}){0,4}?(?:${DISCUSS_PAST})(?:\\s+[\\p{L}'’ʼ-]+){0,3}?(?=\\s+(?:у|в|во)\\s+\\p{Lu})`,
    status: 'held',
    needsVenue: true,
  },
  // Sessions of a body.
  {
    lemma: 'session',
    pos: 'noun',
    forms: 'засідан(?:ня|ні|нях|ням|нями|ь)|заседани(?:е|я|ю|и|ем|й|ях)|нарад(?:а|и|і|у|ою|ах)|совещани(?:е|я|ю|и|ем|й|ях)',
  },
  // Verbs: met / will meet.
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: 'зустр(?:івся|ілася|ілась|ілися|ілись|ічався|ічалася|ічалися|ічались)|встрет(?:ился|илась|ились)|встречал(?:ся|ась|ись)',
    status: 'held',
  },
  // Participles describing someone by a meeting they had: "Дмитриев, встречавшийся с Уиткоффом в
  // апреле в …", "зустрічавшийся", "встретившийся".
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: 'встречавш(?:ийся|аяся|иеся|егося|ейся|ихся|емуся|имся)|встретивш(?:ийся|аяся|иеся|егося|ейся|ихся|емуся|имся)|зустрічавш(?:ийся|аяся|иеся)',
    status: 'held',
    weak: true,
  },
  // Future in every person, the first ones as interviews and statements use them ("я
  // зустрінуся з …", "встречусь с ним", "зустрінемось", "мы встретимся").
  { lemma: 'meeting', pos: 'verb', forms: 'зустрін(?:еться|уться|емося|емось|уся|усь|ешся)|встрет(?:ится|ятся|имся|ишься)|встречусь', status: 'planned' },
  { lemma: 'meeting', pos: 'verb', forms: 'зустрітися|зустрітись|зустрічаються|зустрічається|встретиться|встречаются|встречается' },
  // Seeing each other: "знову побачаться в Джидді", "побачилися в Римі", "увидятся в Женеве".
  // Weak: the sentence must also say when, where or who.
  { lemma: 'meeting', pos: 'verb', forms: 'побач(?:аться|уться|иться|имося|имось)|увид(?:ятся|имся)', status: 'planned', weak: true },
  { lemma: 'meeting', pos: 'verb', forms: 'побачи(?:лися|лись|вся|лася)|увиде(?:лись|лся|лась)', status: 'held', weak: true },
  // Verbs: received someone ("Путін прийняв Віткоффа у Кремлі"): a meeting only with a
  // person named right after the verb (not "прийняв рішення", "приняла закон").
  { lemma: 'meeting', pos: 'verb', forms: 'прийня(?:в|ла|ли)|приймав|приймала|принял(?:а|и)?|принимал(?:а|и)?', status: 'held', needsObject: true },
  { lemma: 'meeting', pos: 'verb', forms: 'прийм(?:е|уть)|прийматим(?:е|уть)|прим(?:ет|ут)', status: 'planned', needsObject: true },
  // The present of receiving is a schedule ("Завтра в Анкаре Эрдоган принимает …"): planned, its
  // day (or today) tells when. An abbreviation right after it is an institution hosting talks
  // ("Переговоры принимает МИД …"), already told as a meeting of their own.
  { lemma: 'meeting', pos: 'verb', forms: 'прийма(?:є|ють)(?!\\s+\\p{Lu}{2,}(?!\\p{Ll}))|принима(?:ет|ют)(?!\\s+\\p{Lu}{2,}(?!\\p{Ll}))', status: 'planned', needsObject: true },
  // Verbs: called / spoke.
  {
    lemma: 'call',
    pos: 'verb',
    forms:
      'зателефонува(?:в|ла|ли)|зідзвони(?:вся|лася|лась|лися|лись)|созвонил(?:ся|ась|ись)|(?:пере|по)говори(?:в|ла|ли)\\s+(?:(?:по|за)\\s+)?телефон(?:у|ом)|(?:пере|по)говорил(?:а|и)?\\s+по\\s+телефону',
    kind: 'phone',
    status: 'held',
  },
  { lemma: 'call', pos: 'verb', forms: 'созвон(?:ятся|ится|имся|юсь)|зідзвон(?:яться|иться|имося|имось|юся|юсь)', kind: 'phone', status: 'planned' },
  // Got in touch by phone: "зв'язався телефоном з …", "связался по телефону с …".
  {
    lemma: 'call',
    pos: 'verb',
    forms: `(?:зв['’ʼ]?яза(?:вся|лася|лись|лися)|связал(?:ся|ась|ись))\\s+(?:${W}){0,3}?(?:${PHONE_MANNER})`,
    kind: 'phone',
    status: 'held',
  },
  // A promise or a plan to call: "пообіцяв зателефонувати …", "обещал позвонить".
  {
    lemma: 'call',
    pos: 'verb',
    forms: `(?:пообіця(?:в|ла|ли)|обіця(?:є|ють|в|ла|ли)|пообеща(?:л|ла|ли)|обеща(?:ет|ют|л|ла|ли))\\s+(?:${W}){0,4}?(?:зателефонувати|подзвонити|передзвонити|зідзвонитися|позвонить|перезвонить|созвониться)`,
    kind: 'phone',
    status: 'planned',
  },
  { lemma: 'call', pos: 'verb', forms: 'подзвони(?:в|ла|ли)|позвонил(?:а|и)?', kind: 'phone', status: 'held', weak: true },
  // A call in the perfective future: "Трамп у найближчі дні зателефонує Зеленському", "позвонит".
  { lemma: 'call', pos: 'verb', forms: 'зателефону(?:є|ють)|подзвон(?:ить|ять)|позвон(?:ит|ят)', kind: 'phone', status: 'planned', weak: true },
  // The imperfective past tells a call too ("їй телефонував Сибіга", "ему звонил Рубио").
  { lemma: 'call', pos: 'verb', forms: 'телефонува(?:в|ла|ли)|телефонировал(?:а|и)?|дзвони(?:в|ла|ли)|звонил(?:а|и)?', kind: 'phone', status: 'held', weak: true },
  // The perfective "побеседовал", "побесідував" tells a talk as "поговорив" does (not the
  // imperfective "Беседовал …" that signs an interview).
  { lemma: 'call', pos: 'verb', forms: 'поговори(?:в|ла|ли)|поговорил(?:а|и)?|побесідува(?:в|ла|ли)|побеседова(?:л|ла|ли)', status: 'held', weak: true },
  // The imperfective "беседовали с …", "бесідував із …" with the other party named (not the
  // "Беседовал …" that signs an interview).
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: `(?:бесідува(?:в|ла|ли)|беседова(?:л|ла|ли))(?=\\s+(?:${W}){0,2}(?:з|із|зі|с|со)\\s)`,
    status: 'held',
    weak: true,
  },
  // Talked with someone: "поспілкувався там з …", "пообщался с …" (after the phone and video
  // forms above, which take the same verb with a manner).
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: `(?:поспілкува(?:вся|лася|лися|лись)|пообща(?:лся|лась|лись))(?=\\s+(?:${W}){0,2}(?:з|із|зі|с|со)\\s)`,
    status: 'held',
    weak: true,
  },
  // Dining or talking just the two of them, or face to face: "вечеряли вдвох", "ужинали
  // вдвоем", "говорили віч-на-віч", "наедине беседовали": the pair named as the subject met.
  {
    lemma: 'meeting',
    pos: 'verb',
    // The other party may come between ("разговаривал с господином Умеровым с глазу на глаз",
    // "розмовляли з міністром віч-на-віч"): "з/с" and at most three words, no comma.
    forms: `(?:${MEAL_PAST}|${TALK_PAST})\\s+(?:${W}){0,1}(?:${TOGETHER}|${FACE_TO_FACE})|(?:${TOGETHER}|${FACE_TO_FACE})\\s+(?:${MEAL_PAST}|${TALK_PAST})|(?:${TALK_PAST})\\s+(?:з|із|зі|с|со)\\s+(?:[\\p{L}'’ʼ-]+\\s+){1,3}?(?:${FACE_TO_FACE})`,
    status: 'held',
    weak: true,
  },
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: `(?:${MEAL_FUTURE}|${TALK_FUTURE})\\s+(?:${W}){0,1}(?:${TOGETHER}|${FACE_TO_FACE})|(?:${TOGETHER}|${FACE_TO_FACE})\\s+(?:${MEAL_FUTURE}|${TALK_FUTURE})`,
    status: 'planned',
    weak: true,
  },
  // A meal with someone is a meeting: "вечеряли з …", "поужинал с …", "снідатиме з …",
  // and the nouns with a party after them ("робочий обід з …", "завтрак президента с …").
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: `(?:${MEAL_PAST})(?=\\s+(?:${W}){0,3}(?:з|із|зі|с|со)\\s)`,
    status: 'held',
    weak: true,
  },
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: `(?:${MEAL_FUTURE})(?=\\s+(?:${W}){0,3}(?:з|із|зі|с|со)\\s)`,
    status: 'planned',
    weak: true,
  },
  { lemma: 'meeting', pos: 'noun', forms: `(?:${MEAL_NOUN})(?=\\s+(?:\\p{L}+\\s+){0,2}(?:з|із|зі|с|со)\\s+(?:\\p{L}+\\s+)?\\p{Lu})`, weak: true },
  // Hearing someone's report is a meeting with them (in person unless a manner says video):
  // "заслухав доповідь міністра", "выслушал доклад в режиме видеосвязи", "заслухає звіт делегації".
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: '(?:заслуха(?:в|ла|ли)|заслушал(?:а|и)?|вислуха(?:в|ла|ли)|выслушал(?:а|и)?)\\s+(?:\\p{Ll}+\\s+)?(?:доповід\\p{L}*|доклад\\p{L}*|звіт\\p{L}*|отч[её]т\\p{L}*)',
    status: 'held',
    weak: true,
  },
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: '(?:заслухає|заслухають|заслушает|заслушают)\\s+(?:\\p{Ll}+\\s+)?(?:доповід\\p{L}*|доклад\\p{L}*|звіт\\p{L}*|отч[её]т\\p{L}*)',
    status: 'planned',
    weak: true,
  },
  // Sitting at one table: "вперше сіли за один стіл", "сидели за одним столом" (with a day, a place
  // or the parties; "сісти за стіл переговорів" is negotiating in general, see GENERIC).
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: '(?:сиді(?:в|ла|ли)|сидел(?:а|и)?|сі(?:в|ла|ли)|сел(?:а|и)?)\\s+(?:\\p{Ll}+\\s+)?за\\s+(?:одн(?:им|ин)\\s+стол(?:ом)?|один\\s+стіл|один\\s+стол|одним\\s+столом)',
    status: 'held',
    weak: true,
  },
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: '(?:сядуть|сядут)\\s+(?:\\p{Ll}+\\s+)?за\\s+(?:один\\s+стіл|один\\s+стол)',
    status: 'planned',
    weak: true,
  },
  // Sitting down at the table with someone or at a place: "сіли за стіл з …", "сел за стол с …",
  // "сидів за столом поруч із …", "сіли за стіл у віденському готелі" (not "за стіл
  // переговорів", negotiating in general, see GENERIC; not "сів за стіл" alone, at a desk).
  { lemma: 'meeting', pos: 'verb', forms: `(?:${SAT_AT_TABLE})(?=\\s+(?:${NEXT_TO}\\s+)?(?:з|із|зі|с|со)\\s)`, status: 'held', weak: true },
  { lemma: 'meeting', pos: 'verb', forms: SAT_ACROSS, status: 'held', weak: true },
  { lemma: 'meeting', pos: 'verb', forms: `(?:${SAT_AT_TABLE})(?=\\s+(?:у|в|во)\\s)`, status: 'held', needsVenue: true },
  { lemma: 'meeting', pos: 'verb', forms: `(?:${SIT_DOWN_AT_TABLE})(?=\\s+(?:з|із|зі|с|со)\\s)`, status: 'planned', weak: true },
  // Convening people: "скликав у Києві радників", "собрал в Кремле Лаврова и Ушакова",
  // "созывает советников" (a person or a title named right after, a venue and city skipped).
  { lemma: 'meeting', pos: 'verb', forms: CONVENE_PAST, status: 'held', needsObject: true },
  { lemma: 'meeting', pos: 'verb', forms: CONVENE_NOW, status: 'planned', needsObject: true },
  // The group named first, the convener left out: "групу знову скличуть у …", "группу соберут в …".
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: '(?:групу|группу|підгрупу|подгруппу)\\s+(?:знову\\s+|снова\\s+|вновь\\s+)?(?:скличуть|зберуть|созовут|соберут)',
    status: 'planned',
    needsVenue: true,
  },
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: '(?:групу|группу|підгрупу|подгруппу)\\s+(?:знову\\s+|снова\\s+|вновь\\s+)?(?:скликали|зібрали|созвали|собрали)',
    status: 'held',
    needsVenue: true,
  },
  // Gathering at a place: "зібралися в Парижі", "соберутся в пятницу в Берлине".
  // A country's or region's adjective may come before the city ("у фінському Турку").
  { lemma: 'meeting', pos: 'verb', forms: `(?:${GATHER_PAST})${GATHER_WHEN_WHERE}`, status: 'held', needsVenue: true },
  { lemma: 'meeting', pos: 'verb', forms: `(?:${GATHER_FUTURE})${GATHER_WHEN_WHERE}`, status: 'planned', needsVenue: true },
  // The group named before its gathering: "Робоча група, що зібралася …", "Рабочая группа,
  // собравшаяся в среду …", "Лідери «коаліції охочих» зібралися …": a day or a place pins it.
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: `(?:${GATHERING_GROUP})(?:\\s+«[^»]{1,40}»)?(?:,\\s*(?:що|которая|который|которые)?)?\\s+(?:${GATHER_PAST}|собравш(?:аяся|ийся|иеся|ихся|ейся|уюся))`,
    status: 'held',
  },
  // A body or a group gathering, wherever the place is written ("у Відні зберуться радники",
  // "в Женеве соберутся делегации", "собрались министры"): a day or a place pins it.
  { lemma: 'meeting', pos: 'verb', forms: `(?:${GATHER_PAST})(?=\\s+(?:${GATHERING_GROUP}))`, status: 'held' },
  { lemma: 'meeting', pos: 'verb', forms: `(?:${GATHER_FUTURE})(?=\\s+(?:${GATHERING_GROUP}))`, status: 'planned' },
  // "Наступна сесія", "следующий контакт", "очередная сессия": a session or contact told as
  // the next one of a series (not a parliament's or an assembly's session).
  {
    lemma: 'talks',
    pos: 'noun',
    forms: `(?:наступн|следующ|чергов|очередн)\\p{L}*\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:сесі(?:я|ї|ю|єю)|сесси(?:я|и|ю|ей|ею)|контакт(?:у|ом|и|ів|а|ы|ов)?)(?!\\s+(?:${ASSEMBLY})\\p{L}*)`,
    weak: true,
  },
  // References back to a meeting by its place: "напрацювань, досягнутих у Женеві",
  // "на платформе обсуждений в Анкоридже", "дух Анкориджа".
  {
    lemma: 'reference',
    pos: 'noun',
    forms:
      'обсуждени(?:е|я|й|и|ю|ях)|обговорен(?:ня|ні|ь|нях)|напрацюван(?:ня|ь|нях|ням)|наработ(?:ок|ки|ках|кам)|домовленост(?:і|ей|ях|ями)|договоренност(?:и|ей|ях|ями)|дух(?:а|у|е|ом)?|формул(?:а|и|у|е|ы)',
    needsPlace: true,
  },
  // Last, so that the forms above with a manner or a venue after the verb win.
  // Two people at a place discussing or agreeing, past or present: "Умєров і Келлог у Мюнхені
  // погоджують графік", "Лавров и Рубио в Вене обсудили …".
  { lemma: 'talks', pos: 'verb', forms: `(?=${DISCUSS_AT})(?<=(?:у|в|во|на)\\s+\\p{Lu}[\\p{L}'’ʼ-]*\\s+)(?:${DISCUSS_AT})`, needsPairAtVenue: true },
  // The pair between the place and the verb: "16 октября в Палм-Бич Уиткофф и Дмитриев обсуждали …".
  { lemma: 'talks', pos: 'verb', forms: `(?:${DISCUSS_PAST})`, status: 'held', needsPairAfterVenue: true },
  // Time spent with someone is a meeting: "провів у Берліні три години з Мерцом".
  { lemma: 'meeting', pos: 'verb', forms: `(?:${SPEND_TIME})(?=\\s+(?:з|із|зі|с|со)\\s)`, status: 'held', weak: true },
  // The pair after a place spending hours (a parenthesis may come between): "22 травня в Римі
  // Сибіга і Фідан провели, за даними джерел, чотири години над текстом".
  {
    lemma: 'meeting',
    pos: 'verb',
    forms: `(?:провели)(?=(?:\\s*,[^,.;!?]{1,60},)?\\s+(?:[\\p{L}\\d'’ʼ-]+\\s+){0,2}?(?:годин[иу]?|часа|часов|вечір|вечер|день|дня|ніч|ночь)(?![\\p{L}]))`,
    status: 'held',
    needsPairAfterVenue: true,
  },
  // Talking with someone where the sentence puts them: "у Женеві … розмовляв з американцями".
  { lemma: 'meeting', pos: 'verb', forms: `(?:${TALK_PAST})(?=\\s+(?:${W}){0,1}(?:з|із|зі|с|со)\\s)`, status: 'held', weak: true, needsSetting: true },
];

export interface TriggerMatch {
  spec: TriggerSpec;
  /** Offsets in the text scanned. */
  start: number;
  end: number;
  text: string;
}

/**
 * Each word family is tried only at the start of a word, and only if it can begin with the
 * word's first letter (src/text/word-start-alternation.ts), in the families' order: one
 * pattern of all seventy families, tried at every position, took a quarter of the
 * pipeline's CPU. The families are tried each as its own small pattern: one large pattern
 * per first letter did not help inside the pipeline (V8 compiles and keeps large patterns
 * at a cost).
 */
export const TRIGGER_WORDS = new WordStartAlternation(
  TRIGGERS.map((spec) => `(?:${spec.forms})${E}`),
  caselessRegExp,
);

/** Every meeting word in `text`, in order (the first spec that matches a span wins). */
export function findTriggers(text: string): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (const { branch, start, end } of TRIGGER_WORDS.matchAll(text)) out.push({ spec: TRIGGERS[branch]!, start, end, text: text.slice(start, end) });
  return out;
}

/**
 * Delegations at work are talks: "делегації … продовжать роботу", "працюватиме
 * делегація", "делегации работают". The trigger is the delegation word; the work phrase
 * must be in the same sentence within a few words.
 */
const DELEGATION_WORD =
  'делегаці(?:я|ї|ю|єю|і|й|ям|ями|ях)|делегаци(?:я|и|ю|ей|ею|й|ям|ями|ях)|експерти|эксперты|(?:робоч|рабоч|гуманітарн|гуманитарн)\\p{L}*\\s+гру(?:п|пп)(?:а|и|у|ою|ой|ы|е)';
const WORK_PHRASE =
  '(?:продовж\\p{L}*|продолж\\p{L}*|розпоч\\p{L}*|начал\\p{L}*|начн\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:роботу|работу)|працю(?:ють|ватиме|ватимуть|вали|вала|вав)|работа(?:ют|ли|ла|ет|ть)|будут\\s+работать|засіда(?:ла|ли|в|ють|є|тиме|тимуть)|заседа(?:ла|ли|л|ет|ют)|збер(?:еться|уться)|собер(?:ется|утся)';
const DELEGATION_AT_WORK = new RegExp(
  `${B}(${DELEGATION_WORD})${E}(?:[^.!?;]{0,80}?)${B}(?:${WORK_PHRASE})${E}|${B}(?:${WORK_PHRASE})${E}(?:[^.!?;]{0,40}?)${B}(${DELEGATION_WORD})${E}`,
  'giud',
);

export const DELEGATION_SPEC: TriggerSpec = { lemma: 'delegation', pos: 'noun', forms: DELEGATION_WORD };

/** "Делегації … продовжать роботу": the delegation word as a trigger. */
export function findDelegationWork(text: string): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (const match of text.matchAll(DELEGATION_AT_WORK)) {
    const span = match.indices?.[1] ?? match.indices?.[2];
    if (!span) continue;
    out.push({ spec: DELEGATION_SPEC, start: span[0], end: span[1], text: text.slice(span[0], span[1]) });
  }
  return out;
}

const MEETING_STEMS = '(?:зустріч|встреч|переговор|перемовин|консультац|консультаци|саміт|саммит|діалог|диалог)';

/** Works with a title: a lecture, a talk, a book, an article, a film, a podcast episode, an exhibition, a festival. */
const TITLED_WORK =
  'фестивал|кінофестивал|кинофестивал|лекці|лекци|доповід|доклад|книг|книж|стат(?:т|ь)|колонк|есе|эссе|фільм|фильм|документальн|серіал|сериал|подкаст|епізод|эпизод|випуск|выпуск|вистав|выставк|спектакл|семінар|семинар|дискусі|дискусси|презентаці|презентаци|курс';
/** An audience met by a speaker or a guest of honour, or old friends met again. */
const AUDIENCE =
  'авторк|автором|читач|читател|виборц|избирател|шанувальник|поклонник|фанат|вболівальник|болельщик|студент|школяр|школьник|випускник|выпускник|однокласник|одноклассник|однокурсник|глядач|зрител|слухач|слушател|співвітчизник|соотечественник|діаспор|диаспор|земляк|підприєм|предпринимател|бізнесмен|бизнесмен|молодд|молод[её]ж|ліцеїст|лицеист|громадськіст|общественност|бійц|бойц|військовослужбовц|военнослужащ|мешканц|жител|волонтер|медик|рятувальник|спасател';
/** Roles in a delegation or team: adviser, member, expert, head. */
const ROLE_NOUN = 'радник|советник|член|експерт|эксперт|консультант|юрист|перекладач|переводчик|секретар|помічник|помощник|учасник|участник';

/**
 * Phrases that use a meeting word for negotiations in general: a trigger inside one is
 * not a meeting ("готовність до переговорів", "сісти за стіл переговорів",
 * "открытость для переговоров", "шлях переговорів").
 */
const GENERIC_PHRASES: readonly string[] = [
  `(?:готовн\\p{L}*|готов(?:а|ий|і|ы|о|ые)?|відкрит\\p{L}*|открыт\\p{L}*|прагн\\p{L}*|стремлен\\p{L}*|стрем\\p{L}*|закли\\p{L}*|призыв\\p{L}*|призва\\p{L}*|повернен\\p{L}*|возвращен\\p{L}*|поверну\\p{L}*|верну\\p{L}*)\\s+(?:${W}){0,2}(?:до|для|к|на|за)\\s+(?:${W}){0,2}${MEETING_STEMS}\\p{L}*`,
  `(?:стіл|столу|стола|стол|столом|столі|столе)\\s+(?:${W}){0,1}(?:переговор|перемовин)\\p{L}*`,
  `(?:шлях\\p{L}*|путь|пути|путем|шляхом)\\s+(?:${W}){0,1}(?:переговор|перемовин|діалог|диалог)\\p{L}*`,
  `(?:процес\\p{L}*|процесс\\p{L}*)\\s+(?:${W}){0,1}(?:переговор|перемовин)\\p{L}*`,
  `(?:розмов|разговор|бесед|бесід|побесед|побесід|поспілкува|пообща|говори|говорил|розмовля|разговарива)\\p{L}*\\s+(?:${W}){0,1}(?:з|із|зі|с|со)\\s+(?:${W}){0,1}(?:журналіст|журналист|репортер|преса|пресой|прессой|видання|виданням|издани|ЗМІ|СМИ|кореспондент|корреспондент|телеканал|агентств|газет|ведуч|ведущ|блогер|подкаст|інтерв|интерв)\\p{L}*`,
  `(?:замість|вместо|без)\\s+(?:${W}){0,1}(?:переговор|перемовин)\\p{L}*`,
  // Sport: a friendly, a team's match and what the sentence says of it ("товариська зустріч",
  // "збірна … зустрінеться з …, і ця зустріч …" up to a clause set against it by ", а/але/но",
  // "встреча … против «…»", "встреча закончилась со счетом 2:1").
  `(?:товариськ|товарищеск|футбольн|хокейн|хоккейн|спортивн)\\p{L}*\\s+(?:${W}){0,1}(?:зустріч|встреч|матч)\\p{L}*`,
  `(?:збірн|сборн)\\p{L}*\\s[^.!?;]{0,60}?(?:зустрі|встре|${MEETING_STEMS})(?:(?!,\\s*(?:а|але|но|однак|однако)\\s)[^.!?;])*`,
  // A game of national teams named after the word: "зустріч збірних …", "встреча сборных".
  `(?:зустріч|встреч)\\p{L}*\\s+(?:${W}){0,1}(?:збірн|сборн)\\p{L}*`,
  `(?:зустріч|встреч)\\p{L}*\\s[^.!?;]{0,60}?(?:проти|против)\\s+[«"„“]?\\p{Lu}`,
  // Two names in quotes joined, as clubs are written: "зустріч «Карпат» і «Шахтаря»", "встреча
  // «Спартака» с «Зенитом»" (a format in quotes, "зустріч «нормандської четвірки» з …", has one).
  `(?:зустріч|встреч)\\p{L}*\\s+(?:(?:${W}){0,2})?«[^»]{1,40}»\\s+(?:і|й|та|и|з|із|зі|с|со|—|-|–)\\s+«`,
  `(?:зустріч|встреч)\\p{L}*\\s+(?:${W}){0,2}(?:з|із|зі|со|с)\\s+(?:рахунком|счетом|счётом)`,
  // A game's outcome: "встреча команд ветеранов завершилась вничью", "зустріч закінчилася нічиєю"
  // (not the teams alone: "зустріч команд президентів" is a meeting).
  `(?:зустріч|встреч)\\p{L}*\\s[^.!?;]{0,60}?(?:вничью|внічию|нічиєю|нічию)(?![\\p{L}])`,
  // A committee's or commission's own sitting, where it hears and reviews ("Комітет на засіданні
  // розглянув …", "на заседании комиссии"): the body's routine, not a meeting between parties.
  `(?:комітет|комитет|комісі|комисси)\\p{L}*\\s+(?:${W}){0,3}?на\\s+(?:${W}){0,1}(?:засіданн|заседани)\\p{L}*`,
  `(?:засіданн|заседани)\\p{L}*\\s+(?:${W}){0,1}(?:комітет|комитет|комісі|комисси)\\p{L}*`,
  // So is a parliament's: a plenary sitting, or one told of the house ("у Верховній Раді
  // пройшло засідання", "Госдума провела заседание").
  `пленарн\\p{L}*\\s+(?:засіданн|заседани)\\p{L}*`,
  `(?:Верховн\\p{L}*\\s+Рад|Госдум|Державн\\p{L}*\\s+Дум|Государственн\\p{L}*\\s+Дум|парламент|Сейм|Бундестаг|Конгрес)\\p{L}*\\s+(?:${W}){0,2}?(?:засіданн|заседани)\\p{L}*`,
  // A sitting of a parliament or of the EU's councils, named after the noun ("на засіданні
  // Європарламенту", "заседание Совета ЕС", "засідання Європейської ради"), or one
  // MPs hold ("депутати … вимагають заслухати його на закритому засіданні"): a body's routine.
  `(?:засіданн|заседани)\\p{L}*\\s+(?:${W}){0,1}(?:(?:Європ|Европ)\\p{L}*\\s+)?(?:Європарламент|Европарламент|парламент|Верховн\\p{L}*\\s+Рад|Госдум|Державн\\p{L}*\\s+Дум|Государственн\\p{L}*\\s+Дум|Сейм|Бундестаг|Сенат|Конгрес|ПАРЄ|ПАСЕ|Генасамбле|Генассамбле|Генеральн\\p{L}*\\s+(?:Асамбле|Ассамбле)|(?:Рад|Совет)\\p{L}*\\s+(?:ЄС|ЕС|Європ|Европ)|(?:Європейськ|Европейск)\\p{L}*\\s+(?:Рад|Совет))\\p{L}*`,
  `(?:депутат|нардеп|парламентар)\\p{L}*\\s[^.!?;]{0,200}?(?:засіданн|заседани)\\p{L}*`,
  // A committee's sitting named after it ("секретаріатом Комітету за результатами засідання").
  `(?:комітет|комитет|комісі|комисси)\\p{L}*\\s+(?:за\\s+результатами|за\\s+підсумками|по\\s+итогам|по\\s+результатам)\\s+(?:засіданн|заседани)\\p{L}*`,
  // Information or a report on how talks go is no meeting: "заслухав інформацію міністра … про
  // хід переговорів", "доклад о ходе переговоров" (initials "А. Сибіги" may stand between).
  `(?:інформаці|информаци|доповід|доклад|звіт|отч[её]т)\\p{L}*\\s(?:[^.!?;]|\\p{Lu}\\.){0,120}?(?:про|о|об|щодо)\\s+(?:хід|ходе|ход|підсумк|итог|результат|стан|состояни)\\p{L}*\\s+(?:${W}){0,2}(?:переговор|перемовин|раунд|консультац|консультаци)\\p{L}*`,
  // Keeping in touch, following the talks: "підтримуватимуть телефонний контакт", "поддерживать
  // связь", "стежимо за переговорами", "следим за ходом переговоров".
  `(?:підтриму|підтримува|поддерж|поддержива)\\p{L}*\\s+(?:${W}){0,1}(?:телефонн\\p{L}*\\s+)?(?:контакт|зв['’ʼ]?яз|связ)\\p{L}*`,
  `(?:стеж|слідку|следи|следим|следят|следит|наблюда|спостеріга)\\p{L}*\\s+(?:(?:уважно|внимательно|пильно)\\s+)?за\\s+(?:${W}){0,2}${MEETING_STEMS}\\p{L}*`,
  // Talk of a topic going on is no conversation: "Разговор о санкциях идет", "іде розмова про
  // гарантії", "розмова про кордони триває".
  `(?:розмов|разговор)\\p{L}*\\s+(?:про|о|об|щодо)\\s+(?:${W}){0,3}(?:іде|йде|ід[уе]ть|йдуть|ид[её]т|ид[уё]т|трива(?:є|ють)|продолжа(?:ется|ются)|вед(?:е|еться|ется|ут|уть))(?![\\p{L}])`,
  `(?:іде|йде|ид[её]т|вед(?:еться|ется))\\s+(?:${W}){0,1}(?:розмов|разговор)\\p{L}*\\s+(?:про|о|об|щодо)(?![\\p{L}])`,
  // Any meeting, none at all: "важніше за будь-який саміт", "важнее любого саммита",
  // "жодних зустрічей", "никаких встреч" name no one meeting.
  `(?:будь-як|любо(?:й|го|му|м)|люб(?:ая|ой|ую|ые|ых)|жодн|ніяк|никак)\\p{L}*\\s+(?:${W}){0,1}(?:${MEETING_STEMS}|раунд|засідан|заседани|нарад|совещани|розмов|разговор)\\p{L}*`,
  // The house as the subject of its own sitting further on: "Верховна Рада наступного тижня
  // заслухає звіт на закритому засіданні", "Госдума перенесла на четверг заседание".
  `(?:Верховн\\p{L}*\\s+Рад|Госдум|парламент|Сейм|Бундестаг|Конгрес)\\p{L}*\\s+(?:[\\p{L}'’ʼ-]+\\s+){3,7}?(?:засіданн|заседани)\\p{L}*`,
  // Several meetings counted ("підсумки двох раундів", "после трех встреч"): no one of them.
  `(?:двох|трьох|чотирьох|п['’ʼ]?яти|обох|двух|тр[её]х|четыр[её]х|пяти|обоих)\\s+(?:${W}){0,1}(?:раунд|зустріч|встреч|переговор|перемовин|саміт|саммит|консультац|консультаци)\\p{L}*`,
  // Talks named only to deny a tie to them: "к переговорам оно отношения не имело", "просят с
  // переговорами не связывать", "не має стосунку до переговорів", "не пов'язана з переговорами".
  `(?:до|к|с|со|з|із|зі)\\s+(?:${W}){0,1}${MEETING_STEMS}\\p{L}*\\s+(?:[\\p{L}'’ʼ-]+\\s+){0,2}?не\\s+(?:имел|имеет|имело|имела|имели|мав|мала|мало|мали|має|мають|связыва|пов['’ʼ]?язува|стосу)\\p{L}*`,
  `не\\s+(?:имеет|имело|имел|имела|має|мало|мав|мала)\\s+(?:(?:никакого|жодного|ніякого)\\s+)?(?:отношения|відношення|стосунку)\\s+(?:к|до)\\s+(?:${W}){0,1}${MEETING_STEMS}\\p{L}*`,
  `не\\s+(?:стосу\\p{L}*|связан\\p{L}*|пов['’ʼ]?язан\\p{L}*)\\s+(?:(?:з|із|зі|с|со)\\s+)?(?:${W}){0,1}${MEETING_STEMS}\\p{L}*`,
  // A gathering of an audience, not of negotiators: "зустріч випускників", "встреча с читателями".
  `(?:зустріч|встреч)\\p{L}*\\s+(?:(?:з|із|зі|с|со)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?)?(?:${AUDIENCE})\\p{L}*`,
  `(?:зустрі(?:вся|лася|лися|лись|неться|нуться)|встрети(?:лся|лась|лись|тся)|встретятся|поспілкува(?:вся|лася|лися|лись)|пообща(?:лся|лась|лись)|поговори(?:в|ла|ли|л))\\s+(?:з|із|зі|с|со)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:${AUDIENCE})\\p{L}*`,
  // The title of a lecture, a book, a film or an episode: "книга «Переговори, яких не було»".
  `(?:${TITLED_WORK})\\p{L}*\\s+(?:під\\s+назвою\\s+|под\\s+названием\\s+)?«[^»]{0,120}»`,
  // Someone's role: "експерт групи на переговорах щодо полонених", "член делегации на переговорах о …"
  // (not when the talks are pinned to a place or a day right after).
  `(?:${ROLE_NOUN})\\p{L}*\\s+(?:${W}){0,2}(?:делегаці|делегаци|груп|команд)\\p{L}*\\s+на\\s+(?:${W}){0,1}(?:переговор|перемовин)\\p{L}*(?![\\p{L}])(?!\\s+(?:у|в|во)\\s+\\p{Lu}|\\s+\\d)`,
];

export const GENERIC = new WordStartAlternation(GENERIC_PHRASES, caselessRegExp);

/** Spans of generic uses of meeting words. */
export function genericSpans(text: string): { start: number; end: number }[] {
  return [...GENERIC.matchAll(text)].map(({ start, end }) => ({ start, end }));
}

/**
 * Collocations that name negotiations in general unless something pins them down (a date,
 * a place, a deictic word, a status verb): "мирні переговори", "переговори щодо
 * врегулювання", plural meetings with a vague modifier ("подальші зустрічі",
 * "попередніми зустрічами", "запланированных встречах").
 */
const VAGUE = new RegExp(
  atWordStart([
    `мирн\\p{L}*\\s+(?:переговор|перемовин)\\p{L}*`,
    `(?:переговор|перемовин)\\p{L}*\\s+(?:щодо|про|о|об|по)\\s+(?:${W}){0,2}(?:врегулюван|урегулирован|мир|припинен|прекращен|закінчен|окончан|заверш|гаранті|гаранти)\\p{L}*`,
    `(?:попередні|попередніх|попередніми|предыдущие|предыдущих|предыдущими|прошлых|прошлые|минулих|минулі|дальнейшие|дальнейших|подальші|подальших|будущие|будущих|майбутні|майбутніх|регулярні|регулярних|регулярные|регулярных|численні|численних|многочисленные|многочисленных|нескольких|несколько|кількох|кілька|запланованих|заплановані|запланированных|запланированные|нові|нових|новые|новых|наступні|наступних|следующие|следующих|інші|інших|другие|других|всі|всіх|все|всех|такі|таких|такие|таких)\\s+(?:${W}){0,1}(?:зустріч|встреч|переговор|перемовин|консультац|консультаци|контакт)\\p{L}*`,
  ]),
  'giu',
);

export function vagueSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(VAGUE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Words that pin a meeting word to one event: this/today's/current/next/first round,
 * "під час зустрічі", "по итогам переговоров".
 */
const DEICTIC = new RegExp(
  `${B}(?:ця|цієї|цю|цій|цією|ці|цих|цей|цього|цьому|цим|ця|эта|этой|эту|этом|эти|этих|этот|этого|этому|сьогоднішн\\p{L}*|вчорашн\\p{L}*|завтрашн\\p{L}*|поточн\\p{L}*|нинішн\\p{L}*|сегодняшн\\p{L}*|вчерашн\\p{L}*|завтрашн\\p{L}*|текущ\\p{L}*|нынешн\\p{L}*|наступн(?:ий|ого|ому|им|ій|ої|у|а)|следующ(?:ий|его|ему|им|ая|ей|ую)|чергов\\p{L}*|очередн\\p{L}*|перш(?:ий|ого|ому|ої|а|у|і|их)|перв(?:ый|ого|ом|ой|ая|ую|ые|ых)|друг(?:ий|ого|ому|а|у)|втор(?:ой|ого|ом|ая|ую)|трет\\p{L}*|раунд\\p{L}*|тристоронн\\p{L}*|трехсторонн\\p{L}*|тристоронн\\p{L}*|двосторонн\\p{L}*|двусторонн\\p{L}*|закрит\\p{L}*|закрыт\\p{L}*|особист\\p{L}*|личн\\p{L}*|очн\\p{L}*|предсто\\p{L}*|майбутн(?:я|ьої|ю|ій)|будущ(?:ая|ей|ую)|состоявш\\p{L}*|минул(?:ої|у|а|ій)|прошл(?:ой|ую|ая)|початок|початку|старт|старту|начало|начала|начале|під\\s+час|во\\s+время|в\\s+ході|в\\s+ходе|на\\s+полях|за\\s+підсумками|за\\s+результатами|по\\s+итогам|по\\s+результатам|після|после|перед|напередодні|накануне)${E}`,
  'iu',
);

export function hasDeictic(text: string): boolean {
  return DEICTIC.test(text);
}

/**
 * Anaphoric openers: the meeting word points back at one already named ("під час
 * зустрічі", "во время разговора", "за підсумками переговорів", "цієї зустрічі", "К
 * переговорам"), or a bare word with no modifier after a meeting was named.
 */
const ANAPHORIC = new RegExp(
  `${B}(?:ця|цієї|цю|цій|цією|ці|цих|эта|этой|эту|этом|эти|этих|поточн\\p{L}*|текущ\\p{L}*|під\\s+час|во\\s+время|в\\s+ході|в\\s+ходе|за\\s+підсумками|за\\s+результатами|по\\s+итогам|по\\s+результатам|у\\s+цьому|в\\s+этом|старту|початку|начала|початок|старт|в\\s+рамках|у\\s+межах|підсумов\\p{L}*|подвод\\p{L}*|формат(?:і|у|е)?)${E}`,
  'iu',
);

/** True when the few words before a meeting word mark it as a reference back. */
export function isAnaphoricLead(before: string): boolean {
  return ANAPHORIC.test(before);
}

/** Sentence openers that recall earlier news ("Нагадаємо", "Напомним", "Як відомо"). */
const RECALL_OPENER = new RegExp(
  `^[\\s«"„“'–—-]*(?:нагада(?:ємо|ю)|нагадуємо|напомн(?:им|ю)|як\\s+відомо|как\\s+известно|раніше|ранее|як\\s+повідомля(?:лося|в|ла|ли)|как\\s+сообща(?:лось|л|ла|ли)|як\\s+писа(?:в|ла|ли)|как\\s+писа(?:л|ла|ли)|до\\s+слова|к\\s+слову)${E}`,
  'iu',
);

/** Openers that start a recap running to the end of the article (or the next heading). */
const RECAP_OPENER = new RegExp(
  `^[\\s«"„“'–—-]*(?:нагада(?:ємо|ю)|нагадуємо|напомн(?:им|ю)|як\\s+відомо|как\\s+известно|як\\s+повідомлялося|как\\s+сообщалось)${E}`,
  'iu',
);

/**
 * Words inside a sentence that place a meeting in the past of the article: "недавно"; "once"
 * ("однажды", "одного разу", "колись", "когда-то") has no day of its own, and a plan in the
 * sentence ("колись зустрінуться") is kept apart by the caller.
 */
const RECALL_WORD = new RegExp(
  `${B}(?:недавно|нещодавно|однажды|одного\\s+разу|колись|когда-то|некогда|днями|(?<!дн[её]м\\s)(?:раніше|ранее|раньше)|востаннє|в\\s+останній\\s+раз|минулого\\s+разу|в\\s+последний\\s+раз|в\\s+прошлый\\s+раз|минулого\\s+(?:тижня|місяця|року|літа)|минулої\\s+(?:весни|осені|зими)|минулим\\s+літом|минулої\\s+зими|прошлой\\s+(?:неделе|весной|осенью|зимой)|прошлым\\s+летом|прошлого\\s+года|в\\s+прошлом\\s+году|прошлом\\s+месяце|на\\s+минулому\\s+тижні|перед\\s+цим|до\\s+этого|до\\s+цього|свого\\s+часу|в\\s+свое\\s+время|(?<!(?:як|как)\\s+(?:і|и|й)\\s+)(?:попередн\\p{L}*|предыдущ\\p{L}*)|минул(?:ої|ій|у|а|ого|ому)\\s+зустріч\\p{L}*|прошл(?:ой|ую|ая)\\s+встреч\\p{L}*)${E}`,
  'iu',
);

/**
 * A meeting as the topic of a discussion is another meeting, referred back to: "приділили
 * увагу зустрічі «коаліції охочих»", "обговорили підсумки саміту", "речь шла о встрече";
 * a meeting summed up ("подводит итоги женевского саммита") is one held before.
 * Matched against the words right before the meeting word.
 */
const TOPIC_BEFORE = caselessRegExp(
  `${B}(?:обговори(?:ли|в|ла)|обговорювали|приділи(?:ли|в|ла)\\s+(?:\\p{L}+\\s+)?уваг\\p{L}*|уваг\\p{L}*\\s+приділи(?:ли|в|ла)|говорили\\s+про|йшлося\\s+про|ішлося\\s+про|обсуди(?:ли|л|ла)|обсуждали|удели(?:ли|л|ла)\\s+(?:\\p{L}+\\s+)?внимани\\p{L}*|внимани\\p{L}*\\s+удели(?:ли|л|ла)|речь\\s+(?:шла|идет|идёт)\\s+о|говорили\\s+о)\\s+(?:(?:підсумк|результат|итог|висновк|выводы|хід|ход)\\p{L}*\\s+)?$` +
    // Summing up a meeting ("підбиває підсумки саміту", "подводит итоги саммита"): it is over.
    `|${B}(?:підбива\\p{L}*|підби(?:в|ла|ли)|підведе\\p{L}*|подводи\\p{L}*|подве(?:л|ла|ли|дет|дут)|зроби(?:в|ла|ли)|сделал\\p{L}*)\\s+(?:підсумк\\p{L}*|итог\\p{L}*|висновк\\p{L}*|выводы)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?$`,
);

/**
 * A meeting as the object of a comment or an assessment: "коментуючи переговори",
 * "комментируя встречу", "прокоментував зустріч", "назвав розмову корисною", "оценил итоги
 * переговоров". Matched against the words right before the meeting word (at most two
 * modifiers between: "назвав віденські розмови").
 */
const COMMENT_BEFORE = caselessRegExp(
  `${B}(?:коментуючи|комментируя|оцінюючи|оценивая|прокоментува(?:в|ла|ли)|прокомментирова(?:л|ла|ли)|прокоменту(?:є|ють)|прокомментиру(?:ет|ют)|згада(?:в|ла|ли|є|ють)|упомян(?:ул|ула|ули|ет|ут)|оціни(?:в|ла|ли)|оцени(?:л|ла|ли)|назва(?:в|ла|ли)|назвал(?:а|и)?|охарактеризува(?:в|ла|ли)|охарактеризова(?:л|ла|ли))\\s+(?:(?:підсумк|результат|итог|хід|ход)\\p{L}*\\s+)?(?:\\p{Ll}[\\p{L}'’ʼ-]*(?:ий|ый|ой|а|я|е|є|і|и|у|ю|ую|юю|ого|ої|их|ых|ів|ов)\\s+){0,2}$`,
);

export function isCommentTopic(before: string): boolean {
  return COMMENT_BEFORE.test(before);
}

/**
 * A meeting named as the point something came after or since is an earlier one:
 * "невдовзі після зустрічі", "вскоре после переговоров", "з часу переговорів",
 * "с момента встречи", "со времени саммита", "ще з консультацій", "еще с переговоров".
 */
const SINCE_BEFORE = new RegExp(
  `${B}(?:після|после|по\\s+окончании|по\\s+завершении|з\\s+часу|із\\s+часу|від\\s+часу|с\\s+момента|со\\s+времени|з\\s+моменту|після\\s+завершення|(?:ще|еще|ещё|починаючи|начиная)\\s+(?:з|із|зі|с|со))\\s+(?:${MODIFIER_WORD}\\s+){0,3}$`,
  'iu',
);

/**
 * Whether the words before a meeting noun make it the point something came after or
 * since. Only adjectives and nouns in an oblique case may stand between ("після першого
 * раунду"): "після конференції Зеленський поговорив" names the time of the call, not a
 * call recalled.
 */
export function isSinceReference(before: string): boolean {
  return SINCE_BEFORE.test(before);
}

/**
 * Taking part in a meeting named by its noun: "участвовали во встрече", "взяв участь у
 * переговорах", "до розмови долучився", "присутствовал на встрече". The meeting is one
 * already told about (or told in the same sentence), so the mention refers back to it.
 */
const PARTICIPATION = new RegExp(
  `${B}(?:участ\\p{L}*|присутств\\p{L}*|присутн\\p{L}*|долуч\\p{L}*|приєдна\\p{L}*|присоедин\\p{L}*|підключ\\p{L}*|подключ\\p{L}*)${E}`,
  'iu',
);
const GOVERNED = caselessRegExp(String.raw`(?:^|[^\p{L}])(?:у|в|во|на|до|к|ко)\s+(?:\p{Ll}[\p{L}-]*\s+){0,1}$`);

export function isParticipation(before: string, after: string): boolean {
  return GOVERNED.test(before) && (PARTICIPATION.test(before) || PARTICIPATION.test(after));
}

/**
 * Words that set a meeting apart from the others of the story: "окрема зустріч", "окремо
 * поговорив", "отдельные переговоры", "паралельно", "ще одна зустріч", "еще одна встреча".
 */
const DISTINCT_ADVERB = new RegExp(
  `${B}(?:окремо|отдельно|паралельно|параллельно|(?:також|также)\\s+(?:відбул(?:ася|ися|ось|ися)|відбувся|пройшл(?:а|и|о)|пройшов|состоял(?:ась|ся|ись|ось)|прошл(?:а|и|о)|прош[её]л))${E}`,
  'iu',
);
const DISTINCT_BEFORE = new RegExp(
  `${B}(?:окрем(?:а|у|і|ої|ій|ою|их|ими|ий|ого|ому)|отдельн(?:ая|ую|ой|ые|ых|ыми|ый|ого|ом|ому)|(?:ще|еще|ещё)\\s+одн(?:а|у|ієї|ій|ой|ого|ому|ним|им|ою)|додатков\\p{L}*|дополнительн\\p{L}*|паралельн\\p{L}*|параллельн\\p{L}*)\\s+(?:${W})?$`,
  'iu',
);

/**
 * A sentence opened by the adverb ("Окремо в суботу в Женеві …", "Отдельно во вторник …"):
 * whatever stands between it and the meeting word, the meeting is set apart.
 */
const DISTINCT_OPENER = new RegExp(`^[\\s«"„“'–—-]*(?:(?:а|і|и|й|також|также)\\s+)?(?:окремо|отдельно|паралельно|параллельно)${E}`, 'iu');

export function opensDistinct(sentence: string): boolean {
  return DISTINCT_OPENER.test(sentence);
}

/**
 * "окрема двостороння зустріч", "окремо поговорив", "ще одна зустріч": the adjective right
 * before the meeting word (one word may stand between), the adverb anywhere near it.
 * "Окрему увагу приділили зустрічі" is not one: the adjective is about the attention.
 */
export function isDistinct(before: string, near: string): boolean {
  return DISTINCT_BEFORE.test(before) || DISTINCT_ADVERB.test(near);
}

/**
 * Face to face, tête-à-tête, in a break or in the lobby ("у перерві", "в кулуарах"): a talk
 * of two beside a larger meeting.
 */
const FACE_TO_FACE_RE = new RegExp(
  `${B}(?:${FACE_TO_FACE}|${TOGETHER}|(?:у|в|під\\s+час|во\\s+время)\\s+(?:перерв\\p{L}*|перерыв\\p{L}*|кулуар\\p{L}*))${E}`,
  'iu',
);

export function isFaceToFace(near: string): boolean {
  return FACE_TO_FACE_RE.test(near);
}

/** "новий раунд", "новую встречу": right before the meeting word (one word may stand between). */
const RENEWED_BEFORE = new RegExp(`${B}(?:нов(?:ий|ого|ому|им|а|у|ої|ій|ою)|нов(?:ый|ого|ом|ому|ым|ая|ую|ой))\\s+(?:${W})?$`, 'iu');

export function isRenewed(before: string): boolean {
  return RENEWED_BEFORE.test(before);
}

/** A demonstrative before the meeting word points at the one just told: "у цьому засіданні", "этой встречи". */
const DEMONSTRATIVE = new RegExp(
  `${B}(?:ця|цієї|цю|цій|цією|ці|цих|цей|цього|цьому|цим|та|тієї|ту|тій|тому|тим|эта|этой|эту|этом|этому|этим|эти|этих|этот|этого|та|той|ту|том)\\s+(?:${W})?$`,
  'iu',
);

export function isDemonstrativeLead(before: string): boolean {
  return DEMONSTRATIVE.test(before);
}

/**
 * A plan stated as a possibility in the indicative: "може відбутися 1 лютого", "могут
 * состояться уже на следующей неделе", "можуть стати переговори". Readers count it as a
 * planned meeting when something pins it in time; the conditional ("могла б
 * відбутися", "мог бы состояться") stays hypothetical.
 */
export const MODAL_PLAN = new RegExp(
  `${B}мо(?:же|жуть|жет|гут)\\s+(?:(?:вже|уже|також|также|ще|еще|ещё|знову|снова)\\s+)?(?:відбутися|відбутись|состояться|пройти|стати|статися|розпочатися|початися|начаться|продовжитися|продолжиться|зустрітися|зустрітись|встретиться|встретятся)${E}`,
  'iu',
);

/**
 * Time words that pin a meeting in the near future without a day: "наступного тижня",
 * "на следующей неделе", "найближчими вихідними", "в ближайшие дни", and the next round
 * or stage ("наступний раунд", "следующим этапом").
 */
const FUTURE_ANCHOR = new RegExp(
  `${B}(?:наступного\\s+тижня|на\\s+наступному\\s+тижні|наступного\\s+місяця|на\\s+следующей\\s+неделе|в\\s+следующем\\s+месяце|найближчим\\s+часом|в\\s+ближайшее\\s+время|найближчими\\s+(?:днями|тижнями|вихідними)|цими\\s+вихідними|на\\s+цих\\s+вихідних|в\\s+ближайшие\\s+(?:дни|недели|выходные)|(?:ще\\s+|еще\\s+|ещё\\s+)?до\\s+(?:кінця|конца)\\s+(?:цього\\s+|этого\\s+|поточного\\s+|текущего\\s+)?(?:року|года|місяця|месяца|тижня|недели)|на\\s+этих\\s+выходных|в\\s+эти\\s+выходные|на\\s+вихідних|у\\s+вихідні|на\\s+выходных|в\\s+выходные|${NEXT_ROUND})${E}`,
  'iu',
);

export function hasFutureAnchor(text: string): boolean {
  return FUTURE_ANCHOR.test(text);
}

const NEXT = new RegExp(`${B}(?:${NEXT_ROUND})${E}`, 'iu');

/** "Наступний раунд", "следующим этапом": the meeting lies ahead unless a verb says otherwise. */
export function hasNextMarker(text: string): boolean {
  return NEXT.test(text);
}

/**
 * A week or month gone by, named without a day ("на минулому тижні", "на прошлой неделе",
 * "минулого місяця"): the meeting's time is that period, so no day may be filled in.
 */
const LAST_PERIOD = new RegExp(
  `${B}(?:минулого\\s+(?:тижня|місяця)|на\\s+(?:поза)?минулому\\s+тижні|минулому\\s+місяці|на\\s+(?:поза)?прошлой\\s+неделе|в\\s+прошлом\\s+месяце|прошлого\\s+месяца)${E}`,
  'iu',
);

export function namesLastPeriod(text: string): boolean {
  return LAST_PERIOD.test(text) || SEASON.test(text) || PART_OF_PERIOD.test(text);
}

/**
 * A part of a week or month without a day ("на початку тижня", "в начале месяца", "наприкінці
 * місяця"): a time frame; told as held, an earlier meeting of this week or month.
 */
const PART_OF_PERIOD = new RegExp(
  `${B}(?:(?:на\\s+)?початку|(?:в\\s+|у\\s+)?середині|наприкінці|в\\s+кінці|в\\s+начале|в\\s+середине|в\\s+конце)\\s+(?:(?:цього|минулого|этого|прошлого)\\s+)?(?:тижня|місяця|недели|месяца)${E}`,
  'iu',
);

export function namesPartOfPeriod(text: string): boolean {
  return PART_OF_PERIOD.test(text);
}

/** A season named without a day ("навесні", "восени", "в конце лета", "летом"): a time frame too. */
const SEASON = new RegExp(
  `${B}(?:навесні|влітку|улітку|восени|взимку|узимку|весною|літом|весной|летом|осенью|зимой|(?:на\\s+)?(?:початку|кінці)\\s+(?:весни|літа|осені|зими)|наприкінці\\s+(?:весни|літа|осені|зими)|в\\s+(?:начале|конце|середине)\\s+(?:весны|лета|осени|зимы))${E}`,
  'iu',
);

/** A month as an adjective before a meeting word: "мартовский раунд", "у жовтневих переговорах". */
const MONTH_ADJECTIVES =
  'січнев|лютнев|березнев|квітнев|травнев|червнев|липнев|серпнев|вереснев|жовтнев|листопадов|груднев|январск|февральск|мартовск|апрельск|майск|июньск|июльск|августовск|сентябрьск|октябрьск|ноябрьск|декабрьск';

/**
 * A month named without a day ("у листопаді", "в октябре", "наприкінці грудня", "в начале
 * января", a plan "на середину июня"): the meeting's time is that month, so no day may be filled in from elsewhere.
 * Group 1 (a month noun) or 2 (a month adjective) is the month word.
 */
const MONTH_FRAME = new RegExp(
  `${B}(?:(?:у|в|во|(?:на\\s+)?початку|(?:в\\s+)?середині|наприкінці|в\\s+кінці|в\\s+начале|в\\s+середине|в\\s+конце|на\\s+(?:середину|початок|кінець|начало|конец))\\s+(${MONTH_WORDS})${E}` +
    `|(${MONTH_ADJECTIVES})\\p{L}*\\s+(?=(?:${W}){0,1}(?:раунд|${MEETING_STEMS})))`,
  'giu',
);

/** Month numbers (1–12) of the bare months named in `text`. */
export function framedMonths(text: string): { month: number; start: number; end: number }[] {
  const out: { month: number; start: number; end: number }[] = [];
  for (const match of text.matchAll(MONTH_FRAME)) {
    const word = (match[1] ?? match[2]!).toLowerCase();
    const month = MONTH_STEMS.findIndex((stems) => stems.some((stem) => word.startsWith(stem))) + 1;
    if (month > 0) out.push({ month, start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/**
 * Going somewhere: a destination written with such a verb is where the traveller's next
 * meeting is ("в Москву приедет Уиткофф. … Уиткоффа примет Путин").
 */
export const TRAVEL = new RegExp(
  `${B}(?:прибу\\p{L}*|прибыл\\p{L}*|прибуд\\p{L}*|приїх\\p{L}*|приїд\\p{L}*|приех\\p{L}*|приед\\p{L}*|прилет\\p{L}*|прилеті\\p{L}*|вилет\\p{L}*|вилеті\\p{L}*|вылет\\p{L}*|вируш\\p{L}*|отправ\\p{L}*|відправ\\p{L}*|поїх\\p{L}*|поїд\\p{L}*|поед\\p{L}*|відвіда\\p{L}*|відвіді\\p{L}*|посет\\p{L}*|посещ\\p{L}*|візит\\p{L}*|визит\\p{L}*)${E}`,
  'iu',
);

/**
 * A place as the host of a meeting: "Женева вже приймала переговори", "Стамбул примет
 * встречу", "Ер-Ріяд стане майданчиком для переговорів". Matched against the words between
 * the place (the subject) and the meeting word.
 */
export const HOSTING_BETWEEN = caselessRegExp(
  `^\\s+(?:\\p{Ll}+\\s+){0,2}(?:прийма(?:ла|в|ло|ли|є|ють)|прийматим(?:е|уть)|прийм(?:е|уть)|принима(?:ла|л|ло|ли|ет|ют)|прим(?:ет|ут)|(?:стане|стала|став|станет|стала|стал|є|является|будет)\\s+(?:місцем|местом|майданчиком|площадкой)(?:\\s+(?:для|проведення|проведения))?)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$`,
);

/** "там", "туди", "туда": the place named just before. */
export const THERE = new RegExp(`${B}(?:там|туди|туда)${E}(?!\\s*,?\\s*(?:де|где)${E})`, 'giu');

export function isTopicReference(before: string): boolean {
  return TOPIC_BEFORE.test(before);
}

export function isRecallOpener(sentence: string): boolean {
  return RECALL_OPENER.test(sentence);
}

export function isRecapOpener(block: string): boolean {
  return RECAP_OPENER.test(block);
}

export function hasRecallWord(text: string): boolean {
  return RECALL_WORD.test(text);
}

/**
 * A party named without a known actor: "з українською делегацією", "с американской
 * стороной", "європейськими партнерами", "российской делегации".
 */
const PARTY = new RegExp(
  `${B}(?:українськ|американськ|російськ|європейськ|британськ|французьк|німецьк|турецьк|украинск|американск|российск|европейск|британск|французск|немецк|турецк|катарськ|катарск|саудівськ|саудовск|еміратськ|эмиратск)\\p{L}*\\s+(?:делегаці|делегаци|сторон|партнер|колег|команд|посадов|чиновник|переговірник|переговорщик|представник|представител|радник|советник|лідер|лидер|посередник|посредник)\\p{L}*`,
  'giu',
);

/**
 * "Сторони поспілкувалися", "стороны договорились": "the sides" as the subject of a plural
 * past verb are the two parties of the meeting.
 */
const SIDES = caselessRegExp(`${B}(?:обидві\\s+|обидва\\s+|обе\\s+|обоих\\s+)?(?:сторони|стороны)\\s+(?:${W}){0,1}\\p{Ll}+(?:ли|лися|лись)${E}`);

export function namesSides(text: string): boolean {
  return SIDES.test(text);
}

export function partySpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PARTY)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A sentence that lists a delegation ("до складу делегації увійшли", "у складі",
 * "делегацію очолив", "США представляють", "в состав делегации вошли", "возглавил").
 */
const DELEGATION_LIST = new RegExp(
  `${B}(?:на\\s+чолі\\s+з|во\\s+главе\\s+с|до\\s+складу|у\\s+складі|в\\s+складі|в\\s+состав(?:е)?|делегаці\\p{L}*\\s+очол\\p{L}*|очол(?:ив|ила|ює|юватиме|ять|ить)\\s+(?:${W}){0,1}делегаці\\p{L}*|делегаци\\p{L}*\\s+возглав\\p{L}*|возглав(?:ил|ила|ит|ят|ляет)\\s+(?:${W}){0,1}делегаци\\p{L}*|представля(?:ють|тимуть|ли|ть|ют|ет|є)|представлять\\s+будут|увійшли|увійдуть|вошли|войдут)${E}`,
  'iu',
);

export function isDelegationList(text: string): boolean {
  return DELEGATION_LIST.test(text);
}

/** On the sidelines or in the lobby of a larger meeting: "на полях саміту", "в кулуарах форуму". */
export const SIDELINES = 'на\\s+полях|(?:у|в)\\s+кулуарах';

/**
 * A phrase right before a meeting word that makes it another event than the one the
 * sentence reports: a sequence ("після саміту … зустрівся", "на полях саміту … провів
 * зустріч", "перед переговорами …
 * провів", "напередодні переговорів"), a starting point ("з часу переговорів у Стамбулі",
 * "с момента встречи") or a topic ("присвячена результатам переговорів", "по итогам
 * встречи … договорились"). At most two modifiers stand between. Group 1 is the phrase up
 * to the meeting word, group 2 the words that say the other event came first.
 */
export const SEQUENCE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])((?:(?:${EARLIER_EVENT})|(?:${SIDELINES})|перед|напередодні|накануне|за\\s+(?:день|добу|сутки)\\s+до(?:\\s+(?:початку|старту|відкриття|начала|старта|открытия))?)\\s+(?:${MODIFIER_WORD}\\s+){0,2})$`,
  'iu',
);

/** The sequence phrase says the other event came first ("після", "з часу", "за підсумками"). */
export const EARLIER_FIRST = new RegExp(`^(?:${EARLIER_EVENT})${E}`, 'iu');

/** Verbs of reporting to someone: the addressee is not a participant ("доповів президенту"). */
export const REPORT_VERB = new RegExp(
  `${B}(?:допов(?:ів|іла|іли|ідає|ідатиме|ідатимуть|сти)|доложи(?:л|ла|ли|т)|доклад\\p{L}*|поінформува\\p{L}*|проинформирова\\p{L}*|проінформува\\p{L}*)${E}`,
  'iu',
);

/**
 * Nouns of a relation that make the next person's name a modifier, not a participant:
 * "зять Трампа Джаред Кушнер", "спецпосланець Трампа", "команди президента США".
 */
export const RELATION_NOUN = new RegExp(
  `${B}(?:зят\\p{L}*|спецпосланц\\p{L}*|спецпосланець|посланц\\p{L}*|посланець|посланник\\p{L}*|спецпредставител\\p{L}*|спецпредставник\\p{L}*|команд\\p{L}*|адміністраці\\p{L}*|администраци\\p{L}*|оточенн\\p{L}*|окружени\\p{L}*|радник\\p{L}*|советник\\p{L}*|помічник\\p{L}*|помощник\\p{L}*|речник\\p{L}*|пресс-секретар\\p{L}*|прес-секретар\\p{L}*|дружин\\p{L}*|жен(?:а|ы|е|у|ой|ою)|соратник\\p{L}*|уряд\\p{L}*|правительств\\p{L}*|представник\\p{L}*|представител\\p{L}*|указ\\p{L}*|указом|план\\p{L}*|мирн\\p{L}*\\s+план\\p{L}*)\\s*$`,
  'iu',
);

/** Hypothetical meetings: offered, wished for, possible, conditional. */
export const HYPOTHETICAL = new RegExp(
  `${B}(?:не\\s+виключа\\p{L}*|не\\s+исключа\\p{L}*|не\\s+виключи(?:в|ла|ли)|не\\s+исключи(?:л|ла|ли)|можлив\\p{L}*|возможн\\p{L}*|пропону\\p{L}*|запропонува\\p{L}*|предлага\\p{L}*|предложи\\p{L}*|закликав|закликала|закликали|призвал\\p{L}*|призыва\\p{L}*|хоче|хочуть|хочет|хотят|хотів\\s+би|хотел\\s+бы|бажа\\p{L}*|желает|желают|якщо|если|у\\s+разі|в\\s+случае|ймовірн\\p{L}*|вероятн\\p{L}*|потенційн\\p{L}*|потенциальн\\p{L}*|імовірн\\p{L}*|гіпотетичн\\p{L}*|гипотетическ\\p{L}*|мрі(?:яв|яла|яли|є|ють|ю)|мечта(?:л|ла|ли|ет|ют|ю)|фантазу(?:є|ють|вав|вала|вали|ю)|фантазиру(?:ет|ют|ю)|фантазировал\\p{L}*|ідея|идея|ідею|идею|мо(?:же|жуть|жет|гут|гли|гла|г)\\s+(?:б\\s+|бы\\s+)?(?:\\p{L}+\\s+)?(?:відбутися|состояться|пройти|зустрітися|зустрітись|встретиться|провести|поговорити|поговорить)|готов(?:ий|а|і|ы)?\\s+(?:до|к|зустрітися|встретиться|провести)|відмовля\\p{L}*|отказыва\\p{L}*|немає\\s+планів|нет\\s+планов|не\\s+планує\\p{L}*|не\\s+планиру\\p{L}*|не\\s+обговорю\\p{L}*|не\\s+обсужда\\p{L}*|не\\s+йдеться|не\\s+идет\\s+речь|речі\\s+не\\s+йде|поки\\s+не\\s+(?:планується|обговорюється|йдеться)|пока\\s+не\\s+(?:планируется|обсуждается|идет\\s+речь))${E}`,
  'iu',
);

/** A condition: "якщо", "если", "у разі", "в случае". */
export const CONDITIONAL = /^(?:якщо|если|у\s+разі|в\s+случае)/iu;

const SO_FAR = '(?:ще|ещё|еще|поки\\s+що|поки|пока|наразі|сейчас|зараз)';

/** "ни места, ни даты пока нет", "ні дати, ні міста ще немає": nothing pinned down yet. */
export const NOTHING_SET = new RegExp(
  `${B}(?:ні|ни)\\s+(?:дати|даты|місця|міста|места|города|терміну|срока|сроков)\\s*,\\s*(?:ні|ни)\\s+(?:дати|даты|місця|міста|места|города|терміну|срока|сроков)\\s+(?:\\p{L}+\\s+){0,2}?(?:немає|нема|нет|не\\s+(?:визначено|назначено|определено|названо|оголошено|объявлено))${E}`,
  'iu',
);

/**
 * A plan denied in the present: "тристоронню зустріч наразі не обговорюють", "встреча не
 * планируется", "про саміт не йдеться". Past forms ("не обговорювали питання") say what a
 * held meeting left out, so they are not here.
 */
export const DENIED_PLAN = new RegExp(
  `${B}(?:ніким\\s+|никем\\s+|ніхто\\s+|никто\\s+)?не\\s+(?:готу(?:ють|ється)|готов(?:ят|ится)|обговорю(?:ють|ється)|обсужда(?:ют|ется)|плану(?:ють|ється|є)|планиру(?:ют|ется|ет)|розгляда(?:ють|ється)|рассматрива(?:ют|ется)|йдеться|ид[её]т\\s+речь|ид[её]т\\s+речи|стоїть\\s+на\\s+порядку|стоит\\s+на\\s+повестке|на\\s+порядку\\s+денному|на\\s+повестке)${E}` +
    `|${B}(?:мова|речь|речі|розмова)\\s+(?:поки\\s+що\\s+|поки\\s+|пока\\s+|сейчас\\s+|зараз\\s+)?не\\s+(?:йде|ид[её]т)${E}` +
    `|${B}(?:немає|нема|нет)\\s+на\\s+(?:порядку\\s+денному|повестке)${E}` +
    // "для зустрічі «немає підстав»", "для встречи нет оснований": no ground for it now.
    `|${B}(?:немає|нема|нет)\\s+(?:жодних\\s+|никаких\\s+|поки\\s+|пока\\s+)?[«"„“]?(?:підстав|оснований|причин)${E}` +
    // "говорити передчасно", "говорить пока рано", "передчасно говорити": nothing to tell yet.
    `|${B}(?:говорити|говорить|казати)\\s+(?:${SO_FAR}\\s+)?(?:передчасно|зарано|рано|преждевременно)${E}` +
    `|${B}(?:передчасно|зарано|преждевременно|рано)\\s+(?:${SO_FAR}\\s+)?(?:говорити|говорить|казати)${E}` +
    // "саміт вважає передчасним", "встречу считают преждевременной": not on the table.
    `|${B}(?:вважа(?:ють|є|ли|в|ла)|счита(?:ют|ет|ли|л|ла))\\s+(?:${W}){0,1}[«"„“]?(?:передчасн|преждевременн)\\p{L}*` +
    // "зустрічі найближчим часом чекати не варто", "встречи ждать не стоит": not to be expected.
    `|${B}(?:чекати|очікувати|ждать|ожидать)\\s+(?:${SO_FAR}\\s+)?не\\s+(?:варто|слід|треба|стоит|следует|приходится|приходиться)${E}` +
    `|${B}не\\s+(?:варто|слід|треба|стоит|следует)\\s+(?:${SO_FAR}\\s+)?(?:чекати|очікувати|ждать|ожидать)${E}` +
    // "цього саміту ніхто не планував", "такую встречу никто не предлагал": nobody ever meant it.
    `|${B}(?:ніхто|никто)\\s+(?:(?:й|і|и|навіть|даже)\\s+)?не\\s+(?:пропонува\\p{L}*|предлага\\p{L}*|планува\\p{L}*|планирова\\p{L}*|готува\\p{L}*|готови\\p{L}*|анонсува\\p{L}*|анонсирова\\p{L}*|обговорюва\\p{L}*|обсужда\\p{L}*)${E}`,
  'iu',
);

/**
 * Not announced yet, right after the meeting word ("Официально встречу пока не анонсировали",
 * "зустріч ще не оголосили"): a remark on a meeting told before, not one of its own. A day or a
 * place "not announced" ("дату якої ще не оголосили") leaves the meeting standing.
 */
export const NOT_ANNOUNCED_AFTER = new RegExp(
  `^\\s+(?:${SO_FAR}\\s+)?(?:офіційно\\s+|официально\\s+)?не\\s+(?:анонсува|анонсирова|оголоси|оголошува|объяви|объявля)\\p{L}*${E}`,
  'iu',
);

/**
 * No preparations for it: "жодних приготувань до такої зустрічі немає", "никакой подготовки к
 * встрече не ведется" — written before the meeting word, they deny it as DENIED_PLAN does after.
 */
export const NO_PREPARATION_BEFORE = new RegExp(
  `${B}(?:жодних|жодної|ніяких|ніякої|никаких|никакой)\\s+(?:приготувань|підготовки|приготовлений|подготовки)\\s+(?:до|к|ко)\\s+(?:[\\p{L}'’ʼ-]+\\s+){0,2}$`,
  'iu',
);

/** "ще", "поки що", "пока": a word of "so far" between the words of a denial. */

/**
 * "Про нову зустріч … мова поки не йде", "О переговорах … речь сейчас не идет": a meeting named as the topic
 * ("про/о/об" right before its noun) and denied anywhere later in the sentence, past
 * parentheticals and quotation marks.
 */
export const ABOUT_BEFORE = new RegExp(`${B}(?:про|о|об)\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu');

/**
 * A sign-off: "До нових зустрічей!", "До встречи в понедельник!", "До зустрічі в ефірі." —
 * a short sentence that opens with "до зустрічі/встречи" is a farewell, no meeting.
 */
const FAREWELL = /^[\s«"„“'–—-]*до\s+(?:(?:нов|скор|наступн|следующ)\p{L}*\s+)?(?:зустрічі|зустрічей|встречи|встреч)(?![\p{L}])[^.!?]{0,40}[.!?…]*\s*$/iu;

export function isFarewell(sentence: string): boolean {
  return FAREWELL.test(sentence);
}

/**
 * An interview's credit line: "Розмову записано в Києві.", "Бесіду вела Ірина Коваль.",
 * "Беседу записал …", "Интервью подготовила …" — the conversation is the interview itself,
 * no meeting between the people it names.
 */
const INTERVIEW_CREDIT =
  /^[\s*_–—-]*(?:розмову|бесіду|інтерв['’ʼ]ю|беседу|разговор|интервью)\s+(?:записа\p{L}*|вів|вела|вел|підготува\p{L}*|подготови\p{L}*)(?![\p{L}])/iu;

export function isInterviewCredit(sentence: string): boolean {
  return INTERVIEW_CREDIT.test(sentence);
}

/**
 * A claim the article does not vouch for: a rumour ("чутки, ніби …", "слухи о том, что …"), a
 * hearsay opening the sentence ("Кажуть, що …", "Говорят, …"), a
 * question whether something is true ("Чи правда, що …?", "Правда ли, что …"), or what a
 * correction owns up to have written wrongly ("помилково повідомили, що …", "ошибочно написали"),
 * a report someone denies ("спростував повідомлення про …", "опроверг сообщения о …"), or
 * something only alleged ("про нібито підготовку", "о якобы готовящейся встрече").
 * A meeting word after it belongs to the claim, not to the news.
 */
const UNVOUCHED_CLAIM = new RegExp(
  `${B}(?:(?:чутк\\p{L}*|чуток|слух(?:и|ов|ам|ами|ах)?)\\s*,?\\s+(?:(?:про|о)\\s+(?:те|том)\\s*,?\\s+)?(?:ніби|нібито|начебто|що|будто|якобы|что)` +
    // Hearsay opening the sentence as an aside ("Говорят, вы встречались …", "А кажуть, що …"):
    // an interviewer's or a writer's rumour, not the news ("як кажуть" mid-sentence is an idiom).
    `|^[\\s«"„“'*_–—-]*(?:(?:а|и|і|й|но|але)\\s+)?(?:кажуть|говорять|подейкують|говорят|поговаривают)\\s*,` +
    `|(?:чи|хіба)\\s+(?:це\\s+)?правда\\s*,?\\s+(?:що|ніби|нібито)|правда\\s+ли\\s*,?\\s+(?:что|будто)` +
    `|(?:помилково|хибно|ошибочно|неверно|ложно)\\s+(?:${W}){0,1}(?:написа|повідоми|стверджува|сообщи|утвержда|указа|вказа)\\p{L}*` +
    `|(?:спростува|заперечи|заперечува|опроверг|опровер|отверг)\\p{L}*\\s+(?:${W}){0,1}(?:повідомлен|інформаці|чутк|публікаці|сообщени|информаци|слух|публикаци)\\p{L}*` +
    // A report that something happened ("поширилася інформація, нібито …", "появились сведения,
    // будто …"): what follows is the report's, not the news.
    `|(?:інформаці|повідомлен|відомост|дан(?:і|их)|информаци|сообщени|сведени|данн(?:ые|ых))\\p{L}*\\s*,?\\s+(?:ніби|нібито|начебто|будто|якобы)` +
    // A meeting verb told as alleged: "Лавров якобы встречался с …", "нібито зустрівся".
    `|(?:нібито|начебто|якобы|будто\\s+бы)\\s+(?:${W}){0,1}(?:зустр|встреч|встрет|бачи|виделс|виделись|созвон|зідзвон|розмовля|разговарива|провів|провела|провели|провел)\\p{L}*` +
    // Only when what is alleged is the meeting or its making, not "про нібито атаку в розмові".
    `|(?:про|щодо|о|об)\\s+(?:нібито|начебто|якобы|будто\\s+бы)\\s+(?:${W}){0,1}(?:підготовк|організац|зустріч|переговор|перемовин|розмов|саміт|візит|подготовк|организац|готовящ|встреч|разговор|саммит|визит)\\p{L}*)${E}`,
  'iu',
);

/** Where an unvouched claim starts in a sentence, or -1. */
export function unvouchedClaimAt(sentence: string): number {
  return UNVOUCHED_CLAIM.exec(sentence)?.index ?? -1;
}

/** A part of today: "увечері відбудеться", "сегодня вечером примет", "вранці". */
const PART_OF_TODAY = new RegExp(`${B}(?:увечері|ввечері|вранці|зранку|вечером|утром)${E}`, 'iu');

export function hasPartOfToday(text: string): boolean {
  return PART_OF_TODAY.test(text);
}
