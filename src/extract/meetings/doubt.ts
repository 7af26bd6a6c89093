/**
 * Doubt about a meeting: offered, wished for, conditional, imagined (the subjunctive),
 * denied, or only possible. `buildEvent` drops a meeting word in doubt unless a day or a
 * near time pins it, or the meeting is planned for a day or called off.
 */
import type { Clause } from './clauses.ts';
import {
  CONDITIONAL,
  DENIED_PLAN,
  NO_PREPARATION_BEFORE,
  NOT_ANNOUNCED_AFTER,
  NOTHING_SET,
  ABOUT_BEFORE,
  HYPOTHETICAL,
  MODAL_PLAN,
  type TriggerMatch,
} from './vocabulary.ts';

interface Doubt {
  /** A possibility in the indicative ("може відбутися", "могут встретиться"). */
  tentative: boolean;
  /** Another marker: offered, wished, possible, denied, conditional. */
  other: boolean;
  /** A condition ("якщо", "если", "у разі"). */
  conditional: boolean;
}

/**
 * Markers that make the meeting word hypothetical: before it in its clause, right after it
 * ("зустріч можлива"), or a denied plan anywhere after it in the clause ("тристоронню
 * зустріч … наразі не обговорюють").
 */
export function hypothetical(text: string, clause: Clause, trigger: TriggerMatch, sentenceEnd: number): Doubt {
  const doubt: Doubt = { tentative: false, other: false, conditional: false };
  const from = Math.max(clause.start, trigger.start - 80);
  const near = text.slice(from, Math.min(clause.end, trigger.end + 25));
  const rest = text.slice(trigger.end, Math.min(clause.end, trigger.end + 120));
  const modal = MODAL_PLAN.exec(near);
  if (modal) doubt.tentative = true;
  for (const match of near.matchAll(HYPOTHETICAL_ALL)) {
    if (modal && match.index >= modal.index && match.index < modal.index + modal[0].length) continue;
    // "обговорили можливу поїздку", "обсудили возможный визит": the topic, not the meeting.
    if (from + match.index > trigger.end && TOPIC_BEFORE.test(near.slice(0, match.index))) continue;
    // "позвонил Путину и предложил Стамбул": a second act joined to a told one is its own.
    if (trigger.spec.pos === 'verb' && from + match.index > trigger.end && COORDINATED_ACT.test(text.slice(trigger.end, from + match.index))) continue;
    // "імовірно, пройде в грудні", "вероятно, в Хельсинки": a plan hedged, not a wish; it
    // stands when a day or a near time pins it, as "може відбутися" does.
    if (PROBABLY.test(match[0])) {
      doubt.tentative = true;
      continue;
    }
    doubt.other = true;
    if (CONDITIONAL.test(match[0])) doubt.conditional = true;
  }
  // "не виключив, що …", "хочет, чтобы …": a clause governed by a word of possibility or wish
  // is as doubtful as one holding it.
  if (clause.subordinate && GOVERNED_BY_HYPOTHETICAL.test(text.slice(Math.max(0, clause.start - 40), clause.start))) doubt.other = true;
  if (hasSubjunctive(text, from, from + near.length)) {
    doubt.other = true;
    doubt.conditional = true;
  }
  if (NO_PREPARATION_BEFORE.test(text.slice(Math.max(clause.start, trigger.start - 60), trigger.start))) doubt.other = true;
  else if (trigger.spec.pos === 'noun' && NOT_ANNOUNCED_AFTER.test(text.slice(trigger.end, Math.min(clause.end, trigger.end + 60)))) doubt.other = true;
  else if (DENIED_PLAN.test(rest) || NOTHING_SET.test(text.slice(trigger.end, Math.min(sentenceEnd, trigger.end + 200)))) doubt.other = true;
  else if (ABOUT_BEFORE.test(text.slice(Math.max(clause.start, trigger.start - 30), trigger.start)) && DENIED_PLAN.test(text.slice(trigger.end, Math.min(sentenceEnd, trigger.end + 160)))) {
    doubt.other = true;
  }
  return doubt;
}

/**
 * The subjunctive particle in the meeting's clause ("зустрілися б", "встретились бы",
 * "якби вони … зустрілися"): imagined, not told. Lower case only, so an initial "Б." is no
 * particle; "хотя бы", "хоча б" mean "at least" and leave the meeting real.
 */
const SUBJUNCTIVE = /(?<![\p{L}\p{N}'’ʼ-])(?<!(?:хотя|хоть|хоча|хоч)\s+)(?:бы|би|б)(?![\p{L}\p{N}'’ʼ-])/u;

/** Read a few letters either side of the window, so a window cut inside a word ("б|ув") finds no particle. */
function hasSubjunctive(text: string, from: number, to: number): boolean {
  const start = Math.max(0, from - 3);
  const m = SUBJUNCTIVE.exec(text.slice(start, to + 3));
  return m !== null && m.index >= from - start && m.index < to - start;
}
const HYPOTHETICAL_ALL = new RegExp(HYPOTHETICAL.source, 'giu');
const GOVERNED_BY_HYPOTHETICAL = new RegExp(`(?:${HYPOTHETICAL.source})[\\s,«"„“]*$`, 'iu');
const PROBABLY = /^(?:ймовірно|імовірно|вероятно|ймовірніше\s+за\s+все|найімовірніше|вероятнее\s+всего|скорее\s+всего)$/iu;
/** A coordinating conjunction (and an adverb or two) between a verb and the next one. */
const COORDINATED_ACT = /\s(?:и|і|й|та)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const TOPIC_BEFORE = /(?<![\p{L}])(?:про|о|об|щодо|по|относительно|стосовно)\s+$/iu;
