/**
 * Folding and ending-stripping: the fallback that lets an unseen case form of a known
 * surname still match ("Віткоффим" → "виткофф"), and the loose comparison of role head
 * words ("керівника" ~ "керівник", "главой" ~ "глава").
 */
import { foldCyrillic } from '../../text/fold.ts';

export const fold = foldCyrillic;

/**
 * Case endings after folding (і→и, ї→и, є→е, ы→и). Names keep -ов/-ев/-ин: "Умеров" must
 * not become "умер", "Ермаков" must not become "ермак".
 */
const NAME_ENDINGS = ['ами', 'ями', 'ови', 'еви', 'ого', 'ому', 'его', 'ему', 'ою', 'ею', 'ои', 'ий', 'им', 'ом', 'ем', 'ой', 'ей', 'ую', 'юю', 'ах', 'ях', 'ам', 'ям', 'а', 'я', 'у', 'ю', 'е', 'и', 'о'];

/** Common words (role heads) may also lose plural and adjective endings. */
const COMMON_ENDINGS = [...NAME_ENDINGS, 'ими', 'ов', 'ев', 'ив', 'их', 'ая', 'яя', 'ое', 'ее', 'ие'].sort((a, b) => b.length - a.length);
NAME_ENDINGS.sort((a, b) => b.length - a.length);

function strip(folded: string, endings: readonly string[], minStem: number): string {
  for (const ending of endings) {
    if (folded.endsWith(ending) && folded.length - ending.length >= minStem) return folded.slice(0, -ending.length);
  }
  return folded;
}

/** Folded word without one case ending, the stem kept at least 4 letters long. */
export function nameStem(word: string): string {
  return strip(fold(word), NAME_ENDINGS, 4);
}

/** Folded common word without one ending (stems of at least 3 letters). */
export function commonStem(word: string): string {
  return strip(fold(word), COMMON_ENDINGS, 3);
}
