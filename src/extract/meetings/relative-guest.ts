/**
 * Receiving guests: who the guests are when the verb alone does not say it.
 *
 * A guest named first, then a relative pronoun, the host and the verb of receiving: "візит
 * Рубіо, якого Ердоган приймав у вівторок", "Уиткоффа и Кушнера, которых Путин принимал в
 * Кремле". The verb has no person after it, so the check for a guest right after the verb
 * (`personRightAfter` in participants.ts) misses it. Learned from set 19; the look-behind is
 * bounded (a pronoun and at most 40 characters of one clause before the verb).
 */
import type { Mention } from '../../types.ts';

/**
 * "якого/яких", "которого/которых", then the host's words up to the verb. Only the animate
 * accusatives (the genitive's form): "яку/которую" could be a proposal as well ("пропозицію
 * Зеленського, яку Трамп прийняв").
 */
const RELATIVE_THEN_HOST = /(?<![\p{L}])(?:котор(?:ого|ых)|як(?:ого|их))\s+([^,.;:!?«»"]{2,40})$/iu;

/**
 * The receiving verb at `trigger` follows a relative pronoun whose antecedent is a person
 * (named right before ", якого") and whose host, a person too, stands between the pronoun
 * and the verb. Organisations are no hosts ("закон, який Рада прийняла").
 */
export function receivedAsRelative(text: string, trigger: { start: number }, actors: readonly Mention[], isOrganisation: (id: string) => boolean): boolean {
  const from = Math.max(0, trigger.start - 60);
  const match = RELATIVE_THEN_HOST.exec(text.slice(from, trigger.start));
  if (!match) return false;
  const pronounAt = from + match.index;
  const hostFrom = trigger.start - match[1]!.length;
  const host = actors.some((m) => m.start >= hostFrom && m.end <= trigger.start && !isOrganisation(m.actorId));
  if (!host) return false;
  // The antecedent: a person whose name ends right before ", якого".
  return actors.some((m) => m.end <= pronounAt && /^\s*,\s*$/u.test(text.slice(m.end, pronounAt)) && !isOrganisation(m.actorId));
}

/**
 * "прийняв обох голів делегацій", "принял глав делегаций", "приймав делегації": a host
 * receiving the delegations of a round (on its first day, at a palace) is an audience of its
 * own, not the round's sitting, though it has the round's day and place. The words right
 * after the verb; a venue or manner may come first ("прийняв у палаці обох голів …").
 */
const DELEGATIONS_AS_GUESTS =
  /^\s+(?:(?:у|в|во)\s+(?:[\p{L}-]+\s+){1,2}?)?(?:особисто|лично)?\s*(?:обох|обоих|двох|двух)?\s*(?:(?:голів|глав|керівників|руководителей)\s+(?:обох\s+|обоих\s+|двох\s+|двух\s+)?делегаці(?:й|ї)|(?:голів|глав|керівників|руководителей)\s+(?:обох\s+|обоих\s+|двох\s+|двух\s+)?делегаций|делегації|делегации|обидві\s+делегації|обе\s+делегации)(?![\p{L}])/iu;

export function receivesDelegations(after: string): boolean {
  return DELEGATIONS_AS_GUESTS.test(after);
}
