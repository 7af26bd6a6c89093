import { FilterLink } from '../components/FilterBar.tsx';
import { Layout } from '../components/Layout.tsx';
import { ONCE_PER_SITE, type PageData, type RenderContext } from '../lib/eleventy.ts';
import { t } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';
import type { TimelineFilter, TimelineFilters } from '../../src/site/filters.ts';

export const data = { ...ONCE_PER_SITE, permalink: '/timeline/index.html' };

/** Every filter of the timeline: languages, outlets, months by year, each with its count. */
export function render(this: RenderContext, { site }: PageData) {
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={t('filters.title')} description={t('filters.intro')}>
        <FiltersView filters={site.filters} />
      </Layout>
    </HrefContext.Provider>
  );
}

function FiltersView({ filters }: { filters: TimelineFilters }) {
  const href = useHref();
  return (
    <div class="filters-page">
      <nav aria-label={t('breadcrumb')} class="breadcrumb">
        <a href={href('/')}>{t('nav.timeline')}</a>
      </nav>
      <h1>{t('filters.title')}</h1>
      <p class="intro">{t('filters.intro')}</p>
      {filters.languages.length === 0 ? <p>{t('home.empty')}</p> : null}
      <FilterListSection id="languages" heading={t('filters.language')} filters={filters.languages} />
      <FilterListSection id="outlets" heading={t('filters.outlet')} filters={filters.outlets} />
      {filters.years.length ? (
        <section aria-labelledby="months">
          <h2 id="months">{t('filters.month')}</h2>
          {filters.years.map((year) => (
            <section aria-labelledby={`y-${year.year}`} key={year.year}>
              <h3 id={`y-${year.year}`}>{year.year}</h3>
              <ul class="filter-list">
                {year.months.map((f) => (
                  <li key={f.key}>
                    <FilterLink filter={f} month="name" />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}
      <FilterListSection id="undated" heading={t('filters.undatedHeading')} filters={filters.undated ? [filters.undated] : []} />
    </div>
  );
}

/** A headed list of filters, left out when there are none. */
function FilterListSection({ id, heading, filters }: { id: string; heading: string; filters: readonly TimelineFilter[] }) {
  if (filters.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul class="filter-list">
        {filters.map((f) => (
          <li key={f.key}>
            <FilterLink filter={f} />
          </li>
        ))}
      </ul>
    </section>
  );
}
