import type { DateSource, IsoDate } from '../../src/types.ts';
import { formatDate, t } from '../lib/i18n.ts';

/**
 * A date as readers see it. Dates inferred from the text are marked "approx." in words
 * (not only by style) so the difference survives without CSS and in screen readers.
 */
export function DateLabel({ date, dateSource }: { date: IsoDate | null; dateSource: DateSource }) {
  if (date === null) return <span class="date date-unknown">{t('date.unknown')}</span>;
  if (dateSource === 'text') return <ApproximateDate date={date} title={t('date.approxTitle')} />;
  return (
    <time class="date" dateTime={date}>
      {formatDate(date)}
    </time>
  );
}

export function ApproximateDate({ date, title }: { date: IsoDate; title?: string }) {
  return (
    <span class="date date-approximate" title={title}>
      <abbr title={t('date.approxLong')}>{t('date.approx')}</abbr> <time dateTime={date}>{formatDate(date)}</time>
    </span>
  );
}
