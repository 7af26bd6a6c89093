/**
 * A sentence that goes on about the meeting named at the end of the one before with a
 * pronoun and a verb of taking place: "… перед третім раундом. Він пройде з 28 по 30 січня у
 * Відні", "… о новом раунде. Он состоится 5 марта в Женеве". The verb is the meeting's
 * word, with the day and place of its own sentence.
 */
import type { TriggerMatch, TriggerSpec } from './vocabulary.ts';

/** Obligations and schedules are ahead too: "Він має відбутися …", "Она намечена на …". */
const TAKES_PLACE_AHEAD =
  'ма(?:є|ють)\\s+(?:відбутися|відбутись|пройти|розпочатися|початися)|должн(?:а|о|ы)?\\s+(?:состояться|пройти|начаться)|заплан(?:ован|ирован)(?:а|о|ий|ый|і|ы)?|наміч(?:ена|ено|ений|ені)|намечен(?:а|о|ы)?|призначен(?:а|о|ий|і)|назначен(?:а|о|ы)?|пройд(?:е|уть|ет|ёт|ут)|відбуд(?:еться|уться)|триватим(?:е|уть)|(?:роз)?почн(?:еться|уться)|состо(?:ится|ятся)|продл(?:ится|ятся)|начн(?:ется|ётся|утся)|старту(?:є|ють|ет|ют)';
const TOOK_PLACE =
  'пройш(?:ов|ла|ли)|відбул(?:ася|ися|ось)|відбувся|трива(?:в|ла|ли)|(?:роз)?почал(?:ася|ися)|(?:роз)?почався|прош(?:ел|ёл|ла|ли)|состоял(?:ся|ась|ись)|продолжал(?:ся|ась|ись)|дли(?:лся|лась|лись)|начал(?:ся|ась|ись)';

const SEQUEL = new RegExp(
  `(?<=[.!?…]\\s+)(?:він|вона|вони|он|она|они)(?:[\\s,]+[\\p{L}'’ʼ-]+){0,3}?[\\s,]+(?:(${TAKES_PLACE_AHEAD})|(${TOOK_PLACE}))(?![\\p{L}])`,
  'giu',
);

/** Only punctuation, closing quotes and up to two lower-case words between the noun and the sentence's end. */
const NOUN_AT_END = /^(?:\s+\p{Ll}[\p{L}'’ʼ-]*){0,2}\s*[»"”)]?[.!?…]\s+$/u;

const AHEAD_SPEC: TriggerSpec = { lemma: 'talks', pos: 'verb', forms: TAKES_PLACE_AHEAD, status: 'planned' };
const TOOK_PLACE_SPEC: TriggerSpec = { lemma: 'talks', pos: 'verb', forms: TOOK_PLACE, status: 'held' };

/** The verbs of sentences going on about the meeting noun the sentence before ends with. */
export function findPronounSequels(text: string, triggers: readonly TriggerMatch[]): TriggerMatch[] {
  const nouns = triggers.filter((t) => t.spec.pos === 'noun' && t.spec.lemma !== 'reference');
  if (nouns.length === 0) return [];
  const out: TriggerMatch[] = [];
  for (const match of text.matchAll(SEQUEL)) {
    const before = nouns.filter((t) => t.end <= match.index && match.index - t.end <= 40).pop();
    if (!before || !NOUN_AT_END.test(text.slice(before.end, match.index))) continue;
    const verb = match[1] ?? match[2]!;
    const start = match.index + match[0].length - verb.length;
    out.push({ spec: match[1] ? AHEAD_SPEC : TOOK_PLACE_SPEC, start, end: start + verb.length, text: verb });
  }
  return out;
}
