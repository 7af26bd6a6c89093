import type { BodyBlock, ParsedArticle } from '../types.ts';

/**
 * The text extraction reads: the title (when it is not already the body's first
 * paragraph) followed by the body. Names and meetings in a headline count.
 */
export function textBlocks(article: Pick<ParsedArticle, 'fullTitle' | 'titleLine' | 'blocks'>): BodyBlock[] {
  if (article.blocks[0]?.text === article.fullTitle || article.fullTitle.trim() === '') return [...article.blocks];
  return [{ kind: 'heading', text: article.fullTitle, line: article.titleLine }, ...article.blocks];
}
