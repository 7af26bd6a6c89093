/**
 * Sentence-level cues for dates: does a clause point forward (future tense, plans), and
 * does a sentence open with a recall marker ("Нагадаємо", "Напомним")?
 */
import type { Sentence } from '../../text/sentences.ts';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Words and phrases that make a clause point forward. Exact forms, not stems. */
/** Opening or resuming in the future: a clause pointing forward, and a planned meeting's status. */
export const OPENING_AHEAD = 'відкри(?:ється|ються)|віднов(?:иться|ляться)|откро(?:ется|ются)|возобнов(?:ится|ятся)';

const FUTURE_WORDS = [
  // uk
  'відбуд(?:еться|уться)',
  'пройд(?:е|уть)',
  'буд(?:е|уть|емо)',
  'запланован\\p{L}*',
  'заплановано',
  'план(?:ується|уються|ує|ують)',
  'провед(?:е|уть)',
  'продовж(?:ать|ить|иться|аться|имо)',
  '(?:роз)?почн(?:еться|уться)',
  // Every person, the first ones as interviews quote them ("я зустрінуся", "зустрінемось").
  'зустрін(?:еться|уться|уся|усь|емося|емось|ешся)',
  'обговор(?:ять|ить)',
  'збер(?:еться|уться)',
  // Talking or calling ahead: "поговорять телефоном у понеділок", "зідзвоняться в середу".
  '(?:по|пере)говор(?:ять|ить|имо)',
  'зідзвон(?:яться|иться|имося|имось|юся|юсь)',
  'зателефону(?:є|ють)',
  'стартує',
  // Starting in the present tense is news of what is about to start: "у понеділок стартують консультації".
  'старту(?:ють|є)',
  '(?:роз)?почина(?:ються|ється)',
  // An obligation with any infinitive is ahead: "у вівторок мають прибути до Москви".
  '(?:має|мають|повинна|повинен|повинні|мусить|мусять)\\s+(?:вже\\s+|ще\\s+)?\\p{L}+(?:ти|тися|тись)',
  // A host receiving or a visitor coming: "у четвер прийме делегацію", "відвідає Київ у п'ятницю".
  'прийм(?:е|уть)',
  'відвіда(?:є|ють)',
  // Going somewhere in the present tense means going there soon: "у середу летимо до …".
  '(?:ї|по[ї])д(?:емо|уть|е)|лет(?:имо|ять|ить)|виліта(?:ємо|ють|є)|вируша(?:ємо|ють|є)',
  // Arriving in the perfective future: "у п'ятницю прилетить до Лондона", "приїде в середу".
  'прилет(?:ить|ять|имо)|приїд(?:е|уть|емо)|прибуд(?:е|уть|емо)',
  'очіку(?:ється|ються)',
  '(?:має|мають|повинна|повинен|повинні|повинно|мусить|мусять)\\s+(?:відбутися|пройти|розпочатися|початися)',
  'наступного\\s+тижня',
  'на\\s+наступному\\s+тижні',
  'найближчим\\s+часом',
  // A possibility in the present indicative looks ahead: "може відбутися у п'ятницю".
  '(?:може|можуть)\\s+(?:(?:вже|також|ще|знову)\\s+)?(?:відбутися|відбутись|пройти|розпочатися|початися|продовжитися|зустрітися|зустрітись)',
  // ru
  'состо(?:ится|ятся)',
  '(?:по)?ед(?:ем|ут|ет)|лет(?:им|ят|ит)|вылета(?:ем|ют|ет)|отправля(?:емся|ются|ется)',
  'прилет(?:ит|ят|им)|приед(?:ет|ут|ем)|прибуд(?:ет|ут|ем)',
  'пройд(?:ет|ёт|ут)',
  'провед(?:ет|ёт|ут)',
  'продолж(?:ат|ит|ится|атся|им)',
  'начн(?:ет|ёт|ут|ется|ётся|утся)',
  'встрет(?:ится|ятся|имся|ишься)',
  'встречусь',
  'обсуд(?:ят|ит)',
  'собер(?:ется|ётся|утся)',
  '(?:по|пере)говор(?:ят|ит|им)',
  'созвон(?:ятся|ится|имся|юсь)',
  'позвон(?:ит|ят)',
  'прим(?:ет|ут)',
  'посет(?:ит|ят)',
  'буд(?:ет|ут|ем)',
  'запланирован\\p{L}*',
  'планиру(?:ется|ются|ет|ют)',
  'намечен\\p{L}*',
  'ожида(?:ется|ются)',
  'предсто(?:ит|ят|ящ\\p{L}*)',
  '(?:должна|должен|должны|должно)\\s+(?:пройти|состояться|начаться)',
  '(?:должна|должен|должны|должно)\\s+(?:уже\\s+|еще\\s+|ещё\\s+)?\\p{L}+(?:ть|ться|ти|тись)',
  'старту(?:ют|ет)',
  'начина(?:ются|ется)',
  'на\\s+(?:следующей|будущей)\\s+неделе',
  '(?:может|могут)\\s+(?:(?:уже|также|еще|ещё|снова)\\s+)?(?:состояться|пройти|начаться|продолжиться|встретиться|встретятся)',
  'в\\s+ближайшее\\s+время',
  // Opening or resuming ahead: "в понедельник откроется раунд", "переговори відновляться в середу".
  OPENING_AHEAD,
];

