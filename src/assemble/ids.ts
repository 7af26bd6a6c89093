import { createHash } from 'node:crypto';
import type { Lang } from '../types.ts';
import { slugify } from '../text/transliterate.ts';

/** Words of the title kept in an article's id: enough to read, short enough for a URL. */
const TITLE_WORDS = 8;
const MAX_SLUG_LENGTH = 72;

/**
 * An article's id: its title as a Latin slug plus a short hash of its file name. The hash
 * makes the id unique even when two titles are the same, and (unlike a counter) it does not
 * change when other files are added or removed.
 */
export function articleId(title: string, lang: Lang, file: string, hashLength = 6): string {
  const words = slugify(title, lang).split('-').filter(Boolean).slice(0, TITLE_WORDS);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  const hash = shortHash(file, hashLength);
  return slug ? `${slug}-${hash}` : `article-${hash}`;
}

export function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * Ids for many articles at once: when two different files still share an id (the same
 * title and a hash prefix collision), both get a longer hash, decided by the file names alone.
 */
export function assignArticleIds(items: readonly { title: string; lang: Lang; file: string }[]): string[] {
  const ids = items.map((item) => articleId(item.title, item.lang, item.file));
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return ids.map((id, index) => {
    if (counts.get(id) === 1) return id;
    const item = items[index]!;
    return articleId(item.title, item.lang, item.file, 16);
  });
}
