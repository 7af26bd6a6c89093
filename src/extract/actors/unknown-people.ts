/**
 * People the knowledge base does not know: a capitalised given name (from the given-name
 * list, in any case) followed by a capitalised Cyrillic surname, the surname brought back
 * to its nominative with the given name's gender and case ("з Оленою Мартинюк" → Олена
 * Мартинюк, "Тараса Кравчука" → Тарас Кравчук, "Марины Соколовой" → Марина Соколова).
 */
import type { Lang } from '../../types.ts';
import type { Candidate, UnknownName } from './candidates.ts';
import { CYRILLIC_WORD, isAllCaps, type Case, type Gender } from './forms.ts';
import { givenReadings, type GivenReading } from './given-index.ts';
import { surnameNominative } from './nominative.ts';
import { declineSurname } from './declension.ts';
import { unknownKey } from './merge-unknown.ts';
import { fold } from './stems.ts';
import { joined, type BlockTokens } from './tokens.ts';

/** Second words that follow a given-name-like word but are not surnames ("Слава Україні", "Віра Богу"). */
const NOT_SURNAME = /^(украин\S*|росси\S*|рф|сша|европ\S*|америк\S*|киев\S*|киев|кииву|москв[аиуе]|москвою|москвой|франци\S*|германи\S*|нимеччин\S*|британи\S*|польщ\S*|польш\S*|туреччин\S*|турци\S*|китаи|китаю|китаем|бог|бога|богу|боже|героям|героям|нато|президент\S*|премер\S*|министр\S*|минобор\S*|мининстр\S*|уряд\S*|правительств\S*|верховн\S*|рада|ради|раду|радою|раде|держав\S*|государств\S*|армии|армия|арми|збройн\S*|вооружен\S*|зсу|всу|донбас\S*|крим|криму|крим|криму|крым|крыму|харкив\S*|харков\S*|одес\S*|днипр\S*|днепр\S*|херсон\S*|запориж\S*|запорож\S*|париж\S*|лондон\S*|вашингтон\S*|женев\S*|брюссел\S*|стамбул\S*|анкар\S*|флорид\S*|маями|майами|анкоридж\S*|аляск\S*|кремл\S*|билого|белого|билии|белии)$/u;

const PATRONYMIC = /(ович|евич|ьович|ич|івн|ївн|овн|евн|ична|инична)(а|у|ем|ом|і|ою|ей|ой|е|и|ові|еві|ої|ій|ы)?$/u;

export interface UnknownFinding extends Candidate {
  unknown: UnknownName;
  gender: Gender;
}

function surnameWordOk(word: string): boolean {
  return CYRILLIC_WORD.test(word) && !isAllCaps(word) && word.length >= 3 && !NOT_SURNAME.test(fold(word));
}

interface Reading {
  given: GivenReading;
  surname: string;
  score: number;
}

function readPair(givenWord: string, surnameWord: string, lang: Lang): Reading | null {
  const all = givenReadings(givenWord);
  const own = all.filter((r) => r.lang === lang);
  const readings = own.length > 0 ? own : all;
  let best: Reading | null = null;
  for (const r of readings) {
    const guess = surnameNominative(surnameWord, r.gender, r.cases, lang);
    if (!guess) continue;
    const score = guess.score * 4 + (r.cases.includes('nom') ? 2 : 0) + (r.nominative === givenWord ? 1 : 0);
    if (!best || score > best.score) best = { given: r, surname: guess.nominative, score };
  }
  return best;
}

/**
 * Unknown-person candidates in a block. `free(i)` says whether token i is not already
 * taken by a known actor's name.
 */
export function findUnknownPeople(b: BlockTokens, lang: Lang, free: (i: number) => boolean): UnknownFinding[] {
  const out: UnknownFinding[] = [];
  for (let i = 0; i + 1 < b.tokens.length; i++) {
    if (!b.capital[i] || !free(i) || !joined(b, i)) continue;
    const givenWord = b.tokens[i]!.text;
    if (!CYRILLIC_WORD.test(givenWord) || isAllCaps(givenWord)) continue;
    if (givenReadings(givenWord).length === 0) continue;
    let j = i + 1;
    if (PATRONYMIC.test(b.folded[j]!) && b.capital[j] && j + 1 < b.tokens.length && joined(b, j) && free(j)) j++;
    if (!b.capital[j] || !free(j)) continue;
    const surnameWord = b.tokens[j]!.text;
    if (!surnameWordOk(surnameWord)) continue;
    const reading = readPair(givenWord, surnameWord, lang);
    if (!reading) continue;
    const given = reading.given.nominative;
    const surname = reading.surname;
    out.push({
      kind: 'unknown',
      actorId: null,
      first: i,
      last: j,
      via: 'name',
      cases: reading.given.cases.filter((c: Case) => c !== 'voc'),
      unknown: { given, surname, name: `${given} ${surname}`, key: unknownKey(given, surname) },
      gender: reading.given.gender,
    });
    i = j;
  }
  return out;
}

/** Folded case forms of an unknown person's surname: later surname-only mentions count for them. */
export function unknownSurnameForms(surname: string, gender: Gender, lang: Lang): Map<string, Case[]> {
  const map = new Map<string, Case[]>();
  for (const f of declineSurname(lang, surname, gender)) {
    const key = fold(f.form);
    const list = map.get(key) ?? [];
    for (const c of f.cases) if (!list.includes(c)) list.push(c);
    map.set(key, list);
  }
  return map;
}
