/**
 * Ukrainian declension written by hand (the `shevchenko` package pulls TensorFlow): case
 * forms of surnames, given names, common nouns (role heads, organisation heads) and
 * adjectives. Generation errs on the side of producing a few forms too many (both
 * `Умєрову` and `Умєрові`, both `Гончара` and `Гончаря`): the forms are only looked up,
 * never written, and every lookup is anchored on a capitalised word or a fixed phrase.
 */
import { FormSet, type EndingTable, type Form, type Gender } from './forms.ts';

const VOWELS = 'аеєиіїоуюя';
const SIBILANTS = ['ж', 'ч', 'ш', 'щ'];

function lower(word: string): string {
  return word.toLowerCase();
}

function last(word: string, n = 1): string {
  return lower(word).slice(-n);
}

function isVowel(ch: string): boolean {
  return VOWELS.includes(ch);
}

/** к→ц, г→з, х→с before the ending -і (Ользі, Сибізі, Кравчуці). */
function velarAlternation(stem: string, ending: string): string[] {
  if (!ending.startsWith('і')) return [stem];
  const tail = stem.slice(-1);
  const swap: Record<string, string> = { к: 'ц', г: 'з', х: 'с', К: 'Ц', Г: 'З', Х: 'С' };
  const alt = swap[tail];
  return alt ? [stem.slice(0, -1) + alt] : [stem];
}

/**
 * і→о / і→е / ї→є in the last, closed syllable of a masculine noun in oblique cases:
 * дім→дому, Федір→Федора, Київ→Києва. Returns the plain stem too.
 */
function closedSyllableStems(stem: string): string[] {
  if (stem.length > 5 && !ALTERNATING.has(stem.toLowerCase())) return [stem];
  if (NON_ALTERNATING.has(stem.toLowerCase())) return [stem];
  const m = /^(.*)([іїІЇ])([^аеєиіїоуюяь]{1,2})$/u.exec(stem);
  if (!m) return [stem];
  const [, before = '', vowel = '', after = ''] = m;
  if (vowel === 'ї' || vowel === 'Ї') return [stem, `${before}є${after}`];
  return [stem, `${before}о${after}`, `${before}е${after}`];
}

/** Longer words that do alternate, and short ones that do not (names, loans). */
const ALTERNATING = new Set(['федір', 'сидір', 'нестір', 'антін', 'харитін', 'тимофій']);
const NON_ALTERNATING = new Set(['кір', 'офіс', 'ліс', 'тім', 'кіт', 'ніл', 'ліам', 'філ', 'білл', 'ліз', 'рій']);

// ---------------------------------------------------------------------------------------
// Ending tables (singular, animate).

const M_HARD: EndingTable = { nom: '', gen: 'а', dat: ['у', 'ові'], acc: 'а', ins: 'ом', loc: ['ові', 'у', 'і'], voc: ['е', 'у'] };
const M_MIXED: EndingTable = { nom: '', gen: 'а', dat: ['у', 'еві'], acc: 'а', ins: 'ем', loc: ['еві', 'у', 'і'], voc: ['е', 'у'] };
const M_SOFT: EndingTable = { gen: 'я', dat: ['ю', 'еві'], acc: 'я', ins: 'ем', loc: ['еві', 'ю', 'і'], voc: 'ю' };
const M_SOFT_J: EndingTable = { gen: 'я', dat: ['ю', 'єві'], acc: 'я', ins: 'єм', loc: ['єві', 'ю', 'ї'], voc: 'ю' };
const M_POSSESSIVE: EndingTable = { nom: '', gen: 'а', dat: ['у', 'ові'], acc: 'а', ins: ['им', 'ом'], loc: ['ові', 'у', 'і'], voc: ['е', 'у'] };
const M_O: EndingTable = { gen: 'а', dat: ['у', 'ові'], acc: 'а', ins: 'ом', loc: ['ові', 'у', 'і'], voc: ['у', 'е', 'о'] };
const M_ADJ: EndingTable = { gen: 'ого', dat: 'ому', acc: 'ого', ins: 'им', loc: ['ому', 'ім'] };
const A_HARD: EndingTable = { gen: 'и', dat: 'і', acc: 'у', ins: 'ою', loc: 'і', voc: 'о' };
const A_MIXED: EndingTable = { gen: 'і', dat: 'і', acc: 'у', ins: 'ею', loc: 'і', voc: 'е' };
const YA_SOFT: EndingTable = { gen: 'і', dat: 'і', acc: 'ю', ins: 'ею', loc: 'і', voc: ['е', 'ю'] };
const YA_VOWEL: EndingTable = { gen: 'ї', dat: 'ї', acc: 'ю', ins: 'єю', loc: 'ї', voc: 'є' };
const F_ADJ: EndingTable = { gen: 'ої', dat: 'ій', acc: 'у', ins: 'ою', loc: 'ій', voc: 'о' };
const ETS: EndingTable = { gen: 'ця', dat: ['цю', 'цеві'], acc: 'ця', ins: 'цем', loc: ['цеві', 'ці', 'цю'], voc: ['цю', 'че'] };

