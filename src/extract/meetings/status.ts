/**
 * Whether a meeting was held, is planned, was postponed or cancelled, from the verbs and
 * markers around its meeting word: "відбулася", "состоялась", "провели" → held;
 * "запланована", "відбудеться", "состоится", "продовжать", "може відбутися" → planned; "перенесли",
 * "отложена" → postponed; "скасували", "отменена", "не состоялась" → cancelled;
 * "розпочалася", "триває", "проходят" (under way today) → held, dated by the article.
 */
import type { MeetingStatus } from '../../types.ts';
import { atWordStart, E } from './vocabulary.ts';

export type StatusCueKind = MeetingStatus | 'today';

export interface StatusCue {
  kind: StatusCueKind;
  start: number;
  end: number;
}

const CANCELLED = [
  'скасува(?:ли|в|ла|ти)',
  'скасован\\p{L}*',
  'скасовано',
  'скасуванн\\p{L}*',
  'скасову(?:ється|ються)',
  'отмени(?:ли|л|ла|ть|т)',
  'отменен\\p{L}*',
  'отмена|отмены|отмену',
  'отменя(?:ется|ются)',
  'зірва(?:лася|лись|лися|ли|ла|но)',
  'сорва(?:лась|лись|лся|ли|ла|но)',
  'не\\s+відбул(?:ася|ась|ися|ись|ося|ся)',
  'не\\s+відбувся',
  'не\\s+відбуд(?:еться|уться)',
  'не\\s+состо(?:ялась|ялся|ялись|ялось|ится|ятся)',
  'не\\s+пройд(?:е|уть|ет|ут)',
  'не\\s+(?:пройшла|пройшли|прошла|прошли)',
];

const POSTPONED = [
  'перенес(?:ли|ла|ло|ено|ена|ений|ені|ен|ены|ут|уть|ти|ла)',
  'перенесен\\p{L}*',
  'перенесенн\\p{L}*',
  'перенос(?:у|ом|а|ять|ить|иться|ится|ятся|яться|яться)?',
  'переноси(?:ли|ла|ться|тся)',
  'відкла(?:ли|в|ла|дено|дена|дений|дені|дається|даються|сти)',
  'відкладен\\p{L}*',
  'відкладанн\\p{L}*',
  'отложи(?:ли|л|ла|ть|т)',
  'отложен\\p{L}*',
  'откладыва(?:ется|ются|ют|ет|ли)',
  'відтермінова\\p{L}*',
  'отсроч\\p{L}*',
];

const HELD = [
  'відбул(?:ася|ась|ися|ись|ося|ся)',
  'відбувся',
  'пройшл(?:а|и|о)',
  'пройшов',
  'провел(?:а|и)',
  'провів',
  'проводил(?:а|и)',
  'проводив',
  'взя(?:в|ла|ли)\\s+участь',
  'бра(?:в|ла|ли)\\s+участь',
  'завершил\\p{L}*',
  'закінчил\\p{L}*',
  'обговорил\\p{L}*',
  'обговорювал\\p{L}*',
  'обговорював',
  'домовил(?:ися|ись|ася|ась|ся)',
  'узгодил\\p{L}*',
  'погодил\\p{L}*',
  'приєднал\\p{L}*',
  'приєднався',
  'долучил\\p{L}*',
  'долучився',
  'досягли',
  'досягнут\\p{L}*',
  'підсумовуючи',
  'назва(?:в|ла|ли)',
  'очоли(?:в|ла|ли)',
  'бу(?:ла|в|ло|ли)',
  'відбувалися|відбувалася|відбувався',
  'трива(?:ли|ла|в|ло)',
  'проходил(?:а|и|о)?',
  'йшли|ішли|шли|шла|шел',
  'длил(?:ись|ась|ся)',
  'зустр(?:івся|ілася|ілась|ілися|ілись)',
  'поговори(?:в|ла|ли)',
  'сформован\\p{L}*',
  'за\\s+підсумками',
  'за\\s+результатами',
  'про\\s+результати',
  'про\\s+підсумки',
  'состоял(?:ась|ся|ись|ось)',
  'прошл(?:а|и|о)',
  'прош[её]л',
  'провел(?:а|и)?',
  'проводил\\p{L}*',
  'принял(?:а|и)?\\s+участие',
  'участвовал\\p{L}*',
  'закончил\\p{L}*',
  'обсудили',
  'обсуждали',
  'обсуждал',
  'договорил(?:ись|ся|ась)',
  'согласовал\\p{L}*',
  'присоединил(?:ся|ась|ись)',
  'достигнут\\p{L}*',
  'достигли',
  'проведенн\\p{L}*',
  'проведен(?:а|ы|о)?',
  'был(?:а|и|о)?',
  'возглави(?:л|ла|ли)',
  'подве(?:л|ла|ли)',
  'подводя',
  'встрети(?:лся|лась|лись)',
  'по\\s+итогам',
  'по\\s+результатам',
  'о\\s+результатах',
  'об\\s+итогах',
  'приветствовали',
  'привітали',
  'ухвалили|схвалили|підписали|оприлюднили',
  'приняли|одобрили|подписали|опубликовали',
];

const TODAY = [
  'розпочал(?:ася|ась|ися|ись|ся)',
  'почал(?:ася|ась|ися|ись)',
  'стартува(?:ла|ли|в)',
  'трива(?:є|ють)',
  'прохо(?:дить|дять)',
  'продовжу(?:ється|ються)',
  'нача(?:лась|лись|лся)',
  'стартова(?:ла|ли|л)',
  'проход(?:ит|ят)',
  'ид(?:ут|ет)',
  'продолжа(?:ется|ются)',
];

