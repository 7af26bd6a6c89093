import type { DateSource, IsoDate } from '../../src/types.ts';
import { formatDate } from '../lib/format.ts';

/**
 * A date as readers see it. Dates inferred from the text are marked "approx." in words
 * (not only by style) so the difference survives without CSS and in screen readers.
 */
export function DateLabel({ date, dateSource }: { date: IsoDate | null; dateSource: DateSource }) {
  if (date === null) return <span class="date date-unknown">Date unknown</span>;
  if (dateSource === 'text') {
    return (
      <span class="date date-approximate" title="Inferred from the article's text; the file has no date">
        <abbr title="approximately">approx.</abbr> <time dateTime={date}>{formatDate(date)}</time>
      </span>
    );
  }
  return (
    <time class="date" dateTime={date}>
      {formatDate(date)}
    </time>
  );
}