/** Declension of a word ending in -а/-я (either gender): Кислиця, Сибіга, Олена, Арахамія. */
function declineA(word: string, set: FormSet): void {
  const stem = word.slice(0, -1);
  const end = last(word);
  const before = last(stem);
  if (end === 'я') {
    set.addTable(stem, isVowel(before) ? YA_VOWEL : YA_SOFT);
  } else if (SIBILANTS.includes(before) || before === 'ц') {
    set.addTable(stem, before === 'ц' ? YA_SOFT_AFTER_TS : A_MIXED);
  } else {
    set.addTable(stem, A_HARD, 'sg', velarAlternation);
  }
}
/** -ца (Ukrainian spells most such names -ця; keep the few -ца loans declinable). */
const YA_SOFT_AFTER_TS: EndingTable = { gen: 'і', dat: 'і', acc: 'у', ins: 'ею', loc: 'і', voc: 'е' };

/** A masculine word ending in a consonant, -ь or -й. */
function declineMasculineConsonant(word: string, set: FormSet, opts: { softR?: boolean; alternate?: boolean }): void {
  const end = last(word);
  if (end === 'ь') {
    set.addTable(word.slice(0, -1), M_SOFT);
    return;
  }
  if (end === 'й') {
    set.addTable(word.slice(0, -1), M_SOFT_J);
    return;
  }
  if (/ець$/u.test(lower(word))) {
    set.addTable(word.slice(0, -3), ETS);
    return;
  }
  const stems = opts.alternate ? closedSyllableStems(word) : [word];
  for (const stem of stems) {
    set.addTable(stem, { ...(SIBILANTS.includes(end) ? M_MIXED : M_HARD), nom: undefined }, 'sg', velarAlternation);
    if (opts.softR && end === 'р') set.addTable(stem, M_SOFT);
  }
}

// ---------------------------------------------------------------------------------------

/** Case forms of a Ukrainian surname (one or more words; only the last word declines). */
export function declineUkSurname(surname: string, gender: Gender): Form[] {
  const words = surname.split(' ');
  const lastWord = words.pop() ?? '';
  const prefix = words.length > 0 ? `${words.join(' ')} ` : '';
  const set = new FormSet();
  set.add(surname, 'nom');
  // Multi-word surnames with particles (фон дер Ляєн, де Голль) are indeclinable.
  if (words.some((w) => w === w.toLowerCase())) return set.indeclinable(surname).toArray();
  const forms = declineUkSurnameWord(lastWord, gender);
  for (const f of forms) set.add(prefix + f.form, f.cases);
  return set.toArray();
}

function declineUkSurnameWord(word: string, gender: Gender): Form[] {
  const set = new FormSet();
  const w = lower(word);
  const end = last(word);
  if (gender === 'female') {
    if (/(ськ|цьк|зьк)а$/u.test(w) || /(ов|ев|єв|ин|ін|їн)а$/u.test(w)) {
      set.add(word, ['nom', 'voc']);
      set.addTable(word.slice(0, -1), F_ADJ);
    } else if (end === 'а' || end === 'я') {
      set.add(word, 'nom');
      declineA(word, set);
    } else {
      set.indeclinable(word);
    }
    return set.toArray();
  }
  // male
  if (/(ий|ой)$/u.test(w) && w.length > 3) {
    set.add(word, ['nom', 'voc']);
    set.addTable(word.slice(0, -2), M_ADJ);
    if (/ий$/u.test(w)) set.add(word.slice(0, -2) + 'ий', 'voc');
  } else if (/(ов|ев|єв|ин|ін|їн)$/u.test(w)) {
    set.addTable(word, M_POSSESSIVE, 'sg', velarAlternation);
  } else if (end === 'о') {
    if (isVowel(last(word.slice(0, -1)))) set.indeclinable(word);
    else {
      set.add(word, ['nom', 'voc']);
      set.addTable(word.slice(0, -1), M_O, 'sg', velarAlternation);
    }
  } else if (end === 'а' || end === 'я') {
    set.add(word, 'nom');
    declineA(word, set);
  } else if (isVowel(end) || !/\p{Script=Cyrillic}/u.test(end)) {
    set.indeclinable(word);
  } else {
    set.add(word, ['nom', 'voc']);
    declineMasculineConsonant(word, set, { softR: /[ая]р$/u.test(w) });
  }
  return set.toArray();
}

