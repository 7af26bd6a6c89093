/**
 * One entry point for both languages: names, common nouns and whole noun phrases
 * (organisation names such as "Білий дім" → "Білому домі", "коалиция желающих" →
 * "коалиции желающих").
 */
import type { Lang } from '../../types.ts';
import { ALL_CASES, FormSet, type Form, type Gender } from './forms.ts';
import { declineUkAdjective, declineUkGiven, declineUkNoun, declineUkSurname, looksLikeUkAdjective, type Agreement } from './declension-uk.ts';
import { declineRuAdjective, declineRuGiven, declineRuNoun, declineRuSurname, looksLikeRuAdjective } from './declension-ru.ts';

const cache = new Map<string, Form[]>();

function memo(key: string, make: () => Form[]): Form[] {
  let forms = cache.get(key);
  if (!forms) {
    forms = make();
    cache.set(key, forms);
  }
  return forms;
}

export function declineSurname(lang: Lang, surname: string, gender: Gender): Form[] {
  return memo(`s|${lang}|${gender}|${surname}`, () => (lang === 'uk' ? declineUkSurname(surname, gender) : declineRuSurname(surname, gender)));
}

export function declineGiven(lang: Lang, given: string, gender: Gender): Form[] {
  return memo(`g|${lang}|${gender}|${given}`, () => (lang === 'uk' ? declineUkGiven(given, gender) : declineRuGiven(given, gender)));
}

export function declineNoun(lang: Lang, noun: string): Form[] {
  return memo(`n|${lang}|${noun}`, () => (lang === 'uk' ? declineUkNoun(noun) : declineRuNoun(noun)));
}

function declineAdjective(lang: Lang, adjective: string, agree: Agreement): Form[] {
  return lang === 'uk' ? declineUkAdjective(adjective, agree) : declineRuAdjective(adjective, agree);
}

function looksLikeAdjective(lang: Lang, word: string): boolean {
  return lang === 'uk' ? looksLikeUkAdjective(word) : looksLikeRuAdjective(word);
}

const SUBSTANTIVE_ADJECTIVE: Record<Lang, RegExp> = {
  uk: /(ов|ев|ськ|цьк|зьк|н)а$|(ськ|цьк|н)ий$/u,
  ru: /(ая|яя|ый|ой)$|(ск|цк|н)ий$/u,
};

function agreementOf(noun: string): Agreement {
  const w = noun.toLowerCase();
  if (/(ння|ття|ззя|сся|лля)$/u.test(w)) return 'n';
  if (/[ая]$/u.test(w)) return 'f';
  if (/[оеє]$/u.test(w)) return 'n';
  if (/[иіы]$/u.test(w)) return 'pl';
  return 'm';
}

/** Plural nouns in the nominative (сили, силы): the oblique cases by ending. */
function declinePluralNoun(noun: string): Form[] {
  const set = new FormSet().add(noun, ['nom', 'acc', 'voc'], 'pl');
  const stem = noun.slice(0, -1);
  const soft = /[ьй]$/u.test(stem);
  set.add(stem, 'gen', 'pl').add(`${stem}ів`, 'gen', 'pl').add(`${stem}ов`, 'gen', 'pl').add(`${stem}ей`, 'gen', 'pl');
  set.add(`${stem}${soft ? 'ям' : 'ам'}`, 'dat', 'pl').add(`${stem}${soft ? 'ями' : 'ами'}`, 'ins', 'pl').add(`${stem}${soft ? 'ях' : 'ах'}`, 'loc', 'pl');
  return set.toArray();
}

/**
 * Case forms of a noun phrase: leading adjectives agree with the head noun, words after
 * the head (genitive qualifiers, abbreviations) stay as written.
 */
export function declinePhrase(lang: Lang, phrase: string, withPlural = false): Form[] {
  return memo(`p|${lang}|${withPlural ? 'pl' : 'sg'}|${phrase}`, () => {
    const words = phrase.split(/\s+/u).filter(Boolean);
    const set = new FormSet().add(phrase, 'nom');
    // A lone substantivised adjective (Банкова, Банковая: the street for the Office).
    if (words.length === 1 && SUBSTANTIVE_ADJECTIVE[lang].test(phrase.toLowerCase())) {
      const agree: Agreement = /[ая]$/u.test(phrase.toLowerCase()) ? 'f' : /[еоє]$/u.test(phrase.toLowerCase()) ? 'n' : 'm';
      set.addAll(declineAdjective(lang, phrase, agree).filter((f) => f.number === 'sg'));
    }
    let head = 0;
    while (head < words.length - 1 && looksLikeAdjective(lang, words[head]!)) head++;
    const headWord = words[head];
    if (!headWord) return set.toArray();
    const agree = agreementOf(headWord);
    const plural = agree === 'pl' && head > 0;
    const headForms = plural ? declinePluralNoun(headWord) : declineNoun(lang, headWord).filter((f) => f.number === 'sg');
    const adjForms = words.slice(0, head).map((adj) => declineAdjective(lang, adj, plural ? 'pl' : agree === 'pl' ? 'm' : agree));
    const rest = words.slice(head + 1).join(' ');
    const combine = (adjectives: Form[][], heads: Form[], number: 'sg' | 'pl'): void => {
      for (const c of ALL_CASES) {
        let partials: string[] = [''];
        for (const forms of adjectives) {
          const options = forms.filter((f) => f.cases.includes(c)).map((f) => f.form);
          if (options.length === 0) {
            partials = [];
            break;
          }
          partials = partials.flatMap((p) => options.map((o) => `${p}${o} `));
        }
        const headsInCase = heads.filter((f) => f.cases.includes(c)).map((f) => f.form);
        for (const p of partials) for (const h of headsInCase) set.add(`${p}${h}${rest ? ` ${rest}` : ''}`, c, number);
      }
    };
    combine(adjForms, headForms, plural ? 'pl' : 'sg');
    if (withPlural && !plural) {
      const pluralHeads = declineNoun(lang, headWord).filter((f) => f.number === 'pl');
      combine(words.slice(0, head).map((adj) => declineAdjective(lang, adj, 'pl')), pluralHeads, 'pl');
    }
    return set.toArray();
  });
}
