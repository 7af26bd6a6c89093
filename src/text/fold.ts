/**
 * Folds Ukrainian and Russian spellings onto one alphabet so that the same name written
 * in either language compares equal (Умєров/Умеров, Зеленський/Зеленский, Кислиця/Кислица):
 * lower case, NFC, і ї ы → и, є э → е, ё → е, ґ → г, й kept, soft and hard signs and
 * apostrophes dropped.
 */
export function foldCyrillic(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[іїы]/gu, 'и')
    .replace(/[єэё]/gu, 'е')
    .replace(/ґ/gu, 'г')
    .replace(/[ьъ'’ʼ`]/gu, '');
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