/** Ukrainian given names in -о that decline like Петро → Петра (foreign Джо, Антоніо do not). */
const DECLINABLE_O = /(ло|ро|ко|ьо|сь|ть)$/u;
/** Given names whose final -р is soft: Ігор → Ігоря. */
const SOFT_R_GIVEN = new Set(['ігор', 'лазар']);

/** Case forms of a Ukrainian given name. */
export function declineUkGiven(given: string, gender: Gender): Form[] {
  const set = new FormSet();
  const w = lower(given);
  const end = last(given);
  if (given.includes('-')) {
    // Жан-Ноель: the last part declines, the first stays.
    const cut = given.lastIndexOf('-');
    const head = given.slice(0, cut + 1);
    for (const f of declineUkGiven(given.slice(cut + 1), gender)) set.add(head + f.form, f.cases);
    set.indeclinable(given);
    return set.toArray();
  }
  if (gender === 'female') {
    if (end === 'а' || end === 'я') {
      set.add(given, 'nom');
      declineA(given, set);
    } else if (w === 'любов') {
      set.add(given, ['nom', 'acc', 'voc']).add(`${given}і`, ['gen', 'dat', 'loc']).add(`${given}'ю`, 'ins').add(`${given}’ю`, 'ins');
    } else {
      set.indeclinable(given);
    }
    return set.toArray();
  }
  if (end === 'о') {
    if (DECLINABLE_O.test(w) && !isVowel(last(given.slice(0, -1)))) {
      set.add(given, ['nom']);
      set.addTable(given.slice(0, -1), M_O);
      set.add(given, ['gen', 'dat', 'acc', 'ins', 'loc', 'voc']); // "з Марко Рубіо": often left undeclined
    } else set.indeclinable(given);
  } else if (end === 'а' || end === 'я') {
    set.add(given, 'nom');
    declineA(given, set);
  } else if (isVowel(end) || !/\p{Script=Cyrillic}/u.test(end)) {
    set.indeclinable(given);
  } else {
    set.add(given, 'nom');
    declineMasculineConsonant(given, set, { softR: SOFT_R_GIVEN.has(w), alternate: true });
  }
  return set.toArray();
}

// ---------------------------------------------------------------------------------------
// Common nouns and adjectives (role heads, organisation names).

