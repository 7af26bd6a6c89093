/**
 * Clauses of a sentence: cut at ";", at a spaced dash, before ", що/что/щоб/але/а/но/
 * який/который/де/где/коли/когда …" and before the "як/как" of "після того, як". A clause
 * opened by a complement or contrast word ("що", "что", "але", "хоча") is marked, because
 * the people named in it are what someone said, not who met.
 */
import { caselessRegExp } from '../../text/case-insensitive-literals.ts';
import type { Sentence } from '../../text/sentences.ts';

export interface Clause {
  start: number;
  end: number;
  /** Opened by a complement or contrast conjunction (що, что, щоб, але, а, но, хоча, хотя …). */
  subordinate: boolean;
}

const E = '(?![\\p{L}\\p{N}])';
const COMPLEMENT = `(?:що|щоб|что|чтобы|але|а|но|однак|однако|проте|хоча|хотя|тоді\\s+як|тогда\\s+как|в\\s+то\\s+время\\s+как|оскільки|поскольку|бо|так\\s+как|адже|ведь)${E}`;
const RELATIVE = `(?:який|яка|яке|які|яку|якого|якої|яких|якому|якій|яким|якими|котор\\p{L}*|де|где|коли|когда|куди|куда)${E}`;
/**
 * "після того, як", "перед тем как", "с тех пор как": a clause of time, which tells its own
 * event ("Поїздка стала можливою після того, як Трамп і Путін поговорили телефоном": the
 * call is no possibility). It is cut before "як/как", with or without the comma.
 */
const TIME_CONJUNCTION = `(?<=(?<![\\p{L}])(?:(?:після|перед|до|з|после|до|с)\\s+(?:того|тим|тих\\s+пір|тем|тех\\s+пор)|відтоді))\\s*,?\\s*(?=(?:як|как)${E})`;
// A capital letter with a dot is an initial, not a conjunction: "4 червня, А. Сибіга прийняв …".
const BREAK = caselessRegExp(`;|\\s[–—]\\s|,\\s*(?!\\p{Lu}\\.)(?=(${COMPLEMENT})|${RELATIVE})|${TIME_CONJUNCTION}`, 'g');

/** The clauses of a sentence, as offsets into the block's text. */
export function splitClauses(sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let subordinate = false;
  for (const match of sentence.text.matchAll(BREAK)) {
    clauses.push({ start: sentence.start + start, end: sentence.start + match.index, subordinate });
    start = match.index + match[0].length;
    subordinate = match[1] !== undefined;
  }
  clauses.push({ start: sentence.start + start, end: sentence.end, subordinate });
  return clauses;
}

/** The clause holding `offset` (the last one when past the end). */
export function clauseAt(clauses: readonly Clause[], offset: number): Clause {
  for (const clause of clauses) if (offset < clause.end) return clause;
  return clauses[clauses.length - 1]!;
}
