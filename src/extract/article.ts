import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, IsoDate, Lang, ParsedArticle, SourceFile } from '../types.ts';
import { inferPublicationDate } from './dates/index.ts';
import { detectLanguage } from './language.ts';
import { findOutlet, type OutletIndex } from './outlet.ts';
import { columnInLine } from '../text/position.ts';

/** What extraction learns about one article before it is linked to the others. */
export interface ExtractedFields {
  lang: Lang;
  outlet: string | null;
  date: IsoDate | null;
  dateSource: ParsedArticle['dateSource'];
}

export interface ExtractionContext {
  outlets: OutletIndex;
  /** A date typical of the corpus (the median of dated articles), to choose years for undated files. */
  corpusDate: IsoDate | null;
}

/** Language, outlet and (for undated files) a publication date inferred from the text. */
/**
 * `alreadyFailed`: the file has an error already (a bad date, broken front matter); its
 * consequences ("no date") are not reported a second time.
 */
export function extractFields(article: ParsedArticle, source: SourceFile, context: ExtractionContext, alreadyFailed = false): { fields: ExtractedFields; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const texts = [article.fullTitle, ...article.blocks.map((b) => b.text)];
  const guess = detectLanguage(texts.join('\n'));
  let lang: Lang = article.declaredLang ?? guess.lang ?? 'uk';
  if (!article.declaredLang && !guess.lang) {
    diagnostics.push(diagnostic(source.display, 'warning', 'language-unknown', 'cannot tell Ukrainian from Russian in this text; taken as Ukrainian (set `lang` in front matter)'));
    lang = 'uk';
  }
  const outlet = findOutlet({ declared: article.declaredOutlet, hints: article.outletHints, texts }, context.outlets);

  let { date, dateSource } = article;
  if (date === null) {
    const inferred = inferPublicationDate(article.blocks, context.corpusDate);
    if (inferred) {
      date = inferred.date;
      dateSource = 'text';
      const block = article.blocks[inferred.expression.block];
      const column = block ? columnInLine(source.text, block.line, block.text, inferred.expression.start) : 1;
      diagnostics.push(
        diagnostic(source.display, 'warning', 'date-inferred', `no date given; ${date} inferred from "${inferred.expression.text}" in the text (shown as approximate; add a date line to be sure)`, block?.line ?? 1, column),
      );
    } else if (!alreadyFailed) {
      diagnostics.push(diagnostic(source.display, 'warning', 'no-date', 'no date given and none found in the text; the article is listed under "Undated"'));
    }
  }
  return { fields: { lang, outlet, date, dateSource }, diagnostics };
}