const N_M_HARD_SG: EndingTable = { nom: '', gen: ['а', 'у'], dat: ['у', 'ові'], acc: ['', 'а'], ins: 'ом', loc: ['і', 'у', 'ові'], voc: 'е' };
const N_M_HARD_PL: EndingTable = { nom: 'и', gen: 'ів', dat: 'ам', acc: ['и', 'ів'], ins: 'ами', loc: 'ах', voc: 'и' };
const N_M_MIXED_SG: EndingTable = { nom: '', gen: ['а', 'у'], dat: ['у', 'еві'], acc: ['', 'а'], ins: 'ем', loc: ['і', 'у', 'еві'], voc: 'е' };
const N_M_MIXED_PL: EndingTable = { nom: 'і', gen: 'ів', dat: 'ам', acc: ['і', 'ів'], ins: 'ами', loc: 'ах', voc: 'і' };
const N_M_SOFT_SG: EndingTable = { gen: ['я', 'ю'], dat: ['ю', 'еві'], acc: 'я', ins: 'ем', loc: ['і', 'еві', 'ю'], voc: 'ю' };
const N_M_SOFT_PL: EndingTable = { nom: 'і', gen: 'ів', dat: 'ям', acc: ['і', 'ів'], ins: 'ями', loc: 'ях', voc: 'і' };
const N_M_J_SG: EndingTable = { gen: ['я', 'ю'], dat: ['ю', 'єві'], acc: 'я', ins: 'єм', loc: ['ї', 'єві', 'ю'], voc: 'ю' };
const N_M_J_PL: EndingTable = { nom: 'ї', gen: 'їв', dat: 'ям', acc: ['ї', 'їв'], ins: 'ями', loc: 'ях', voc: 'ї' };
const N_ETS_PL: EndingTable = { nom: 'ці', gen: 'ців', dat: 'цям', acc: ['ці', 'ців'], ins: 'цями', loc: 'цях', voc: 'ці' };
const N_A_PL: EndingTable = { nom: 'и', gen: '', dat: 'ам', acc: ['и', ''], ins: 'ами', loc: 'ах', voc: 'и' };
const N_A_MIXED_PL: EndingTable = { nom: 'і', gen: '', dat: 'ам', acc: ['і', ''], ins: 'ами', loc: 'ах', voc: 'і' };
const N_YA_PL: EndingTable = { nom: 'і', gen: ['ь', ''], dat: 'ям', acc: 'і', ins: 'ями', loc: 'ях', voc: 'і' };
const N_IYA_PL: EndingTable = { nom: 'ї', gen: 'й', dat: 'ям', acc: 'ї', ins: 'ями', loc: 'ях', voc: 'ї' };
const N_O_SG: EndingTable = { nom: 'о', gen: 'а', dat: ['у', 'ові'], acc: 'о', ins: 'ом', loc: ['і', 'у'], voc: 'о' };
const N_O_PL: EndingTable = { nom: 'а', gen: '', dat: 'ам', acc: 'а', ins: 'ами', loc: 'ах' };
const N_E_SG: EndingTable = { nom: 'е', gen: 'я', dat: 'ю', acc: 'е', ins: 'ем', loc: 'і', voc: 'е' };
const N_NJA_SG: EndingTable = { nom: 'я', gen: 'я', dat: 'ю', acc: 'я', ins: 'ям', loc: 'і', voc: 'я' };

/** Genitive plural of -а nouns: голова → голів (о/е → і in the new closed syllable). */
function zeroEndingStems(stem: string): string[] {
  const m = /^(.*)([оеОЕ])([^аеєиіїоуюяь]{1,2})$/u.exec(stem);
  return m ? [stem, `${m[1] ?? ''}і${m[3] ?? ''}`] : [stem];
}

