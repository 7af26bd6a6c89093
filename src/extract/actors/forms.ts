/**
 * Case forms: the shared vocabulary of the declension modules. A generated form carries
 * the grammatical cases it can stand for, so that an apposition ("керівника … Кирила
 * Буданова") can be checked for case agreement and a seen surname brought back to its
 * nominative.
 */

export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc' | 'voc';
export type GramNumber = 'sg' | 'pl';
export type Gender = 'male' | 'female';

export const ALL_CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'];

/** One written form and what it can be. */
export interface Form {
  form: string;
  cases: Case[];
  number: GramNumber;
}

/** Endings per case: a string, or several alternatives. */
export type EndingTable = Partial<Record<Case, string | readonly string[]>>;

/** Collects forms, merging the cases of equal spellings of the same number. */
export class FormSet {
  private readonly byKey = new Map<string, Form>();

  add(form: string, cases: Case | readonly Case[], number: GramNumber = 'sg'): this {
    if (!form) return this;
    const key = `${number}\u0000${form}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { form, cases: [], number };
      this.byKey.set(key, entry);
    }
    for (const c of typeof cases === 'string' ? [cases] : cases) {
      if (!entry.cases.includes(c)) entry.cases.push(c);
    }
    return this;
  }

  addTable(stem: string, table: EndingTable, number: GramNumber = 'sg', change?: (stem: string, ending: string) => string[]): this {
    for (const c of ALL_CASES) {
      const endings = table[c];
      if (endings === undefined) continue;
      for (const ending of typeof endings === 'string' ? [endings] : endings) {
        const stems = change ? change(stem, ending) : [stem];
        for (const s of stems) this.add(s + ending, c, number);
      }
    }
    return this;
  }

  addAll(forms: readonly Form[]): this {
    for (const f of forms) this.add(f.form, f.cases, f.number);
    return this;
  }

  /** Every case of the given number spelled as the nominative (indeclinable words). */
  indeclinable(word: string, number: GramNumber = 'sg'): this {
    return this.add(word, ALL_CASES, number);
  }

  toArray(): Form[] {
    return [...this.byKey.values()];
  }
}

/** Whether the first letter is upper case (names, proper nouns). */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Upper case throughout and at least two letters (РНБО, США). */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export const CYRILLIC_WORD = /^[\p{Script=Cyrillic}'’ʼ-]+$/u;

/** Case sets meet (or either is unknown). */
export function casesAgree(a: readonly Case[] | null, b: readonly Case[] | null): boolean {
  if (!a || !b) return true;
  return a.some((c) => b.includes(c));
}