const PLANNED = [
  'відбуд(?:еться|уться)',
  'пройд(?:е|уть|ет|ёт|ут)',
  'запланован\\p{L}*',
  'заплановано',
  'запланува(?:ли|в|ла)',
  'запланирован\\p{L}*',
  'запланирова(?:ли|л|ла)',
  'план(?:ується|уються|ує|ують)',
  'планиру(?:ется|ются|ет|ют)',
  'готу(?:ється|ються)',
  'готов(?:ится|ятся)',
  'продовж(?:ать|ить|иться|аться|имо)',
  'продолж(?:ат|ит|ится|атся|им)',
  'провед(?:уть|е|ут|ет|ёт)',
  'зустрін(?:еться|уться|емося)',
  'встрет(?:ится|ятся|имся)',
  'состо(?:ится|ятся)',
  '(?:має|мають|повинн\\p{L}*|мал(?:а|о|и)?|мав)\\s+(?:відбутися|пройти|розпочатися|початися)',
  '(?:должн\\p{L}*|должн\\p{L}*\\s+был\\p{L}*)\\s+(?:состояться|пройти|начаться)',
  'очіку(?:ється|ються)',
  'ожида(?:ется|ются)',
  'наміч\\p{L}*',
  'намеч\\p{L}*',
  'предсто(?:ит|ят|ящ\\p{L}*)',
  'анонсува\\p{L}*',
  'анонсирова\\p{L}*',
  'наступного\\s+тижня',
  'на\\s+наступному\\s+тижні',
  'найближчим\\s+часом',
  'на\\s+следующей\\s+неделе',
  'в\\s+ближайшее\\s+время',
  'найближчими\\s+(?:днями|тижнями|вихідними)',
  'в\\s+ближайшие\\s+(?:дни|недели|выходные)',
  // A possibility in the indicative: "може відбутися 1 лютого", "могут состояться".
  '(?:може|можуть|может|могут)\\s+(?:(?:вже|уже|також|также|ще|еще|ещё|знову|снова)\\s+)?(?:відбутися|відбутись|состояться|пройти|стати|статися|розпочатися|початися|начаться|продовжитися|продолжиться|зустрітися|зустрітись|встретиться|встретятся)',
  'буд(?:е|уть|ет|ут)',
  'збира(?:ються|ється)',
  'собира(?:ются|ется)',
  '(?:роз)?почн(?:еться|уться)',
  'начн(?:ется|ётся|утся)',
  'стартує',
  'стартует',
  'приєднаються|присоединятся|долучаться|підключаться|подключатся',
  'домовил(?:ися|ись)\\s+провести',
  'договорил(?:ись|ся)\\s+провести',
  'вирушить|вирушать|відправиться|відправляться|отправится|отправятся|прилетить|прилетять|прилетит|прилетят|приїде|приїдуть|приедет|приедут',
];

/** Ukrainian imperfective future: "працюватиме", "зустрічатиметься". */
const UK_SYNTHETIC_FUTURE = '\\p{L}+тим(?:е|уть|емо|ете|еш)(?:ся)?';

const CUE_RE = new RegExp(
  `${atWordStart([
    `(${CANCELLED.join('|')})`,
    `(${POSTPONED.join('|')})`,
    `(${TODAY.join('|')})`,
    `(${PLANNED.join('|')}|${UK_SYNTHETIC_FUTURE})`,
    `(${HELD.join('|')})`,
  ])}${E}`,
  'giu',
);

const CUE_KINDS: readonly StatusCueKind[] = ['cancelled', 'postponed', 'today', 'planned', 'held'];

/** Status markers of a text, in order. */
export function findStatusCues(text: string): StatusCue[] {
  const out: StatusCue[] = [];
  for (const match of text.matchAll(CUE_RE)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const kind = CUE_KINDS[group - 1];
    if (!kind) continue;
    out.push({ kind, start: match.index, end: match.index + match[0].length });
  }
  return out;
}

export interface StatusDecision {
  status: MeetingStatus | null;
  /** Under way at publication ("розпочалася", "триває"): dated by the article. */
  today: boolean;
}

/**
 * The status of the meeting word at [start, end) of a sentence, from the cues in it:
 * a cancellation or postponement anywhere in the sentence wins; otherwise the cue nearest
 * the meeting word, preferring its own clause. `own` is the status the word itself says.
 */
export function decideStatus(
  cues: readonly StatusCue[],
  trigger: { start: number; end: number },
  clause: { start: number; end: number },
  own: MeetingStatus | undefined,
): StatusDecision {
  const strong = nearest(cues.filter((c) => c.kind === 'cancelled' || c.kind === 'postponed'), trigger);
  if (strong) return { status: strong.kind as MeetingStatus, today: false };
  if (own) return { status: own, today: false };
  const inClause = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
  const cue = nearest(inClause, trigger) ?? nearest(cues, trigger);
  if (!cue) return { status: null, today: false };
  if (cue.kind === 'today') return { status: 'held', today: true };
  return { status: cue.kind, today: false };
}

function nearest(cues: readonly StatusCue[], trigger: { start: number; end: number }): StatusCue | null {
  let best: StatusCue | null = null;
  let bestDistance = Infinity;
  for (const cue of cues) {
    const distance = cue.end <= trigger.start ? trigger.start - cue.end : cue.start >= trigger.end ? cue.start - trigger.end : 0;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best;
}