/** Case forms of a common noun, singular and plural (head words of roles and organisations). */
export function declineUkNoun(noun: string): Form[] {
  const set = new FormSet();
  set.add(noun, 'nom');
  const w = lower(noun);
  const end = last(noun);
  if (noun.includes('-') && !/^(екс|віце|прем'єр|прем’єр|генерал|спец|держ)-/u.test(w)) {
    set.indeclinable(noun);
    return set.toArray();
  }
  if (!/\p{Script=Cyrillic}/u.test(end) || (noun.length >= 2 && noun === noun.toUpperCase())) {
    set.indeclinable(noun);
    return set.toArray();
  }
  if (end === 'а') {
    const stem = noun.slice(0, -1);
    const before = last(stem);
    const mixed = SIBILANTS.includes(before) || before === 'ц';
    set.addTable(stem, mixed ? A_MIXED : A_HARD, 'sg', velarAlternation);
    set.addTable(stem, mixed ? N_A_MIXED_PL : N_A_PL, 'pl', (s, e) => (e === '' ? zeroEndingStems(s) : [s]));
  } else if (end === 'я') {
    const stem = noun.slice(0, -1);
    if (/(ння|ття|сся|ззя|лля|ччя|жжя|шшя)$/u.test(w)) {
      set.addTable(stem, N_NJA_SG);
    } else if (isVowel(last(stem))) {
      set.addTable(stem, YA_VOWEL);
      set.addTable(stem, N_IYA_PL, 'pl');
    } else {
      set.addTable(stem, YA_SOFT);
      set.addTable(stem, N_YA_PL, 'pl');
    }
  } else if (end === 'о') {
    const stem = noun.slice(0, -1);
    set.addTable(stem, N_O_SG, 'sg', velarAlternation);
    set.addTable(stem, N_O_PL, 'pl', (s, e) => (e === '' ? zeroEndingStems(s) : [s]));
  } else if (end === 'е') {
    set.addTable(noun.slice(0, -1), N_E_SG);
  } else if (isVowel(end)) {
    set.indeclinable(noun);
  } else if (end === 'ь') {
    const stem = noun.slice(0, -1);
    set.add(noun, ['nom', 'acc', 'voc']);
    set.addTable(stem, N_M_SOFT_SG);
    set.addTable(stem, N_M_SOFT_PL, 'pl');
  } else if (end === 'й') {
    const stem = noun.slice(0, -1);
    set.add(noun, ['nom', 'acc']);
    set.addTable(stem, N_M_J_SG);
    set.addTable(stem, N_M_J_PL, 'pl');
  } else if (/ець$/u.test(w)) {
    set.add(noun, ['nom', 'acc']);
    set.addTable(noun.slice(0, -3), ETS);
    set.addTable(noun.slice(0, -3), N_ETS_PL, 'pl');
  } else if (/[ая]р$/u.test(w)) {
    // секретар → секретаря, секретарем; секретарі
    set.add(noun, ['nom', 'acc']);
    set.addTable(noun, N_M_SOFT_SG);
    set.addTable(noun, N_M_SOFT_PL, 'pl');
  } else {
    const mixed = SIBILANTS.includes(end);
    set.add(noun, ['nom', 'acc', 'voc']);
    for (const stem of closedSyllableStems(noun)) {
      set.addTable(stem, { ...(mixed ? N_M_MIXED_SG : N_M_HARD_SG), nom: undefined, acc: 'а' }, 'sg', velarAlternation);
      set.addTable(stem, mixed ? N_M_MIXED_PL : N_M_HARD_PL, 'pl');
    }
  }
  return set.toArray();
}

export type Agreement = 'm' | 'f' | 'n' | 'pl';

const ADJ_HARD: Record<Agreement, EndingTable> = {
  m: { nom: 'ий', gen: 'ого', dat: 'ому', acc: ['ий', 'ого'], ins: 'им', loc: ['ому', 'ім'], voc: 'ий' },
  f: { nom: 'а', gen: 'ої', dat: 'ій', acc: 'у', ins: 'ою', loc: 'ій', voc: 'а' },
  n: { nom: 'е', gen: 'ого', dat: 'ому', acc: 'е', ins: 'им', loc: ['ому', 'ім'], voc: 'е' },
  pl: { nom: 'і', gen: 'их', dat: 'им', acc: ['і', 'их'], ins: 'ими', loc: 'их', voc: 'і' },
};
const ADJ_SOFT: Record<Agreement, EndingTable> = {
  m: { nom: 'ій', gen: 'ього', dat: 'ьому', acc: ['ій', 'ього'], ins: 'ім', loc: ['ьому', 'ім'], voc: 'ій' },
  f: { nom: 'я', gen: 'ьої', dat: 'ій', acc: 'ю', ins: 'ьою', loc: 'ій', voc: 'я' },
  n: { nom: 'є', gen: 'ього', dat: 'ьому', acc: 'є', ins: 'ім', loc: ['ьому', 'ім'], voc: 'є' },
  pl: { nom: 'і', gen: 'іх', dat: 'ім', acc: ['і', 'іх'], ins: 'іми', loc: 'іх', voc: 'і' },
};

/** Whether a word before a noun looks like a Ukrainian adjective in the nominative. */
export function looksLikeUkAdjective(word: string): boolean {
  const w = lower(word);
  return /(ий|ій|ська|цька|зька|ське|цьке|ні|ні|ьна|на|ня|ова|ева|не|нє|ове|ські|цькі)$/u.test(w) && w.length > 3;
}

/** Case forms of an adjective (given in any nominative) agreeing with a noun of `agree`. */
export function declineUkAdjective(adjective: string, agree: Agreement): Form[] {
  const set = new FormSet();
  const w = lower(adjective);
  let stem: string;
  let soft = false;
  const m = /(ий|ій|а|я|е|є|і)$/u.exec(w);
  if (!m) return set.indeclinable(adjective, agree === 'pl' ? 'pl' : 'sg').toArray();
  stem = adjective.slice(0, -m[0].length);
  if (m[0] === 'ій' || m[0] === 'я' || m[0] === 'є') soft = true;
  if (m[0] === 'і' && /н$/u.test(lower(stem))) soft = false;
  const table = (soft ? ADJ_SOFT : ADJ_HARD)[agree];
  set.addTable(stem, table, agree === 'pl' ? 'pl' : 'sg');
  return set.toArray();
}
