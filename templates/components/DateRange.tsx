import type { IsoDate } from '../../src/types.ts';
import { formatDate } from '../lib/i18n.ts';

/** "25 November 2025 – 7 January 2026", one date when both are the same, a dash when unknown. */
export function DateRange({ from, to }: { from: IsoDate | null; to: IsoDate | null }) {
  if (!from && !to) return <span class="date-unknown">—</span>;
  if (from === to || !to) return <time dateTime={from!}>{formatDate(from!)}</time>;
  if (!from) return <time dateTime={to}>{formatDate(to)}</time>;
  return (
    <>
      <time dateTime={from}>{formatDate(from)}</time> – <time dateTime={to}>{formatDate(to)}</time>
    </>
  );
}