/** Ukrainian imperfective future: "працюватиме", "займатиметься", "доповідатиме". */
const UK_SYNTHETIC_FUTURE = '(?<=\\p{L})тим(?:е|уть|емо|ете|еш)(?:ся)?';

const FUTURE_RE = new RegExp(
  `${B}(?:${FUTURE_WORDS.join('|')})${E}|${UK_SYNTHETIC_FUTURE}${E}`,
  'iu',
);

/** A plan's participle ("запланована", "намеченная"): ahead only while nothing says how it went. */
const PLAN_PARTICIPLES = new Set(['запланован\\p{L}*', 'заплановано', 'запланирован\\p{L}*', 'намечен\\p{L}*']);
const FUTURE_BUT_PLAN_RE = new RegExp(
  `${B}(?:${FUTURE_WORDS.filter((w) => !PLAN_PARTICIPLES.has(w)).join('|')})${E}|${UK_SYNTHETIC_FUTURE}${E}`,
  'iu',
);
/**
 * A plan that did not come off: "зустріч, запланована на вівторок, не відбулася", "встреча,
 * намеченная на среду, не состоялась", "сорвалась". The day planned is behind.
 */
const DID_NOT_TAKE_PLACE =
  /(?<![\p{L}])(?:не\s+(?:відбул(?:ася|ися|ося|ось|ся)|відбувся|состоял(?:ась|ся|ись|ось))|зірвал(?:ася|ися|ося|ся)|сорвал(?:ась|ись|ось|ся))(?![\p{L}])/iu;

/** True when the clause holds a marker of the future. */
export function isFutureClause(text: string): boolean {
  if (!FUTURE_RE.test(text)) return false;
  return !DID_NOT_TAKE_PLACE.test(text) || FUTURE_BUT_PLAN_RE.test(text);
}

const RECALL_RE = new RegExp(
  '^[\\s«"„“\'–—-]*(?:' +
    [
      'нагада(?:ємо|ю)',
      'нагадуємо',
      'напомн(?:им|ю)',
      'як\\s+відомо',
      'как\\s+известно',
      'раніше',
      'ранее',
      'як\\s+повідомля(?:лося|в|ла|ли)',
      'как\\s+сообща(?:лось|л|ла|ли)',
      'як\\s+писа(?:в|ла|ли)',
      'как\\s+писа(?:л|ла|ли)',
    ].join('|') +
    `)${E}`,
  'iu',
);

/** True when the sentence opens with a recall marker (a recap of earlier news). */
export function isRecallSentence(text: string): boolean {
  return RECALL_RE.test(text);
}

/**
 * Where clauses start inside a sentence: after ";", and before ", а/але/проте/однак/
 * тоді як/що/щоб" and ", а/но/однако/тогда как/что/чтобы". A date and a future verb in
 * different clauses ("6 січня відбулася зустріч, а 7 січня продовжать") are kept apart.
 */
const CLAUSE_BREAK = new RegExp(
  `;|,\\s*(?=(?:а|але|проте|однак|тоді\\s+як|що|щоб|но|однако|тогда\\s+как|в\\s+то\\s+время\\s+как|что|чтобы)${E})`,
  'giu',
);

/** Clauses of a sentence, as offsets into the block's text. */
export function splitClauses(sentence: Sentence): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of sentence.text.matchAll(CLAUSE_BREAK)) {
    const cut = match.index + match[0].length;
    clauses.push({ start: sentence.start + start, end: sentence.start + match.index });
    start = cut;
  }
  clauses.push({ start: sentence.start + start, end: sentence.end });
  return clauses;
}
