import type { ComponentChildren } from 'preact';
import type { TimelineFilter, TimelineFilters } from '../../src/site/filters.ts';
import { settings } from '../../src/site/settings.ts';
import { actorName, t } from '../lib/i18n.ts';
import { useHref } from '../lib/links.ts';
import { capitalise, formatMonthInText, formatMonthName, formatMonthShort } from '../lib/months.ts';

const numbers = new Intl.NumberFormat(settings.locale);

/** How a month filter is named: "November 2025", "Nov" (in a year's row), "November" (under its year). */
export type MonthStyle = 'full' | 'short' | 'name';

/** How a filter is named in lists: the language, the outlet as written, or the month. */
export function filterName(filter: TimelineFilter, style: MonthStyle = 'full'): string {
  switch (filter.kind) {
    case 'lang':
      return capitalise(t(filter.key === 'ru' ? 'lang.ru' : 'lang.uk'));
    case 'outlet':
      return filter.name ?? t('article.outletUnknown');
    case 'month':
      return style === 'short' ? formatMonthShort(filter.key) : capitalise(style === 'name' ? formatMonthName(filter.key) : formatMonthInText(filter.key));
    case 'undated':
      return capitalise(t('filters.undated'));
  }
}

/** A link to a filter's page with its count: "Ukrainian (3)". */
export function FilterLink({ filter, month = 'full' }: { filter: TimelineFilter; month?: MonthStyle }) {
  const href = useHref();
  return (
    <a href={href(filter.url)} title={filter.kind === 'month' && month !== 'full' ? capitalise(formatMonthInText(filter.key)) : undefined}>
      {filterName(filter, month)} <span class="filter-count">({numbers.format(filter.count)})</span>
    </a>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="filter-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The home page's filters: languages, the outlets with most articles, recent months by year,
 * the most named people and the meetings, each a link with a count. Bounded in size; the
 * full lists are on `/timeline/`.
 */
export function FilterBar({ filters }: { filters: TimelineFilters }) {
  const href = useHref();
  const { bar } = filters;
  if (filters.languages.length === 0) return null;
  return (
    <nav class="filter-bar" aria-label={t('filters.label')}>
      <dl>
        <Row label={t('filters.language')}>
          <ul>
            {filters.languages.map((f) => (
              <li key={f.key}>
                <FilterLink filter={f} />
              </li>
            ))}
          </ul>
        </Row>
        <Row label={t('filters.outlet')}>
          <ul>
            {bar.outlets.map((f) => (
              <li key={f.key}>
                <FilterLink filter={f} />
              </li>
            ))}
            {bar.moreOutlets > 0 ? (
              <li>
                <a href={href('/timeline/#outlets')}>{t('filters.more', { count: numbers.format(bar.moreOutlets) })}</a>
              </li>
            ) : null}
          </ul>
        </Row>
        <Row label={t('filters.month')}>
          {bar.moreMonths > 0 ? (
            <p class="filter-more">
              <a href={href('/timeline/#months')}>{t('filters.earlier', { count: numbers.format(bar.moreMonths) })}</a>
            </p>
          ) : null}
          {bar.years.map((year) => (
            <div class="filter-year" key={year.year}>
              <span class="filter-year-label">{year.year}</span>
              <ul>
                {year.months.map((f) => (
                  <li key={f.key}>
                    <FilterLink filter={f} month="short" />
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {filters.undated ? (
            <div class="filter-year">
              <a href={href(filters.undated.url)}>
                {t('filters.undated')} <span class="filter-count">({numbers.format(filters.undated.count)})</span>
              </a>
            </div>
          ) : null}
        </Row>
        {bar.actors.length ? (
          <Row label={t('filters.people')}>
            <ul>
              {bar.actors.map((a) => (
                <li key={a.id}>
                  <a href={href(a.url)}>{actorName(a)}</a>
                </li>
              ))}
              <li>
                <a href={href('/actors/')}>{t('filters.everyone')}</a>
              </li>
            </ul>
          </Row>
        ) : null}
        {bar.meetings > 0 ? (
          <Row label={t('filters.meetings')}>
            <a href={href('/meetings/')}>
              {t('filters.allMeetings')} <span class="filter-count">({numbers.format(bar.meetings)})</span>
            </a>
          </Row>
        ) : null}
      </dl>
      <p class="filter-all">
        <a href={href('/timeline/')}>{t('filters.all')}</a>
      </p>
    </nav>
  );
}
