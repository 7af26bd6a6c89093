import { eld } from 'eld/extrasmall';
import type { Lang } from '../types.ts';

/** Letters only one of the two languages uses. */
const UK_LETTERS = /[іїєґІЇЄҐ]/gu;
const RU_LETTERS = /[ыэъёЫЭЪЁ]/gu;

/** Frequent short words of each language that the other does not write the same way. */
const UK_WORDS = new Set('і й та що це як від до для про після також щодо який яка які якого було буде були ще вже між через усі всі його її їх він вона вони ми ви має мають може україни україна україні сша зустріч переговори заявив повідомив коли тому цього цей ця ці проте однак але або чи адже тобто поки коли де'.split(' '));
const RU_WORDS = new Set('и что это как от для после также который которая которые было будет были еще уже между через все его ее их он она они мы вы имеет может украины украина украине встреча переговоры заявил сообщил когда поэтому этого этот эта эти однако но или ли ведь то есть пока где чтобы только'.split(' '));

export interface LanguageGuess {
  lang: Lang | null;
  /** Positive leans Ukrainian, negative Russian; 0 undecided. */
  score: number;
}

/**
 * Ukrainian or Russian, from letters and function words. Quotations are left out first:
 * quoted speech in the other language (a Russian outlet quoting Zelensky) fools every detector.
 */
export function detectLanguage(text: string): LanguageGuess {
  const own = stripQuotations(text);
  const letters = count(own, UK_LETTERS) - count(own, RU_LETTERS);
  let words = 0;
  for (const word of own.toLowerCase().match(/[\p{L}'’ʼ]+/gu) ?? []) {
    if (UK_WORDS.has(word) && !RU_WORDS.has(word)) words++;
    else if (RU_WORDS.has(word) && !UK_WORDS.has(word)) words--;
  }
  const score = letters * 2 + words;
  if (score !== 0) return { lang: score > 0 ? 'uk' : 'ru', score };
  return { lang: ngramTieBreak(own), score };
}

/**
 * Short texts with no telling letter or word ("Заява Зеленського"): eld's n-gram model,
 * asked only to choose between Ukrainian and Russian.
 */
function ngramTieBreak(text: string): Lang | null {
  if (!/\p{Script=Cyrillic}/u.test(text)) return null;
  const scores = eld.detect(text).getScores() as Record<string, number>;
  const uk = scores.uk ?? 0;
  const ru = scores.ru ?? 0;
  return Math.abs(uk - ru) < 0.002 ? null : uk > ru ? 'uk' : 'ru';
}

function stripQuotations(text: string): string {
  return text.replace(/«[^«»]*»/gu, ' ').replace(/„[^„“”]*[“”]/gu, ' ');
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
