/** Letters replaced (or dropped, when mapped to '') after lower-casing. */
const FOLDED: Record<string, string> = { і: 'и', ї: 'и', ы: 'и', є: 'е', э: 'е', ё: 'е', ґ: 'г', ь: '', ъ: '', "'": '', '’': '', ʼ: '', '`': '' };
const NEEDS_FOLDING = /[іїыєэёґьъ'’ʼ`]/u;

/** Folded words seen so far: names and common words repeat in every article. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

/**
 * Folds Ukrainian and Russian spellings onto one alphabet so that the same name written
 * in either language compares equal (Умєров/Умеров, Зеленський/Зеленский, Кислиця/Кислица):
 * lower case, NFC, і ї ы → и, є э → е, ё → е, ґ → г, й kept, soft and hard signs and
 * apostrophes dropped.
 */
export function foldCyrillic(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  let folded = word.normalize('NFC').toLowerCase();
  if (NEEDS_FOLDING.test(folded)) {
    let out = '';
    for (const ch of folded) out += FOLDED[ch] ?? ch;
    folded = out;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, folded);
  return folded;
}

/** Cyrillic and Latin letters, apostrophes inside words, and hyphens between letters. */
export const WORD = /[\p{L}\p{M}]+(?:['’ʼ-][\p{L}\p{M}]+)*/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words of a text with their offsets (punctuation and digits are skipped). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
