/** A sentence inside a block of text, with character offsets into that text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Initials and abbreviations that end with a dot but do not end a sentence
 * (uk/ru/en): "В. Зеленський", "ст. 5", "т.зв.", "Mr. Witkoff".
 */
const NON_FINAL = /(?:^|[\s(«"„])(?:[A-ZА-ЯІЇЄҐЁ]|ст|п|пп|р|рр|г|гг|т|тис|млн|млрд|грн|руб|дол|ім|им|св|проф|акад|див|см|напр|т\.зв|т\.е|т\.д|т\.п|Mr|Mrs|Ms|Dr|St|vs|No)\.$/u;

/**
 * A month abbreviated after a day number ("23 лист.", "4–6 груд.", "26 ноя.", "1 сент."):
 * the dot belongs to the abbreviation. Chronologies and datelines write "23 лист. —
 * переговори…", "26 ноя. В Женеве…"; running prose spells the month out, so a sentence
 * practically never ends on an abbreviated month.
 */
const MONTH_ABBREVIATION =
  /(?<![\p{L}\p{N}])\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s+(?:січ|лют|бер|берез|квіт|трав|черв|лип|серп|вер|верес|жовт|жов|лист|листоп|груд|янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\.$/iu;

/**
 * Splits running text into sentences at `.`, `!`, `?`, `…` followed by space and an
 * upper-case letter, digit, quote or dash, leaving initials, common abbreviations and
 * abbreviated months after a day number alone. Quotations are not split inside «…» or "…".
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let quoteDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '«' || ch === '„' || ch === '“') quoteDepth++;
    else if ((ch === '»' || ch === '”') && quoteDepth > 0) quoteDepth--;
    if (!'.!?…'.includes(ch) || quoteDepth > 0) continue;
    let j = i + 1;
    while (j < text.length && '.!?…»")'.includes(text[j]!)) j++;
    if (j >= text.length) break;
    if (!/\s/u.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /\s/u.test(text[k]!)) k++;
    const next = text[k] ?? '';
    if (!/[\p{Lu}\d«"„“–—-]/u.test(next)) continue;
    if (ch === '.' && NON_FINAL.test(text.slice(Math.max(0, i - 8), i + 1))) continue;
    if (ch === '.' && j === i + 1 && MONTH_ABBREVIATION.test(text.slice(Math.max(0, i - 16), i + 1))) continue;
    pushTrimmed(sentences, text, start, j);
    start = k;
    i = k - 1;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** The sentence containing the character at `offset`, or the whole text when none does. */
export function sentenceAt(sentences: readonly Sentence[], offset: number, text: string): Sentence {
  for (const sentence of sentences) {
    if (offset >= sentence.start && offset < sentence.end) return sentence;
  }
  return { start: 0, end: text.length, text };
}
