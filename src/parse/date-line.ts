/**
 * The seed format's first line: ` date YYYY-MM-DD <title or first sentence>` (leading
 * space optional), also written `date: YYYY-MM-DD`.
 */
export interface DateLine {
  /** The date as written (not yet checked). */
  value: string;
  /** Column (1-based) where the value starts, for diagnostics. */
  column: number;
  /** What follows the date on the line: a headline, a first sentence, or a breadcrumb. */
  rest: string;
}

const DATE_LINE = /^(\s*date:?[ \t]+)(\S+)[ \t]*(.*)$/i;

export function readDateLine(firstLine: string): DateLine | null {
  const match = DATE_LINE.exec(firstLine);
  if (!match) return null;
  return { value: match[2]!, column: match[1]!.length + 1, rest: match[3]!.trim() };
}
