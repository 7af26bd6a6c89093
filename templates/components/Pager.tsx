import type { Pager as PagerModel } from '../../src/site/pagination.ts';
import { settings } from '../../src/site/settings.ts';
import { t } from '../lib/i18n.ts';
import { useHref } from '../lib/links.ts';

const numbers = new Intl.NumberFormat(settings.locale);

/**
 * Links between the pages of a long list (src/site/pagination.ts): previous and next (with
 * `rel`), the first and last pages and a few around the current one. Nothing for one page.
 */
export function Pager({ pager, label = t('filter.pager') }: { pager: PagerModel; label?: string }) {
  const href = useHref();
  if (pager.items.length < 2) return null;
  return (
    <nav class="filter-pager" aria-label={label}>
      <ul>
        <li>
          {pager.previous ? (
            <a rel="prev" href={href(pager.previous)}>
              ← {t('pager.previous')}
            </a>
          ) : (
            <span class="filter-pager-off">← {t('pager.previous')}</span>
          )}
        </li>
        {pager.items.map((item, i) =>
          item === null ? (
            <li key={`gap-${i}`} class="filter-pager-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.number}>
              {item.current ? (
                <span class="filter-pager-current" aria-current="page">
                  {numbers.format(item.number)}
                </span>
              ) : (
                <a href={href(item.url)}>{numbers.format(item.number)}</a>
              )}
            </li>
          ),
        )}
        <li>
          {pager.next ? (
            <a rel="next" href={href(pager.next)}>
              {t('pager.next')} →
            </a>
          ) : (
            <span class="filter-pager-off">{t('pager.next')} →</span>
          )}
        </li>
      </ul>
    </nav>
  );
}

/** "Articles 101–200 of 1,234." for a slice of a longer list; nothing when the list is whole. */
export function showing(key: 'filter.showing' | 'pager.showingMeetings', slice: { from: number; to: number; total: number }): string {
  return t(key, { from: numbers.format(slice.from), to: numbers.format(slice.to), total: numbers.format(slice.total) });
}
