/**
 * The format of a meeting: video (відеоконференція, онлайн, відеозв'язок, видеосвязь,
 * в онлайн-формате), phone (телефон…, созвон, зателефонував, позвонил) or, when nothing
 * says otherwise, in person.
 */
import type { MeetingKind } from '../../types.ts';
import { B, E } from './vocabulary.ts';

const VIDEO =
  "відеоконференц\\p{L}*|відеозв['’ʼ]?яз\\p{L}*|відеорежим\\p{L}*|відеоформат\\p{L}*|відеозустріч\\p{L}*|відеорозмов\\p{L}*|відеодзвін\\p{L}*|онлайн(?:-(?:формат|режим|зустріч|встреч|конференц|розмов|разговор)\\p{L}*)?|он-лайн|дистанційн\\p{L}*|віртуальн\\p{L}*|видеоконференц\\p{L}*|видеосвяз\\p{L}*|видеорежим\\p{L}*|видеоформат\\p{L}*|видеовстреч\\p{L}*|видеоразговор\\p{L}*|видеозвон\\p{L}*|видеозвонк\\p{L}*|дистанционн\\p{L}*|виртуальн\\p{L}*|zoom";
const PHONE =
  'телефон\\p{L}*|созвон\\p{L}*|созвонил\\p{L}*|зідзвон\\p{L}*|дзвінок|дзвінк\\p{L}*|звонок|звонк\\p{L}*|позвони\\p{L}*|подзвони\\p{L}*|зателефонува\\p{L}*';

const FORMAT_RE = new RegExp(`${B}(?:(${VIDEO})|(${PHONE}))${E}`, 'giu');

/**
 * "Американські партнери долучаться онлайн", "приєднувався лише по відеозв'язку": one side
 * joins remotely (a verb of joining, either aspect; not the noun "приєднання"), the meeting is not a call.
 */
const JOIN_BEFORE = new RegExp(
  `${B}(?:приєдн(?!анн)\\p{L}*|долуч(?!енн)\\p{L}*|присоедин(?!ени)\\p{L}*|підключ(?!енн)\\p{L}*|подключ(?!ени)\\p{L}*)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:в|у|во|через)?\\s*$`,
  'iu',
);

/** Words that say how one takes part (not a meeting noun such as "відеоконференція"). */
const MANNER = /^(?:онлайн|он-лайн|дистанційн|дистанционн|віртуальн|виртуальн|відеозв|видеосвяз|відеорежим|видеорежим|відеоформат|видеоформат|телефон)/iu;

/** Words of a broadcast or a platform, not a meeting format ("онлайн-трансляція"). */
const NOT_FORMAT = /трансляц|марафон|петиці|петици|опитуван|опрос|магазин|навчанн|обучени|голосуван|голосовани/iu;

export interface FormatCue {
  kind: Exclude<MeetingKind, 'in-person'>;
  start: number;
  end: number;
  /** One party joins remotely ("присоединятся в онлайн-формате"). */
  partial: boolean;
}

export function findFormatCues(text: string): FormatCue[] {
  const out: FormatCue[] = [];
  for (const match of text.matchAll(FORMAT_RE)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 16);
    if (NOT_FORMAT.test(match[0]) || NOT_FORMAT.test(after)) continue;
    const partial = MANNER.test(match[0]) && JOIN_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index));
    out.push({ kind: match[1] ? 'video' : 'phone', start: match.index, end: match.index + match[0].length, partial });
  }
  return out;
}

/**
 * The format the sentence states for the meeting word at `trigger`, or null when it
 * states none (then in person by default, or what an earlier mention of the same meeting
 * said). The word's own format wins; otherwise the nearest cue. A remote join by one
 * party ("американські партнери долучаться онлайн") does not make the meeting a call.
 */
export function decideFormat(
  cues: readonly FormatCue[],
  trigger: { start: number; end: number },
  own: MeetingKind | undefined,
): MeetingKind | null {
  if (own) return own;
  let best: FormatCue | null = null;
  let bestDistance = Infinity;
  for (const cue of cues) {
    if (cue.partial) continue;
    const distance = cue.end <= trigger.start ? trigger.start - cue.end : cue.start >= trigger.end ? cue.start - trigger.end : 0;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best?.kind ?? null;
}
