/**
 * Brings a surname seen in some case back to its nominative: candidates are made by
 * ending rules (Кравчука → Кравчук / Кравчуко, Соколовой → Соколова / Соколовая …) and a
 * candidate is kept only if its own declension, for the given name's gender, gives back
 * the form seen in a case the given name can be in. Among the survivors the most usual
 * surname shape wins.
 */
import type { Lang } from '../../types.ts';
import { declineSurname } from './declension.ts';
import type { Case, Gender } from './forms.ts';

/** [oblique ending, nominative ending] pairs, both languages. */
const RULES: readonly (readonly [string, string])[] = [
  ['а', ''], ['а', 'о'], ['у', ''], ['у', 'о'], ['у', 'а'], ['ові', ''], ['ові', 'о'], ['еві', ''], ['еві', 'ь'], ['єві', 'й'],
  ['ом', ''], ['ом', 'о'], ['ем', ''], ['ем', 'ь'], ['ем', 'й'], ['єм', 'й'], ['і', ''], ['і', 'а'], ['і', 'я'], ['і', 'ь'],
  ['ці', 'к'], ['ці', 'ка'], ['зі', 'г'], ['зі', 'га'], ['сі', 'х'], ['сі', 'ха'], ['е', ''], ['е', 'о'], ['е', 'а'], ['е', 'я'],
  ['е', 'ь'], ['е', 'й'], ['я', 'ь'], ['я', 'й'], ['ю', 'ь'], ['ю', 'й'], ['ю', 'я'], ['ї', 'я'], ['ї', 'й'], ['им', ''],
  ['им', 'ий'], ['ым', ''], ['ым', 'ый'], ['ого', 'ий'], ['ого', 'ой'], ['ого', 'ый'], ['его', 'ий'], ['ому', 'ий'],
  ['ому', 'ой'], ['ому', 'ый'], ['ему', 'ий'], ['ім', 'ий'], ['ом', 'ий'], ['ом', 'ый'], ['ом', 'ой'], ['ем', 'ий'],
  ['ої', 'а'], ['ій', 'а'], ['ою', 'а'], ['ею', 'я'], ['ею', 'а'], ['єю', 'я'], ['и', 'а'], ['и', 'я'], ['и', 'ь'], ['ы', 'а'],
  ['ой', 'а'], ['ой', 'ая'], ['ей', 'я'], ['ей', 'ь'], ['ей', 'а'], ['ую', 'ая'], ['юю', 'яя'], ['ии', 'ия'], ['ию', 'ия'],
  ['ией', 'ия'], ['ця', 'ець'], ['цю', 'ець'], ['цем', 'ець'], ['цеві', 'ець'], ['ці', 'ець'], ['ца', 'ец'], ['цу', 'ец'],
  ['цом', 'ец'], ['цем', 'ец'], ['це', 'ец'],
];

const CONSONANT = /[бвгґджзйклмнпрстфхцчшщ]/u;

function plausible(candidate: string): boolean {
  const w = candidate.toLowerCase();
  if (w.length < 2) return false;
  // й after a consonant, or a soft sign after a vowel, does not end a word.
  if (/[бвгґджзклмнпрстфхцчшщ]й$/u.test(w) || /[аеєиіїоуюяыэ]ь$/u.test(w)) return false;
  return /[аеєиіїоуюяыэё]/u.test(w);
}

/** How usual the shape of a nominative surname is (higher: more likely). */
function shapeScore(candidate: string, gender: Gender, lang: Lang, seen: string): number {
  const w = candidate.toLowerCase();
  const self = candidate === seen;
  // Сибізі → Сибіга: the alternation shows an -га/-ка/-ха noun.
  if (/[зцс]і$/u.test(seen.toLowerCase()) && /[гкх]а$/u.test(w)) return 5;
  // A surname does not end like an oblique adjective (Роман Толстого is not "Толстого").
  if (self && /(ого|его|ому|ему|ым|ими|ыми|ых|их|ую|юю)$/u.test(w)) return 0;
  if (gender === 'female') {
    if (/(ова|ева|єва|іна|ина|їна|ына|ська|цька|зька|ская|цкая)$/u.test(w)) return 5;
    if (self && /(ой|ей|ою|ую|ої|ій|ину|ову|ью)$/u.test(w)) return 0;
    if (/[ая]$/u.test(w)) return lang === 'uk' && /ца$/u.test(w) ? 1 : 3;
    if (self && /(ого|ому|им|ым|ом|ем)$/u.test(w)) return 0;
    return 2;
  }
  if (/(ий|ій|ый|ой)$/u.test(w)) {
    if (lang === 'ru' && /ой$/u.test(w)) return 3;
    if (lang === 'ru' && /ий$/u.test(w) && !/[гкхжшщч]ий$/u.test(w)) return 2;
    return 4;
  }
  if (/[бвгґджзйклмнпрстфхцчшщ]ко$/u.test(w)) return 5; // Бойко, Іващенко, Шевченко
  if (/[бвгґджзйклмнпрстфхцчшщ]к$/u.test(w) && CONSONANT.test(w.slice(-2, -1))) return 1; // Бойк, Шевченк
  if (/ець$|ец$/u.test(w)) return 4;
  if (CONSONANT.test(w.slice(-1))) return 4;
  if (/ь$/u.test(w)) return 3;
  if (/[ая]$/u.test(w)) return lang === 'uk' && /ца$/u.test(w) ? 1 : 2;
  if (/о$/u.test(w)) return 2;
  return 1;
}

export interface SurnameGuess {
  nominative: string;
  score: number;
}

/** The nominative of a surname seen as `seen`, for a person of `gender` in one of `cases`; null if none fits. */
export function surnameNominative(seen: string, gender: Gender, cases: readonly Case[], lang: Lang): SurnameGuess | null {
  const lower = seen.toLowerCase();
  const candidates = new Set<string>([seen]);
  for (const [oblique, nominative] of RULES) {
    if (lower.endsWith(oblique) && lower.length > oblique.length + 1) candidates.add(seen.slice(0, seen.length - oblique.length) + nominative);
  }
  let best: SurnameGuess | null = null;
  for (const candidate of candidates) {
    if (!plausible(candidate)) continue;
    const forms = declineSurname(lang, candidate, gender);
    const fits = forms.some((f) => f.form === seen && f.cases.some((c) => cases.includes(c)));
    if (!fits) continue;
    const score = shapeScore(candidate, gender, lang, seen);
    if (score <= 0) continue;
    if (!best || score > best.score || (score === best.score && candidate.length < best.nominative.length)) best = { nominative: candidate, score };
  }
  return best;
}
